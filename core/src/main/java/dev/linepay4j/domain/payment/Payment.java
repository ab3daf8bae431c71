package dev.linepay4j.domain.payment;

import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.ValidationException;
import dev.linepay4j.domain.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An online LINE Pay payment as a value: what was requested, where it is in its life, and the
 * transactions it has made. It never changes; {@link #apply(PaymentEvent)} answers the next payment
 * or a refusal. The constructor refuses any combination the machine cannot produce (a refund before a
 * capture, refunds above the captured amount, two payment transactions…), so code holding a
 * {@code Payment} never has to check these again.
 *
 * <pre>{@code
 * Payment p = Payment.requested(TransactionId.of(2023042201206549310L), "order-1", Amount.of(300),
 *         Currency.TWD, true);
 * p = p.apply(new PaymentEvent.Authenticate()).orElse(p);
 * p = p.apply(new PaymentEvent.Confirm(Amount.of(300), Currency.TWD)).orElse(p);
 * p.state();               // CAPTURED
 * p.refundableBalance();   // 300
 * }</pre>
 *
 * @param transactionId    the id LINE Pay gave the reservation; the payment transaction keeps it
 * @param orderId          the merchant's order id
 * @param currency         the request's currency
 * @param amount           the requested amount; confirm must repeat it exactly
 * @param captureOnConfirm {@code options.payment.capture}: whether confirm also captures (LINE Pay's
 *                         default, true) or only authorizes
 * @param state            where the payment is in its life
 * @param authorizedAmount the amount confirmed; zero before confirm
 * @param capturedAmount   the amount taken; zero until captured, then at most {@code authorizedAmount}
 * @param transactions     the payment transaction (from confirm on) followed by its refunds, oldest
 *                         first; unmodifiable
 */
public record Payment(TransactionId transactionId, String orderId, Currency currency, Amount amount,
                      boolean captureOnConfirm, PaymentState state, Amount authorizedAmount,
                      Amount capturedAmount, List<Transaction> transactions) {

    /**
     * Creates a payment, checking that the parts fit together as the machine would have made them.
     *
     * @param transactionId    the reservation's id
     * @param orderId          the merchant's order id; not blank
     * @param currency         the currency
     * @param amount           the requested amount; positive
     * @param captureOnConfirm {@code options.payment.capture}
     * @param state            the state
     * @param authorizedAmount the confirmed amount; zero before confirm
     * @param capturedAmount   the captured amount; zero until captured
     * @param transactions     the payment transaction, then its refunds
     * @throws NullPointerException if a component or a transaction is null
     * @throws ValidationException  listing every rule the parts break
     */
    public Payment {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(authorizedAmount, "authorizedAmount");
        Objects.requireNonNull(capturedAmount, "capturedAmount");
        Objects.requireNonNull(transactions, "transactions");
        transactions = List.copyOf(transactions);   // copy: the caller's list may change later; rejects nulls
        List<Violation> broken = check(transactionId, orderId, currency, amount, captureOnConfirm, state,
                authorizedAmount, capturedAmount, transactions);
        if (!broken.isEmpty()) {
            throw new ValidationException(broken);
        }
    }

    /**
     * A payment just reserved by {@code POST /v3/payments/request}, waiting for the customer.
     *
     * @param transactionId the id LINE Pay answered
     * @param orderId       the merchant's order id; not blank
     * @param amount        the requested amount; positive, with no more decimals than the currency allows
     * @param currency      the currency
     * @param capture       {@code options.payment.capture}; true when the request does not set it
     * @return the payment in {@link PaymentState#REQUESTED}
     * @throws ValidationException if the order id is blank or the amount is zero or too finely divided
     */
    public static Payment requested(TransactionId transactionId, String orderId, Amount amount, Currency currency,
                                    boolean capture) {
        return new Payment(transactionId, orderId, currency, amount, capture, PaymentState.REQUESTED,
                Amount.ZERO, Amount.ZERO, List.of());
    }

    /**
     * The next payment, or the refusal LINE Pay would answer; see {@link PaymentMachine} for the rules.
     *
     * @param event what happens
     * @return the transition; never null, never thrown
     * @throws NullPointerException if event is null
     */
    public Transition apply(PaymentEvent event) {
        return PaymentMachine.apply(this, event);
    }

    /**
     * Whether the payment's life is over.
     *
     * @return {@code state().isTerminal()}
     */
    public boolean isTerminal() {
        return state.isTerminal();
    }

    /**
     * The payment transaction, which exists from confirm on.
     *
     * @return the {@link TransactionType#PAYMENT} transaction, or empty before confirm
     */
    public Optional<Transaction> paymentTransaction() {
        return transactions.isEmpty() ? Optional.empty() : Optional.of(transactions.get(0));
    }

    /**
     * The refunds, oldest first.
     *
     * @return an unmodifiable list, empty when nothing was refunded
     */
    public List<Transaction> refunds() {
        return transactions.isEmpty() ? List.of() : transactions.subList(1, transactions.size());
    }

    /**
     * How much has been refunded so far.
     *
     * @return the sum of the refund transactions' amounts; zero when none
     */
    public Amount refundedTotal() {
        return sumOfRefunds(transactions);
    }

    /**
     * How much can still be refunded: the captured amount less the refunds.
     *
     * @return zero before capture and once fully refunded; never negative
     */
    public Amount refundableBalance() {
        // The constructor guarantees refundedTotal <= capturedAmount, so minus cannot fail.
        return capturedAmount.minus(refundedTotal());
    }

    Payment moveTo(PaymentState next) {
        return new Payment(transactionId, orderId, currency, amount, captureOnConfirm, next, authorizedAmount,
                capturedAmount, transactions);
    }

    Payment confirm() {
        return new Payment(transactionId, orderId, currency, amount, captureOnConfirm,
                captureOnConfirm ? PaymentState.CAPTURED : PaymentState.AUTHORIZED, amount,
                captureOnConfirm ? amount : Amount.ZERO, List.of(Transaction.payment(transactionId, amount)));
    }

    Payment capture(Amount captured) {
        return new Payment(transactionId, orderId, currency, amount, captureOnConfirm, PaymentState.CAPTURED,
                authorizedAmount, captured, transactions);
    }

    Payment refund(Transaction refund, PaymentState next) {
        List<Transaction> grown = new ArrayList<>(transactions);
        grown.add(refund);
        return new Payment(transactionId, orderId, currency, amount, captureOnConfirm, next, authorizedAmount,
                capturedAmount, grown);
    }

    private static Amount sumOfRefunds(List<Transaction> transactions) {
        Amount sum = Amount.ZERO;
        for (Transaction t : transactions) {
            if (t.isRefund()) {
                sum = sum.plus(t.amount());
            }
        }
        return sum;
    }

    private static List<Violation> check(TransactionId transactionId, String orderId, Currency currency,
                                         Amount amount, boolean captureOnConfirm, PaymentState state,
                                         Amount authorized, Amount captured, List<Transaction> transactions) {
        List<Violation> broken = new ArrayList<>();
        if (orderId.isBlank()) {
            broken.add(new Violation("orderId", "must not be blank"));
        }
        if (amount.isZero()) {
            broken.add(new Violation("amount", "must be positive, was 0"));
        }
        if (!currency.allows(amount)) {
            broken.add(new Violation("amount", amount + " has more decimal places than " + currency
                    + " allows (" + currency.scale() + ")"));
        }
        checkTransactions(transactionId, currency, transactions, broken);

        // A switch expression without default: a new state does not compile until it says its rules.
        broken.addAll(switch (state) {
            case REQUESTED, AUTHENTICATED, CANCELLED, EXPIRED, FAILED ->
                    unconfirmedRules(state, authorized, captured, transactions);
            case AUTHORIZED, VOIDED, AUTHORIZATION_EXPIRED ->
                    authorizationRules(state, amount, captureOnConfirm, authorized, captured, transactions);
            case CAPTURED, PARTIALLY_REFUNDED, REFUNDED ->
                    captureRules(state, currency, amount, captureOnConfirm, authorized, captured, transactions);
        });
        return broken;
    }

    private static List<Violation> unconfirmedRules(PaymentState state, Amount authorized, Amount captured,
                                                    List<Transaction> transactions) {
        List<Violation> broken = new ArrayList<>();
        if (!transactions.isEmpty()) {
            broken.add(new Violation("transactions", "must be empty before confirm (state " + state + ")"));
        }
        if (!authorized.isZero() || !captured.isZero()) {
            broken.add(new Violation("authorizedAmount", "authorized and captured amounts must be 0 before "
                    + "confirm (state " + state + ")"));
        }
        return broken;
    }

    private static List<Violation> authorizationRules(PaymentState state, Amount amount, boolean captureOnConfirm,
                                                      Amount authorized, Amount captured,
                                                      List<Transaction> transactions) {
        List<Violation> broken = confirmedRules(state, amount, authorized, transactions);
        if (captureOnConfirm) {
            broken.add(new Violation("captureOnConfirm", "must be false for an authorization (state " + state + ")"));
        }
        if (!captured.isZero()) {
            broken.add(new Violation("capturedAmount", "must be 0 when not captured (state " + state + "), was "
                    + captured));
        }
        if (!sumOfRefunds(transactions).isZero()) {
            broken.add(new Violation("transactions", "an uncaptured authorization has no refunds"));
        }
        return broken;
    }

    private static List<Violation> captureRules(PaymentState state, Currency currency, Amount amount,
                                                boolean captureOnConfirm, Amount authorized, Amount captured,
                                                List<Transaction> transactions) {
        List<Violation> broken = confirmedRules(state, amount, authorized, transactions);
        if (captured.isZero() || captured.isGreaterThan(authorized)) {
            broken.add(new Violation("capturedAmount", "must be positive and at most the authorized " + authorized
                    + ", was " + captured));
        }
        if (!currency.allows(captured)) {
            broken.add(new Violation("capturedAmount", captured + " has more decimal places than " + currency
                    + " allows"));
        }
        if (captureOnConfirm && !captured.equals(authorized)) {
            broken.add(new Violation("capturedAmount", "confirm with capture takes the whole amount " + authorized
                    + ", was " + captured));
        }
        checkRefundedTotal(state, captured, sumOfRefunds(transactions), broken);
        return broken;
    }

    private static List<Violation> confirmedRules(PaymentState state, Amount amount, Amount authorized,
                                                  List<Transaction> transactions) {
        List<Violation> broken = new ArrayList<>();
        if (transactions.isEmpty() || transactions.get(0).type() != TransactionType.PAYMENT) {
            broken.add(new Violation("transactions", "must start with the PAYMENT transaction once confirmed "
                    + "(state " + state + ")"));
        }
        if (!authorized.equals(amount)) {
            broken.add(new Violation("authorizedAmount", "must equal the requested amount " + amount
                    + " once confirmed, was " + authorized));
        }
        return broken;
    }

    private static void checkRefundedTotal(PaymentState state, Amount captured, Amount refunded,
                                           List<Violation> broken) {
        boolean fits = switch (state) {
            case CAPTURED -> refunded.isZero();
            case PARTIALLY_REFUNDED -> !refunded.isZero() && captured.isGreaterThan(refunded);
            case REFUNDED -> refunded.equals(captured);
            default -> true;
        };
        if (!fits) {
            broken.add(new Violation("transactions", "refunds of " + refunded + " out of " + captured
                    + " captured do not fit state " + state));
        }
    }

    private static void checkTransactions(TransactionId transactionId, Currency currency,
                                          List<Transaction> transactions, List<Violation> broken) {
        Set<TransactionId> ids = new HashSet<>();
        for (int i = 0; i < transactions.size(); i++) {
            Transaction t = transactions.get(i);
            String field = "transactions[" + i + "]";
            if (!ids.add(t.id())) {
                broken.add(new Violation(field + ".id", "is used twice: " + t.id()));
            }
            if (!currency.allows(t.amount())) {
                broken.add(new Violation(field + ".amount", t.amount() + " has more decimal places than "
                        + currency + " allows"));
            }
            if (t.type() == TransactionType.PAYMENT) {
                if (i != 0) {
                    broken.add(new Violation(field, "a payment has one PAYMENT transaction, and it comes first"));
                } else if (!t.id().equals(transactionId)) {
                    broken.add(new Violation(field + ".id", "the PAYMENT transaction keeps the payment's id "
                            + transactionId + ", was " + t.id()));
                }
            } else if (!t.originalTransactionId().equals(Optional.of(transactionId))) {
                broken.add(new Violation(field + ".originalTransactionId", "must be the payment's id "
                        + transactionId));
            }
        }
    }
}
