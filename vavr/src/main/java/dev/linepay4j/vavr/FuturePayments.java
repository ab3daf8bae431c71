package dev.linepay4j.vavr;

import dev.linepay4j.LinePayException;
import dev.linepay4j.OnlinePayments;
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
import io.vavr.collection.List;
import io.vavr.concurrent.Future;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The operations of {@link OnlinePayments}, each answering at once a Vavr {@link Future} of the result,
 * failed with the client's {@link LinePayException} for every failure of the call. Built on the client's
 * async forms ({@link CompletableFuture} on the transport's own async machinery): no thread, neither the
 * caller's nor one of the executor's, waits for LINE Pay's answer. The futures' callbacks ({@code map},
 * {@code onComplete}...) run on the executor given to {@link VavrLinePay#of(OnlinePayments, Executor)}
 * ({@link Future#DEFAULT_EXECUTOR} by default). Get it from {@link VavrLinePay#future()}.
 *
 * <pre>{@code
 * Future<ConfirmResponse> confirmed = vavr.future().confirm(transactionId, confirmRequest);
 * confirmed.onSuccess(receipts::send)
 *          .onFailure(LinePayException.class, e -> alerts.raise(e.error()));
 * // or, with LINE Pay's refusals as values:
 * Future<Either<LinePayError, ConfirmResponse>> settled = VavrCalls.futureEither(confirmed);
 * }</pre>
 *
 * <p>A future never fails with a {@link java.util.concurrent.CompletionException}: the exception inside
 * is given. One that is not a {@link LinePayException} is a bug, not an answer. Cancelling a future
 * this view returns (not one derived from it with {@code map} or {@code flatMap}, which Vavr cancels
 * alone) cancels the client's, which stops waiting for the answer; LINE Pay may already have received the
 * request, so read the payment back before repeating a call that changes it. A null argument throws
 * {@link NullPointerException} at once, before anything is sent, as the client does. Thread-safe, as the
 * client it wraps.
 */
public final class FuturePayments {

    private final OnlinePayments payments;
    private final Executor executor;

    FuturePayments(OnlinePayments payments, Executor executor) {
        this.payments = Objects.requireNonNull(payments, "payments");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /**
     * Requests a payment.
     *
     * @param request the payment request
     * @return the transaction id and the payment URLs, or why there are none
     * @throws NullPointerException if request is null
     * @see OnlinePayments#requestAsync(PaymentRequest)
     */
    public Future<PaymentRequestResponse> request(PaymentRequest request) {
        Objects.requireNonNull(request, "request");
        return VavrCalls.future(executor, () -> payments.requestAsync(request));
    }

    /**
     * Confirms a payment the customer approved.
     *
     * @param transactionId the payment's transaction id
     * @param request       the requested amount and currency, from your own order records
     * @return the confirmed payment, or why it is not confirmed ({@code 1169}: not approved yet)
     * @throws NullPointerException if an argument is null
     * @see OnlinePayments#confirmAsync(TransactionId, ConfirmRequest)
     */
    public Future<ConfirmResponse> confirm(TransactionId transactionId, ConfirmRequest request) {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(request, "request");
        return VavrCalls.future(executor, () -> payments.confirmAsync(transactionId, request));
    }

    /**
     * Captures an authorized payment.
     *
     * @param transactionId the payment's transaction id
     * @param request       the amount to capture
     * @return the captured payment, or why it is not captured
     * @throws NullPointerException if an argument is null
     * @see OnlinePayments#captureAsync(TransactionId, CaptureRequest)
     */
    public Future<CaptureResponse> capture(TransactionId transactionId, CaptureRequest request) {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(request, "request");
        return VavrCalls.future(executor, () -> payments.captureAsync(transactionId, request));
    }

    /**
     * Voids an authorized, uncaptured payment.
     *
     * @param transactionId the payment's transaction id
     * @return LINE Pay's acknowledgement, or why it is not voided
     * @throws NullPointerException if transactionId is null
     * @see OnlinePayments#voidAuthorizationAsync(TransactionId)
     */
    public Future<Acknowledgement> voidAuthorization(TransactionId transactionId) {
        Objects.requireNonNull(transactionId, "transactionId");
        return VavrCalls.future(executor, () -> payments.voidAuthorizationAsync(transactionId));
    }

    /**
     * Refunds a captured payment, fully or in part.
     *
     * @param transactionId the payment's transaction id
     * @param request       a full refund, or the amount of a partial one
     * @return the refund transaction, or why there is none
     * @throws NullPointerException if an argument is null
     * @see OnlinePayments#refundAsync(TransactionId, RefundRequest)
     */
    public Future<RefundResponse> refund(TransactionId transactionId, RefundRequest request) {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(request, "request");
        return VavrCalls.future(executor, () -> payments.refundAsync(transactionId, request));
    }

    /**
     * Reads confirmed payments (and refunds) by transaction and order ids.
     *
     * @param query up to 100 transaction and order ids
     * @return the transactions found, in LINE Pay's order, as a Vavr list; or why there are none
     *         ({@code 1150}: nothing found)
     * @throws NullPointerException if query is null
     * @see OnlinePayments#paymentDetailsAsync(PaymentDetailsQuery)
     */
    public Future<List<PaymentDetails>> paymentDetails(PaymentDetailsQuery query) {
        Objects.requireNonNull(query, "query");
        return VavrCalls.future(executor, () -> payments.paymentDetailsAsync(query), List::ofAll);
    }

    /**
     * Asks where a payment request stands.
     *
     * @param transactionId the payment's transaction id
     * @return the status (every status is a success), or why there is none
     * @throws NullPointerException if transactionId is null
     * @see OnlinePayments#checkRequestStatusAsync(TransactionId)
     */
    public Future<RequestStatus> checkRequestStatus(TransactionId transactionId) {
        Objects.requireNonNull(transactionId, "transactionId");
        return VavrCalls.future(executor, () -> payments.checkRequestStatusAsync(transactionId));
    }

    /**
     * Asks whether a pre-approved key can be used.
     *
     * @param regKey         the key
     * @param creditCardAuth true to also authorize the card for a minimum amount (Taiwan only)
     * @return the key's status (an expired or unknown key is a successful status too), or why there is none
     * @throws NullPointerException if regKey is null
     * @see OnlinePayments#checkRegKeyAsync(RegKey, boolean)
     */
    public Future<RegKeyStatus> checkRegKey(RegKey regKey, boolean creditCardAuth) {
        Objects.requireNonNull(regKey, "regKey");
        return VavrCalls.future(executor, () -> payments.checkRegKeyAsync(regKey, creditCardAuth));
    }

    /**
     * Asks whether a pre-approved key can be used, without the card authorization.
     *
     * @param regKey the key
     * @return the key's status, or why there is none
     * @throws NullPointerException if regKey is null
     * @see OnlinePayments#checkRegKeyAsync(RegKey, boolean)
     */
    public Future<RegKeyStatus> checkRegKey(RegKey regKey) {
        return checkRegKey(regKey, false);
    }

    /**
     * Charges the customer with a pre-approved key.
     *
     * @param regKey  the key
     * @param request what to charge
     * @return the new payment, or why there is none
     * @throws NullPointerException if an argument is null
     * @see OnlinePayments#payPreapprovedAsync(RegKey, PreapprovedPaymentRequest)
     */
    public Future<PreapprovedPaymentResponse> payPreapproved(RegKey regKey, PreapprovedPaymentRequest request) {
        Objects.requireNonNull(regKey, "regKey");
        Objects.requireNonNull(request, "request");
        return VavrCalls.future(executor, () -> payments.payPreapprovedAsync(regKey, request));
    }

    /**
     * Discards a pre-approved key.
     *
     * @param regKey the key
     * @return LINE Pay's acknowledgement, or why the key is not discarded ({@code 1193}: already expired)
     * @throws NullPointerException if regKey is null
     * @see OnlinePayments#expireRegKeyAsync(RegKey)
     */
    public Future<Acknowledgement> expireRegKey(RegKey regKey) {
        Objects.requireNonNull(regKey, "regKey");
        return VavrCalls.future(executor, () -> payments.expireRegKeyAsync(regKey));
    }

    @Override
    public String toString() {
        return "FuturePayments[" + payments + ", executor=" + executor + "]";
    }
}
