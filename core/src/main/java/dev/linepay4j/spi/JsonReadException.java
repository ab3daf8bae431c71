package dev.linepay4j.spi;

import java.util.Objects;

/**
 * Bytes that a {@link JsonCodec} could not read as JSON, or that broke a {@link JsonLimits} limit.
 * Codecs throw this and never their library's own exceptions, so core can turn every bad body into
 * the same protocol error. The message describes the problem and its position, never the whole input.
 *
 * <pre>{@code
 * try {
 *     codec.read(bytes);
 * } catch (JsonReadException e) {
 *     e.reason();  // SYNTAX, TOO_DEEP, ...
 * }
 * }</pre>
 */
public final class JsonReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the input was refused. */
    public enum Reason {
        /** No bytes, or only white space. */
        EMPTY,
        /** Not well-formed JSON, or the document ended early (truncated). */
        SYNTAX,
        /** More bytes than {@link JsonLimits#maxBytes()}. */
        TOO_LARGE,
        /** Nesting deeper than {@link JsonLimits#maxDepth()}. */
        TOO_DEEP,
        /** A number longer than {@link JsonLimits#maxNumberLength()}. */
        NUMBER_TOO_LONG,
        /** A string longer than {@link JsonLimits#maxStringLength()}. */
        STRING_TOO_LONG
    }

    private final Reason reason;

    /**
     * Creates the exception.
     *
     * @param reason  why the input was refused
     * @param message the problem and where it was found
     * @param cause   the JSON library's exception, or null
     */
    public JsonReadException(Reason reason, String message, Throwable cause) {
        super(reason + ": " + message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * Why the input was refused.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }
}
