package dev.linepay4j.domain.response;

import dev.linepay4j.domain.Amount;
import java.util.Objects;
import java.util.Optional;

/**
 * One way the customer paid part of a payment ({@code payInfo[]}): a LINE Pay balance, a credit card,
 * points. A payment is often split: points first, the rest by card.
 *
 * <p>{@link #amount()} is positive: in the payment details of a refund, where the amount goes back to the
 * customer and may be written negative (as {@code refundAmount} is), it is read as its size, like
 * {@link RefundInfo#refundAmount()}; the sign as sent stays in the answer's {@code raw()}.
 *
 * <p>{@link #method()} is kept as LINE Pay wrote it: {@code BALANCE}, {@code CREDIT_CARD} and
 * {@code POINT} today, {@code DISCOUNT} in older answers, and whatever LINE Pay adds later.
 *
 * <pre>{@code
 * Amount byCard = confirm.payInfo().stream()
 *         .filter(p -> p.method().equals("CREDIT_CARD"))
 *         .map(PayInfo::amount).reduce(Amount.ZERO, Amount::plus);
 * }</pre>
 *
 * @param method                 the payment method, as LINE Pay names it
 * @param amount                 the amount paid this way; for a refund's own entry in the payment details,
 *                               which LINE Pay writes negative, the amount refunded this way, as its size
 * @param creditCardNickname     the nickname of a pre-approved card (LINE Pay sends an empty string when
 *                               none was set), when sent
 * @param creditCardBrand        {@code VISA}, {@code MASTER}, {@code AMEX}, {@code DINERS}, {@code JCB},
 *                               when sent
 * @param maskedCreditCardNumber the card number as LINE Pay masks it ({@code **** **** **** 1234}); Taiwan
 *                               only, on request
 */
public record PayInfo(String method, Amount amount, Optional<String> creditCardNickname,
                      Optional<String> creditCardBrand, Optional<String> maskedCreditCardNumber) {

    /**
     * Creates the entry.
     *
     * @param method the payment method, as LINE Pay names it
     * @param amount the amount paid this way
     * @param creditCardNickname the nickname of a pre-approved card, when sent
     * @param creditCardBrand the card brand, when sent
     * @param maskedCreditCardNumber the masked card number, when sent
     * @throws NullPointerException if a part is null
     */
    public PayInfo {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(creditCardNickname, "creditCardNickname");
        Objects.requireNonNull(creditCardBrand, "creditCardBrand");
        Objects.requireNonNull(maskedCreditCardNumber, "maskedCreditCardNumber");
    }
}
