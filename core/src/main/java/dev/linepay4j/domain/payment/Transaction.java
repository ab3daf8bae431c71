package dev.linepay4j.domain.payment;

import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.ValidationException;
import dev.linepay4j.domain.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One money movement of a payment, as the payment details list it: the payment itself, or a refund
 * with its own new transaction id pointing back at the payment. The amount is always positive here;
 * {@link #signedAmount()} gives the sign LINE Pay writes (refunds negative).
 *
 * <pre>{@code
 * TransactionId paymentId = TransactionId.of(2023042201206549310L);
 * Transaction paid = Transaction.payment(paymentId, Amount.of(300));
 * Transaction back = Transaction.refund(TransactionId.of(2023042201206549311L),
 *         TransactionType.PARTIAL_REFUND, Amount.of(100), paymentId);
 * back.signedAmount();   // -100
 * }</pre>
 *
 * @param id                    this transaction's own id (for a refund: {@code refundTransactionId})
 * @param type                  payment, full refund or partial refund
 * @param amount                how much moved; positive
 * @param originalTransactionId for a refund, the payment it refunds; empty for the payment itself
 */
public record Transaction(TransactionId id, TransactionType type, Amount amount,
                          Optional<TransactionId> originalTransactionId) {

    /**
     * Creates a transaction.
     *
     * @param id                    the transaction's own id
     * @param type                  its type
     * @param amount                how much moved; positive
     * @param originalTransactionId the refunded payment's id for a refund, empty for the payment
     * @throws NullPointerException if any component is null
     * @throws ValidationException  if the amount is zero, a refund lacks its original transaction id,
     *                              the payment has one, or a refund points at itself
     */
    public Transaction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(originalTransactionId, "originalTransactionId");
        List<Violation> broken = new ArrayList<>();
        if (amount.isZero()) {
            // LINE Pay never records a transaction that moves nothing; zero refunds are refused (1124).
            broken.add(new Violation("amount", "must be positive, was 0"));
        }
        if (type.isRefund() && originalTransactionId.isEmpty()) {
            broken.add(new Violation("originalTransactionId", "is required for a " + type));
        }
        if (!type.isRefund() && originalTransactionId.isPresent()) {
            broken.add(new Violation("originalTransactionId", "must be empty for a PAYMENT"));
        }
        if (originalTransactionId.filter(id::equals).isPresent()) {
            broken.add(new Violation("originalTransactionId", "must differ from the refund's own id " + id));
        }
        if (!broken.isEmpty()) {
            throw new ValidationException(broken);
        }
    }

    /**
     * The payment transaction, created when confirm succeeds; its id is the payment's transaction id.
     *
     * @param id     the payment's transaction id
     * @param amount the confirmed amount; positive
     * @return the transaction
     * @throws ValidationException if the amount is zero
     */
    public static Transaction payment(TransactionId id, Amount amount) {
        return new Transaction(id, TransactionType.PAYMENT, amount, Optional.empty());
    }

    /**
     * A refund transaction.
     *
     * @param refundTransactionId the refund's own, new id
     * @param type                {@link TransactionType#PAYMENT_REFUND} or {@link TransactionType#PARTIAL_REFUND}
     * @param amount              how much was refunded; positive
     * @param original            the id of the payment refunded
     * @return the transaction
     * @throws ValidationException if the type is {@link TransactionType#PAYMENT}, the amount is zero or
     *                             the two ids are equal
     */
    public static Transaction refund(TransactionId refundTransactionId, TransactionType type, Amount amount,
                                     TransactionId original) {
        Objects.requireNonNull(original, "original");
        if (!type.isRefund()) {
            throw ValidationException.of("type", "must be a refund type, was " + type);
        }
        return new Transaction(refundTransactionId, type, amount, Optional.of(original));
    }

    /**
     * Whether this transaction gives money back.
     *
     * @return true for both refund types
     */
    public boolean isRefund() {
        return type.isRefund();
    }

    /**
     * The amount with the sign LINE Pay writes in the payment details: positive for the payment,
     * negative for refunds ({@code refundList[].refundAmount}). {@link Amount} cannot be negative, so
     * this is a plain decimal.
     *
     * @return {@code amount} for a payment, {@code -amount} for a refund
     */
    public BigDecimal signedAmount() {
        return isRefund() ? amount.value().negate() : amount.value();
    }
}
