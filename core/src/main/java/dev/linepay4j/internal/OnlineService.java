package dev.linepay4j.internal;

import dev.linepay4j.CallInfo;
import dev.linepay4j.CallOptions;
import dev.linepay4j.Endpoint;
import dev.linepay4j.LinePayError.InvalidRequest;
import dev.linepay4j.LinePayException;
import dev.linepay4j.OnlinePayments;
import dev.linepay4j.RawRequest;
import dev.linepay4j.RetryPolicy;
import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.domain.OrderId;
import dev.linepay4j.domain.RegKey;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.Violation;
import dev.linepay4j.domain.code.RegKeyStatus;
import dev.linepay4j.domain.code.RequestStatus;
import dev.linepay4j.domain.code.ReturnCode;
import dev.linepay4j.domain.json.JsonObject;
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
import dev.linepay4j.domain.response.RawResponse;
import dev.linepay4j.domain.response.RefundResponse;
import dev.linepay4j.internal.wire.PathSegment;
import dev.linepay4j.internal.wire.QueryString;
import dev.linepay4j.internal.wire.RequestWire;
import dev.linepay4j.internal.wire.ResponseWire;
import dev.linepay4j.spi.HttpMethod;
import dev.linepay4j.spi.JsonCodec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/**
 * The Online API use cases over a {@link CallExecutor}: each operation checks what the domain values
 * cannot check on their own (that the API version accepts the request), maps it to its wire form,
 * writes the body once, and hands the resulting {@link Operation} to the executor.
 *
 * <p>Choices where LINE Pay is silent:
 * <ul>
 *   <li>A POST without a body of its own (void, key expiry, full refund) sends and signs {@code {}}: it is
 *       valid JSON for the {@code Content-Type: application/json} every POST declares, where an empty body
 *       could be refused as malformed JSON by a strict gateway, and most SDKs in production send it
 *       (LINEPAY-API.md §2.2: both forms are in use).</li>
 *   <li>The details query lists transaction ids first, then order ids, each in the order given, each as
 *       its own parameter ({@code transactionId=1&transactionId=2&orderId=A}).</li>
 *   <li>{@code creditCardAuth} is sent only when true; {@code capture} of a key payment only when
 *       false: both are LINE Pay's defaults otherwise.</li>
 *   <li>A {@code regKey} in a path is percent-encoded where a path needs it and shown as
 *       {@code {regKey}} in errors and events.</li>
 * </ul>
 *
 * <p>Every operation carries the view's {@link RetryPolicy} and reconciliation switch (the call's options
 * over the client's), and the operations that change state carry their {@link ReconcilePlan}, built on
 * the same service's reads; the executor (a {@link RetryingExecutor}) does the rest.
 *
 * <pre>{@code
 * OnlinePayments payments = new OnlineService(ApiVersion.ONLINE_V3, codec, executor, timeouts,
 *         CallOptions.none().withRetryPolicy(RetryPolicy.defaults()).withReconciliation(true));
 * }</pre>
 */
public final class OnlineService implements OnlinePayments {

    private static final byte[] NO_BODY = new byte[0];
    private static final String REG_KEY = "{regKey}";

    private final ApiVersion version;
    private final JsonCodec codec;
    private final CallExecutor executor;
    private final Timeouts timeouts;
    private final CallOptions options;
    private final byte[] emptyBody;
    private final OnlinePaths paths;
    private final ReconcilePlans.Reads reads = new ReconcilePlans.Reads() {
        @Override
        public Operation<List<PaymentDetails>> details(PaymentDetailsQuery query) {
            return detailsOp(query);
        }

        @Override
        public Operation<RequestStatus> requestStatus(TransactionId transactionId) {
            return requestStatusOp(transactionId);
        }

        @Override
        public Operation<RegKeyStatus> regKeyCheck(RegKey regKey) {
            return checkRegKeyOp(regKey, false);
        }
    };

    /**
     * Creates the service.
     *
     * @param version  {@link ApiVersion#ONLINE_V3} or {@link ApiVersion#ONLINE_V4}; with an Offline API
     *                 version only the raw calls may be used (a client of the Offline API refuses the Online
     *                 operations before they get here, see {@link RefusingOnlinePayments})
     * @param codec    writes request bodies
     * @param executor runs each operation
     * @param timeouts the client's timeouts
     * @param options  the settings of this view: the call's over the client's; a retry policy and the
     *                 reconciliation switch left unset mean {@link RetryPolicy#defaults()} and on
     */
    public OnlineService(ApiVersion version, JsonCodec codec, CallExecutor executor, Timeouts timeouts,
                         CallOptions options) {
        this.version = Objects.requireNonNull(version, "version");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
        this.options = Objects.requireNonNull(options, "options");
        this.emptyBody = codec.write(JsonObject.of());
        this.paths = new OnlinePaths(version);
    }

    /** A view with other options: shares what the client made once. */
    private OnlineService(OnlineService base, CallOptions options) {
        this.version = base.version;
        this.codec = base.codec;
        this.executor = base.executor;
        this.timeouts = base.timeouts;
        this.options = options;
        this.emptyBody = base.emptyBody;
        this.paths = base.paths;
    }

    // ---- request ----------------------------------------------------------------------------

    @Override
    public PaymentRequestResponse request(PaymentRequest request) {
        return executor.execute(requestOp(request));
    }

    @Override
    public CompletableFuture<PaymentRequestResponse> requestAsync(PaymentRequest request) {
        Objects.requireNonNull(request, "request");
        return executor.prepareAndExecuteAsync(() -> requestOp(request));
    }

    private Operation<PaymentRequestResponse> requestOp(PaymentRequest request) {
        Objects.requireNonNull(request, "request");
        String path = paths.of(Endpoint.REQUEST);
        CallInfo call = call(Endpoint.REQUEST, path, Optional.empty(), Optional.of(request.orderId()));
        List<Violation> violations = request.violationsFor(version);
        if (!violations.isEmpty()) {
            throw new LinePayException(new InvalidRequest(call, violations));
        }
        return post(call, path, codec.write(RequestWire.paymentRequest(request)), List.of(),
                (envelope, body) -> ResponseWire.paymentRequest(ResponseWire.infoObject(envelope)));
    }

    // ---- confirm ----------------------------------------------------------------------------

    @Override
    public ConfirmResponse confirm(TransactionId transactionId, ConfirmRequest request) {
        return executor.execute(confirmOp(transactionId, request));
    }

    @Override
    public CompletableFuture<ConfirmResponse> confirmAsync(TransactionId transactionId, ConfirmRequest request) {
        Operation<ConfirmResponse> op = confirmOp(transactionId, request);
        return executor.executeAsync(op);
    }

    private Operation<ConfirmResponse> confirmOp(TransactionId transactionId, ConfirmRequest request) {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(request, "request");
        String path = withTransactionId(Endpoint.CONFIRM, transactionId);
        return post(call(Endpoint.CONFIRM, path, Optional.of(transactionId), Optional.empty()), path,
                codec.write(RequestWire.confirm(request)), List.of(),
                (envelope, body) -> ResponseWire.confirm(ResponseWire.infoObject(envelope)),
                ReconcilePlans.confirm(transactionId, request, reads));
    }

    // ---- capture ----------------------------------------------------------------------------

    @Override
    public CaptureResponse capture(TransactionId transactionId, CaptureRequest request) {
        return executor.execute(captureOp(transactionId, request));
    }

    @Override
    public CompletableFuture<CaptureResponse> captureAsync(TransactionId transactionId, CaptureRequest request) {
        Operation<CaptureResponse> op = captureOp(transactionId, request);
        return executor.executeAsync(op);
    }

    private Operation<CaptureResponse> captureOp(TransactionId transactionId, CaptureRequest request) {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(request, "request");
        String path = withTransactionId(Endpoint.CAPTURE, transactionId);
        return post(call(Endpoint.CAPTURE, path, Optional.of(transactionId), Optional.empty()), path,
                codec.write(RequestWire.capture(request)), List.of(),
                (envelope, body) -> ResponseWire.capture(ResponseWire.infoObject(envelope)),
                ReconcilePlans.capture(transactionId, request, reads));
    }

    // ---- void -------------------------------------------------------------------------------

    @Override
    public Acknowledgement voidAuthorization(TransactionId transactionId) {
        return executor.execute(voidOp(transactionId));
    }

    @Override
    public CompletableFuture<Acknowledgement> voidAuthorizationAsync(TransactionId transactionId) {
        Operation<Acknowledgement> op = voidOp(transactionId);
        return executor.executeAsync(op);
    }

    private Operation<Acknowledgement> voidOp(TransactionId transactionId) {
        Objects.requireNonNull(transactionId, "transactionId");
        String path = withTransactionId(Endpoint.VOID, transactionId);
        return post(call(Endpoint.VOID, path, Optional.of(transactionId), Optional.empty()), path, emptyBody,
                List.of(), (envelope, body) -> ResponseWire.acknowledgement(envelope),
                ReconcilePlans.voidAuthorization(transactionId, reads));
    }

    // ---- refund -----------------------------------------------------------------------------

    @Override
    public RefundResponse refund(TransactionId transactionId, RefundRequest request) {
        return executor.execute(refundOp(transactionId, request));
    }

    @Override
    public CompletableFuture<RefundResponse> refundAsync(TransactionId transactionId, RefundRequest request) {
        Operation<RefundResponse> op = refundOp(transactionId, request);
        return executor.executeAsync(op);
    }

    private Operation<RefundResponse> refundOp(TransactionId transactionId, RefundRequest request) {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(request, "request");
        String path = withTransactionId(Endpoint.REFUND, transactionId);
        byte[] body = RequestWire.refund(request).map(codec::write).orElse(emptyBody);
        return post(call(Endpoint.REFUND, path, Optional.of(transactionId), Optional.empty()), path, body, List.of(),
                (envelope, answer) -> ResponseWire.refund(ResponseWire.infoObject(envelope)),
                ReconcilePlans.refund(transactionId, request, reads));
    }

    // ---- payment details --------------------------------------------------------------------

    @Override
    public List<PaymentDetails> paymentDetails(PaymentDetailsQuery query) {
        return executor.execute(detailsOp(query));
    }

    @Override
    public CompletableFuture<List<PaymentDetails>> paymentDetailsAsync(PaymentDetailsQuery query) {
        Operation<List<PaymentDetails>> op = detailsOp(query);
        return executor.executeAsync(op);
    }

    private Operation<List<PaymentDetails>> detailsOp(PaymentDetailsQuery query) {
        Objects.requireNonNull(query, "query");
        String path = paths.of(Endpoint.PAYMENT_DETAILS);
        QueryString q = new QueryString();
        query.transactionIds().forEach(id -> q.add("transactionId", id.toString()));
        query.orderIds().forEach(id -> q.add("orderId", id.value()));
        CallInfo call = call(Endpoint.PAYMENT_DETAILS, path, single(query.transactionIds()), single(query.orderIds()));
        return get(call, path, q.toString(), List.of(), ReturnCode::isSuccess,
                (envelope, body) -> ResponseWire.paymentDetails(ResponseWire.infoArray(envelope)));
    }

    // ---- request status ---------------------------------------------------------------------

    @Override
    public RequestStatus checkRequestStatus(TransactionId transactionId) {
        return executor.execute(requestStatusOp(transactionId));
    }

    @Override
    public CompletableFuture<RequestStatus> checkRequestStatusAsync(TransactionId transactionId) {
        Operation<RequestStatus> op = requestStatusOp(transactionId);
        return executor.executeAsync(op);
    }

    private Operation<RequestStatus> requestStatusOp(TransactionId transactionId) {
        Objects.requireNonNull(transactionId, "transactionId");
        String path = withTransactionId(Endpoint.CHECK_REQUEST_STATUS, transactionId);
        CallInfo call = call(Endpoint.CHECK_REQUEST_STATUS, path, Optional.of(transactionId), Optional.empty());
        // 0000 here means "not yet authenticated"; every status code is an answer, not an error.
        return get(call, path, "", List.of(), code -> RequestStatus.of(code).isPresent(),
                (envelope, body) -> RequestStatus.of(envelope.returnCode()).orElseThrow());
    }

    // ---- pre-approved keys ------------------------------------------------------------------

    @Override
    public RegKeyStatus checkRegKey(RegKey regKey, boolean creditCardAuth) {
        return executor.execute(checkRegKeyOp(regKey, creditCardAuth));
    }

    @Override
    public CompletableFuture<RegKeyStatus> checkRegKeyAsync(RegKey regKey, boolean creditCardAuth) {
        Operation<RegKeyStatus> op = checkRegKeyOp(regKey, creditCardAuth);
        return executor.executeAsync(op);
    }

    private Operation<RegKeyStatus> checkRegKeyOp(RegKey regKey, boolean creditCardAuth) {
        Objects.requireNonNull(regKey, "regKey");
        String shown = paths.of(Endpoint.CHECK_REG_KEY);
        String path = withRegKey(shown, regKey);
        String query = creditCardAuth ? new QueryString().add("creditCardAuth", "true").toString() : "";
        CallInfo call = call(Endpoint.CHECK_REG_KEY, shown, Optional.empty(), Optional.empty());
        // Answers about the key are statuses (0000 usable, 1190, 1193, 1154, discarding codes); the rest
        // (1104, 1106, 9000...) say nothing about it and are errors.
        return get(call, path, query, List.of(regKey.value()), code -> RegKeyStatus.of(code).isPresent(),
                (envelope, body) -> RegKeyStatus.of(envelope.returnCode()).orElseThrow());
    }

    @Override
    public PreapprovedPaymentResponse payPreapproved(RegKey regKey, PreapprovedPaymentRequest request) {
        return executor.execute(payPreapprovedOp(regKey, request));
    }

    @Override
    public CompletableFuture<PreapprovedPaymentResponse> payPreapprovedAsync(RegKey regKey,
                                                                            PreapprovedPaymentRequest request) {
        Operation<PreapprovedPaymentResponse> op = payPreapprovedOp(regKey, request);
        return executor.executeAsync(op);
    }

    private Operation<PreapprovedPaymentResponse> payPreapprovedOp(RegKey regKey, PreapprovedPaymentRequest request) {
        Objects.requireNonNull(regKey, "regKey");
        Objects.requireNonNull(request, "request");
        String shown = paths.of(Endpoint.PAY_PREAPPROVED);
        CallInfo call = call(Endpoint.PAY_PREAPPROVED, shown, Optional.empty(), Optional.of(request.orderId()));
        return post(call, withRegKey(shown, regKey), codec.write(RequestWire.preapprovedPayment(request)),
                List.of(regKey.value()),
                (envelope, body) -> ResponseWire.preapprovedPayment(ResponseWire.infoObject(envelope)),
                ReconcilePlans.payPreapproved(request, reads));
    }

    @Override
    public Acknowledgement expireRegKey(RegKey regKey) {
        return executor.execute(expireRegKeyOp(regKey));
    }

    @Override
    public CompletableFuture<Acknowledgement> expireRegKeyAsync(RegKey regKey) {
        Operation<Acknowledgement> op = expireRegKeyOp(regKey);
        return executor.executeAsync(op);
    }

    private Operation<Acknowledgement> expireRegKeyOp(RegKey regKey) {
        Objects.requireNonNull(regKey, "regKey");
        String shown = paths.of(Endpoint.EXPIRE_REG_KEY);
        CallInfo call = call(Endpoint.EXPIRE_REG_KEY, shown, Optional.empty(), Optional.empty());
        return post(call, withRegKey(shown, regKey), emptyBody, List.of(regKey.value()),
                (envelope, body) -> ResponseWire.acknowledgement(envelope),
                ReconcilePlans.expireRegKey(regKey, reads));
    }

    // ---- raw --------------------------------------------------------------------------------

    /**
     * A raw call: any path, signed like the others. Every well-formed LINE Pay answer is returned, whatever
     * its code; only failures to get one are thrown.
     *
     * @param request the call
     * @return the answer
     * @throws LinePayException if the request is malformed (nothing is sent) or no LINE Pay answer came
     */
    public RawResponse raw(RawRequest request) {
        return executor.execute(rawOp(request));
    }

    /**
     * A raw call, without blocking.
     *
     * @param request the call
     * @return the answer, or a {@link LinePayException}
     */
    public CompletableFuture<RawResponse> rawAsync(RawRequest request) {
        Objects.requireNonNull(request, "request");
        return executor.prepareAndExecuteAsync(() -> rawOp(request));
    }

    private Operation<RawResponse> rawOp(RawRequest request) {
        Objects.requireNonNull(request, "request");
        HttpMethod method = request.method();
        CallInfo call = new CallInfo(Endpoint.RAW, method, request.apiPath(), Optional.empty(), Optional.empty());
        List<Violation> violations = new ArrayList<>();
        PathSegment.problemOf(request.apiPath()).ifPresent(p -> violations.add(new Violation("apiPath", p)));
        if (method == HttpMethod.POST && !request.query().isEmpty()) {
            violations.add(new Violation("query", "a POST has no query: LINE Pay signs a POST's body, not its query"));
        }
        if (method == HttpMethod.GET && request.body().isPresent()) {
            violations.add(new Violation("body", "a GET has no body: LINE Pay signs a GET's query"));
        }
        if (!violations.isEmpty()) {
            throw new LinePayException(new InvalidRequest(call, violations));
        }
        Operation.AnswerMapper<RawResponse> mapper = (envelope, body) -> new RawResponse(envelope.returnCode(),
                envelope.message(), envelope.info(), body);
        Duration read = options.readTimeout().or(request::readTimeout).orElse(timeouts.read(Endpoint.RAW));
        if (method == HttpMethod.GET) {
            QueryString q = new QueryString();
            for (Map.Entry<String, String> p : request.query()) {
                q.add(p.getKey(), p.getValue());
            }
            return new Operation<>(call, request.apiPath(), q.toString(), new byte[0], false, read, connect(),
                    code -> true, mapper, List.of(), 1).withRetry(retryPolicy(), false);
        }
        byte[] body = request.body().map(codec::write).orElse(emptyBody);
        return new Operation<>(call, request.apiPath(), "", body, true, read, connect(), code -> true, mapper,
                List.of(), 1).withRetry(retryPolicy(), false);
    }

    // ---- views ------------------------------------------------------------------------------

    @Override
    public OnlineService withOptions(CallOptions options) {
        Objects.requireNonNull(options, "options");
        return new OnlineService(this, options.over(this.options));
    }

    /** The API version and this view's options. */
    @Override
    public String toString() {
        return "OnlineService[" + version + ", " + options + "]";
    }

    // ---- helpers ----------------------------------------------------------------------------

    private <T> Operation<T> post(CallInfo call, String path, byte[] body, List<String> sensitive,
                                  Operation.AnswerMapper<T> mapper) {
        return post(call, path, body, sensitive, mapper, null);
    }

    /** A POST that reads the payment back after an unclear outcome, following {@code plan}. */
    private <T> Operation<T> post(CallInfo call, String path, byte[] body, List<String> sensitive,
                                  Operation.AnswerMapper<T> mapper, ReconcilePlan<T, ?> plan) {
        Endpoint e = call.endpoint();
        // Made whole at once rather than through withRetry and withPlan: one object per call, not three.
        return new Operation<>(call, path, "", body, e.changesState(), readTimeout(e), connect(), ReturnCode::isSuccess,
                mapper, sensitive, 1, retryPolicy(), reconcile(), plan);
    }

    private <T> Operation<T> get(CallInfo call, String path, String query, List<String> sensitive,
                                 Predicate<ReturnCode> isResult, Operation.AnswerMapper<T> mapper) {
        Endpoint e = call.endpoint();
        return new Operation<>(call, path, query, NO_BODY, e.changesState(), readTimeout(e), connect(), isResult,
                mapper, sensitive, 1, retryPolicy(), false, null);
    }

    private static CallInfo call(Endpoint endpoint, String shownPath, Optional<TransactionId> transactionId,
                                 Optional<OrderId> orderId) {
        return new CallInfo(endpoint, endpoint.method().orElseThrow(), shownPath, transactionId, orderId);
    }

    private String withTransactionId(Endpoint endpoint, TransactionId id) {
        return paths.withTransactionId(endpoint, id);
    }

    private static String withRegKey(String template, RegKey regKey) {
        return template.replace(REG_KEY, PathSegment.encode(regKey.value()));
    }

    private static <T> Optional<T> single(List<T> ids) {
        return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
    }

    private Duration readTimeout(Endpoint endpoint) {
        return options.readTimeout().orElse(timeouts.read(endpoint));
    }

    private RetryPolicy retryPolicy() {
        return options.retryPolicy().orElse(RetryPolicy.defaults());
    }

    private boolean reconcile() {
        return options.reconciliation().orElse(true);
    }

    private Duration connect() {
        return options.connectTimeout().orElse(timeouts.connect());
    }
}
