package dev.linepay4j.domain.payment;

import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.TransactionId;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that happens to an online payment: the customer's doing ({@link Authenticate},
 * {@link Cancel}), the clock's ({@link Expire}, {@link ExpireAuthorization}), LINE Pay's ({@link Fail}),
 * or a merchant API call ({@link Confirm}, {@link Capture}, {@link Void}, {@link Refund}). Events carry
 * everything the machine needs, including the id of a new refund, so that {@link PaymentMachine} stays
 * a pure function.
 *
 * <pre>{@code
 * Transition t = payment.apply(new PaymentEvent.Confirm(Amount.of(300), Currency.TWD));
 * }</pre>
 */
public sealed interface PaymentEvent {

    /**
     * Whether this event is a merchant API call, as opposed to something the customer, LINE Pay or the
     * clock does. Only API calls reach the merchant as a return code; the others are how a fake
     * drives the scenario.
     *
     * @return true for {@link Confirm}, {@link Capture}, {@link Void} and {@link Refund}
     */
    default boolean isApiCall() {
        return this instanceof Confirm || this instanceof Capture || this instanceof Void || this instanceof Refund;
    }

    /**
     * A refund of part of the captured amount.
     *
     * @param amount              how much to refund
     * @param refundTransactionId the id the new refund transaction gets
     * @return the event
     */
    static Refund refund(Amount amount, TransactionId refundTransactionId) {
        return new Refund(Optional.of(amount), refundTransactionId);
    }

    /**
     * A refund of everything still refundable ({@code refundAmount} omitted).
     *
     * @param refundTransactionId the id the new refund transaction gets
     * @return the event
     */
    static Refund refundRemaining(TransactionId refundTransactionId) {
        return new Refund(Optional.empty(), refundTransactionId);
    }

    /**
     * The customer approved the payment in LINE Pay (the redirect to {@code confirmUrl}).
     *
     * <pre>{@code
     * payment.apply(new PaymentEvent.Authenticate());   // REQUESTED -> AUTHENTICATED
     * }</pre>
     */
    record Authenticate() implements PaymentEvent {
    }

    /**
     * The customer cancelled on LINE Pay's payment page (the redirect to {@code cancelUrl}).
     *
     * <pre>{@code
     * payment.apply(new PaymentEvent.Cancel());         // REQUESTED -> CANCELLED
     * }</pre>
     */
    record Cancel() implements PaymentEvent {
    }

    /**
     * The reservation ran out before the merchant confirmed it (legacy documents: 20 minutes).
     *
     * <pre>{@code
     * payment.apply(new PaymentEvent.Expire());         // REQUESTED -> EXPIRED
     * }</pre>
     */
    record Expire() implements PaymentEvent {
    }

    /**
     * LINE Pay failed the payment before it was confirmed (request status {@code 0122}).
     *
     * <pre>{@code
     * payment.apply(new PaymentEvent.Fail());           // REQUESTED -> FAILED
     * }</pre>
     */
    record Fail() implements PaymentEvent {
    }

    /**
     * The merchant confirms the approved payment ({@code POST /v3/payments/{transactionId}/confirm}).
     * The amount and currency must be those of the request.
     *
     * <pre>{@code
     * payment.apply(new PaymentEvent.Confirm(Amount.of(300), Currency.TWD));
     * }</pre>
     *
     * @param amount   the body's {@code amount}
     * @param currency the body's {@code currency}
     */
    record Confirm(Amount amount, Currency currency) implements PaymentEvent {
        /**
         * Creates the event.
         *
         * @param amount   the amount to confirm
         * @param currency its currency
         * @throws NullPointerException if a component is null
         */
        public Confirm {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(currency, "currency");
        }
    }

    /**
     * The merchant captures an authorization
     * ({@code POST /v3/payments/authorizations/{transactionId}/capture}). Less than the authorized amount
     * may be captured; the rest is released.
     *
     * <pre>{@code
     * payment.apply(new PaymentEvent.Capture(Amount.of(250), Currency.TWD));
     * }</pre>
     *
     * @param amount   the body's {@code amount}; at most the authorized amount
     * @param currency the body's {@code currency}
     */
    record Capture(Amount amount, Currency currency) implements PaymentEvent {
        /**
         * Creates the event.
         *
         * @param amount   the amount to capture
         * @param currency its currency
         * @throws NullPointerException if a component is null
         */
        public Capture {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(currency, "currency");
        }
    }

    /**
     * The merchant voids an uncaptured authorization
     * ({@code POST /v3/payments/authorizations/{transactionId}/void}).
     *
     * <pre>{@code
     * payment.apply(new PaymentEvent.Void());           // AUTHORIZED -> VOIDED
     * }</pre>
     */
    record Void() implements PaymentEvent {
    }

    /**
     * The merchant refunds a captured payment ({@code POST /v3/payments/{transactionId}/refund}).
     *
     * <pre>{@code
     * payment.apply(PaymentEvent.refund(Amount.of(100), TransactionId.of(2023042201206549311L)));
     * payment.apply(PaymentEvent.refundRemaining(TransactionId.of(2023042201206549312L)));
     * }</pre>
     *
     * @param amount              the body's {@code refundAmount}; empty (omitted) refunds everything
     *                            still refundable
     * @param refundTransactionId the id the new refund transaction gets; given by the caller so that
     *                            the machine stays pure (LINE Pay makes one up)
     */
    record Refund(Optional<Amount> amount, TransactionId refundTransactionId) implements PaymentEvent {
        /**
         * Creates the event.
         *
         * @param amount              the amount to refund, or empty for everything refundable
         * @param refundTransactionId the new refund transaction's id
         * @throws NullPointerException if a component is null
         */
        public Refund {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(refundTransactionId, "refundTransactionId");
        }
    }

    /**
     * The authorization reached its {@code authorizationExpireDate} uncaptured; LINE Pay voids it.
     *
     * <pre>{@code
     * payment.apply(new PaymentEvent.ExpireAuthorization());   // AUTHORIZED -> AUTHORIZATION_EXPIRED
     * }</pre>
     */
    record ExpireAuthorization() implements PaymentEvent {
    }
}
