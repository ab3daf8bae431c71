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
import io.vavr.control.Try;
import java.util.Objects;

/**
 * The operations of {@link OnlinePayments}, each answering {@code Success(result)} or
 * {@code Failure(exception)}: for every failure of the call, the client's {@link LinePayException}, whose
 * {@link LinePayException#error() error()} says what happened. Each call blocks until LINE Pay answers,
 * as the client's sync form does. Get it from {@link VavrLinePay#attempt()}.
 *
 * <pre>{@code
 * Try<ConfirmResponse> confirmed = vavr.attempt().confirm(transactionId, confirmRequest);
 * ConfirmResponse response = confirmed
 *         .onFailure(LinePayException.class, e -> log.warn(e.error().describe()))
 *         .get();
 * }</pre>
 *
 * <p>Any exception is a {@code Failure}, as {@link Try#ofSupplier} makes it (fatal errors such as
 * {@link OutOfMemoryError} are thrown); one that is not a {@link LinePayException} is a bug, not an answer.
 * A null argument throws {@link NullPointerException} at once, before anything is sent, as the client
 * does. Thread-safe, as the client it wraps.
 */
public final class TryPayments {

    private final OnlinePayments payments;

    TryPayments(OnlinePayments payments) {
        this.payments = Objects.requireNonNull(payments, "payments");
    }

    /**
     * Requests a payment.
     *
     * @param request the payment request
     * @return the transaction id and the payment URLs, or why there are none
     * @throws NullPointerException if request is null
     * @see OnlinePayments#request(PaymentRequest)
     */
    public Try<PaymentRequestResponse> request(PaymentRequest request) {
        Objects.requireNonNull(request, "request");
        return VavrCalls.attempt(() -> payments.request(request));
    }

    /**
     * Confirms a payment the customer approved.
     *
     * @param transactionId the payment's transaction id
     * @param request       the requested amount and currency, from your own order records
     * @return the confirmed payment, or why it is not confirmed ({@code 1169}: not approved yet)
     * @throws NullPointerException if an argument is null
     * @see OnlinePayments#confirm(TransactionId, ConfirmRequest)
     */
    public Try<ConfirmResponse> confirm(TransactionId transactionId, ConfirmRequest request) {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(request, "request");
        return VavrCalls.attempt(() -> payments.confirm(transactionId, request));
    }

    /**
     * Captures an authorized payment.
     *
     * @param transactionId the payment's transaction id
     * @param request       the amount to capture
     * @return the captured payment, or why it is not captured
     * @throws NullPointerException if an argument is null
     * @see OnlinePayments#capture(TransactionId, CaptureRequest)
     */
    public Try<CaptureResponse> capture(TransactionId transactionId, CaptureRequest request) {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(request, "request");
        return VavrCalls.attempt(() -> payments.capture(transactionId, request));
    }

    /**
     * Voids an authorized, uncaptured payment.
     *
     * @param transactionId the payment's transaction id
     * @return LINE Pay's acknowledgement, or why it is not voided
     * @throws NullPointerException if transactionId is null
     * @see OnlinePayments#voidAuthorization(TransactionId)
     */
    public Try<Acknowledgement> voidAuthorization(TransactionId transactionId) {
        Objects.requireNonNull(transactionId, "transactionId");
        return VavrCalls.attempt(() -> payments.voidAuthorization(transactionId));
    }

    /**
     * Refunds a captured payment, fully or in part.
     *
     * @param transactionId the payment's transaction id
     * @param request       a full refund, or the amount of a partial one
     * @return the refund transaction, or why there is none
     * @throws NullPointerException if an argument is null
     * @see OnlinePayments#refund(TransactionId, RefundRequest)
     */
    public Try<RefundResponse> refund(TransactionId transactionId, RefundRequest request) {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(request, "request");
        return VavrCalls.attempt(() -> payments.refund(transactionId, request));
    }

    /**
     * Reads confirmed payments (and refunds) by transaction and order ids.
     *
     * @param query up to 100 transaction and order ids
     * @return the transactions found, in LINE Pay's order, as a Vavr list; or why there are none
     *         ({@code 1150}: nothing found)
     * @throws NullPointerException if query is null
     * @see OnlinePayments#paymentDetails(PaymentDetailsQuery)
     */
    public Try<List<PaymentDetails>> paymentDetails(PaymentDetailsQuery query) {
        Objects.requireNonNull(query, "query");
        return VavrCalls.attempt(() -> List.ofAll(payments.paymentDetails(query)));
    }

    /**
     * Asks where a payment request stands.
     *
     * @param transactionId the payment's transaction id
     * @return the status (every status is a success), or why there is none
     * @throws NullPointerException if transactionId is null
     * @see OnlinePayments#checkRequestStatus(TransactionId)
     */
    public Try<RequestStatus> checkRequestStatus(TransactionId transactionId) {
        Objects.requireNonNull(transactionId, "transactionId");
        return VavrCalls.attempt(() -> payments.checkRequestStatus(transactionId));
    }

    /**
     * Asks whether a pre-approved key can be used.
     *
     * @param regKey         the key
     * @param creditCardAuth true to also authorize the card for a minimum amount (Taiwan only)
     * @return the key's status (an expired or unknown key is a successful status too), or why there is none
     * @throws NullPointerException if regKey is null
     * @see OnlinePayments#checkRegKey(RegKey, boolean)
     */
    public Try<RegKeyStatus> checkRegKey(RegKey regKey, boolean creditCardAuth) {
        Objects.requireNonNull(regKey, "regKey");
        return VavrCalls.attempt(() -> payments.checkRegKey(regKey, creditCardAuth));
    }

    /**
     * Asks whether a pre-approved key can be used, without the card authorization.
     *
     * @param regKey the key
     * @return the key's status, or why there is none
     * @throws NullPointerException if regKey is null
     * @see OnlinePayments#checkRegKey(RegKey)
     */
    public Try<RegKeyStatus> checkRegKey(RegKey regKey) {
        return checkRegKey(regKey, false);
    }

    /**
     * Charges the customer with a pre-approved key.
     *
     * @param regKey  the key
     * @param request what to charge
     * @return the new payment, or why there is none
     * @throws NullPointerException if an argument is null
     * @see OnlinePayments#payPreapproved(RegKey, PreapprovedPaymentRequest)
     */
    public Try<PreapprovedPaymentResponse> payPreapproved(RegKey regKey, PreapprovedPaymentRequest request) {
        Objects.requireNonNull(regKey, "regKey");
        Objects.requireNonNull(request, "request");
        return VavrCalls.attempt(() -> payments.payPreapproved(regKey, request));
    }

    /**
     * Discards a pre-approved key.
     *
     * @param regKey the key
     * @return LINE Pay's acknowledgement, or why the key is not discarded ({@code 1193}: already expired)
     * @throws NullPointerException if regKey is null
     * @see OnlinePayments#expireRegKey(RegKey)
     */
    public Try<Acknowledgement> expireRegKey(RegKey regKey) {
        Objects.requireNonNull(regKey, "regKey");
        return VavrCalls.attempt(() -> payments.expireRegKey(regKey));
    }

    @Override
    public String toString() {
        return "TryPayments[" + payments + "]";
    }
}
