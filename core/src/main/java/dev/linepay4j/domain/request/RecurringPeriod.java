package dev.linepay4j.domain.request;

/**
 * How often a recurring pre-approved payment runs ({@code options.regPayRequest.recurringPeriod}).
 * Each constant's name is its wire value.
 *
 * <pre>{@code
 * RegPayRequest.builder().regPayPeriodType(RegPayPeriodType.RECURRING)
 *         .recurringPeriod(RecurringPeriod.MONTH).recurringDay(5);
 * }</pre>
 */
public enum RecurringPeriod {
    /** Weekly, on {@code recurringDayOfWeek}. */
    WEEK,
    /** Monthly, on {@code recurringDay}. */
    MONTH,
    /** Yearly, on {@code recurringDay} of {@code recurringMonth}. */
    YEAR
}
