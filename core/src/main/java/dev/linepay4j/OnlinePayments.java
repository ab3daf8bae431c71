package dev.linepay4j;

import dev.linepay4j.domain.RegKey;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.code.RegKeyStatus;
import dev.linepay4j.domain.code.RequestStatus;
import dev.linepay4j.domain.request.CaptureRequest;
import dev.linepay4j.domain.request.ConfirmRequest;
import dev.linepay4j.domain.request.PaymentDetailsQuery;
import dev.linepay4j.domain.request.PaymentRequest;
import dev.linepay4j.domain.request.PreapprovedPaymentRequest;
import dev.linepay4j.domain.request.RefundRequest;
import dev.linepay4j.domain.response.Acknowledgement;
import dev.linepay4j.domain.response.CaptureResponse;
import dev.linepay4j.domain.response.ConfirmResponse;
import dev.linepay4j.domain.response.PaymentDetails;
import dev.linepay4j.domain.response.PaymentRequestResponse;
import dev.linepay4j.domain.response.PreapprovedPaymentResponse;
import dev.linepay4j.domain.response.RefundResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The LINE Pay Online API (v3 or v4) as a merchant uses it: request a payment, confirm it once the
 * customer approved it, capture, void or refund it, read it back, and charge a customer again with a
 * pre-approved key. {@link LinePay} implements it over HTTP; the testkit's fakes implement it in
 * memory, so code written against this interface can be tested without a network.
 *
 * <p>Every operation has a sync form, which returns the typed result or throws a
 * {@link LinePayException}, and an async form, which returns at once a {@link CompletableFuture}
 * completed with the result or with that same exception (not wrapped in a
 * {@link java.util.concurrent.CompletionException}). Async forms never throw, except a
 * {@link NullPointerException} for a null argument, which both forms throw at once. A request the API
 * version does not accept fails with {@link LinePayError.InvalidRequest} and sends nothing.
 *
 * <p>{@link LinePay} repeats what is safe to repeat and reads back what may have been done before a
 * call returns (see {@link RetryPolicy} and {@link Reconciliation}): an error it reports is the last
 * attempt's, after that.
 *
 * <pre>{@code
 * OnlinePayments payments = linePay;   // or a FakeLinePay in tests
 * PaymentRequestResponse requested = payments.request(paymentRequest);
 * // ... the customer approves at requested.paymentUrl().web(), LINE Pay redirects to the confirm URL ...
 * ConfirmResponse confirmed = payments.confirm(requested.transactionId(),
 *         ConfirmRequest.of(paymentRequest.amount(), paymentRequest.currency()));
 * }</pre>
 */
public interface OnlinePayments {

    /**
     * Requests a payment ({@code POST /v3/payments/request}). The answer says where to send the customer
     * to approve it.
     *
     * @param request the payment request
     * @return the transaction id and the payment URLs
     * @throws LinePayException if LINE Pay refuses, the request does not fit the API version, or the call fails
     */
    PaymentRequestResponse request(PaymentRequest request);

    /**
     * Requests a payment, without blocking.
     *
     * @param request the payment request
     * @return the answer, or a {@link LinePayException}
     * @see #request(PaymentRequest)
     */
    CompletableFuture<PaymentRequestResponse> requestAsync(PaymentRequest request);

    /**
     * Confirms a payment the customer approved ({@code POST /v3/payments/{transactionId}/confirm}), with
     * the amount and currency of the request, taken from your own order records (never from the redirect).
     * Confirming takes the payment (or, with {@code capture=false}, authorizes it).
     *
     * @param transactionId the payment's transaction id
     * @param request       the requested amount and currency
     * @return the confirmed payment
     * @throws LinePayException if LINE Pay refuses ({@code 1169}: not approved yet) or the call fails. A
     *                          lost answer or {@code 1172} (already confirmed) is read back first: a
     *                          confirmed payment is returned ({@link ConfirmResponse#readBack()})
     */
    ConfirmResponse confirm(TransactionId transactionId, ConfirmRequest request);

    /**
     * Confirms a payment, without blocking.
     *
     * @param transactionId the payment's transaction id
     * @param request       the requested amount and currency
     * @return the answer, or a {@link LinePayException}
     * @see #confirm(TransactionId, ConfirmRequest)
     */
    CompletableFuture<ConfirmResponse> confirmAsync(TransactionId transactionId, ConfirmRequest request);

    /**
     * Captures an authorized payment ({@code POST /v3/payments/authorizations/{transactionId}/capture}),
     * for at most the authorized amount.
     *
     * @param transactionId the payment's transaction id
     * @param request       the amount to capture
     * @return the captured payment
     * @throws LinePayException if LINE Pay refuses or the call fails
     */
    CaptureResponse capture(TransactionId transactionId, CaptureRequest request);

    /**
     * Captures an authorized payment, without blocking.
     *
     * @param transactionId the payment's transaction id
     * @param request       the amount to capture
     * @return the answer, or a {@link LinePayException}
     * @see #capture(TransactionId, CaptureRequest)
     */
    CompletableFuture<CaptureResponse> captureAsync(TransactionId transactionId, CaptureRequest request);

    /**
     * Voids an authorized, uncaptured payment ({@code POST /v3/payments/authorizations/{transactionId}/void}).
     * A captured payment is refunded instead.
     *
     * @param transactionId the payment's transaction id
     * @return LINE Pay's acknowledgement
     * @throws LinePayException if LINE Pay refuses ({@code 1165}: already voided) or the call fails
     */
    Acknowledgement voidAuthorization(TransactionId transactionId);

    /**
     * Voids an authorized payment, without blocking.
     *
     * @param transactionId the payment's transaction id
     * @return the acknowledgement, or a {@link LinePayException}
     * @see #voidAuthorization(TransactionId)
     */
    CompletableFuture<Acknowledgement> voidAuthorizationAsync(TransactionId transactionId);

    /**
     * Refunds a captured payment, fully ({@link RefundRequest#full()}) or in part
     * ({@code POST /v3/payments/{transactionId}/refund}).
     *
     * @param transactionId the payment's transaction id
     * @param request       a full refund, or the amount of a partial one
     * @return the refund transaction
     * @throws LinePayException if LINE Pay refuses ({@code 1164}: more than is left; {@code 1165}: already
     *                          refunded) or the call fails
     */
    RefundResponse refund(TransactionId transactionId, RefundRequest request);

    /**
     * Refunds a captured payment, without blocking.
     *
     * @param transactionId the payment's transaction id
     * @param request       a full refund, or the amount of a partial one
     * @return the refund, or a {@link LinePayException}
     * @see #refund(TransactionId, RefundRequest)
     */
    CompletableFuture<RefundResponse> refundAsync(TransactionId transactionId, RefundRequest request);

    /**
     * Reads confirmed payments (and refunds) by transaction and order ids ({@code GET /v3/payments}).
     *
     * @param query up to 100 transaction and order ids
     * @return the transactions found, in LINE Pay's order
     * @throws LinePayException if LINE Pay refuses ({@code 1150}: nothing found) or the call fails
     */
    List<PaymentDetails> paymentDetails(PaymentDetailsQuery query);

    /**
     * Reads payments, without blocking.
     *
     * @param query up to 100 transaction and order ids
     * @return the transactions, or a {@link LinePayException}
     * @see #paymentDetails(PaymentDetailsQuery)
     */
    CompletableFuture<List<PaymentDetails>> paymentDetailsAsync(PaymentDetailsQuery query);

    /**
     * Asks where a payment request stands ({@code GET /v3/payments/requests/{transactionId}/check}): not
     * yet approved, approved (confirm it now), cancelled or expired, failed, or completed. LINE Pay asks
     * for at least a second between checks.
     *
     * @param transactionId the payment's transaction id
     * @return the status; every status is a result, not an error
     * @throws LinePayException if LINE Pay answers an error code (such as {@code 1104}) or the call fails
     */
    RequestStatus checkRequestStatus(TransactionId transactionId);

    /**
     * Asks where a payment request stands, without blocking.
     *
     * @param transactionId the payment's transaction id
     * @return the status, or a {@link LinePayException}
     * @see #checkRequestStatus(TransactionId)
     */
    CompletableFuture<RequestStatus> checkRequestStatusAsync(TransactionId transactionId);

    /**
     * Asks whether a pre-approved key can be used ({@code GET /v3/payments/preapprovedPay/{regKey}/check}).
     * Answers about the key itself are statuses, not errors: {@code 0000} usable, {@code 1190} not found,
     * {@code 1193} expired, {@code 1154} method unavailable, and the codes with which LINE Pay discards a
     * key ({@code 1141}, {@code 1282}–{@code 1287}, {@code 1290}–{@code 1295}); see {@link RegKeyStatus}.
     * Any other code ({@code 1104}, {@code 1106}, {@code 9000}...) says nothing about the key and is a
     * {@link LinePayError.ApiError}.
     *
     * @param regKey         the key
     * @param creditCardAuth true to also authorize the card for a minimum amount (Taiwan only, needs LINE
     *                       Pay's approval); sent as {@code creditCardAuth=true}, and left out when false,
     *                       LINE Pay's default
     * @return the key's status
     * @throws LinePayException if LINE Pay answers a code that says nothing about the key, or the call fails
     */
    RegKeyStatus checkRegKey(RegKey regKey, boolean creditCardAuth);

    /**
     * Asks whether a pre-approved key can be used, without the card authorization.
     *
     * @param regKey the key
     * @return the key's status
     * @throws LinePayException if LINE Pay answers a code that says nothing about the key, or the call fails
     * @see #checkRegKey(RegKey, boolean)
     */
    default RegKeyStatus checkRegKey(RegKey regKey) {
        return checkRegKey(regKey, false);
    }

    /**
     * Asks whether a pre-approved key can be used, without blocking.
     *
     * @param regKey         the key
     * @param creditCardAuth true to also authorize the card for a minimum amount
     * @return the key's status, or a {@link LinePayException}
     * @see #checkRegKey(RegKey, boolean)
     */
    CompletableFuture<RegKeyStatus> checkRegKeyAsync(RegKey regKey, boolean creditCardAuth);

    /**
     * Charges the customer with a pre-approved key ({@code POST /v3/payments/preapprovedPay/{regKey}/payment}).
     * When LINE Pay answers one of the codes that discard the key, {@link RegKeyStatus#of} on the error's
     * code says so.
     *
     * @param regKey  the key
     * @param request what to charge
     * @return the new payment
     * @throws LinePayException if LINE Pay refuses or the call fails
     */
    PreapprovedPaymentResponse payPreapproved(RegKey regKey, PreapprovedPaymentRequest request);

    /**
     * Charges the customer with a pre-approved key, without blocking.
     *
     * @param regKey  the key
     * @param request what to charge
     * @return the new payment, or a {@link LinePayException}
     * @see #payPreapproved(RegKey, PreapprovedPaymentRequest)
     */
    CompletableFuture<PreapprovedPaymentResponse> payPreapprovedAsync(RegKey regKey, PreapprovedPaymentRequest request);

    /**
     * Discards a pre-approved key ({@code POST /v3/payments/preapprovedPay/{regKey}/expire}), when the
     * customer ends the subscription.
     *
     * @param regKey the key
     * @return LINE Pay's acknowledgement
     * @throws LinePayException if LINE Pay refuses ({@code 1190}: no such key; {@code 1193}: already
     *                          expired) or the call fails
     */
    Acknowledgement expireRegKey(RegKey regKey);

    /**
     * Discards a pre-approved key, without blocking.
     *
     * @param regKey the key
     * @return the acknowledgement, or a {@link LinePayException}
     * @see #expireRegKey(RegKey)
     */
    CompletableFuture<Acknowledgement> expireRegKeyAsync(RegKey regKey);

    /**
     * A view of these operations whose calls use the given options over this one's settings. The view
     * shares everything else (connections, listener); closing the client closes it too.
     *
     * @param options the settings to apply to every call made through the view
     * @return the view
     */
    OnlinePayments withOptions(CallOptions options);
}
