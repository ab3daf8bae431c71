package dev.linepay4j.domain.response;

import dev.linepay4j.domain.OrderId;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.json.JsonObject;
import dev.linepay4j.domain.payment.OfflineStatus;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * LINE Pay's answer to the Offline API's status check ({@code GET /v2|/v2.4|/v4/payments/orders/{orderId}/check}):
 * what became of the payment made for an order. It is how a shop learns the outcome of a pay call whose
 * answer was lost, as LINE Pay prescribes: the status, and the transaction id the shop never received.
 *
 * <p>{@link #status()} is empty when LINE Pay sends a status linepay4j does not know; the text as sent is
 * {@link #statusText()}. The other fields are optional: LINE Pay documents them for a payment that went
 * through, and a failed one may lack them.
 *
 * <pre>{@code
 * OfflinePaymentStatus found = linePay.offline().checkPaymentStatus(OrderId.of("POS7-20261122-0042"));
 * if (found.status().filter(OfflineStatus::paymentWentThrough).isPresent()) {
 *     receipts.print(found.transactionId().orElseThrow());
 * }
 * }</pre>
 *
 * @param status          the status, when linepay4j knows it
 * @param statusText      the {@code status} as LINE Pay wrote it
 * @param transactionId   the payment's transaction id, when sent
 * @param orderId         the merchant's order id, when sent
 * @param transactionDate when the payment was made, when sent
 * @param payInfo         how the customer paid, unmodifiable; empty when not sent
 * @param paymentProvider {@code TSP} or {@code EPI} (Offline API v2.4 and v4), when sent
 * @param raw             the {@code info} object as read
 */
public record OfflinePaymentStatus(Optional<OfflineStatus> status, String statusText,
                                   Optional<TransactionId> transactionId, Optional<OrderId> orderId,
                                   Optional<Instant> transactionDate, List<PayInfo> payInfo,
                                   Optional<String> paymentProvider, JsonObject raw) {

    /**
     * Creates the answer.
     *
     * @param status the status, when known
     * @param statusText the status as LINE Pay wrote it
     * @param transactionId the payment's transaction id, when sent
     * @param orderId the merchant's order id, when sent
     * @param transactionDate when the payment was made, when sent
     * @param payInfo how the customer paid
     * @param paymentProvider TSP or EPI (v2.4, v4), when sent
     * @param raw the {@code info} object as read
     * @throws NullPointerException     if a part or a list element is null
     * @throws IllegalArgumentException if {@code status} is present and is not what {@code statusText} names
     */
    public OfflinePaymentStatus {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statusText, "statusText");
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(transactionDate, "transactionDate");
        payInfo = List.copyOf(payInfo);
        Objects.requireNonNull(paymentProvider, "paymentProvider");
        Objects.requireNonNull(raw, "raw");
        if (status.isPresent() && !status.get().wireName().equals(statusText)) {
            throw new IllegalArgumentException("status " + status.get() + " is not what statusText names");
        }
    }

    /** The modelled fields; never {@code raw()}. */
    @Override
    public String toString() {
        return "OfflinePaymentStatus[status=" + statusText + ", transactionId=" + transactionId + ", orderId=" + orderId
                + ", transactionDate=" + transactionDate + ", payInfo=" + payInfo + ", paymentProvider="
                + paymentProvider + "]";
    }
}
