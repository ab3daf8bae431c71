package dev.linepay4j.domain.response;

import dev.linepay4j.domain.OrderId;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.json.JsonObject;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * LINE Pay's answer to a capture ({@code POST /v3/payments/authorizations/{transactionId}/capture}): the
 * authorized payment is captured, for the amount asked (any rest of the authorization is released).
 *
 * <pre>{@code
 * CaptureResponse captured = linePay.capture(transactionId, CaptureRequest.of(Amount.of(300), Currency.TWD));
 * }</pre>
 *
 * @param transactionId   the payment's transaction id
 * @param orderId         the merchant's order id
 * @param payInfo         how the customer paid, unmodifiable
 * @param paymentProvider {@code TSP} or {@code EPI} (Online API v4 only; absent means {@code TSP})
 * @param raw             the {@code info} object as read
 */
public record CaptureResponse(TransactionId transactionId, OrderId orderId, List<PayInfo> payInfo,
                              Optional<String> paymentProvider, JsonObject raw) {

    /**
     * Creates the answer.
     *
     * @param transactionId the payment's transaction id
     * @param orderId the merchant's order id
     * @param payInfo how the customer paid
     * @param paymentProvider TSP or EPI (Online API v4), when sent
     * @param raw the {@code info} object as read
     * @throws NullPointerException if a part or a list element is null
     */
    public CaptureResponse {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(orderId, "orderId");
        payInfo = List.copyOf(payInfo);
        Objects.requireNonNull(paymentProvider, "paymentProvider");
        Objects.requireNonNull(raw, "raw");
    }

    /** The modelled fields; never {@code raw()}. */
    @Override
    public String toString() {
        return "CaptureResponse[transactionId=" + transactionId + ", orderId=" + orderId + ", payInfo=" + payInfo
                + ", paymentProvider=" + paymentProvider + "]";
    }
}
