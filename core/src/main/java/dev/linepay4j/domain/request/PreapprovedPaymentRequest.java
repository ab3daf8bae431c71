package dev.linepay4j.domain.request;

import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.OrderId;
import dev.linepay4j.domain.ValidationException;
import java.math.BigDecimal;

/**
 * The body of a payment with a pre-approved key ({@code POST /v3/payments/preapprovedPay/{regKey}/payment}).
 *
 * <p>Rules: {@code productName} required (the legacy documentation requires it, the current one is
 * unclear; sending it is always accepted), at most 4000 characters; {@code amount} greater than zero with
 * no more decimal places than the currency allows; {@code currency} required and accepting new payments;
 * {@code orderId} required.
 *
 * <pre>{@code
 * PreapprovedPaymentRequest monthly = PreapprovedPaymentRequest.builder()
 *         .productName("Monthly plan").amount(300).currency(Currency.TWD).orderId("sub-42-2024-05")
 *         .build();
 * }</pre>
 *
 * @param productName the product name shown to the customer
 * @param amount      the amount to charge
 * @param currency    the currency
 * @param orderId     the merchant's order id for this charge
 * @param capture     true (the default) to capture at once; false to authorize only
 */
public record PreapprovedPaymentRequest(String productName, Amount amount, Currency currency, OrderId orderId,
                                        boolean capture) {

    /** LINE Pay's limit for {@code productName}. */
    public static final int MAX_PRODUCT_NAME_LENGTH = 4000;

    /**
     * Creates the body.
     *
     * @param productName the product name shown to the customer
     * @param amount the amount to charge
     * @param currency the currency
     * @param orderId the merchant's order id for this charge
     * @param capture true (the default) to capture at once; false to authorize only
     * @throws ValidationException listing every rule above that is broken
     */
    public PreapprovedPaymentRequest {
        Check c = Check.root();
        c.required("orderId", orderId);
        rules(c, productName, amount, currency);
        c.throwIfAny();
    }

    /**
     * A builder with {@code capture} true and nothing else set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    static void rules(Check c, String productName, Amount amount, Currency currency) {
        c.text("productName", productName, MAX_PRODUCT_NAME_LENGTH);
        ConfirmRequest.moneyRules(c, amount, currency);
    }

    /**
     * Builds a {@link PreapprovedPaymentRequest} from plain values; {@link #build()} reports every broken
     * rule at once.
     *
     * <pre>{@code
     * PreapprovedPaymentRequest.builder().productName("Refill").amount(new BigDecimal("9.99"))
     *         .currency("USD").orderId("refill-7").capture(false).build();
     * }</pre>
     */
    public static final class Builder {

        private String productName;
        private BigDecimal amount;
        private String currency;
        private String orderId;
        private boolean capture = true;

        private Builder() {
        }

        /**
         * Sets {@code productName}.
         *
         * @param productName at most 4000 characters
         * @return this builder
         */
        public Builder productName(String productName) {
            this.productName = productName;
            return this;
        }

        /**
         * Sets {@code amount}.
         *
         * @param amount greater than zero
         * @return this builder
         */
        public Builder amount(BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        /**
         * Sets {@code amount} to a whole amount.
         *
         * @param amount greater than zero
         * @return this builder
         */
        public Builder amount(long amount) {
            return amount(BigDecimal.valueOf(amount));
        }

        /**
         * Sets {@code amount}.
         *
         * @param amount greater than zero
         * @return this builder
         */
        public Builder amount(Amount amount) {
            return amount(amount == null ? null : amount.value());
        }

        /**
         * Sets {@code currency}.
         *
         * @param currency USD, TWD or THB
         * @return this builder
         */
        public Builder currency(Currency currency) {
            return currency(currency == null ? null : currency.name());
        }

        /**
         * Sets {@code currency} from its code, checked at build time.
         *
         * @param currency {@code "USD"}, {@code "TWD"} or {@code "THB"}
         * @return this builder
         */
        public Builder currency(String currency) {
            this.currency = currency;
            return this;
        }

        /**
         * Sets {@code orderId}, checked at build time.
         *
         * @param orderId not blank, at most 100 characters
         * @return this builder
         */
        public Builder orderId(String orderId) {
            this.orderId = orderId;
            return this;
        }

        /**
         * Sets {@code orderId}.
         *
         * @param orderId the order id
         * @return this builder
         */
        public Builder orderId(OrderId orderId) {
            return orderId(orderId == null ? null : orderId.value());
        }

        /**
         * Sets {@code capture}.
         *
         * @param capture false to authorize only and capture later
         * @return this builder
         */
        public Builder capture(boolean capture) {
            this.capture = capture;
            return this;
        }

        /**
         * Builds the body.
         *
         * @return the body
         * @throws ValidationException listing every broken rule
         */
        public PreapprovedPaymentRequest build() {
            Check c = Check.root();
            c.text("productName", productName, MAX_PRODUCT_NAME_LENGTH);
            Amount a = c.amount("amount", amount, true);
            Currency cur = null;
            if (currency == null) {
                c.fail("currency", "is required");
            } else {
                cur = c.value("currency", () -> Currency.of(currency));
            }
            OrderId id = c.value("orderId", () -> OrderId.of(orderId));
            ConfirmRequest.valueRules(c, a, cur);
            c.throwIfAny();
            return new PreapprovedPaymentRequest(productName, a, cur, id, capture);
        }
    }
}
