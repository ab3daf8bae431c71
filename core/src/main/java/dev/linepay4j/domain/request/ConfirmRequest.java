package dev.linepay4j.domain.request;

import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.ValidationException;

/**
 * The body of a confirm call ({@code POST /v3/payments/{transactionId}/confirm}): the amount and
 * currency of the request being confirmed, which LINE Pay compares with the request ({@code 1153}
 * when they differ).
 *
 * <p>Rules: both required; amount greater than zero with no more decimal places than the currency
 * allows; the currency accepts new payments.
 *
 * <pre>{@code
 * ConfirmRequest confirm = ConfirmRequest.of(Amount.of(100), Currency.TWD);
 * }</pre>
 *
 * @param amount   the amount requested
 * @param currency the currency requested
 */
public record ConfirmRequest(Amount amount, Currency currency) {

    /**
     * Creates the body.
     *
     * @param amount the amount requested
     * @param currency the currency requested
     * @throws ValidationException listing every rule above that is broken
     */
    public ConfirmRequest {
        Check c = Check.root();
        moneyRules(c, amount, currency);
        c.throwIfAny();
    }

    /**
     * The body confirming a payment of the given amount.
     *
     * @param amount   the amount requested
     * @param currency the currency requested
     * @return the body
     * @throws ValidationException listing every rule above that is broken
     */
    public static ConfirmRequest of(Amount amount, Currency currency) {
        return new ConfirmRequest(amount, currency);
    }

    /** The rules shared by every body that moves a new amount: confirm, capture, pre-approved payment. */
    static void moneyRules(Check c, Amount amount, Currency currency) {
        c.required("amount", amount);
        c.required("currency", currency);
        valueRules(c, amount, currency);
    }

    /** {@link #moneyRules} without the required checks, for builders that report missing values themselves. */
    static void valueRules(Check c, Amount amount, Currency currency) {
        if (currency != null && !currency.acceptsNewPayments()) {
            c.fail("currency", currency + " cannot be used for new payments since LINE Pay Japan has ended;"
                    + " use USD, TWD or THB");
        }
        c.positive("amount", amount);
        c.withCurrency(currency).scale("amount", amount);
    }
}
