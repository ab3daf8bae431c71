package dev.linepay4j.internal.wire;

/**
 * An answer's {@code info} lacks a field a result needs, or holds a value of the wrong kind. The message
 * names the field's path ({@code info.payInfo[0].amount}) and what is wrong, never the value, which may be
 * personal data or a key.
 *
 * <pre>{@code
 * throw new WireShapeException("info.transactionId", "is missing");
 * }</pre>
 */
public final class WireShapeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param path    the field's path, such as {@code info.payInfo[0].amount}
     * @param problem what is wrong, without the value
     */
    public WireShapeException(String path, String problem) {
        super(path + " " + problem, null, false, false);
    }
}
