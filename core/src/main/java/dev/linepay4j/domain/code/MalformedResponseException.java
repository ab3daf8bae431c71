package dev.linepay4j.domain.code;

import java.util.Objects;

/**
 * Thrown when a response body is not a LINE Pay answer: not a JSON object, or without a usable result
 * code. Such a body usually comes from something in between (a proxy, a gateway error page), so the
 * outcome of the call is unknown, not refused.
 *
 * <p>The message names what is wrong and at most a short excerpt of the offending field; it never
 * holds the body, which may carry personal data. Callers that report the failure attach a redacted
 * excerpt of their own.
 *
 * <pre>{@code
 * try {
 *     ResultEnvelope.read(body);
 * } catch (MalformedResponseException e) {
 *     e.reason();   // MISSING_CODE
 * }
 * }</pre>
 */
public final class MalformedResponseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of wrong, for code that wants to react without reading the message. */
    public enum Reason {
        /** The body is JSON, but an array, string, number, boolean or null instead of an object. */
        NOT_AN_OBJECT,
        /** The object has neither {@code returnCode} nor {@code resultCode} (or only JSON null there). */
        MISSING_CODE,
        /** The code is there but unusable: wrong JSON type, empty, too long, negative, fractional… */
        INVALID_CODE
    }

    /** The reason; an enum, which is serialisable. */
    private final Reason reason;

    /**
     * Creates the exception.
     *
     * @param reason what kind of wrong
     * @param detail what exactly is wrong, without the body
     * @throws NullPointerException if either is null
     */
    public MalformedResponseException(Reason reason, String detail) {
        super(Objects.requireNonNull(detail, "detail"));
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * What kind of wrong.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }
}
