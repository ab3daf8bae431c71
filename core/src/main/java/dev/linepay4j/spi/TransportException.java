package dev.linepay4j.spi;

import java.util.Objects;

/**
 * A transport could not get a response. What matters most for a payment is {@link #phase()}: whether
 * the request can have reached LINE Pay. Before sending (refused, unknown host, TLS handshake) a retry
 * cannot double a payment; after sending (read timeout, reset) LINE Pay may have acted on it, so the
 * outcome is unknown.
 *
 * <pre>{@code
 * try {
 *     transport.send(request);
 * } catch (TransportException e) {
 *     if (e.phase() == TransportException.Phase.BEFORE_SEND) { ... safe to retry ... }
 * }
 * }</pre>
 */
public final class TransportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Whether the request can have reached the server. */
    public enum Phase {
        /** The request did not leave: nothing happened at LINE Pay, a retry is safe. */
        BEFORE_SEND,
        /** The request may have been received and processed: the outcome is unknown. */
        AFTER_SEND
    }

    /** What went wrong, each kind with the phase it implies. */
    public enum Kind {
        /** The connection was refused or could not be opened. */
        CONNECT_FAILED(Phase.BEFORE_SEND),
        /** The host name did not resolve. */
        UNKNOWN_HOST(Phase.BEFORE_SEND),
        /** The TLS handshake failed (certificate, protocol). */
        TLS_HANDSHAKE(Phase.BEFORE_SEND),
        /** No connection within the connect timeout. */
        CONNECT_TIMEOUT(Phase.BEFORE_SEND),
        /** The transport was closed before the request was sent. */
        TRANSPORT_CLOSED(Phase.BEFORE_SEND),
        /** The request was sent but no (complete) response came within the read timeout. */
        READ_TIMEOUT(Phase.AFTER_SEND),
        /** The connection was reset or closed while sending the request or reading the response. */
        CONNECTION_RESET(Phase.AFTER_SEND),
        /** The response body was larger than the transport accepts. */
        RESPONSE_TOO_LARGE(Phase.AFTER_SEND),
        /** The calling thread was interrupted while waiting; the request may have been sent. */
        INTERRUPTED(Phase.AFTER_SEND),
        /** Any other I/O failure; classed after-send, because a guess must never double a payment. */
        OTHER(Phase.AFTER_SEND);

        private final Phase phase;

        Kind(Phase phase) {
            this.phase = phase;
        }

        /**
         * The phase this kind of failure implies.
         *
         * @return BEFORE_SEND or AFTER_SEND
         */
        public Phase phase() {
            return phase;
        }
    }

    private final Kind kind;

    /**
     * Creates the exception.
     *
     * @param kind    what went wrong
     * @param message a description naming the target, never a header value
     * @param cause   the transport library's exception, or null
     */
    public TransportException(Kind kind, String message, Throwable cause) {
        super(kind + ": " + message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /**
     * What went wrong.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Whether the request can have reached the server.
     *
     * @return the kind's phase
     */
    public Phase phase() {
        return kind.phase();
    }
}
