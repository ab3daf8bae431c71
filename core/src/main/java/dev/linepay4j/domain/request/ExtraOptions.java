package dev.linepay4j.domain.request;

import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.ValidationException;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Extra information about where the payment happens ({@code options.extra}).
 *
 * <p>Rules: {@code branchName} at most 200 characters (LINE Pay shows only the first 100);
 * {@code branchId} at most 32 (LINE Pay would cut a longer one, so two branches could end up alike).
 *
 * <pre>{@code
 * ExtraOptions extra = ExtraOptions.builder().branchId("TPE-01").branchName("Taipei Main").build();
 * }</pre>
 *
 * @param branchName           the branch name, if any
 * @param branchId             the branch id, if any
 * @param promotionRestriction the amounts promotions may not touch (Taiwan only), if any
 */
public record ExtraOptions(Optional<String> branchName, Optional<String> branchId,
                           Optional<PromotionRestriction> promotionRestriction) {

    /** LINE Pay's limit for {@code options.extra.branchName}. */
    public static final int MAX_BRANCH_NAME_LENGTH = 200;
    /** LINE Pay's limit for {@code options.extra.branchId}. */
    public static final int MAX_BRANCH_ID_LENGTH = 32;

    /**
     * Creates the options.
     *
     * @param branchName the branch name, if any
     * @param branchId the branch id, if any
     * @param promotionRestriction the amounts promotions may not touch (Taiwan only), if any
     * @throws ValidationException  if a text is too long
     * @throws NullPointerException if an {@code Optional} is null
     */
    public ExtraOptions {
        Objects.requireNonNull(branchName, "branchName");
        Objects.requireNonNull(branchId, "branchId");
        Objects.requireNonNull(promotionRestriction, "promotionRestriction");
        Check c = Check.root();
        rules(c, branchName.orElse(null), branchId.orElse(null));
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
     * A builder holding these values, to make a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.branchName = branchName.orElse(null);
        b.branchId = branchId.orElse(null);
        promotionRestriction.ifPresent(b::promotionRestriction);
        return b;
    }

    static void rules(Check c, String branchName, String branchId) {
        c.optionalText("branchName", branchName, MAX_BRANCH_NAME_LENGTH);
        c.optionalText("branchId", branchId, MAX_BRANCH_ID_LENGTH);
    }

    void verify(Check c) {
        rules(c, branchName.orElse(null), branchId.orElse(null));
        promotionRestriction.ifPresent(r -> r.verify(c.at("promotionRestriction")));
    }

    /**
     * Builds {@link ExtraOptions} from plain values; {@link #build()} reports every broken rule at once.
     * Setting either limit adds {@code promotionRestriction}, whose {@code rewardLimit} is then required.
     *
     * <pre>{@code
     * ExtraOptions.builder().branchId("TPE-01").rewardLimit(200).build();
     * }</pre>
     */
    public static final class Builder {

        private String branchName;
        private String branchId;
        private boolean restricted;
        private BigDecimal useLimit;
        private BigDecimal rewardLimit;

        private Builder() {
        }

        /**
         * Sets {@code branchName}.
         *
         * @param branchName at most 200 characters, or null for none
         * @return this builder
         */
        public Builder branchName(String branchName) {
            this.branchName = branchName;
            return this;
        }

        /**
         * Sets {@code branchId}.
         *
         * @param branchId at most 32 characters, or null for none
         * @return this builder
         */
        public Builder branchId(String branchId) {
            this.branchId = branchId;
            return this;
        }

        /**
         * Sets {@code promotionRestriction.useLimit}.
         *
         * @param useLimit the amount that may not be paid with discounts or points
         * @return this builder
         */
        public Builder useLimit(BigDecimal useLimit) {
            this.restricted = true;
            this.useLimit = useLimit;
            return this;
        }

        /**
         * Sets {@code promotionRestriction.useLimit} to a whole amount.
         *
         * @param useLimit the amount that may not be paid with discounts or points
         * @return this builder
         */
        public Builder useLimit(long useLimit) {
            return useLimit(BigDecimal.valueOf(useLimit));
        }

        /**
         * Sets {@code promotionRestriction.rewardLimit}.
         *
         * @param rewardLimit the amount that earns no rewards
         * @return this builder
         */
        public Builder rewardLimit(BigDecimal rewardLimit) {
            this.restricted = true;
            this.rewardLimit = rewardLimit;
            return this;
        }

        /**
         * Sets {@code promotionRestriction.rewardLimit} to a whole amount.
         *
         * @param rewardLimit the amount that earns no rewards
         * @return this builder
         */
        public Builder rewardLimit(long rewardLimit) {
            return rewardLimit(BigDecimal.valueOf(rewardLimit));
        }

        /**
         * Sets {@code promotionRestriction} from a value made earlier, replacing both limits.
         *
         * @param restriction the restriction, or null for none
         * @return this builder
         */
        public Builder promotionRestriction(PromotionRestriction restriction) {
            this.restricted = restriction != null;
            this.useLimit = restriction == null ? null : restriction.useLimit().map(Amount::value).orElse(null);
            this.rewardLimit = restriction == null ? null : restriction.rewardLimit().value();
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         * @throws ValidationException listing every broken rule
         */
        public ExtraOptions build() {
            Check c = Check.root();
            ExtraOptions extra = build(c);
            c.throwIfAny();
            return extra;
        }

        ExtraOptions build(Check c) {
            int mark = c.mark();
            PromotionRestriction restriction = null;
            if (restricted) {
                Check r = c.at("promotionRestriction");
                Amount use = r.amount("useLimit", useLimit, false);
                Amount reward = r.amount("rewardLimit", rewardLimit, true);
                r.scale("useLimit", use);
                r.scale("rewardLimit", reward);
                if (reward == null || (useLimit != null && use == null)) {
                    rules(c, branchName, branchId);
                    return null;
                }
                restriction = new PromotionRestriction(Optional.ofNullable(use), reward);
            }
            rules(c, branchName, branchId);
            Optional<PromotionRestriction> r = Optional.ofNullable(restriction);
            return c.attempt(mark, () -> new ExtraOptions(Optional.ofNullable(branchName),
                    Optional.ofNullable(branchId), r));
        }
    }
}
