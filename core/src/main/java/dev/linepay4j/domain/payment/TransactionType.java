package dev.linepay4j.domain.payment;

import java.util.Objects;
import java.util.Optional;

/**
 * The kind of a LINE Pay transaction, as {@code transactionType} names it in the payment details. The
 * constant names are the wire names.
 *
 * <pre>{@code
 * TransactionType.PARTIAL_REFUND.isRefund();     // true
 * TransactionType.fromWire("PAYMENT_REFUND");     // Optional[PAYMENT_REFUND]
 * }</pre>
 */
public enum TransactionType {
    /** The payment itself; its id is the payment's transaction id. */
    PAYMENT,
    /** A refund of the whole captured amount in one go (LINE Pay: "full refund"). */
    PAYMENT_REFUND,
    /** A refund of part of the captured amount, including a last one that empties the balance. */
    PARTIAL_REFUND;

    /**
     * Whether this is a refund of either kind.
     *
     * @return true for {@link #PAYMENT_REFUND} and {@link #PARTIAL_REFUND}
     */
    public boolean isRefund() {
        return this != PAYMENT;
    }

    /**
     * The name LINE Pay writes in {@code transactionType}.
     *
     * @return for example {@code "PARTIAL_REFUND"}
     */
    public String wireName() {
        return name();
    }

    /**
     * The type for a {@code transactionType} value.
     *
     * @param wireName the text LINE Pay sent; compared exactly
     * @return the type, or empty for a value linepay4j does not know
     * @throws NullPointerException if wireName is null
     */
    public static Optional<TransactionType> fromWire(String wireName) {
        Objects.requireNonNull(wireName, "wireName");
        for (TransactionType t : values()) {
            if (t.name().equals(wireName)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
