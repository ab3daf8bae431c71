package dev.linepay4j.domain.response;

import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.json.JsonObject;
import java.util.Objects;
import java.util.Optional;

/**
 * LINE Pay's answer to a payment request ({@code POST /v3/payments/request}): the id of the new
 * transaction and where to send the customer to approve it. Keep the transaction id with the order;
 * the confirm call and every later one name the payment by it.
 *
 * <pre>{@code
 * PaymentRequestResponse answer = linePay.request(paymentRequest);
 * orders.remember(orderId, answer.transactionId());
 * redirectTo(answer.paymentUrl().web());
 * }</pre>
 *
 * @param transactionId      the id of the payment, exact to all 19 digits
 * @param paymentAccessToken the digits a customer can type into the LINE app instead of scanning a code,
 *                           when LINE Pay sent them
 * @param paymentUrl         where the customer approves the payment
 * @param raw                the {@code info} object as read, with any field not modelled here
 */
public record PaymentRequestResponse(TransactionId transactionId, Optional<String> paymentAccessToken,
                                     PaymentUrl paymentUrl, JsonObject raw) {

    /**
     * Creates the answer.
     *
     * @param transactionId the id of the payment, exact to all 19 digits
     * @param paymentAccessToken the digits a customer can type into the LINE app, when sent
     * @param paymentUrl where the customer approves the payment
     * @param raw the {@code info} object as read
     * @throws NullPointerException if a part is null
     */
    public PaymentRequestResponse {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(paymentAccessToken, "paymentAccessToken");
        Objects.requireNonNull(paymentUrl, "paymentUrl");
        Objects.requireNonNull(raw, "raw");
    }

    /** The transaction id and the payment URL; not the access token or {@code raw()}. */
    @Override
    public String toString() {
        return "PaymentRequestResponse[transactionId=" + transactionId + ", paymentUrl=" + paymentUrl + "]";
    }
}
