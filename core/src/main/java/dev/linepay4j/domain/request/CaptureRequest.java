package dev.linepay4j.domain.request;

import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.ValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of a capture call ({@code POST /v3/payments/authorizations/{transactionId}/capture}): the
 * amount to capture, at most the authorized amount (the rest is released), and optionally the amounts
 * promotions may not touch (Taiwan only, sent as {@code options.extra.promotionRestriction}).
 *
 * <p>Rules: amount and currency required; amount greater than zero; every amount with no more decimal
 * places than the currency allows; the currency accepts new payments.
 *
 * <pre>{@code
 * CaptureRequest all     = CaptureRequest.of(Amount.of(100), Currency.TWD);
 * CaptureRequest limited = CaptureRequest.of(Amount.of(100), Currency.TWD,
 *         PromotionRestriction.of(Amount.of(40)));
 * }</pre>
 *
 * @param amount               the amount to capture
 * @param currency             the payment's currency
 * @param promotionRestriction the amounts promotions may not touch, if any
 */
public record CaptureRequest(Amount amount, Currency currency, Optional<PromotionRestriction> promotionRestriction) {

    /**
     * Creates the body.
     *
     * @param amount the amount to capture
     * @param currency the payment's currency
     * @param promotionRestriction the amounts promotions may not touch, if any
     * @throws ValidationException  listing every rule above that is broken
     * @throws NullPointerException if promotionRestriction is null
     */
    public CaptureRequest {
        Objects.requireNonNull(promotionRestriction, "promotionRestriction");
        Check c = Check.root();
        ConfirmRequest.moneyRules(c, amount, currency);
        // Online capture sends the restriction as options.extra.promotionRestriction; paths follow the wire.
        Check restriction = c.withCurrency(currency).at("options.extra.promotionRestriction");
        promotionRestriction.ifPresent(r -> r.verify(restriction));
        c.throwIfAny();
    }

    /**
     * A body capturing the given amount.
     *
     * @param amount   the amount to capture
     * @param currency the payment's currency
     * @return the body
     * @throws ValidationException listing every rule above that is broken
     */
    public static CaptureRequest of(Amount amount, Currency currency) {
        return new CaptureRequest(amount, currency, Optional.empty());
    }

    /**
     * A body capturing the given amount, with a promotion restriction.
     *
     * @param amount               the amount to capture
     * @param currency             the payment's currency
     * @param promotionRestriction the amounts promotions may not touch
     * @return the body
     * @throws ValidationException listing every rule above that is broken
     */
    public static CaptureRequest of(Amount amount, Currency currency, PromotionRestriction promotionRestriction) {
        return new CaptureRequest(amount, currency, Optional.ofNullable(promotionRestriction));
    }
}
