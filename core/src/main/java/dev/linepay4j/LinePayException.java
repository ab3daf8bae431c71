package dev.linepay4j;

import java.util.Objects;

/**
 * Thrown (or, by the async forms, completed with) when a call to LINE Pay does not give its result. It
 * carries the reason as a value, {@link #error()}, one of the five {@link LinePayError} cases; the
 * message is {@link LinePayError#describe()}: the endpoint, the method and path, the transaction and
 * order ids and the code or failure, never the channel secret, a signature, a header or a whole body.
 *
 * <p>The async forms complete their futures with this exception itself: {@code get()} throws an
 * {@link java.util.concurrent.ExecutionException} whose cause is it, and {@code whenComplete} and
 * {@code exceptionally} see it unwrapped.
 *
 * <pre>{@code
 * try {
 *     linePay.refund(transactionId, RefundRequest.full());
 * } catch (LinePayException e) {
 *     if (e.error() instanceof LinePayError.ApiError api && api.returnCode().equals(ReturnCode.ALREADY_REFUNDED)) {
 *         return; // nothing left to refund
 *     }
 *     throw e;
 * }
 * }</pre>
 */
public final class LinePayException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Not serialised: a deserialised exception keeps its message and stack trace, not the value. */
    private final transient LinePayError error;

    /**
     * Creates the exception.
     *
     * @param error why the call failed
     * @param cause the transport's exception, or null
     * @throws NullPointerException if error is null
     */
    public LinePayException(LinePayError error, Throwable cause) {
        super(Objects.requireNonNull(error, "error").describe(), cause);
        this.error = error;
    }

    /**
     * Creates the exception without a cause.
     *
     * @param error why the call failed
     * @throws NullPointerException if error is null
     */
    public LinePayException(LinePayError error) {
        this(error, null);
    }

    /**
     * Why the call failed.
     *
     * @return the error value
     */
    public LinePayError error() {
        return error;
    }
}
