package dev.linepay4j.domain.response;

import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.json.JsonObject;
import java.time.Instant;
import java.util.Objects;

/**
 * LINE Pay's answer to a refund ({@code POST /v3/payments/{transactionId}/refund}): the refund is a
 * transaction of its own, with a new id.
 *
 * <pre>{@code
 * RefundResponse refund = linePay.refund(transactionId, RefundRequest.partial(Amount.of(50), Currency.TWD));
 * ledger.refunded(orderId, refund.refundTransactionId(), refund.refundTransactionDate());
 * }</pre>
 *
 * @param refundTransactionId   the id of the refund transaction (not the payment's)
 * @param refundTransactionDate when LINE Pay made the refund
 * @param raw                   the {@code info} object as read
 */
public record RefundResponse(TransactionId refundTransactionId, Instant refundTransactionDate, JsonObject raw) {

    /**
     * Creates the answer.
     *
     * @param refundTransactionId the id of the refund transaction
     * @param refundTransactionDate when LINE Pay made the refund
     * @param raw the {@code info} object as read
     * @throws NullPointerException if a part is null
     */
    public RefundResponse {
        Objects.requireNonNull(refundTransactionId, "refundTransactionId");
        Objects.requireNonNull(refundTransactionDate, "refundTransactionDate");
        Objects.requireNonNull(raw, "raw");
    }

    /** The id and the date; never {@code raw()}. */
    @Override
    public String toString() {
        return "RefundResponse[refundTransactionId=" + refundTransactionId + ", refundTransactionDate="
                + refundTransactionDate + "]";
    }
}
