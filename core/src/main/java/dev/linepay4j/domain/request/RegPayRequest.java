package dev.linepay4j.domain.request;

import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.ValidationException;
import java.math.BigDecimal;
import java.time.Month;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The schedule a pre-approved key is registered for ({@code options.regPayRequest}; Online API v4 only),
 * shown to the customer when they approve it.
 *
 * <p>Rules, as LINE Pay documents them:
 * <ul>
 *   <li>{@code regPayPeriodType} is required;</li>
 *   <li>{@code RECURRING} needs a {@code recurringPeriod}; {@code NON_RECURRING} has none;</li>
 *   <li>{@code recurringDay} (1&ndash;31) only for {@code MONTH} and {@code YEAR}, and for {@code YEAR} it
 *       must exist in {@code recurringMonth} (29 is allowed for February);</li>
 *   <li>{@code recurringDayOfWeek} only for {@code WEEK};</li>
 *   <li>{@code recurringMonth} (1&ndash;12) only for {@code YEAR};</li>
 *   <li>{@code perTransactionLimit} only for {@code NON_RECURRING}.</li>
 * </ul>
 *
 * <pre>{@code
 * RegPayRequest monthly = RegPayRequest.builder()
 *         .regPayPeriodType(RegPayPeriodType.RECURRING)
 *         .recurringPeriod(RecurringPeriod.MONTH).recurringDay(5)
 *         .productPrice(300)
 *         .build();
 * }</pre>
 *
 * @param regPayPeriodType    recurring or not
 * @param recurringPeriod     how often, for {@code RECURRING}
 * @param recurringDay        the day of the month, for {@code MONTH} and {@code YEAR}
 * @param recurringDayOfWeek  the day of the week, for {@code WEEK}
 * @param recurringMonth      the month, for {@code YEAR}
 * @param productPrice        the amount each payment will charge, if given
 * @param perTransactionLimit the most a single payment may charge, for {@code NON_RECURRING}
 */
public record RegPayRequest(RegPayPeriodType regPayPeriodType, Optional<RecurringPeriod> recurringPeriod,
                            OptionalInt recurringDay, Optional<Weekday> recurringDayOfWeek,
                            OptionalInt recurringMonth, Optional<Amount> productPrice,
                            Optional<Amount> perTransactionLimit) {

    /**
     * Creates the schedule.
     *
     * @param regPayPeriodType recurring or not
     * @param recurringPeriod how often, for {@code RECURRING}
     * @param recurringDay the day of the month, for {@code MONTH} and {@code YEAR}
     * @param recurringDayOfWeek the day of the week, for {@code WEEK}
     * @param recurringMonth the month, for {@code YEAR}
     * @param productPrice the amount each payment will charge, if given
     * @param perTransactionLimit the most a single payment may charge, for {@code NON_RECURRING}
     * @throws ValidationException  listing every rule above that is broken
     * @throws NullPointerException if an {@code Optional} is null
     */
    public RegPayRequest {
        Objects.requireNonNull(recurringPeriod, "recurringPeriod");
        Objects.requireNonNull(recurringDay, "recurringDay");
        Objects.requireNonNull(recurringDayOfWeek, "recurringDayOfWeek");
        Objects.requireNonNull(recurringMonth, "recurringMonth");
        Objects.requireNonNull(productPrice, "productPrice");
        Objects.requireNonNull(perTransactionLimit, "perTransactionLimit");
        Check c = Check.root();
        verify(c, regPayPeriodType, recurringPeriod, recurringDay, recurringDayOfWeek, recurringMonth, productPrice,
                perTransactionLimit);
        c.throwIfAny();
    }

    /**
     * A builder with nothing set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this schedule's values, to make a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.regPayPeriodType = regPayPeriodType;
        b.recurringPeriod = recurringPeriod.orElse(null);
        b.recurringDay = recurringDay.isPresent() ? recurringDay.getAsInt() : null;
        b.recurringDayOfWeek = recurringDayOfWeek.orElse(null);
        b.recurringMonth = recurringMonth.isPresent() ? recurringMonth.getAsInt() : null;
        b.productPrice = productPrice.map(Amount::value).orElse(null);
        b.perTransactionLimit = perTransactionLimit.map(Amount::value).orElse(null);
        return b;
    }

    private static void verify(Check c, RegPayPeriodType type, Optional<RecurringPeriod> period, OptionalInt day,
                               Optional<Weekday> dayOfWeek, OptionalInt month, Optional<Amount> productPrice,
                               Optional<Amount> limit) {
        rules(c, type, period.orElse(null), day.isPresent() ? day.getAsInt() : null, dayOfWeek.orElse(null),
                month.isPresent() ? month.getAsInt() : null, productPrice.orElse(null), limit.isPresent(),
                limit.orElse(null));
    }

    /** {@code hasLimit} says whether a limit was given, even if it could not be read. */
    static void rules(Check c, RegPayPeriodType type, RecurringPeriod period, Integer day, Weekday dayOfWeek,
                      Integer month, Amount productPrice, boolean hasLimit, Amount limit) {
        c.required("regPayPeriodType", type);
        if (type == RegPayPeriodType.RECURRING && period == null) {
            c.fail("recurringPeriod", "is required when regPayPeriodType is RECURRING");
        }
        if (type == RegPayPeriodType.NON_RECURRING && period != null) {
            c.fail("recurringPeriod", "must be left out when regPayPeriodType is NON_RECURRING");
        }
        if (hasLimit && type != RegPayPeriodType.NON_RECURRING) {
            c.fail("perTransactionLimit", "applies only when regPayPeriodType is NON_RECURRING");
        }
        if (day != null) {
            if (day < 1 || day > 31) {
                c.fail("recurringDay", "must be from 1 to 31, was " + day);
            } else if (period != RecurringPeriod.MONTH && period != RecurringPeriod.YEAR) {
                c.fail("recurringDay", "applies only when recurringPeriod is MONTH or YEAR");
            } else if (period == RecurringPeriod.YEAR && month != null && month >= 1 && month <= 12
                    && day > Month.of(month).maxLength()) {
                c.fail("recurringDay", "must be a day of recurringMonth " + month + ", which has at most "
                        + Month.of(month).maxLength() + " days; was " + day);
            }
        }
        if (dayOfWeek != null && period != RecurringPeriod.WEEK) {
            c.fail("recurringDayOfWeek", "applies only when recurringPeriod is WEEK");
        }
        if (month != null) {
            if (month < 1 || month > 12) {
                c.fail("recurringMonth", "must be from 1 to 12, was " + month);
            } else if (period != RecurringPeriod.YEAR) {
                c.fail("recurringMonth", "applies only when recurringPeriod is YEAR");
            }
        }
        c.scale("productPrice", productPrice);
        c.scale("perTransactionLimit", limit);
    }

    void verify(Check c) {
        verify(c, regPayPeriodType, recurringPeriod, recurringDay, recurringDayOfWeek, recurringMonth, productPrice,
                perTransactionLimit);
    }

    /**
     * Builds a {@link RegPayRequest} from plain values; {@link #build()} reports every broken rule at once.
     *
     * <pre>{@code
     * RegPayRequest.builder().regPayPeriodType(RegPayPeriodType.NON_RECURRING).perTransactionLimit(5000).build();
     * }</pre>
     */
    public static final class Builder {

        private RegPayPeriodType regPayPeriodType;
        private RecurringPeriod recurringPeriod;
        private Integer recurringDay;
        private Weekday recurringDayOfWeek;
        private Integer recurringMonth;
        private BigDecimal productPrice;
        private BigDecimal perTransactionLimit;

        private Builder() {
        }

        /**
         * Sets {@code regPayPeriodType}.
         *
         * @param regPayPeriodType recurring or not
         * @return this builder
         */
        public Builder regPayPeriodType(RegPayPeriodType regPayPeriodType) {
            this.regPayPeriodType = regPayPeriodType;
            return this;
        }

        /**
         * Sets {@code recurringPeriod}.
         *
         * @param recurringPeriod how often, or null for none
         * @return this builder
         */
        public Builder recurringPeriod(RecurringPeriod recurringPeriod) {
            this.recurringPeriod = recurringPeriod;
            return this;
        }

        /**
         * Sets {@code recurringDay}.
         *
         * @param recurringDay the day of the month, 1 to 31
         * @return this builder
         */
        public Builder recurringDay(int recurringDay) {
            this.recurringDay = recurringDay;
            return this;
        }

        /**
         * Sets {@code recurringDayOfWeek}.
         *
         * @param recurringDayOfWeek the day of the week, or null for none
         * @return this builder
         */
        public Builder recurringDayOfWeek(Weekday recurringDayOfWeek) {
            this.recurringDayOfWeek = recurringDayOfWeek;
            return this;
        }

        /**
         * Sets {@code recurringMonth}.
         *
         * @param recurringMonth the month, 1 to 12
         * @return this builder
         */
        public Builder recurringMonth(int recurringMonth) {
            this.recurringMonth = recurringMonth;
            return this;
        }

        /**
         * Sets {@code productPrice}.
         *
         * @param productPrice the amount each payment charges, or null for none
         * @return this builder
         */
        public Builder productPrice(BigDecimal productPrice) {
            this.productPrice = productPrice;
            return this;
        }

        /**
         * Sets {@code productPrice} to a whole amount.
         *
         * @param productPrice the amount each payment charges
         * @return this builder
         */
        public Builder productPrice(long productPrice) {
            return productPrice(BigDecimal.valueOf(productPrice));
        }

        /**
         * Sets {@code perTransactionLimit}.
         *
         * @param perTransactionLimit the most one payment may charge, or null for none
         * @return this builder
         */
        public Builder perTransactionLimit(BigDecimal perTransactionLimit) {
            this.perTransactionLimit = perTransactionLimit;
            return this;
        }

        /**
         * Sets {@code perTransactionLimit} to a whole amount.
         *
         * @param perTransactionLimit the most one payment may charge
         * @return this builder
         */
        public Builder perTransactionLimit(long perTransactionLimit) {
            return perTransactionLimit(BigDecimal.valueOf(perTransactionLimit));
        }

        /**
         * Builds the schedule.
         *
         * @return the schedule
         * @throws ValidationException listing every broken rule
         */
        public RegPayRequest build() {
            Check c = Check.root();
            RegPayRequest request = build(c);
            c.throwIfAny();
            return request;
        }

        RegPayRequest build(Check c) {
            int mark = c.mark();
            Amount price = c.amount("productPrice", productPrice, false);
            Amount limit = c.amount("perTransactionLimit", perTransactionLimit, false);
            rules(c, regPayPeriodType, recurringPeriod, recurringDay, recurringDayOfWeek, recurringMonth, price,
                    perTransactionLimit != null, limit);
            if ((productPrice != null && price == null) || (perTransactionLimit != null && limit == null)) {
                return null;
            }
            return c.attempt(mark, () -> new RegPayRequest(regPayPeriodType, Optional.ofNullable(recurringPeriod),
                    recurringDay == null ? OptionalInt.empty() : OptionalInt.of(recurringDay),
                    Optional.ofNullable(recurringDayOfWeek),
                    recurringMonth == null ? OptionalInt.empty() : OptionalInt.of(recurringMonth),
                    Optional.ofNullable(price), Optional.ofNullable(limit)));
        }
    }
}
