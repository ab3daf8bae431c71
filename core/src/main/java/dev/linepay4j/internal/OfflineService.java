package dev.linepay4j.internal;

import dev.linepay4j.CallInfo;
import dev.linepay4j.CallOptions;
import dev.linepay4j.Endpoint;
import dev.linepay4j.LinePayError.InvalidRequest;
import dev.linepay4j.LinePayError.OutcomeUnknown;
import dev.linepay4j.LinePayException;
import dev.linepay4j.OfflinePayments;
import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.domain.OrderId;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.Violation;
import dev.linepay4j.domain.code.ReturnCode;
import dev.linepay4j.domain.json.JsonObject;
import dev.linepay4j.domain.request.CaptureRequest;
import dev.linepay4j.domain.request.OfflinePaymentRequest;
import dev.linepay4j.domain.request.RefundRequest;
import dev.linepay4j.domain.response.Acknowledgement;
import dev.linepay4j.domain.response.CaptureResponse;
import dev.linepay4j.domain.response.OfflinePaymentResponse;
import dev.linepay4j.domain.response.OfflinePaymentStatus;
import dev.linepay4j.domain.response.PaymentDetails;
import dev.linepay4j.domain.response.RefundResponse;
import dev.linepay4j.internal.wire.OfflineWire;
import dev.linepay4j.internal.wire.PathSegment;
import dev.linepay4j.internal.wire.QueryString;
import dev.linepay4j.internal.wire.RequestWire;
import dev.linepay4j.internal.wire.ResponseWire;
import dev.linepay4j.spi.JsonCodec;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The Offline API use cases (My Code payments, v2, v2.4 and v4) over a {@link CallExecutor}: each
 * operation checks what the domain values cannot check on their own (that the API version accepts the
 * request, that the client is built for the Offline API at all), maps it to the generation's wire form,
 * writes the body once, and hands the resulting {@link Operation} to the executor. How a call is
 * authenticated (the secret header of v2.x, the HMAC of v4) is the executor's signer's business.
 *
 * <p>A pay call that ends in an {@link OutcomeUnknown} is handed to {@link OfflinePayReconciliation},
 * which asks the status check by order id, as LINE Pay prescribes. That rule sits in its own class so
 * that a retry layer wrapping the executor can take it over as the reconciler of
 * {@link Endpoint#OFFLINE_PAY}; until then this service applies it.
 *
 * <p>Choices where LINE Pay is silent (the Online API's, see {@link OnlineService}): a void sends and
 * signs {@code {}}, so does a full refund; an order id in a path is percent-encoded where a path needs it.
 *
 * <pre>{@code
 * OfflinePayments payments = new OfflineService(ApiVersion.OFFLINE_V4, codec, executor, timeouts,
 *         CallOptions.none(), OfflinePayReconciliation.standard());
 * }</pre>
 */
public final class OfflineService implements OfflinePayments {

    private static final String ORDER_ID = "{orderId}";

    private final ApiVersion version;
    private final JsonCodec codec;
    private final CallExecutor executor;
    private final Timeouts timeouts;
    private final CallOptions options;
    private final OfflinePayReconciliation reconciliation;
    private final byte[] emptyBody;

    /**
     * Creates the service.
     *
     * @param version        the client's API version; an Online API version makes every call refuse
     *                       ({@link InvalidRequest}, nothing sent)
     * @param codec          writes request bodies
     * @param executor       runs each operation
     * @param timeouts       the client's timeouts
     * @param options        the per-call settings of this view
     * @param reconciliation resolves a pay call whose answer was lost
     */
    public OfflineService(ApiVersion version, JsonCodec codec, CallExecutor executor, Timeouts timeouts,
                          CallOptions options, OfflinePayReconciliation reconciliation) {
        this.version = Objects.requireNonNull(version, "version");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
        this.options = Objects.requireNonNull(options, "options");
        this.reconciliation = Objects.requireNonNull(reconciliation, "reconciliation");
        this.emptyBody = codec.write(JsonObject.of());
    }

    // ---- pay --------------------------------------------------------------------------------

    @Override
    public OfflinePaymentResponse pay(OfflinePaymentRequest request) {
        Operation<OfflinePaymentResponse> op = payOp(request);
        try {
            return executor.execute(op);
        } catch (LinePayException e) {
            if (!(e.error() instanceof OutcomeUnknown)) {
                throw e;
            }
            return reconciliation.resolve(e, request, () -> executor.execute(checkOp(request.orderId())));
        }
    }

    @Override
    public CompletableFuture<OfflinePaymentResponse> payAsync(OfflinePaymentRequest request) {
        Objects.requireNonNull(request, "request");
        Operation<OfflinePaymentResponse> op;
        try {
            op = payOp(request);
        } catch (LinePayException e) {
            return CompletableFuture.failedFuture(e);
        }
        return executor.executeAsync(op).handle((paid, failure) -> {
            if (failure == null) {
                return CompletableFuture.completedFuture(paid);
            }
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (cause instanceof LinePayException e && e.error() instanceof OutcomeUnknown) {
                return reconciliation.resolveAsync(e, request,
                        () -> executor.executeAsync(checkOp(request.orderId())));
            }
            return CompletableFuture.<OfflinePaymentResponse>failedFuture(cause);
        }).thenCompose(f -> f);
    }

    private Operation<OfflinePaymentResponse> payOp(OfflinePaymentRequest request) {
        Objects.requireNonNull(request, "request");
        CallInfo call = call(Endpoint.OFFLINE_PAY, Optional.empty(), Optional.of(request.orderId()));
        refuseIfOnline(call);
        List<Violation> violations = request.violationsFor(version);
        if (!violations.isEmpty()) {
            throw new LinePayException(new InvalidRequest(call, violations));
        }
        return post(call, call.path(), codec.write(OfflineWire.payment(request, version)),
                List.of(request.oneTimeKey().value()),
                (envelope, body) -> OfflineWire.payment(ResponseWire.infoObject(envelope)));
    }

    // ---- status check -----------------------------------------------------------------------

    @Override
    public OfflinePaymentStatus checkPaymentStatus(OrderId orderId) {
        return executor.execute(checkOp(orderId));
    }

    @Override
    public CompletableFuture<OfflinePaymentStatus> checkPaymentStatusAsync(OrderId orderId) {
        Objects.requireNonNull(orderId, "orderId");
        return executor.prepareAndExecuteAsync(() -> checkOp(orderId));
    }

    private Operation<OfflinePaymentStatus> checkOp(OrderId orderId) {
        Objects.requireNonNull(orderId, "orderId");
        CallInfo call = call(Endpoint.OFFLINE_CHECK_PAYMENT_STATUS, Optional.empty(), Optional.of(orderId));
        refuseIfOnline(call);
        return get(call, "", (envelope, body) -> OfflineWire.status(ResponseWire.infoObject(envelope)));
    }

    // ---- capture, void, refund --------------------------------------------------------------

    @Override
    public CaptureResponse capture(OrderId orderId, CaptureRequest request) {
        return executor.execute(captureOp(orderId, request));
    }

    @Override
    public CompletableFuture<CaptureResponse> captureAsync(OrderId orderId, CaptureRequest request) {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(request, "request");
        return executor.prepareAndExecuteAsync(() -> captureOp(orderId, request));
    }

    private Operation<CaptureResponse> captureOp(OrderId orderId, CaptureRequest request) {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(request, "request");
        CallInfo call = call(Endpoint.OFFLINE_CAPTURE, Optional.empty(), Optional.of(orderId));
        refuseIfOnline(call);
        return post(call, call.path(), codec.write(OfflineWire.capture(request)), List.of(),
                (envelope, body) -> ResponseWire.capture(ResponseWire.infoObject(envelope)));
    }

    @Override
    public Acknowledgement voidAuthorization(OrderId orderId) {
        return executor.execute(voidOp(orderId));
    }

    @Override
    public CompletableFuture<Acknowledgement> voidAuthorizationAsync(OrderId orderId) {
        Objects.requireNonNull(orderId, "orderId");
        return executor.prepareAndExecuteAsync(() -> voidOp(orderId));
    }

    private Operation<Acknowledgement> voidOp(OrderId orderId) {
        Objects.requireNonNull(orderId, "orderId");
        CallInfo call = call(Endpoint.OFFLINE_VOID, Optional.empty(), Optional.of(orderId));
        refuseIfOnline(call);
        return post(call, call.path(), emptyBody, List.of(), (envelope, body) -> ResponseWire.acknowledgement(envelope));
    }

    @Override
    public RefundResponse refund(OrderId orderId, RefundRequest request) {
        return executor.execute(refundOp(orderId, request));
    }

    @Override
    public CompletableFuture<RefundResponse> refundAsync(OrderId orderId, RefundRequest request) {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(request, "request");
        return executor.prepareAndExecuteAsync(() -> refundOp(orderId, request));
    }

    private Operation<RefundResponse> refundOp(OrderId orderId, RefundRequest request) {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(request, "request");
        CallInfo call = call(Endpoint.OFFLINE_REFUND, Optional.empty(), Optional.of(orderId));
        refuseIfOnline(call);
        byte[] body = RequestWire.refund(request).map(codec::write).orElse(emptyBody);
        return post(call, call.path(), body, List.of(),
                (envelope, answer) -> ResponseWire.refund(ResponseWire.infoObject(envelope)));
    }

    // ---- details ----------------------------------------------------------------------------

    @Override
    public List<PaymentDetails> authorizationDetails(OrderId orderId) {
        return executor.execute(detailsOp(Endpoint.OFFLINE_AUTHORIZATION_DETAILS, Optional.empty(), orderIdOf(orderId)));
    }

    @Override
    public CompletableFuture<List<PaymentDetails>> authorizationDetailsAsync(OrderId orderId) {
        Optional<OrderId> id = orderIdOf(orderId);
        return executor.prepareAndExecuteAsync(
                () -> detailsOp(Endpoint.OFFLINE_AUTHORIZATION_DETAILS, Optional.empty(), id));
    }

    @Override
    public List<PaymentDetails> authorizationDetails(TransactionId transactionId) {
        return executor.execute(detailsOp(Endpoint.OFFLINE_AUTHORIZATION_DETAILS, transactionIdOf(transactionId),
                Optional.empty()));
    }

    @Override
    public CompletableFuture<List<PaymentDetails>> authorizationDetailsAsync(TransactionId transactionId) {
        Optional<TransactionId> id = transactionIdOf(transactionId);
        return executor.prepareAndExecuteAsync(
                () -> detailsOp(Endpoint.OFFLINE_AUTHORIZATION_DETAILS, id, Optional.empty()));
    }

    @Override
    public List<PaymentDetails> paymentDetails(OrderId orderId) {
        return executor.execute(detailsOp(Endpoint.OFFLINE_PAYMENT_DETAILS, Optional.empty(), orderIdOf(orderId)));
    }

    @Override
    public CompletableFuture<List<PaymentDetails>> paymentDetailsAsync(OrderId orderId) {
        Optional<OrderId> id = orderIdOf(orderId);
        return executor.prepareAndExecuteAsync(() -> detailsOp(Endpoint.OFFLINE_PAYMENT_DETAILS, Optional.empty(), id));
    }

    @Override
    public List<PaymentDetails> paymentDetails(TransactionId transactionId) {
        return executor.execute(detailsOp(Endpoint.OFFLINE_PAYMENT_DETAILS, transactionIdOf(transactionId),
                Optional.empty()));
    }

    @Override
    public CompletableFuture<List<PaymentDetails>> paymentDetailsAsync(TransactionId transactionId) {
        Optional<TransactionId> id = transactionIdOf(transactionId);
        return executor.prepareAndExecuteAsync(() -> detailsOp(Endpoint.OFFLINE_PAYMENT_DETAILS, id, Optional.empty()));
    }

    private Operation<List<PaymentDetails>> detailsOp(Endpoint endpoint, Optional<TransactionId> transactionId,
                                                      Optional<OrderId> orderId) {
        CallInfo call = call(endpoint, transactionId, orderId);
        refuseIfOnline(call);
        QueryString q = new QueryString();
        transactionId.ifPresent(id -> q.add("transactionId", id.toString()));
        orderId.ifPresent(id -> q.add("orderId", id.value()));
        return get(call, q.toString(), (envelope, body) -> ResponseWire.paymentDetails(ResponseWire.infoArray(envelope)));
    }

    private static Optional<OrderId> orderIdOf(OrderId orderId) {
        return Optional.of(Objects.requireNonNull(orderId, "orderId"));
    }

    private static Optional<TransactionId> transactionIdOf(TransactionId transactionId) {
        return Optional.of(Objects.requireNonNull(transactionId, "transactionId"));
    }

    // ---- views ------------------------------------------------------------------------------

    @Override
    public OfflineService withOptions(CallOptions options) {
        Objects.requireNonNull(options, "options");
        CallOptions merged = new CallOptions(options.readTimeout().or(this.options::readTimeout),
                options.connectTimeout().or(this.options::connectTimeout));
        return new OfflineService(version, codec, executor, timeouts, merged, reconciliation);
    }

    /** The API version and this view's options. */
    @Override
    public String toString() {
        return "OfflineService[" + version + ", " + options + "]";
    }

    // ---- helpers ----------------------------------------------------------------------------

    /** An online client has no Offline API: refuse before anything is built or sent. */
    private void refuseIfOnline(CallInfo call) {
        if (version.isOnline()) {
            throw new LinePayException(new InvalidRequest(call, List.of(new Violation("apiVersion",
                    "this client is built for " + version + "; the Offline API needs a client built with"
                            + " apiVersion(OFFLINE_V2), (OFFLINE_V2_4) or (OFFLINE_V4)"))));
        }
    }

    private <T> Operation<T> post(CallInfo call, String path, byte[] body, List<String> sensitive,
                                  Operation.AnswerMapper<T> mapper) {
        Endpoint e = call.endpoint();
        return new Operation<>(call, path, "", body, e.changesState(), readTimeout(e), connect(), ReturnCode::isSuccess,
                mapper, sensitive, 1);
    }

    private <T> Operation<T> get(CallInfo call, String query, Operation.AnswerMapper<T> mapper) {
        Endpoint e = call.endpoint();
        return new Operation<>(call, call.path(), query, new byte[0], e.changesState(), readTimeout(e), connect(),
                ReturnCode::isSuccess, mapper, List.of(), 1);
    }

    /**
     * The call as errors and events show it. Its path is the one sent (the order id percent-encoded), or,
     * for a client of the Online API, the endpoint's template, since that client has no such path.
     */
    private CallInfo call(Endpoint endpoint, Optional<TransactionId> transactionId, Optional<OrderId> orderId) {
        String path = version.isOnline() ? endpoint.pathTemplate() : endpoint.path(version);
        if (orderId.isPresent() && path.contains(ORDER_ID)) {
            path = path.replace(ORDER_ID, PathSegment.encode(orderId.get().value()));
        }
        return new CallInfo(endpoint, endpoint.method().orElseThrow(), path, transactionId, orderId);
    }

    private Duration readTimeout(Endpoint endpoint) {
        return options.readTimeout().orElse(timeouts.read(endpoint));
    }

    private Duration connect() {
        return options.connectTimeout().orElse(timeouts.connect());
    }
}
