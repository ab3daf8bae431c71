package dev.linepay4j.testkit.fake;

import dev.linepay4j.CallInfo;
import dev.linepay4j.CallOptions;
import dev.linepay4j.Endpoint;
import dev.linepay4j.LinePayError;
import dev.linepay4j.LinePayError.ApiError;
import dev.linepay4j.LinePayError.InvalidRequest;
import dev.linepay4j.LinePayError.OutcomeUnknown;
import dev.linepay4j.LinePayError.ProtocolError;
import dev.linepay4j.LinePayError.TransportFailure;
import dev.linepay4j.LinePayException;
import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.domain.ChannelId;
import dev.linepay4j.domain.OrderId;
import dev.linepay4j.domain.RedirectUrl;
import dev.linepay4j.domain.RegKey;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.Violation;
import dev.linepay4j.domain.code.RegKeyStatus;
import dev.linepay4j.domain.code.RequestStatus;
import dev.linepay4j.domain.code.ReturnCode;
import dev.linepay4j.domain.payment.Payment;
import dev.linepay4j.domain.payment.PaymentEvent;
import dev.linepay4j.domain.payment.Transition;
import dev.linepay4j.domain.request.CaptureRequest;
import dev.linepay4j.domain.request.ConfirmRequest;
import dev.linepay4j.domain.request.ConfirmUrlType;
import dev.linepay4j.domain.request.PayType;
import dev.linepay4j.domain.request.PaymentDetailsQuery;
import dev.linepay4j.domain.request.PaymentOptions;
import dev.linepay4j.domain.request.PaymentRequest;
import dev.linepay4j.domain.request.PaymentSettings;
import dev.linepay4j.domain.request.PreapprovedPaymentRequest;
import dev.linepay4j.domain.request.RefundRequest;
import dev.linepay4j.domain.response.Acknowledgement;
import dev.linepay4j.domain.response.CaptureResponse;
import dev.linepay4j.domain.response.ConfirmResponse;
import dev.linepay4j.domain.response.PaymentDetails;
import dev.linepay4j.domain.response.PaymentRequestResponse;
import dev.linepay4j.domain.response.PreapprovedPaymentResponse;
import dev.linepay4j.domain.response.RefundResponse;
import dev.linepay4j.spi.TransportException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a {@link FakeLinePay} and its views share: the books, the clock, the ids, the waiting failures and
 * the recorded calls, all guarded by one lock. Every call runs the same pipeline ({@link #call}): the
 * client's own checks (an {@link InvalidRequest} sends nothing), a closed fake, a waiting failure, then the
 * operation, which changes the books only through core's {@link dev.linepay4j.domain.payment.PaymentMachine}
 * and answers what the sandbox answers (LINE Pay's codes and messages, the same {@code info} shapes).
 */
final class Engine {

    private static final String PAYMENT_PAGE = "https://fake-linepay.invalid/pay/";
    private static final String GATEWAY_PAGE = "<html><head><title>Bad Gateway</title></head><body><h1>Bad Gateway"
            + "</h1><p>The upstream server did not answer.</p></body></html>";
    private static final String GARBLED = "{\"returnCode\":\"0000\",\"returnMessage\":\"Success.\",\"info\":{\"transa";

    private final Object lock = new Object();
    final ApiVersion version;
    final ChannelId channelId;
    private final Duration authorizationLifetime;
    final FakeClock clock;
    private final Books books;
    private final Ids ids;
    private final Answers answers;
    private final Map<Endpoint, Deque<FakeFailure>> failures = new EnumMap<>(Endpoint.class);
    private final List<RecordedCall> calls = new ArrayList<>();
    private boolean closed;

    Engine(ApiVersion version, ChannelId channelId, String merchantName, FakeClock clock, Duration requestLifetime,
           Duration authorizationLifetime, Random random) {
        this.version = version;
        this.channelId = channelId;
        this.clock = clock;
        this.authorizationLifetime = authorizationLifetime;
        this.books = new Books(clock, requestLifetime);
        this.ids = new Ids(clock.instant(), random);
        this.answers = new Answers(version, merchantName);
    }

    // ---- the operations -----------------------------------------------------------------------------

    PaymentRequestResponse request(PaymentRequest request, CallOptions options) {
        CallInfo call = call(Endpoint.REQUEST, Endpoint.REQUEST.path(version), Optional.empty(),
                Optional.of(request.orderId()));
        return call(call, List.of(request), options, request.violationsFor(version), noStatus(), () -> {
            String orderId = request.orderId().value();
            refuseTakenOrderId(orderId);
            Optional<PaymentSettings> settings = request.options().flatMap(PaymentOptions::payment);
            boolean capture = settings.map(PaymentSettings::capture).orElse(true);
            boolean preapproved = settings.map(PaymentSettings::payType).orElse(PayType.NORMAL) == PayType.PREAPPROVED;
            TransactionId id = ids.transactionId();
            Payment payment = Payment.requested(id, orderId, request.amount(), request.currency(), capture);
            String productName = request.packages().get(0).products().get(0).name();
            books.add(new FakePayment(payment, books.now(), Optional.of(request), Optional.empty(), productName,
                    preapproved));
            return answers.requested(id, ids.paymentAccessToken(), PAYMENT_PAGE + id);
        });
    }

    ConfirmResponse confirm(TransactionId id, ConfirmRequest request, CallOptions options) {
        return call(transactionCall(Endpoint.CONFIRM, id), List.of(id, request), options, List.of(), noStatus(), () -> {
            FakePayment p = known(id);
            move(p, new PaymentEvent.Confirm(request.amount(), request.currency()));
            p.confirmed(books.now(), authorizationLifetime);
            if (p.preapproved) {
                RegKey key = newRegKey();
                p.issuedRegKey(key);
                books.issue(key);
            }
            return answers.confirmed(p);
        });
    }

    CaptureResponse capture(TransactionId id, CaptureRequest request, CallOptions options) {
        return call(transactionCall(Endpoint.CAPTURE, id), List.of(id, request), options, List.of(), noStatus(), () -> {
            FakePayment p = known(id);
            move(p, new PaymentEvent.Capture(request.amount(), request.currency()));
            return answers.captured(p);
        });
    }

    Acknowledgement voidAuthorization(TransactionId id, CallOptions options) {
        return call(transactionCall(Endpoint.VOID, id), List.of(id), options, List.of(), noStatus(), () -> {
            move(known(id), new PaymentEvent.Void());
            return Answers.acknowledgement();
        });
    }

    RefundResponse refund(TransactionId id, RefundRequest request, CallOptions options) {
        return call(transactionCall(Endpoint.REFUND, id), List.of(id, request), options, List.of(), noStatus(), () -> {
            FakePayment p = known(id);
            TransactionId refundId = ids.transactionId();
            move(p, request.refundAmount().map(a -> PaymentEvent.refund(a, refundId))
                    .orElseGet(() -> PaymentEvent.refundRemaining(refundId)));
            Instant at = books.now();
            books.refunded(p, refundId, at);
            return answers.refunded(refundId, at);
        });
    }

    List<PaymentDetails> paymentDetails(PaymentDetailsQuery query, CallOptions options) {
        CallInfo call = call(Endpoint.PAYMENT_DETAILS, Endpoint.PAYMENT_DETAILS.path(version),
                single(query.transactionIds()), single(query.orderIds()));
        return call(call, List.of(query), options, List.of(), noStatus(), () -> {
            Map<TransactionId, PaymentDetails> entries = new LinkedHashMap<>();
            for (TransactionId id : query.transactionIds()) {
                Optional<FakePayment> payment = books.payment(id);
                if (payment.isPresent()) {
                    payment.filter(p -> p.payment().state().isConfirmed())
                            .ifPresent(p -> entries.putIfAbsent(id, answers.paymentEntry(p)));
                } else {
                    books.paymentByRefundId(id).ifPresent(p -> entries.putIfAbsent(id, answers.refundEntry(p, id)));
                }
            }
            for (OrderId orderId : query.orderIds()) {
                books.paymentByOrderId(orderId.value()).filter(p -> p.payment().state().isConfirmed())
                        .ifPresent(p -> entries.putIfAbsent(p.id(), answers.paymentEntry(p)));
            }
            if (entries.isEmpty()) {
                throw new Refusal(ReturnCode.NO_TRANSACTION, "No confirmed transaction matches the query.");
            }
            return List.copyOf(entries.values());
        });
    }

    RequestStatus checkRequestStatus(TransactionId id, CallOptions options) {
        return call(transactionCall(Endpoint.CHECK_REQUEST_STATUS, id), List.of(id), options, List.of(),
                RequestStatus::of, () -> RequestStatus.of(known(id).payment().state().requestStatus()).orElseThrow());
    }

    RegKeyStatus checkRegKey(RegKey key, boolean creditCardAuth, CallOptions options) {
        CallInfo call = call(Endpoint.CHECK_REG_KEY, Endpoint.CHECK_REG_KEY.path(version), Optional.empty(),
                Optional.empty());
        // Answers about the key are statuses: 1190 unknown and 1193 expired come back as values.
        return call(call, List.of(key, creditCardAuth), options, List.of(), RegKeyStatus::of,
                () -> books.regKey(key).orElse(RegKeyStatus.NOT_FOUND));
    }

    PreapprovedPaymentResponse payPreapproved(RegKey key, PreapprovedPaymentRequest request, CallOptions options) {
        CallInfo call = call(Endpoint.PAY_PREAPPROVED, Endpoint.PAY_PREAPPROVED.path(version), Optional.empty(),
                Optional.of(request.orderId()));
        return call(call, List.of(key, request), options, List.of(), noStatus(), () -> {
            refuseUnusable(key);
            String orderId = request.orderId().value();
            refuseTakenOrderId(orderId);
            TransactionId id = ids.transactionId();
            Payment payment = Payment.requested(id, orderId, request.amount(), request.currency(), request.capture());
            FakePayment p = new FakePayment(payment, books.now(), Optional.empty(), Optional.of(key),
                    request.productName(), false);
            // A key payment is a request the customer approved long ago, confirmed at once: the same two
            // moves through the machine as any payment, so its books look alike.
            for (PaymentEvent e : List.of(new PaymentEvent.Authenticate(),
                    new PaymentEvent.Confirm(request.amount(), request.currency()))) {
                if (p.apply(e) instanceof Transition.Refused r) {
                    throw new IllegalStateException("a fresh key payment was refused: " + r.rule());
                }
            }
            p.confirmed(books.now(), authorizationLifetime);
            books.add(p);
            return answers.paidWithKey(p);
        });
    }

    Acknowledgement expireRegKey(RegKey key, CallOptions options) {
        CallInfo call = call(Endpoint.EXPIRE_REG_KEY, Endpoint.EXPIRE_REG_KEY.path(version), Optional.empty(),
                Optional.empty());
        return call(call, List.of(key), options, List.of(), noStatus(), () -> {
            refuseUnusable(key);
            books.expire(key);
            return Answers.acknowledgement();
        });
    }

    /** The async form of an operation: already completed, or failed with the {@link LinePayException} itself. */
    static <T> CompletableFuture<T> async(Supplier<T> operation) {
        try {
            return CompletableFuture.completedFuture(operation.get());
        } catch (LinePayException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    // ---- the controls ------------------------------------------------------------------------------

    Optional<URI> approve(TransactionId id) {
        synchronized (lock) {
            FakePayment p = controlled(id);
            happen(p, new PaymentEvent.Authenticate());
            return p.confirmUrlType() == ConfirmUrlType.NONE ? Optional.empty() : redirect(p, true);
        }
    }

    Optional<URI> cancel(TransactionId id) {
        synchronized (lock) {
            FakePayment p = controlled(id);
            happen(p, new PaymentEvent.Cancel());
            return redirect(p, false);
        }
    }

    void happen(TransactionId id, PaymentEvent event) {
        synchronized (lock) {
            happen(controlled(id), event);
        }
    }

    void letRegKeyExpire(RegKey key) {
        synchronized (lock) {
            RegKeyStatus status = books.regKey(key).orElseThrow(() -> new NoSuchElementException("no regKey " + key));
            if (status == RegKeyStatus.EXPIRED) {
                throw new IllegalStateException("regKey " + key + " has expired already");
            }
            books.expire(key);
        }
    }

    void failNext(Endpoint endpoint, FakeFailure failure, int times) {
        if (endpoint == Endpoint.RAW) {
            throw new IllegalArgumentException("FakeLinePay serves the OnlinePayments operations; RAW is LinePay.raw's");
        }
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1, was " + times);
        }
        synchronized (lock) {
            Deque<FakeFailure> queue = failures.computeIfAbsent(endpoint, e -> new ArrayDeque<>());
            for (int i = 0; i < times; i++) {
                queue.addLast(failure);
            }
        }
    }

    Map<Endpoint, List<FakeFailure>> pendingFailures() {
        synchronized (lock) {
            Map<Endpoint, List<FakeFailure>> copy = new EnumMap<>(Endpoint.class);
            failures.forEach((e, q) -> {
                if (!q.isEmpty()) {
                    copy.put(e, List.copyOf(q));
                }
            });
            return copy;
        }
    }

    void clearFailures() {
        synchronized (lock) {
            failures.clear();
        }
    }

    void advanceClock(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("the clock only goes forward; was " + by);
        }
        synchronized (lock) {
            clock.advance(by);
        }
    }

    List<RecordedCall> calls() {
        synchronized (lock) {
            return List.copyOf(calls);
        }
    }

    List<Payment> payments() {
        synchronized (lock) {
            return books.payments().stream().map(FakePayment::payment).toList();
        }
    }

    Optional<Payment> payment(TransactionId id) {
        synchronized (lock) {
            return books.payment(id).map(FakePayment::payment);
        }
    }

    Optional<RegKeyStatus> regKey(RegKey key) {
        synchronized (lock) {
            return books.regKey(key);
        }
    }

    void reset() {
        synchronized (lock) {
            books.clear();
            calls.clear();
            failures.clear();
            clock.rewind();
        }
    }

    void close() {
        synchronized (lock) {
            closed = true;
        }
    }

    boolean closed() {
        synchronized (lock) {
            return closed;
        }
    }

    int paymentCount() {
        synchronized (lock) {
            return books.payments().size();
        }
    }

    int callCount() {
        synchronized (lock) {
            return calls.size();
        }
    }

    // ---- the pipeline ------------------------------------------------------------------------------

    /**
     * One call, as the client and LINE Pay would handle it: the client's checks, a closed client, a waiting
     * failure, then the operation; every outcome recorded.
     *
     * @param statusOf which codes the endpoint answers as a result (the status checks), for an injected code
     */
    private <T> T call(CallInfo call, List<Object> arguments, CallOptions options, List<Violation> violations,
                       Function<ReturnCode, Optional<T>> statusOf, Supplier<T> operation) {
        synchronized (lock) {
            Instant at = clock.instant();
            if (!violations.isEmpty()) {
                throw failed(at, call, arguments, options, new InvalidRequest(call, violations), null, false);
            }
            if (closed) {
                TransportException.Kind kind = TransportException.Kind.TRANSPORT_CLOSED;
                throw failed(at, call, arguments, options, new TransportFailure(call, kind), null, false);
            }
            FakeFailure failure = Optional.ofNullable(failures.get(call.endpoint())).map(Deque::pollFirst).orElse(null);
            if (failure != null && failure.kind() == FakeFailure.Kind.RETURN_CODE) {
                ReturnCode code = failure.returnCode().orElseThrow();
                Optional<T> status = statusOf.apply(code);
                if (status.isPresent()) {
                    return succeeded(at, call, arguments, options, status.get(), false);
                }
                throw failed(at, call, arguments, options, new ApiError(call, code, failure.returnMessage()), null, false);
            }
            if (failure != null && !failure.processed()) {
                throw failed(at, call, arguments, options, injected(call, failure), cause(failure), false);
            }
            T result;
            try {
                result = operation.get();
            } catch (Refusal r) {
                LinePayError refused = new ApiError(call, r.code(), r.getMessage());
                if (failure != null) {
                    // The refusal's answer is what got lost or garbled: the caller cannot tell.
                    throw failed(at, call, arguments, options, injected(call, failure), cause(failure), false);
                }
                throw failed(at, call, arguments, options, refused, null, false);
            }
            if (failure != null) {
                throw failed(at, call, arguments, options, injected(call, failure), cause(failure), true);
            }
            return succeeded(at, call, arguments, options, result, true);
        }
    }

    private <T> T succeeded(Instant at, CallInfo call, List<Object> arguments, CallOptions options, T result,
                            boolean processed) {
        calls.add(new RecordedCall(at, call, arguments, options, Optional.of(result), Optional.empty(), processed));
        return result;
    }

    private LinePayException failed(Instant at, CallInfo call, List<Object> arguments, CallOptions options,
                                    LinePayError error, Throwable cause, boolean processed) {
        calls.add(new RecordedCall(at, call, arguments, options, Optional.empty(), Optional.of(error), processed));
        return new LinePayException(error, cause);
    }

    /** The error an injected failure (other than a code) gives, as the client classifies it. */
    private static LinePayError injected(CallInfo call, FakeFailure failure) {
        boolean changesState = call.endpoint().changesState();
        return switch (failure.kind()) {
            case NOT_SENT -> new TransportFailure(call, failure.transportFailure().orElseThrow());
            case ANSWER_LOST, REQUEST_LOST -> OutcomeUnknown.afterTransportFailure(call, failure.transportFailure().orElseThrow());
            case GATEWAY_ERROR -> unreadable(changesState, new ProtocolError(call, ProtocolError.Problem.HTTP_STATUS,
                    failure.httpStatus(), "HTTP " + failure.httpStatus() + " with an HTML page; LINE Pay answers every"
                    + " call with 200", GATEWAY_PAGE));
            case GARBLED_ANSWER -> unreadable(changesState, new ProtocolError(call, ProtocolError.Problem.NOT_JSON, 200,
                    "the body is not well-formed JSON", GARBLED));
            case RETURN_CODE -> throw new IllegalStateException("a code is an answer, handled before");
        };
    }

    private static LinePayError unreadable(boolean changesState, ProtocolError error) {
        return changesState ? OutcomeUnknown.afterUnreadableAnswer(error) : error;
    }

    /** What a transport would have thrown, as the client keeps it as the cause. */
    private static Throwable cause(FakeFailure failure) {
        return failure.transportFailure()
                .map(k -> new TransportException(k, "injected by FakeLinePay (" + failure.kind() + ")", null))
                .orElse(null);
    }

    // ---- shared ------------------------------------------------------------------------------------

    private CallInfo transactionCall(Endpoint endpoint, TransactionId id) {
        return call(endpoint, endpoint.path(version).replace("{transactionId}", id.toString()), Optional.of(id),
                Optional.empty());
    }

    private static CallInfo call(Endpoint endpoint, String path, Optional<TransactionId> transactionId,
                                 Optional<OrderId> orderId) {
        return new CallInfo(endpoint, endpoint.method().orElseThrow(), path, transactionId, orderId);
    }

    private static <T> Optional<T> single(List<T> ids) {
        return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
    }

    private static <T> Function<ReturnCode, Optional<T>> noStatus() {
        return code -> Optional.empty();
    }

    private FakePayment known(TransactionId id) {
        return books.payment(id).orElseThrow(() -> new Refusal(ReturnCode.NO_TRANSACTION,
                "No transaction with transactionId " + id + "."));
    }

    /** Applies a merchant's event; a refusal is LINE Pay's answer. */
    private static void move(FakePayment p, PaymentEvent event) {
        if (p.apply(event) instanceof Transition.Refused r) {
            throw new Refusal(r.code(), r.rule());
        }
    }

    private void refuseTakenOrderId(String orderId) {
        if (books.orderIdTaken(orderId)) {
            throw new Refusal(ReturnCode.ORDER_ID_EXISTS, "A transaction with orderId " + orderId + " already exists.");
        }
    }

    private void refuseUnusable(RegKey key) {
        RegKeyStatus status = books.regKey(key).orElseThrow(() -> new Refusal(ReturnCode.REG_KEY_NOT_FOUND,
                "No such regKey."));
        if (status == RegKeyStatus.EXPIRED) {
            throw new Refusal(ReturnCode.REG_KEY_EXPIRED, "The regKey has expired.");
        }
    }

    private RegKey newRegKey() {
        for (int attempt = 0; attempt < 100; attempt++) {
            RegKey key = ids.regKey();
            if (books.regKey(key).isEmpty()) {
                return key;
            }
        }
        throw new IllegalStateException("no free regKey after 100 attempts");
    }

    private FakePayment controlled(TransactionId id) {
        return books.payment(id).orElseThrow(() -> new NoSuchElementException("no payment with transaction id " + id));
    }

    /** Applies the customer's, the clock's or LINE Pay's event; a refusal is the test's mistake. */
    private static void happen(FakePayment p, PaymentEvent event) {
        if (p.apply(event) instanceof Transition.Refused r) {
            throw new IllegalStateException(r.rule() + " (" + r.code().code() + "; payment " + p.id() + " is "
                    + p.payment().state() + ")");
        }
    }

    private static Optional<URI> redirect(FakePayment p, boolean confirm) {
        Optional<RedirectUrl> url = p.request.flatMap(r -> confirm ? r.redirectUrls().confirmUrl()
                : r.redirectUrls().cancelUrl());
        return url.map(u -> Redirects.withPaymentParameters(u.value(), p.id().toString(), p.payment().orderId()));
    }
}
