package dev.linepay4j.internal;

import dev.linepay4j.CallInfo;
import dev.linepay4j.CallOptions;
import dev.linepay4j.Endpoint;
import dev.linepay4j.LinePayError.InvalidRequest;
import dev.linepay4j.LinePayException;
import dev.linepay4j.OnlinePayments;
import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.domain.OrderId;
import dev.linepay4j.domain.RegKey;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.Violation;
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
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The Online API of a client built for an Offline API version: every operation refuses with
 * {@link InvalidRequest} and sends nothing, the sync forms by throwing, the async forms with a failed
 * future, as a request a version does not accept is refused. A null argument still throws
 * {@link NullPointerException} at once, as the interface promises.
 *
 * <pre>{@code
 * OnlinePayments online = new RefusingOnlinePayments(ApiVersion.OFFLINE_V4);
 * online.confirm(id, body);   // LinePayException: InvalidRequest, "this client is built for OFFLINE_V4..."
 * }</pre>
 */
public final class RefusingOnlinePayments implements OnlinePayments {

    private final ApiVersion version;

    /**
     * Creates the refusals.
     *
     * @param version the client's version, an Offline API one
     * @throws IllegalArgumentException if the version is an Online API version, which has these operations
     */
    public RefusingOnlinePayments(ApiVersion version) {
        if (Objects.requireNonNull(version, "version").isOnline()) {
            throw new IllegalArgumentException(version + " has the Online API");
        }
        this.version = version;
    }

    private LinePayException refusal(Endpoint endpoint, Optional<TransactionId> transactionId, Optional<OrderId> orderId) {
        CallInfo call = new CallInfo(endpoint, endpoint.method().orElseThrow(), endpoint.pathTemplate(), transactionId,
                orderId);
        return new LinePayException(new InvalidRequest(call, List.of(new Violation("apiVersion",
                "this client is built for " + version + " (the Offline API); the Online API needs a client built with"
                        + " apiVersion(ONLINE_V3) or (ONLINE_V4)"))));
    }

    private <T> T refuse(Endpoint endpoint, Optional<TransactionId> transactionId, Optional<OrderId> orderId) {
        throw refusal(endpoint, transactionId, orderId);
    }

    private <T> CompletableFuture<T> refused(Endpoint endpoint, Optional<TransactionId> transactionId,
                                             Optional<OrderId> orderId) {
        return CompletableFuture.failedFuture(refusal(endpoint, transactionId, orderId));
    }

    private static Optional<TransactionId> id(TransactionId transactionId) {
        return Optional.of(Objects.requireNonNull(transactionId, "transactionId"));
    }

    @Override
    public PaymentRequestResponse request(PaymentRequest request) {
        return refuse(Endpoint.REQUEST, Optional.empty(), Optional.of(request.orderId()));
    }

    @Override
    public CompletableFuture<PaymentRequestResponse> requestAsync(PaymentRequest request) {
        return refused(Endpoint.REQUEST, Optional.empty(), Optional.of(request.orderId()));
    }

    @Override
    public ConfirmResponse confirm(TransactionId transactionId, ConfirmRequest request) {
        Objects.requireNonNull(request, "request");
        return refuse(Endpoint.CONFIRM, id(transactionId), Optional.empty());
    }

    @Override
    public CompletableFuture<ConfirmResponse> confirmAsync(TransactionId transactionId, ConfirmRequest request) {
        Objects.requireNonNull(request, "request");
        return refused(Endpoint.CONFIRM, id(transactionId), Optional.empty());
    }

    @Override
    public CaptureResponse capture(TransactionId transactionId, CaptureRequest request) {
        Objects.requireNonNull(request, "request");
        return refuse(Endpoint.CAPTURE, id(transactionId), Optional.empty());
    }

    @Override
    public CompletableFuture<CaptureResponse> captureAsync(TransactionId transactionId, CaptureRequest request) {
        Objects.requireNonNull(request, "request");
        return refused(Endpoint.CAPTURE, id(transactionId), Optional.empty());
    }

    @Override
    public Acknowledgement voidAuthorization(TransactionId transactionId) {
        return refuse(Endpoint.VOID, id(transactionId), Optional.empty());
    }

    @Override
    public CompletableFuture<Acknowledgement> voidAuthorizationAsync(TransactionId transactionId) {
        return refused(Endpoint.VOID, id(transactionId), Optional.empty());
    }

    @Override
    public RefundResponse refund(TransactionId transactionId, RefundRequest request) {
        Objects.requireNonNull(request, "request");
        return refuse(Endpoint.REFUND, id(transactionId), Optional.empty());
    }

    @Override
    public CompletableFuture<RefundResponse> refundAsync(TransactionId transactionId, RefundRequest request) {
        Objects.requireNonNull(request, "request");
        return refused(Endpoint.REFUND, id(transactionId), Optional.empty());
    }

    @Override
    public List<PaymentDetails> paymentDetails(PaymentDetailsQuery query) {
        Objects.requireNonNull(query, "query");
        return refuse(Endpoint.PAYMENT_DETAILS, Optional.empty(), Optional.empty());
    }

    @Override
    public CompletableFuture<List<PaymentDetails>> paymentDetailsAsync(PaymentDetailsQuery query) {
        Objects.requireNonNull(query, "query");
        return refused(Endpoint.PAYMENT_DETAILS, Optional.empty(), Optional.empty());
    }

    @Override
    public RequestStatus checkRequestStatus(TransactionId transactionId) {
        return refuse(Endpoint.CHECK_REQUEST_STATUS, id(transactionId), Optional.empty());
    }

    @Override
    public CompletableFuture<RequestStatus> checkRequestStatusAsync(TransactionId transactionId) {
        return refused(Endpoint.CHECK_REQUEST_STATUS, id(transactionId), Optional.empty());
    }

    @Override
    public RegKeyStatus checkRegKey(RegKey regKey, boolean creditCardAuth) {
        Objects.requireNonNull(regKey, "regKey");
        return refuse(Endpoint.CHECK_REG_KEY, Optional.empty(), Optional.empty());
    }

    @Override
    public CompletableFuture<RegKeyStatus> checkRegKeyAsync(RegKey regKey, boolean creditCardAuth) {
        Objects.requireNonNull(regKey, "regKey");
        return refused(Endpoint.CHECK_REG_KEY, Optional.empty(), Optional.empty());
    }

    @Override
    public PreapprovedPaymentResponse payPreapproved(RegKey regKey, PreapprovedPaymentRequest request) {
        Objects.requireNonNull(regKey, "regKey");
        return refuse(Endpoint.PAY_PREAPPROVED, Optional.empty(), Optional.of(request.orderId()));
    }

    @Override
    public CompletableFuture<PreapprovedPaymentResponse> payPreapprovedAsync(RegKey regKey,
                                                                            PreapprovedPaymentRequest request) {
        Objects.requireNonNull(regKey, "regKey");
        return refused(Endpoint.PAY_PREAPPROVED, Optional.empty(), Optional.of(request.orderId()));
    }

    @Override
    public Acknowledgement expireRegKey(RegKey regKey) {
        Objects.requireNonNull(regKey, "regKey");
        return refuse(Endpoint.EXPIRE_REG_KEY, Optional.empty(), Optional.empty());
    }

    @Override
    public CompletableFuture<Acknowledgement> expireRegKeyAsync(RegKey regKey) {
        Objects.requireNonNull(regKey, "regKey");
        return refused(Endpoint.EXPIRE_REG_KEY, Optional.empty(), Optional.empty());
    }

    /** The same refusals: options change nothing about a missing API. */
    @Override
    public OnlinePayments withOptions(CallOptions options) {
        Objects.requireNonNull(options, "options");
        return this;
    }

    /** The version the client is built for. */
    @Override
    public String toString() {
        return "RefusingOnlinePayments[" + version + "]";
    }
}
