package dev.linepay4j.domain.request;

import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.ValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * The part of a payment that promotions may not touch, for goods where the law forbids it
 * ({@code options.extra.promotionRestriction}; Taiwan only). Used by the payment request and by capture.
 * Whether the amounts fit the currency's decimal places is checked by the request holding them.
 *
 * <pre>{@code
 * PromotionRestriction r = PromotionRestriction.of(Amount.of(100), Amount.of(200));
 * }</pre>
 *
 * @param useLimit    the amount that may not be paid with discounts or points, if any
 * @param rewardLimit the amount that earns no rewards; required
 */
public record PromotionRestriction(Optional<Amount> useLimit, Amount rewardLimit) {

    /**
     * Creates the restriction.
     *
     * @param useLimit the amount that may not be paid with discounts or points, if any
     * @param rewardLimit the amount that earns no rewards; required
     * @throws ValidationException  if rewardLimit is null
     * @throws NullPointerException if useLimit is null
     */
    public PromotionRestriction {
        Objects.requireNonNull(useLimit, "useLimit");
        Check c = Check.root();
        c.required("rewardLimit", rewardLimit);
        c.throwIfAny();
    }

    /**
     * A restriction on rewards only.
     *
     * @param rewardLimit the amount that earns no rewards
     * @return the restriction
     * @throws ValidationException if rewardLimit is null
     */
    public static PromotionRestriction of(Amount rewardLimit) {
        return new PromotionRestriction(Optional.empty(), rewardLimit);
    }

    /**
     * A restriction on discounts and rewards.
     *
     * @param useLimit    the amount that may not be paid with discounts or points
     * @param rewardLimit the amount that earns no rewards
     * @return the restriction
     * @throws ValidationException if rewardLimit is null
     */
    public static PromotionRestriction of(Amount useLimit, Amount rewardLimit) {
        return new PromotionRestriction(Optional.ofNullable(useLimit), rewardLimit);
    }

    /** Checks the amounts where the restriction sits, against the currency of the request. */
    void verify(Check c) {
        c.scale("useLimit", useLimit.orElse(null));
        c.scale("rewardLimit", rewardLimit);
    }
}
