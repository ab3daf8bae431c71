package dev.linepay4j.domain.request;

import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.ValidationException;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A promotion the payment takes part in ({@code options.events[]}): either a rate-type promotion on an
 * amount or a fixed-type promotion on a number of products, never both.
 *
 * <p>Rules: {@code code} required (an event without one names nothing), at most 30 characters; exactly
 * one of {@code totalAmount} and {@code productQuantity}; {@code productQuantity} at least 1.
 *
 * <pre>{@code
 * PromotionEvent spring = PromotionEvent.ofTotalAmount("SPRING24", Amount.of(500));
 * PromotionEvent gift   = PromotionEvent.ofProductQuantity("GIFT-2", 2);
 * }</pre>
 *
 * @param code            the promotion's event code
 * @param totalAmount     the amount the rate-type promotion applies to, if it is one
 * @param productQuantity the number of products the fixed-type promotion applies to, if it is one
 */
public record PromotionEvent(String code, Optional<Amount> totalAmount, OptionalLong productQuantity) {

    /** LINE Pay's limit for {@code options.events[].code}. */
    public static final int MAX_CODE_LENGTH = 30;

    /**
     * Creates an event.
     *
     * @param code the promotion's event code
     * @param totalAmount the amount the rate-type promotion applies to, if it is one
     * @param productQuantity the number of products the fixed-type promotion applies to, if it is one
     * @throws ValidationException  listing every rule above that is broken
     * @throws NullPointerException if an {@code Optional} is null
     */
    public PromotionEvent {
        Objects.requireNonNull(totalAmount, "totalAmount");
        Objects.requireNonNull(productQuantity, "productQuantity");
        Check c = Check.root();
        rules(c, code, totalAmount.isPresent(), totalAmount.orElse(null),
                productQuantity.isPresent() ? productQuantity.getAsLong() : null);
        c.throwIfAny();
    }

    /**
     * A rate-type promotion.
     *
     * @param code        the event code
     * @param totalAmount the amount the promotion applies to
     * @return the event
     * @throws ValidationException if the code or amount is missing or the code is too long
     */
    public static PromotionEvent ofTotalAmount(String code, Amount totalAmount) {
        return new PromotionEvent(code, Optional.ofNullable(totalAmount), OptionalLong.empty());
    }

    /**
     * A fixed-type promotion.
     *
     * @param code            the event code
     * @param productQuantity the number of products; at least 1
     * @return the event
     * @throws ValidationException if the code is missing or too long, or the quantity is below 1
     */
    public static PromotionEvent ofProductQuantity(String code, long productQuantity) {
        return new PromotionEvent(code, Optional.empty(), OptionalLong.of(productQuantity));
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
     * A builder holding this event's values, to make a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.code = code;
        b.totalAmount = totalAmount.map(Amount::value).orElse(null);
        b.productQuantity = productQuantity.isPresent() ? productQuantity.getAsLong() : null;
        return b;
    }

    /** {@code hasTotalAmount} says whether one was given, even if it could not be read. */
    static void rules(Check c, String code, boolean hasTotalAmount, Amount totalAmount, Long productQuantity) {
        c.text("code", code, MAX_CODE_LENGTH);
        boolean hasQuantity = productQuantity != null;
        if (hasTotalAmount && hasQuantity) {
            c.fail("productQuantity", "must not be set together with totalAmount: an event is either rate-type"
                    + " (totalAmount) or fixed-type (productQuantity)");
        } else if (!hasTotalAmount && !hasQuantity) {
            c.fail("totalAmount", "or productQuantity is required: an event is either rate-type (totalAmount)"
                    + " or fixed-type (productQuantity)");
        }
        if (hasQuantity && productQuantity < 1) {
            c.fail("productQuantity", "must be at least 1, was " + productQuantity);
        }
        c.scale("totalAmount", totalAmount);
    }

    void verify(Check c) {
        rules(c, code, totalAmount.isPresent(), totalAmount.orElse(null),
                productQuantity.isPresent() ? productQuantity.getAsLong() : null);
    }

    /**
     * Builds a {@link PromotionEvent} from plain values; {@link #build()} reports every broken rule at once.
     *
     * <pre>{@code
     * PromotionEvent.builder().code("SPRING24").totalAmount(500).build();
     * }</pre>
     */
    public static final class Builder {

        private String code;
        private BigDecimal totalAmount;
        private Long productQuantity;

        private Builder() {
        }

        /**
         * Sets {@code code}.
         *
         * @param code at most 30 characters
         * @return this builder
         */
        public Builder code(String code) {
            this.code = code;
            return this;
        }

        /**
         * Sets {@code totalAmount}, making this a rate-type promotion.
         *
         * @param totalAmount the amount the promotion applies to, or null for none
         * @return this builder
         */
        public Builder totalAmount(BigDecimal totalAmount) {
            this.totalAmount = totalAmount;
            return this;
        }

        /**
         * Sets {@code totalAmount} to a whole amount.
         *
         * @param totalAmount the amount the promotion applies to
         * @return this builder
         */
        public Builder totalAmount(long totalAmount) {
            return totalAmount(BigDecimal.valueOf(totalAmount));
        }

        /**
         * Sets {@code totalAmount}.
         *
         * @param totalAmount the amount the promotion applies to, or null for none
         * @return this builder
         */
        public Builder totalAmount(Amount totalAmount) {
            return totalAmount(totalAmount == null ? null : totalAmount.value());
        }

        /**
         * Sets {@code productQuantity}, making this a fixed-type promotion.
         *
         * @param productQuantity at least 1
         * @return this builder
         */
        public Builder productQuantity(long productQuantity) {
            this.productQuantity = productQuantity;
            return this;
        }

        /**
         * Builds the event.
         *
         * @return the event
         * @throws ValidationException listing every broken rule
         */
        public PromotionEvent build() {
            Check c = Check.root();
            PromotionEvent event = build(c);
            c.throwIfAny();
            return event;
        }

        PromotionEvent build(Check c) {
            int mark = c.mark();
            Amount total = c.amount("totalAmount", totalAmount, false);
            rules(c, code, totalAmount != null, total, productQuantity);
            if (totalAmount != null && total == null) {
                return null;
            }
            return c.attempt(mark, () -> new PromotionEvent(code, Optional.ofNullable(total),
                    productQuantity == null ? OptionalLong.empty() : OptionalLong.of(productQuantity)));
        }
    }
}
