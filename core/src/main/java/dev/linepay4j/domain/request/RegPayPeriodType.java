package dev.linepay4j.domain.request;

/**
 * Whether a pre-approved key is for a fixed schedule or for charges at any time
 * ({@code options.regPayRequest.regPayPeriodType}, Online API v4). Each constant's name is its wire value.
 *
 * <pre>{@code
 * RegPayRequest.builder().regPayPeriodType(RegPayPeriodType.NON_RECURRING).perTransactionLimit(5000);
 * }</pre>
 */
public enum RegPayPeriodType {
    /** Charged on a schedule: every week, month or year ({@link RecurringPeriod}). */
    RECURRING,
    /** Charged when the merchant decides, optionally up to a per-transaction limit. */
    NON_RECURRING
}
