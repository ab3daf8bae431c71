package dev.linepay4j.domain.request;

import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.ValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of a refund call ({@code POST /v3/payments/{transactionId}/refund}): no amount for a full
 * refund, or the amount of a partial one.
 *
 * <p>Rules: a partial amount is greater than zero (a zero refund is a mistake, not a full refund). The
 * refund body carries no currency, so {@link #partial(Amount, Currency)} asks for the payment's currency
 * to check the amount's decimal places before LINE Pay refuses it with {@code 1124}.
 *
 * <pre>{@code
 * RefundRequest all  = RefundRequest.full();
 * RefundRequest some = RefundRequest.partial(Amount.of(30), Currency.TWD);
 * }</pre>
 *
 * @param refundAmount the amount to refund; empty for a full refund
 */
public record RefundRequest(Optional<Amount> refundAmount) {

    private static final RefundRequest FULL = new RefundRequest(Optional.empty());

    /**
     * Creates the body.
     *
     * @param refundAmount the amount to refund; empty for a full refund
     * @throws ValidationException  if the amount is zero
     * @throws NullPointerException if refundAmount is null
     */
    public RefundRequest {
        Objects.requireNonNull(refundAmount, "refundAmount");
        if (refundAmount.isPresent() && refundAmount.get().isZero()) {
            throw ValidationException.of("refundAmount",
                    "must be greater than zero; leave it out for a full refund");
        }
    }

    /**
     * A full refund of what remains.
     *
     * @return the body
     */
    public static RefundRequest full() {
        return FULL;
    }

    /**
     * A partial refund.
     *
     * @param refundAmount     the amount to refund; greater than zero
     * @param paymentCurrency  the currency of the payment being refunded, to check the decimal places
     * @return the body
     * @throws ValidationException listing each rule broken: missing or zero amount, missing currency, or
     *                             more decimal places than the currency allows
     */
    public static RefundRequest partial(Amount refundAmount, Currency paymentCurrency) {
        Check c = Check.root();
        c.required("refundAmount", refundAmount);
        c.required("currency", paymentCurrency);
        c.positive("refundAmount", refundAmount);
        c.withCurrency(paymentCurrency).scale("refundAmount", refundAmount);
        c.throwIfAny();
        return new RefundRequest(Optional.of(refundAmount));
    }

    /**
     * Whether the whole remaining amount is refunded.
     *
     * @return true when no amount is given
     */
    public boolean isFull() {
        return refundAmount.isEmpty();
    }
}
