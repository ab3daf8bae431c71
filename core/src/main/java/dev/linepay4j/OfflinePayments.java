package dev.linepay4j;

import dev.linepay4j.domain.OrderId;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.request.CaptureRequest;
import dev.linepay4j.domain.request.OfflinePaymentRequest;
import dev.linepay4j.domain.request.RefundRequest;
import dev.linepay4j.domain.response.Acknowledgement;
import dev.linepay4j.domain.response.CaptureResponse;
import dev.linepay4j.domain.response.OfflinePaymentResponse;
import dev.linepay4j.domain.response.OfflinePaymentStatus;
import dev.linepay4j.domain.response.PaymentDetails;
import dev.linepay4j.domain.response.RefundResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The LINE Pay Offline API (v2, v2.4 or v4) as a shop or terminal uses it: charge the customer's My Code
 * (the {@code oneTimeKey} the LINE Pay app shows as a barcode), then look the payment up, capture, void
 * or refund it by the shop's own order id. A {@link LinePay} built for an Offline API version gives it
 * with {@link LinePay#offline()}.
 *
 * <p>Every operation has a sync form, which returns the typed result or throws a
 * {@link LinePayException}, and an async form, which returns at once a {@link CompletableFuture}
 * completed with the result or with that same exception. A request the API version does not accept, or
 * any call on a client built for the Online API, fails with {@link LinePayError.InvalidRequest} and sends
 * nothing.
 *
 * <p><b>A pay call whose answer is lost</b> (a read timeout, a reset, an answer that cannot be read) is
 * resolved as LINE Pay prescribes: the client asks the status check for the order before the call
 * returns. When the payment went through ({@code COMPLETE}, {@code AUTH_READY}), {@link #pay} returns it as
 * if the answer had come; otherwise the {@link LinePayError.OutcomeUnknown} is thrown as it was, and the
 * order should be looked at again with {@link #checkPaymentStatus} before the customer pays anew.
 *
 * <pre>{@code
 * OfflinePayments pos = LinePay.builder()
 *         .channelId(channelId).channelSecret(secret).environment(Environment.PRODUCTION)
 *         .apiVersion(ApiVersion.OFFLINE_V4)
 *         .merchantDevice(MerchantDevice.of("POS-0042", "POS"))
 *         .build()
 *         .offline();
 * OfflinePaymentResponse paid = pos.pay(OfflinePaymentRequest.builder()
 *         .amount(120).currency(Currency.TWD).orderId("POS7-20261122-0042").oneTimeKey(scanned).build());
 * pos.refund(OrderId.of("POS7-20261122-0042"), RefundRequest.partial(Amount.of(20), Currency.TWD));
 * }</pre>
 */
public interface OfflinePayments {

    /**
     * Charges the customer's My Code ({@code POST /v2/payments/oneTimeKeys/pay}): captures at once, or,
     * with {@code capture=false}, authorizes for a later {@link #capture}. An answer lost on the way is
     * resolved through the status check by order id (see above).
     *
     * @param request the payment, with the scanned key and a fresh order id
     * @return the payment
     * @throws LinePayException if LINE Pay refuses ({@code 1172}: the order id was used before; {@code 1133}:
     *                          the key cannot be used), the request does not fit the API version, or the
     *                          outcome stays unknown
     */
    OfflinePaymentResponse pay(OfflinePaymentRequest request);

    /**
     * Charges the customer's My Code, without blocking.
     *
     * @param request the payment
     * @return the payment, or a {@link LinePayException}
     * @see #pay(OfflinePaymentRequest)
     */
    CompletableFuture<OfflinePaymentResponse> payAsync(OfflinePaymentRequest request);

    /**
     * Asks what became of an order's payment ({@code GET /v2/payments/orders/{orderId}/check}).
     *
     * @param orderId the order id the payment was made with
     * @return the status, with the transaction id
     * @throws LinePayException if LINE Pay refuses ({@code 1150}: no payment for the order) or the call fails
     */
    OfflinePaymentStatus checkPaymentStatus(OrderId orderId);

    /**
     * Asks what became of an order's payment, without blocking.
     *
     * @param orderId the order id
     * @return the status, or a {@link LinePayException}
     * @see #checkPaymentStatus(OrderId)
     */
    CompletableFuture<OfflinePaymentStatus> checkPaymentStatusAsync(OrderId orderId);

    /**
     * Captures an order paid with {@code capture=false} ({@code POST /v2/payments/orders/{orderId}/capture}),
     * for at most the authorized amount.
     *
     * @param orderId the order id
     * @param request the amount, currency and optional promotion restriction
     * @return the captured payment
     * @throws LinePayException if LINE Pay refuses or the call fails
     */
    CaptureResponse capture(OrderId orderId, CaptureRequest request);

    /**
     * Captures an authorized order, without blocking.
     *
     * @param orderId the order id
     * @param request the amount and currency
     * @return the captured payment, or a {@link LinePayException}
     * @see #capture(OrderId, CaptureRequest)
     */
    CompletableFuture<CaptureResponse> captureAsync(OrderId orderId, CaptureRequest request);

    /**
     * Voids an authorized, uncaptured order ({@code POST /v2/payments/orders/{orderId}/void}).
     *
     * @param orderId the order id
     * @return LINE Pay's acknowledgement
     * @throws LinePayException if LINE Pay refuses ({@code 1165}: already voided) or the call fails
     */
    Acknowledgement voidAuthorization(OrderId orderId);

    /**
     * Voids an authorized order, without blocking.
     *
     * @param orderId the order id
     * @return the acknowledgement, or a {@link LinePayException}
     * @see #voidAuthorization(OrderId)
     */
    CompletableFuture<Acknowledgement> voidAuthorizationAsync(OrderId orderId);

    /**
     * Refunds a captured order ({@code POST /v2/payments/orders/{orderId}/refund}): in full, or in part.
     *
     * @param orderId the order id
     * @param request {@link RefundRequest#full()} or a partial amount
     * @return the refund transaction
     * @throws LinePayException if LINE Pay refuses ({@code 1164}: more than is left; {@code 1165}: already
     *                          refunded) or the call fails
     */
    RefundResponse refund(OrderId orderId, RefundRequest request);

    /**
     * Refunds a captured order, without blocking.
     *
     * @param orderId the order id
     * @param request full or partial
     * @return the refund transaction, or a {@link LinePayException}
     * @see #refund(OrderId, RefundRequest)
     */
    CompletableFuture<RefundResponse> refundAsync(OrderId orderId, RefundRequest request);

    /**
     * Reads the authorizations of an order ({@code GET /v2/payments/authorizations?orderId=…}): payments
     * made with {@code capture=false}, with their {@code payStatus} ({@code AUTHORIZATION},
     * {@code VOIDED_AUTHORIZATION}, {@code EXPIRED_AUTHORIZATION}…) and {@code authorizationExpireDate}.
     *
     * @param orderId the order id
     * @return the authorizations found
     * @throws LinePayException if LINE Pay refuses ({@code 1150}: none) or the call fails
     */
    List<PaymentDetails> authorizationDetails(OrderId orderId);

    /**
     * Reads the authorizations of an order, without blocking.
     *
     * @param orderId the order id
     * @return the authorizations, or a {@link LinePayException}
     * @see #authorizationDetails(OrderId)
     */
    CompletableFuture<List<PaymentDetails>> authorizationDetailsAsync(OrderId orderId);

    /**
     * Reads an authorization by its transaction id ({@code GET /v2/payments/authorizations?transactionId=…}).
     *
     * @param transactionId the payment's transaction id
     * @return the authorizations found
     * @throws LinePayException if LINE Pay refuses ({@code 1150}: none) or the call fails
     */
    List<PaymentDetails> authorizationDetails(TransactionId transactionId);

    /**
     * Reads an authorization by its transaction id, without blocking.
     *
     * @param transactionId the payment's transaction id
     * @return the authorizations, or a {@link LinePayException}
     * @see #authorizationDetails(TransactionId)
     */
    CompletableFuture<List<PaymentDetails>> authorizationDetailsAsync(TransactionId transactionId);

    /**
     * Reads the payments of an order ({@code GET /v2/payments?orderId=…}), with their refunds in
     * {@code refundList}.
     *
     * @param orderId the order id
     * @return the payments found
     * @throws LinePayException if LINE Pay refuses ({@code 1150}: none) or the call fails
     */
    List<PaymentDetails> paymentDetails(OrderId orderId);

    /**
     * Reads the payments of an order, without blocking.
     *
     * @param orderId the order id
     * @return the payments, or a {@link LinePayException}
     * @see #paymentDetails(OrderId)
     */
    CompletableFuture<List<PaymentDetails>> paymentDetailsAsync(OrderId orderId);

    /**
     * Reads a payment, or a refund, by its transaction id ({@code GET /v2/payments?transactionId=…}).
     *
     * @param transactionId a payment's or a refund's transaction id
     * @return the transactions found
     * @throws LinePayException if LINE Pay refuses ({@code 1150}: none) or the call fails
     */
    List<PaymentDetails> paymentDetails(TransactionId transactionId);

    /**
     * Reads a payment or a refund by its transaction id, without blocking.
     *
     * @param transactionId a payment's or a refund's transaction id
     * @return the transactions, or a {@link LinePayException}
     * @see #paymentDetails(TransactionId)
     */
    CompletableFuture<List<PaymentDetails>> paymentDetailsAsync(TransactionId transactionId);

    /**
     * A view of the same client whose calls use other settings (a shorter read timeout for a status check
     * a cashier waits on, say). The view shares the client's transport; closing the client closes it too.
     *
     * @param options the settings, over the client's own
     * @return the view
     */
    OfflinePayments withOptions(CallOptions options);
}
