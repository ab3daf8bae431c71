package dev.linepay4j.domain.response;

import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.payment.TransactionType;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One refund of a payment, as the payment-details answer lists it ({@code refundList[]}).
 *
 * <p>LINE Pay writes {@code refundAmount} as a negative number (money going back), in its examples and
 * in answers seen in the sandbox. linepay4j reports the amount refunded as a positive {@link Amount},
 * whichever sign LINE Pay used, so that it can be added and compared with the payment's amounts; the
 * sign as sent is in the payment's {@code raw()}.
 *
 * <pre>{@code
 * Amount refunded = details.refundList().stream().map(RefundInfo::refundAmount)
 *         .reduce(Amount.ZERO, Amount::plus);
 * }</pre>
 *
 * @param refundTransactionId   the id of the refund transaction
 * @param transactionType       {@code PAYMENT_REFUND} (full) or {@code PARTIAL_REFUND}; empty when absent or
 *                              a type linepay4j does not know
 * @param refundAmount          the amount refunded, as a positive amount
 * @param refundTransactionDate when the refund was made
 */
public record RefundInfo(TransactionId refundTransactionId, Optional<TransactionType> transactionType,
                         Amount refundAmount, Instant refundTransactionDate) {

    /**
     * Creates the entry.
     *
     * @param refundTransactionId the id of the refund transaction
     * @param transactionType the refund's type, when sent and known
     * @param refundAmount the amount refunded, as a positive amount
     * @param refundTransactionDate when the refund was made
     * @throws NullPointerException if a part is null
     */
    public RefundInfo {
        Objects.requireNonNull(refundTransactionId, "refundTransactionId");
        Objects.requireNonNull(transactionType, "transactionType");
        Objects.requireNonNull(refundAmount, "refundAmount");
        Objects.requireNonNull(refundTransactionDate, "refundTransactionDate");
    }
}
