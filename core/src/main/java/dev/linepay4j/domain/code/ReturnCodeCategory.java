package dev.linepay4j.domain.code;

/** What kind of outcome a LINE Pay return code reports, and so who has to act on it. */
public enum ReturnCodeCategory {
    /** Success ({@code 0000}) or a status answer of a status-check endpoint ({@code 0110}, {@code 0121}…). */
    SUCCESS_OR_STATUS,
    /** The customer's side: not a member, balance, card declined. Tell the customer; retrying as is will not help. */
    CUSTOMER,
    /** The merchant's setup with LINE Pay: unknown channel, feature not enabled, currency not allowed. */
    MERCHANT_CONFIGURATION,
    /** The request itself is wrong: parameters, amounts, JSON, signature headers. Fix the request. */
    INVALID_REQUEST,
    /** The payment is not in a state that allows the operation: already confirmed, refunded, expired. */
    STATE_CONFLICT,
    /** A temporary condition at LINE Pay; the same request may succeed later. */
    TRANSIENT,
    /** An internal error at LINE Pay; contact LINE Pay support if it persists. */
    INTERNAL,
    /** A code not in linepay4j's catalogue (LINE Pay added it after this release). */
    UNKNOWN
}
