package dev.linepay4j.domain.response;

import dev.linepay4j.domain.OrderId;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.json.JsonObject;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * LINE Pay's answer to a payment with a pre-approved key
 * ({@code POST /v3/payments/preapprovedPay/{regKey}/payment}): the customer has been charged (or, with
 * {@code capture=false}, the amount is authorized until {@link #authorizationExpireDate()}).
 *
 * <p>LINE Pay's current pages list {@code orderId} in this answer and its legacy pages do not, so it is
 * optional here; it is the order id of the request.
 *
 * <pre>{@code
 * PreapprovedPaymentResponse charged = linePay.payPreapproved(regKey, PreapprovedPaymentRequest.builder()
 *         .productName("Monthly plan").amount(300).currency(Currency.TWD).orderId("sub-42-2024-05").build());
 * }</pre>
 *
 * @param transactionId           the new payment's transaction id
 * @param transactionDate         when the payment was made
 * @param orderId                 the merchant's order id, when LINE Pay repeats it
 * @param authorizationExpireDate when an authorized, uncaptured payment expires; only for {@code capture=false}
 * @param paymentProvider         {@code TSP} or {@code EPI} (Online API v4 only; absent means {@code TSP})
 * @param raw                     the {@code info} object as read
 */
public record PreapprovedPaymentResponse(TransactionId transactionId, Instant transactionDate,
                                         Optional<OrderId> orderId, Optional<Instant> authorizationExpireDate,
                                         Optional<String> paymentProvider, JsonObject raw) {

    /**
     * Creates the answer.
     *
     * @param transactionId the new payment's transaction id
     * @param transactionDate when the payment was made
     * @param orderId the merchant's order id, when LINE Pay repeats it
     * @param authorizationExpireDate when an authorized payment expires; only for capture=false
     * @param paymentProvider TSP or EPI (Online API v4), when sent
     * @param raw the {@code info} object as read
     * @throws NullPointerException if a part is null
     */
    public PreapprovedPaymentResponse {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(transactionDate, "transactionDate");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(authorizationExpireDate, "authorizationExpireDate");
        Objects.requireNonNull(paymentProvider, "paymentProvider");
        Objects.requireNonNull(raw, "raw");
    }

    /** The modelled fields; never {@code raw()}. */
    @Override
    public String toString() {
        return "PreapprovedPaymentResponse[transactionId=" + transactionId + ", transactionDate=" + transactionDate
                + ", orderId=" + orderId + ", authorizationExpireDate=" + authorizationExpireDate
                + ", paymentProvider=" + paymentProvider + "]";
    }
}
