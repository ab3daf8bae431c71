package dev.linepay4j.domain.code;

/**
 * What kind of outcome a LINE Pay return code reports, and so who has to act on it. Whether waiting
 * and repeating can help is a separate flag, {@link ReturnCode#retryable()}: most categories hold only
 * final answers, but a {@link #STATE_CONFLICT} can be a passing one (a payment busy with another
 * request), and the card code {@code 1280} is a temporary {@link #CUSTOMER} error.
 *
 * <pre>{@code
 * switch (error.returnCode().category()) {
 *     case CUSTOMER -> showCustomer("Please use another payment method");
 *     case MERCHANT_CONFIGURATION, INVALID_REQUEST -> alertDevelopers(error);
 *     default -> log(error);
 * }
 * }</pre>
 */
public enum ReturnCodeCategory {
    /** Success ({@code 0000}) or a status answer of a status-check endpoint ({@code 0110}, {@code 0121}…). */
    SUCCESS_OR_STATUS,
    /** The customer's side: not a member, balance, card declined. Tell the customer; retrying as is will not help. */
    CUSTOMER,
    /** The merchant's setup with LINE Pay: unknown channel, feature not enabled, currency not allowed, limits. */
    MERCHANT_CONFIGURATION,
    /** The request itself is wrong: parameters, amounts, JSON, signature headers. Fix the request. */
    INVALID_REQUEST,
    /**
     * The payment is not in a state that allows the operation: already confirmed, refunded, expired
     * (final), or busy with another request for the same payment (retryable after a while).
     */
    STATE_CONFLICT,
    /** A temporary condition at LINE Pay ({@code 190X}); the same request may succeed later. */
    TRANSIENT,
    /** An internal error at LINE Pay; contact LINE Pay support if it persists. */
    INTERNAL,
    /** A code not in linepay4j's catalogue (LINE Pay added it after this release). */
    UNKNOWN
}
