package dev.linepay4j;

import static dev.linepay4j.support.ScriptedTransport.ok;
import static dev.linepay4j.support.ScriptedTransport.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.linepay4j.LinePayError.ApiError;
import dev.linepay4j.LinePayError.OutcomeUnknown;
import dev.linepay4j.LinePayError.ProtocolError;
import dev.linepay4j.LinePayError.TransportFailure;
import dev.linepay4j.LinePayListener.Reconciled;
import dev.linepay4j.LinePayListener.RetryReason;
import dev.linepay4j.LinePayListener.RetryScheduled;
import dev.linepay4j.Reconciliation.Verdict;
import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.OrderId;
import dev.linepay4j.domain.RegKey;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.code.ReturnCode;
import dev.linepay4j.domain.request.CaptureRequest;
import dev.linepay4j.domain.request.ConfirmRequest;
import dev.linepay4j.domain.request.PaymentDetailsQuery;
import dev.linepay4j.domain.request.PreapprovedPaymentRequest;
import dev.linepay4j.domain.request.RefundRequest;
import dev.linepay4j.domain.response.Acknowledgement;
import dev.linepay4j.domain.response.CaptureResponse;
import dev.linepay4j.domain.response.ConfirmResponse;
import dev.linepay4j.domain.response.PreapprovedPaymentResponse;
import dev.linepay4j.domain.response.RefundResponse;
import dev.linepay4j.spi.HttpRequest;
import dev.linepay4j.spi.HttpResponse;
import dev.linepay4j.spi.TransportException;
import dev.linepay4j.spi.TransportException.Kind;
import dev.linepay4j.support.MiniJsonCodec;
import dev.linepay4j.support.ScriptedTransport;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Retries and reconciliation over an in-memory transport: which calls are repeated, which are read back,
 * what the caller gets, the events, and that every attempt is signed afresh. Nothing sleeps: the policy's
 * sleeper records the waits (drawn from a seeded generator) and returns at once.
 */
class RetryAndReconcileTest {

    static final String SECRET = "Zx9-very-secret-channel-key";
    static final TransactionId ID = TransactionId.parse("2023042201206549310");
    static final TransactionId REFUND_1 = TransactionId.parse("2023042201206549311");
    static final TransactionId REFUND_2 = TransactionId.parse("2023042201206549312");
    static final RegKey KEY = RegKey.of("RK2AE3519XTFXHM");
    static final ConfirmRequest CONFIRM = ConfirmRequest.of(Amount.of(300), Currency.TWD);

    // ---- the script: replies per endpoint, in order, then a default ----------------------------

    /** Routes each request to the next reply scripted for its endpoint. */
    static final class Script implements Function<HttpRequest, HttpResponse> {
        private final Map<String, Deque<Function<HttpRequest, HttpResponse>>> queued = new HashMap<>();
        private final Map<String, Function<HttpRequest, HttpResponse>> always = new HashMap<>();

        static String endpoint(HttpRequest r) {
            String path = r.uri().getRawPath();
            if (path.equals("/v3/payments")) {
                return "details";
            }
            if (path.startsWith("/v3/payments/requests/")) {
                return "check";
            }
            if (path.startsWith("/v3/payments/preapprovedPay/")) {
                return path.endsWith("/check") ? "regkey-check" : path.endsWith("/payment") ? "regkey-pay" : "expire";
            }
            return path.substring(path.lastIndexOf('/') + 1);     // request, confirm, capture, void, refund
        }

        Script then(String endpoint, Function<HttpRequest, HttpResponse> reply) {
            queued.computeIfAbsent(endpoint, e -> new ArrayDeque<>()).add(reply);
            return this;
        }

        Script always(String endpoint, Function<HttpRequest, HttpResponse> reply) {
            always.put(endpoint, reply);
            return this;
        }

        @Override
        public synchronized HttpResponse apply(HttpRequest r) {
            String e = endpoint(r);
            Deque<Function<HttpRequest, HttpResponse>> q = queued.get(e);
            Function<HttpRequest, HttpResponse> reply = q != null && !q.isEmpty() ? q.poll() : always.get(e);
            if (reply == null) {
                throw new AssertionError("nothing scripted for " + e);
            }
            return reply.apply(r);
        }
    }

    static Function<HttpRequest, HttpResponse> json(String body) {
        return r -> ok(body);
    }

    static Function<HttpRequest, HttpResponse> code(String code) {
        return json("{\"returnCode\":\"" + code + "\",\"returnMessage\":\"scripted\"}");
    }

    static Function<HttpRequest, HttpResponse> fail(Kind kind) {
        return r -> {
            throw new TransportException(kind, "scripted " + kind, null);
        };
    }

    static final Function<HttpRequest, HttpResponse> BAD_GATEWAY =
            r -> response(502, "text/html", "<html><h1>502 Bad Gateway</h1></html>");
    static final Function<HttpRequest, HttpResponse> CONFIRMED = json("{\"returnCode\":\"0000\",\"info\":"
            + "{\"transactionId\":2023042201206549310,\"orderId\":\"o-1\",\"regKey\":\"RK2AE3519XTFXHM\"}}");
    static final Function<HttpRequest, HttpResponse> NO_TRANSACTION = code("1150");

    static Function<HttpRequest, HttpResponse> details(String payStatus, long paid, String... refunds) {
        return json("{\"returnCode\":\"0000\",\"info\":[" + detailsEntry(payStatus, paid, refunds) + "]}");
    }

    static String detailsEntry(String payStatus, long paid, String... refunds) {
        return "{\"transactionId\":2023042201206549310,\"transactionDate\":\"2026-11-22T09:00:00Z\","
                + "\"transactionType\":\"PAYMENT\",\"payStatus\":\"" + payStatus + "\",\"orderId\":\"o-1\","
                + "\"currency\":\"TWD\",\"payInfo\":[{\"method\":\"BALANCE\",\"amount\":" + paid + "}],"
                + "\"packages\":[{\"id\":\"pkg-1\",\"amount\":" + paid + "}]"
                + (refunds.length == 0 ? "" : ",\"refundList\":[" + String.join(",", refunds) + "]") + "}";
    }

    static String refund(TransactionId id, long amount) {
        return "{\"refundTransactionId\":" + id + ",\"transactionType\":\"PARTIAL_REFUND\",\"refundAmount\":-"
                + amount + ",\"refundTransactionDate\":\"2026-11-22T10:00:00Z\"}";
    }

    // ---- the client ---------------------------------------------------------------------------

    final List<Duration> slept = new CopyOnWriteArrayList<>();
    final Sleeper recording = new Sleeper() {
        @Override
        public void sleep(Duration duration) {
            slept.add(duration);
        }

        @Override
        public CompletableFuture<Void> delay(Duration duration) {
            slept.add(duration);
            return CompletableFuture.completedFuture(null);
        }
    };
    final List<Object> events = new CopyOnWriteArrayList<>();
    final LinePayListener listener = new LinePayListener() {
        @Override
        public void attemptStarted(AttemptStarted event) {
            events.add(event);
        }

        @Override
        public void retrying(RetryScheduled event) {
            events.add(event);
        }

        @Override
        public void reconciled(Reconciled event) {
            events.add(event);
        }
    };
    final AtomicInteger nonces = new AtomicInteger();

    RetryPolicy policy() {
        return RetryPolicy.builder().random(new Random(42)).sleeper(recording).build();
    }

    LinePay client(ScriptedTransport t) {
        return builder(t).build();
    }

    LinePay.Builder builder(ScriptedTransport t) {
        return LinePay.builder().channelId("1234567890").channelSecret(SECRET).environment(Environment.SANDBOX)
                .transport(t).codec(new MiniJsonCodec()).listener(listener).retryPolicy(policy())
                .nonceSource(() -> "nonce-" + nonces.incrementAndGet());
    }

    static List<String> sent(ScriptedTransport t) {
        return t.sent().stream().map(Script::endpoint).toList();
    }

    <E> List<E> events(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    List<Reconciliation> reconciliations() {
        return events(Reconciled.class).stream().map(Reconciled::reconciliation).toList();
    }

    static LinePayError errorOf(Runnable call) {
        return catchThrowableOfType(LinePayException.class, call::run).error();
    }

    // ---- retries ------------------------------------------------------------------------------

    @Nested
    class Retries {

        @Test
        void aReadIsReadAgainWithAFreshNonceAndSignatureAfterAGatewayPageAndATimeout() {
            Script s = new Script().then("details", BAD_GATEWAY).then("details", fail(Kind.READ_TIMEOUT))
                    .always("details", details("CAPTURE", 300));
            ScriptedTransport t = new ScriptedTransport(s);
            try (LinePay linePay = client(t)) {
                assertThat(linePay.paymentDetails(PaymentDetailsQuery.ofTransactionIds(ID))).hasSize(1);
            }

            assertThat(sent(t)).containsExactly("details", "details", "details");
            assertThat(t.sent()).extracting(r -> r.header("X-LINE-Authorization-Nonce").orElseThrow())
                    .containsExactly("nonce-1", "nonce-2", "nonce-3");
            assertThat(t.sent()).extracting(r -> r.header("X-LINE-Authorization").orElseThrow()).doesNotHaveDuplicates();
            List<RetryScheduled> retries = events(RetryScheduled.class);
            assertThat(retries).extracting(RetryScheduled::failedAttempt).containsExactly(1, 2);
            assertThat(retries).extracting(RetryScheduled::reason).containsOnly(RetryReason.READ_FAILED);
            assertThat(retries.get(0).error()).isInstanceOf(ProtocolError.class);
            assertThat(retries.get(1).error()).isInstanceOf(OutcomeUnknown.class);
            // The waits the seeded policy draws, reported and "slept" (recorded, not waited).
            RetryPolicy same = policy();
            assertThat(slept).containsExactly(same.backoff(1), same.backoff(2));
            assertThat(retries).extracting(RetryScheduled::backoff).containsExactlyElementsOf(slept);
            assertThat(events(LinePayListener.AttemptStarted.class)).extracting(LinePayListener.AttemptStarted::attempt)
                    .containsExactly(1, 2, 3);
        }

        @Test
        void aReadGivesUpAfterMaxAttemptsWithTheLastError() {
            ScriptedTransport t = new ScriptedTransport(new Script().always("check", BAD_GATEWAY));
            try (LinePay linePay = client(t)) {
                assertThat(errorOf(() -> linePay.checkRequestStatus(ID))).isInstanceOf(ProtocolError.class);
            }
            assertThat(t.sent()).hasSize(3);
        }

        @Test
        void anyOperationNotSentIsSentAgainButAClosedClientIsNot() {
            Script s = new Script().then("confirm", fail(Kind.CONNECT_FAILED)).then("confirm", fail(Kind.CONNECT_TIMEOUT))
                    .always("confirm", CONFIRMED);
            ScriptedTransport t = new ScriptedTransport(s);
            try (LinePay linePay = client(t)) {
                assertThat(linePay.confirm(ID, CONFIRM).orderId()).isEqualTo(OrderId.of("o-1"));
            }
            assertThat(sent(t)).containsExactly("confirm", "confirm", "confirm");
            assertThat(events(RetryScheduled.class)).extracting(RetryScheduled::reason).containsOnly(RetryReason.NOT_SENT);

            ScriptedTransport closed = new ScriptedTransport(new Script().always("confirm",
                    fail(Kind.TRANSPORT_CLOSED)));
            try (LinePay linePay = client(closed)) {
                assertThat(errorOf(() -> linePay.confirm(ID, CONFIRM))).isInstanceOf(TransportFailure.class);
            }
            assertThat(closed.sent()).hasSize(1);
        }

        @Test
        void voidAndRefundRepeatTheTemporaryCodesButConfirmAndCaptureDoNot() {
            Script s = new Script().then("void", code("1900")).then("void", code("1999")).always("void", code("0000"))
                    .always("details", details("CAPTURE", 300))
                    .then("refund", code("1902")).always("refund", json("{\"returnCode\":\"0000\",\"info\":"
                            + "{\"refundTransactionId\":2023042201206549311,\"refundTransactionDate\":\"2026-11-22T10:00:00Z\"}}"))
                    .always("capture", code("1900")).always("confirm", code("1900"));
            ScriptedTransport t = new ScriptedTransport(s);
            try (LinePay linePay = client(t)) {
                assertThat(linePay.voidAuthorization(ID).returnCode()).isEqualTo(ReturnCode.SUCCESS);
                assertThat(linePay.refund(ID, RefundRequest.full()).refundTransactionId()).isEqualTo(REFUND_1);
                assertThat(((ApiError) errorOf(() -> linePay.capture(ID, CaptureRequest.of(Amount.of(300), Currency.TWD))))
                        .returnCode().code()).isEqualTo("1900");
                assertThat(((ApiError) errorOf(() -> linePay.confirm(ID, CONFIRM))).returnCode().code()).isEqualTo("1900");
            }
            assertThat(sent(t)).containsExactly("void", "void", "void", "details", "refund", "refund", "capture", "confirm");
        }

        @Test
        void aRequestWhoseAnswerIsLostIsNeitherRepeatedNorReadBack() {
            ScriptedTransport t = new ScriptedTransport(new Script().always("request", fail(Kind.READ_TIMEOUT)));
            try (LinePay linePay = client(t)) {
                OutcomeUnknown u = (OutcomeUnknown) errorOf(() -> linePay.request(LinePayCallsTest.paymentRequest()));
                assertThat(u.reconciliation()).isEmpty();
                assertThat(u.mayHaveBeenProcessed()).isTrue();
            }
            assertThat(sent(t)).containsExactly("request");
        }

        @Test
        void aPerCallPolicyOverridesTheClients() {
            ScriptedTransport t = new ScriptedTransport(new Script().always("details", BAD_GATEWAY));
            try (LinePay linePay = client(t)) {
                OnlinePayments once = linePay.withOptions(CallOptions.none().withRetryPolicy(RetryPolicy.none()));
                assertThat(errorOf(() -> once.paymentDetails(PaymentDetailsQuery.ofTransactionIds(ID))))
                        .isInstanceOf(ProtocolError.class);
            }
            assertThat(t.sent()).hasSize(1);
        }

        @Test
        void anInterruptedWaitGivesUpWithTheLastErrorAndKeepsTheFlag() {
            Sleeper interrupting = new Sleeper() {
                @Override
                public void sleep(Duration duration) throws InterruptedException {
                    throw new InterruptedException();
                }

                @Override
                public CompletableFuture<Void> delay(Duration duration) {
                    return CompletableFuture.completedFuture(null);
                }
            };
            ScriptedTransport t = new ScriptedTransport(new Script().always("details", BAD_GATEWAY));
            try (LinePay linePay = builder(t).retryPolicy(RetryPolicy.defaults().withSleeper(interrupting)).build()) {
                assertThat(errorOf(() -> linePay.paymentDetails(PaymentDetailsQuery.ofTransactionIds(ID))))
                        .isInstanceOf(ProtocolError.class);
                assertThat(Thread.interrupted()).isTrue();     // clears it, too
            }
            assertThat(t.sent()).hasSize(1);
        }

        @Test
        void aListenerThatThrowsChangesNothing() {
            ScriptedTransport t = new ScriptedTransport(new Script().then("details", BAD_GATEWAY)
                    .always("details", details("CAPTURE", 300)));
            LinePayListener throwing = new LinePayListener() {
                @Override
                public void retrying(RetryScheduled event) {
                    throw new IllegalStateException("metrics bug");
                }
            };
            try (LinePay linePay = builder(t).listener(throwing).build()) {
                assertThat(linePay.paymentDetails(PaymentDetailsQuery.ofTransactionIds(ID))).hasSize(1);
            }
        }
    }

    // ---- reconciliation -----------------------------------------------------------------------

    @Nested
    class Reconciling {

        @Test
        void aConfirmWhoseAnswerWasLostIsReadBackAndReturnedWithoutBeingSentAgain() {
            ScriptedTransport t = new ScriptedTransport(new Script().then("confirm", fail(Kind.READ_TIMEOUT))
                    .always("details", details("CAPTURE", 300)));
            ConfirmResponse confirmed;
            try (LinePay linePay = client(t)) {
                confirmed = linePay.confirm(ID, CONFIRM);
            }

            assertThat(sent(t)).containsExactly("confirm", "details");
            assertThat(confirmed.readBack()).isTrue();
            assertThat(confirmed.transactionId()).isEqualTo(ID);
            assertThat(confirmed.orderId()).isEqualTo(OrderId.of("o-1"));
            assertThat(confirmed.payInfo()).extracting(p -> p.amount()).containsExactly(Amount.of(300));
            assertThat(confirmed.packages()).hasSize(1);
            assertThat(confirmed.regKey()).isEmpty();
            assertThat(confirmed.raw().string("payStatus")).contains("CAPTURE");
            Reconciliation r = reconciliations().get(0);
            assertThat(r.verdict()).isEqualTo(Verdict.DONE);
            assertThat(r.endpoint()).isEqualTo(Endpoint.CONFIRM);
            assertThat(r.reads()).isEqualTo(1);
            assertThat(r.trigger()).isInstanceOf(OutcomeUnknown.class);
            assertThat(r.finding()).contains("payStatus CAPTURE", "300");
        }

        @Test
        void aConfirmAnsweredWithAGatewayPageIsReadBackFoundNotDoneAndSentAgain() {
            ScriptedTransport t = new ScriptedTransport(new Script().then("confirm", BAD_GATEWAY)
                    .always("confirm", CONFIRMED).always("details", NO_TRANSACTION).always("check", code("0110")));
            ConfirmResponse confirmed;
            try (LinePay linePay = client(t)) {
                confirmed = linePay.confirm(ID, CONFIRM);
            }

            assertThat(sent(t)).containsExactly("confirm", "details", "check", "confirm");
            assertThat(confirmed.readBack()).isFalse();
            assertThat(confirmed.regKey()).contains(KEY);
            assertThat(reconciliations()).extracting(Reconciliation::verdict).containsExactly(Verdict.NOT_DONE);
            RetryScheduled resend = events(RetryScheduled.class).get(0);
            assertThat(resend.reason()).isEqualTo(RetryReason.NOT_DONE);
            assertThat(((OutcomeUnknown) resend.error()).reconciliation().orElseThrow().verdict()).isEqualTo(Verdict.NOT_DONE);
        }

        @Test
        void whenReadingBackFailsTooTheOutcomeIsUnknownWithBothPiecesOfEvidence() {
            ScriptedTransport t = new ScriptedTransport(new Script().always("confirm", fail(Kind.READ_TIMEOUT))
                    .always("details", BAD_GATEWAY));
            OutcomeUnknown u;
            try (LinePay linePay = client(t)) {
                u = (OutcomeUnknown) errorOf(() -> linePay.confirm(ID, CONFIRM));
            }

            assertThat(sent(t)).containsExactly("confirm", "details", "details", "details");
            assertThat(u.transportFailure()).contains(Kind.READ_TIMEOUT);
            Reconciliation r = u.reconciliation().orElseThrow();
            assertThat(r.verdict()).isEqualTo(Verdict.UNKNOWN);
            assertThat(r.readBackError().orElseThrow()).isInstanceOf(ProtocolError.class);
            assertThat(u.mayHaveBeenProcessed()).isTrue();
            assertThat(u.describe()).contains("READ_TIMEOUT", "read back", "UNKNOWN", "502");
        }

        @Test
        void aSecondConfirmAnswered1172ReturnsTheConfirmedPayment() {
            ScriptedTransport t = new ScriptedTransport(new Script().always("confirm", code("1172"))
                    .always("details", details("CAPTURE", 300)));
            try (LinePay linePay = client(t)) {
                assertThat(linePay.confirm(ID, CONFIRM).readBack()).isTrue();
            }
            assertThat(sent(t)).containsExactly("confirm", "details");
            assertThat(reconciliations().get(0).trigger()).isInstanceOf(ApiError.class);
        }

        @Test
        void aConfirmedPaymentOfAnotherAmountSettlesNothing() {
            ScriptedTransport t = new ScriptedTransport(new Script().always("confirm", code("1172"))
                    .always("details", details("CAPTURE", 250)));
            OutcomeUnknown u;
            try (LinePay linePay = client(t)) {
                u = (OutcomeUnknown) errorOf(() -> linePay.confirm(ID, CONFIRM));
            }
            assertThat(u.ambiguousAnswer().orElseThrow().returnCode()).isEqualTo(ReturnCode.ORDER_ID_EXISTS);
            assertThat(u.reconciliation().orElseThrow().verdict()).isEqualTo(Verdict.UNKNOWN);
            assertThat(u.reconciliation().orElseThrow().finding()).contains("250", "not the 300 TWD confirmed");
        }

        @Test
        void aCodeThatSaysBeingProcessedIsReadBackTwiceThenReportedAsItIs() {
            ScriptedTransport t = new ScriptedTransport(new Script().always("confirm", code("1198"))
                    .always("details", NO_TRANSACTION).always("check", code("0110")));
            ApiError api;
            try (LinePay linePay = client(t)) {
                api = (ApiError) errorOf(() -> linePay.confirm(ID, CONFIRM));
            }
            assertThat(api.returnCode()).isEqualTo(ReturnCode.DUPLICATE_REQUEST);
            assertThat(sent(t)).containsExactly("confirm", "details", "check", "details", "check");
            Reconciliation r = reconciliations().get(0);
            assertThat(r.verdict()).isEqualTo(Verdict.NOT_DONE);
            assertThat(r.reads()).isEqualTo(4);
            assertThat(slept).hasSize(1);                    // the wait before reading again
        }

        @Test
        void aCodeThatSaysBeingProcessedIsDoneWhenTheSecondReadFindsIt() {
            ScriptedTransport t = new ScriptedTransport(new Script().always("capture", code("1198"))
                    .then("details", details("AUTHORIZATION", 300)).always("details", details("CAPTURE", 300)));
            CaptureResponse captured;
            try (LinePay linePay = client(t)) {
                captured = linePay.capture(ID, CaptureRequest.of(Amount.of(300), Currency.TWD));
            }
            assertThat(captured.transactionId()).isEqualTo(ID);
            assertThat(sent(t)).containsExactly("capture", "details", "details");
        }

        @Test
        void aVoidIsDoneWhenTheAuthorizationReadsVoided() {
            ScriptedTransport t = new ScriptedTransport(new Script().always("void", fail(Kind.CONNECTION_RESET))
                    .always("details", details("VOIDED_AUTHORIZATION", 300)));
            Acknowledgement ack;
            try (LinePay linePay = client(t)) {
                ack = linePay.voidAuthorization(ID);
            }
            assertThat(ack.returnCode()).isEqualTo(ReturnCode.SUCCESS);
            assertThat(ack.raw().string("payStatus")).contains("VOIDED_AUTHORIZATION");
            assertThat(sent(t)).containsExactly("void", "details");
        }

        @Test
        void aRefundIsToldFromEarlierOnesOfTheSameAmountByTheSnapshot() {
            String earlier = refund(REFUND_1, 100);
            ScriptedTransport t = new ScriptedTransport(new Script()
                    .then("details", details("CAPTURE", 300, earlier))
                    .then("refund", fail(Kind.READ_TIMEOUT))
                    .then("details", details("CAPTURE", 300, earlier, refund(REFUND_2, 100))));
            RefundResponse refunded;
            try (LinePay linePay = client(t)) {
                refunded = linePay.refund(ID, RefundRequest.partial(Amount.of(100), Currency.TWD));
            }
            assertThat(sent(t)).containsExactly("details", "refund", "details");
            assertThat(refunded.refundTransactionId()).isEqualTo(REFUND_2);
            assertThat(refunded.raw().number("refundTransactionId").map(Object::toString)).contains(REFUND_2.toString());
        }

        @Test
        void aRefundFoundNotDoneIsNeverSentAgainAndSaysSo() {
            ScriptedTransport t = new ScriptedTransport(new Script().always("details", details("CAPTURE", 300))
                    .always("refund", BAD_GATEWAY));
            OutcomeUnknown u;
            try (LinePay linePay = client(t)) {
                u = (OutcomeUnknown) errorOf(() -> linePay.refund(ID, RefundRequest.partial(Amount.of(100), Currency.TWD)));
            }
            assertThat(sent(t)).containsExactly("details", "refund", "details");
            assertThat(u.reconciliation().orElseThrow().verdict()).isEqualTo(Verdict.NOT_DONE);
            assertThat(u.mayHaveBeenProcessed()).isFalse();
            assertThat(u.describe()).contains("NOT_DONE", "books show the request not done");
        }

        @Test
        void notDoneAfterALostAnswerMayStillHappenSoTheCallerIsNotToldItCannot() {
            ScriptedTransport t = new ScriptedTransport(new Script().always("details", details("CAPTURE", 300))
                    .then("refund", fail(Kind.READ_TIMEOUT))
                    .then("refund", r -> response(504, "text/html", "<html>Gateway Timeout</html>")));
            try (LinePay linePay = client(t)) {
                RefundRequest part = RefundRequest.partial(Amount.of(100), Currency.TWD);
                for (int i = 0; i < 2; i++) {
                    OutcomeUnknown u = (OutcomeUnknown) errorOf(() -> linePay.refund(ID, part));
                    assertThat(u.reconciliation().orElseThrow().verdict()).isEqualTo(Verdict.NOT_DONE);
                    assertThat(u.mayHaveBeenProcessed()).as("the refund may still arrive").isTrue();
                    assertThat(u.describe()).contains("may still process it");
                }
                OnlinePayments once = linePay.withOptions(CallOptions.none().withRetryPolicy(RetryPolicy.none()));
                t.script(new Script().always("confirm", fail(Kind.READ_TIMEOUT)).always("details", NO_TRANSACTION)
                        .always("check", code("0110")));
                OutcomeUnknown confirm = (OutcomeUnknown) errorOf(() -> once.confirm(ID, CONFIRM));
                assertThat(confirm.reconciliation().orElseThrow().verdict()).isEqualTo(Verdict.NOT_DONE);
                assertThat(confirm.mayHaveBeenProcessed()).isTrue();
                assertThat(sent(t).stream().filter("confirm"::equals).count()).isEqualTo(1);
            }
        }

        @Test
        void whenAnAttemptWhoseAnswerWasLostWasSentAgainALaterDefiniteFailureDoesNotSayNotDone() {
            ScriptedTransport t = new ScriptedTransport(new Script().then("void", fail(Kind.READ_TIMEOUT))
                    .always("void", code("1900")).always("details", details("AUTHORIZATION", 300)));
            LinePayException e;
            try (LinePay linePay = client(t)) {
                e = catchThrowableOfType(LinePayException.class, () -> linePay.voidAuthorization(ID));
            }
            // timeout, read back not done, sent again: 1900, 1900 (the policy's 3 attempts)
            assertThat(sent(t)).containsExactly("void", "details", "void", "void");
            OutcomeUnknown u = (OutcomeUnknown) e.error();
            assertThat(u.transportFailure()).contains(Kind.READ_TIMEOUT);
            assertThat(u.mayHaveBeenProcessed()).isTrue();
            assertThat(((LinePayException) e.getCause()).error()).isInstanceOf(ApiError.class);

            ScriptedTransport async = new ScriptedTransport(new Script().then("void", fail(Kind.READ_TIMEOUT))
                    .always("void", code("1900")).always("details", details("AUTHORIZATION", 300)));
            try (LinePay linePay = client(async)) {
                Throwable seen = linePay.voidAuthorizationAsync(ID).handle((ok, f) -> f).join();
                assertThat(((LinePayException) seen).error()).isInstanceOf(OutcomeUnknown.class);
                assertThat(((LinePayException) seen).error().mayHaveBeenProcessed()).isTrue();
            }
        }

        @Test
        void twoNewRefundsOfTheAmountSettleNothing() {
            ScriptedTransport t = new ScriptedTransport(new Script().then("details", NO_TRANSACTION)
                    .then("refund", fail(Kind.READ_TIMEOUT))
                    .then("details", details("CAPTURE", 300, refund(REFUND_1, 100), refund(REFUND_2, 100))));
            OutcomeUnknown u;
            try (LinePay linePay = client(t)) {
                u = (OutcomeUnknown) errorOf(() -> linePay.refund(ID, RefundRequest.partial(Amount.of(100), Currency.TWD)));
            }
            assertThat(u.reconciliation().orElseThrow().verdict()).isEqualTo(Verdict.UNKNOWN);
            assertThat(u.reconciliation().orElseThrow().finding()).contains("cannot tell which");
        }

        @Test
        void withoutASnapshotExistingRefundsSettleNothing() {
            ScriptedTransport t = new ScriptedTransport(new Script().then("details", BAD_GATEWAY)
                    .then("details", BAD_GATEWAY).then("details", BAD_GATEWAY)
                    .then("refund", fail(Kind.READ_TIMEOUT))
                    .then("details", details("CAPTURE", 300, refund(REFUND_1, 100))));
            OutcomeUnknown u;
            try (LinePay linePay = client(t)) {
                u = (OutcomeUnknown) errorOf(() -> linePay.refund(ID, RefundRequest.partial(Amount.of(100), Currency.TWD)));
            }
            assertThat(u.reconciliation().orElseThrow().verdict()).isEqualTo(Verdict.UNKNOWN);
            assertThat(u.reconciliation().orElseThrow().finding()).contains("no list from before");
        }

        @Test
        void aKeyPaymentIsFoundByItsOrderId() {
            ScriptedTransport t = new ScriptedTransport(new Script().always("regkey-pay", fail(Kind.READ_TIMEOUT))
                    .always("details", details("CAPTURE", 300)));
            PreapprovedPaymentResponse paid;
            try (LinePay linePay = client(t)) {
                paid = linePay.payPreapproved(KEY, PreapprovedPaymentRequest.builder().productName("Plan").amount(300)
                        .currency(Currency.TWD).orderId("o-1").build());
            }
            assertThat(paid.transactionId()).isEqualTo(ID);
            assertThat(t.sent().get(1).uri().getRawQuery()).isEqualTo("orderId=o-1");
            // The key never shows in what reading back reports.
            assertThat(reconciliations().get(0).describe()).doesNotContain(KEY.value());
        }

        @Test
        void anExpiryIsDoneWhenTheKeyReadsExpiredAndSentAgainWhenStillUsable() {
            ScriptedTransport t = new ScriptedTransport(new Script().then("expire", fail(Kind.READ_TIMEOUT))
                    .then("regkey-check", code("1193"))
                    .then("expire", BAD_GATEWAY).then("regkey-check", code("0000")).then("expire", code("0000")));
            try (LinePay linePay = client(t)) {
                assertThat(linePay.expireRegKey(KEY).returnCode()).isEqualTo(ReturnCode.SUCCESS);
                assertThat(linePay.expireRegKey(KEY).returnCode()).isEqualTo(ReturnCode.SUCCESS);
            }
            assertThat(sent(t)).containsExactly("expire", "regkey-check", "expire", "regkey-check", "expire");
            assertThat(reconciliations()).extracting(Reconciliation::verdict).containsExactly(Verdict.DONE, Verdict.NOT_DONE);
        }

        @Test
        void offTheUnknownOutcomeReachesTheCallerAsItHappenedAndRefundsTakeNoSnapshot() {
            ScriptedTransport t = new ScriptedTransport(new Script().always("confirm", fail(Kind.READ_TIMEOUT))
                    .always("refund", fail(Kind.READ_TIMEOUT)).always("void", code("1165")));
            try (LinePay linePay = builder(t).reconciliation(false).build()) {
                assertThat(((OutcomeUnknown) errorOf(() -> linePay.confirm(ID, CONFIRM))).reconciliation()).isEmpty();
                assertThat(((OutcomeUnknown) errorOf(() -> linePay.refund(ID, RefundRequest.full()))).reconciliation())
                        .isEmpty();
                assertThat(errorOf(() -> linePay.voidAuthorization(ID))).isInstanceOf(ApiError.class);
            }
            assertThat(sent(t)).containsExactly("confirm", "refund", "void");
            assertThat(reconciliations()).isEmpty();
        }

        @Test
        void perCallReconciliationOverridesTheClients() {
            ScriptedTransport t = new ScriptedTransport(new Script().always("confirm", fail(Kind.READ_TIMEOUT)));
            try (LinePay linePay = client(t)) {
                OnlinePayments off = linePay.withOptions(CallOptions.none().withReconciliation(false));
                assertThat(((OutcomeUnknown) errorOf(() -> off.confirm(ID, CONFIRM))).reconciliation()).isEmpty();
            }
            assertThat(sent(t)).containsExactly("confirm");
        }
    }

    // ---- async --------------------------------------------------------------------------------

    @Nested
    class Async {

        @Test
        void anAsyncRetryWaitsOnTheSleepersFutureHoldingNoThread() throws Exception {
            CompletableFuture<Void> gate = new CompletableFuture<>();
            List<Duration> asked = new CopyOnWriteArrayList<>();
            Sleeper gated = new Sleeper() {
                @Override
                public void sleep(Duration duration) {
                    throw new AssertionError("an async call must not block a thread");
                }

                @Override
                public CompletableFuture<Void> delay(Duration duration) {
                    asked.add(duration);
                    return gate;
                }
            };
            ScriptedTransport t = new ScriptedTransport(new Script().then("details", BAD_GATEWAY)
                    .always("details", details("CAPTURE", 300)));
            try (LinePay linePay = builder(t).retryPolicy(RetryPolicy.defaults().withSleeper(gated)).build()) {
                CompletableFuture<?> call = linePay.paymentDetailsAsync(PaymentDetailsQuery.ofTransactionIds(ID));
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                while (asked.isEmpty() && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                assertThat(asked).hasSize(1);
                assertThat(call).isNotDone();
                assertThat(t.sent()).hasSize(1);

                gate.complete(null);
                call.get(5, TimeUnit.SECONDS);
            }
            assertThat(t.sent()).hasSize(2);
        }

        @Test
        void anAsyncConfirmIsReconciledLikeASyncOne() throws Exception {
            ScriptedTransport t = new ScriptedTransport(new Script().then("confirm", BAD_GATEWAY)
                    .always("confirm", fail(Kind.READ_TIMEOUT)).then("details", NO_TRANSACTION)
                    .always("check", code("0110")).always("details", details("CAPTURE", 300)));
            ConfirmResponse confirmed;
            try (LinePay linePay = client(t)) {
                confirmed = linePay.confirmAsync(ID, CONFIRM).get(5, TimeUnit.SECONDS);
            }
            assertThat(sent(t)).containsExactly("confirm", "details", "check", "confirm", "details");
            assertThat(confirmed.readBack()).isTrue();
            assertThat(reconciliations()).extracting(Reconciliation::verdict).containsExactly(Verdict.NOT_DONE, Verdict.DONE);
        }

        @Test
        void anAsyncFailureAfterReadingBackCompletesWithTheLinePayExceptionItself() throws Exception {
            ScriptedTransport t = new ScriptedTransport(new Script().always("refund", BAD_GATEWAY)
                    .always("details", BAD_GATEWAY));
            Throwable seen;
            try (LinePay linePay = client(t)) {
                seen = linePay.refundAsync(ID, RefundRequest.full()).handle((ok, failure) -> failure)
                        .get(5, TimeUnit.SECONDS);
            }
            assertThat(seen).isInstanceOf(LinePayException.class);
            OutcomeUnknown u = (OutcomeUnknown) ((LinePayException) seen).error();
            assertThat(u.reconciliation().orElseThrow().verdict()).isEqualTo(Verdict.UNKNOWN);
            // snapshot (3 tries), refund, read-back (3 tries)
            assertThat(sent(t)).containsExactly("details", "details", "details", "refund", "details", "details", "details");
        }

        @Test
        void cancellingDuringAWaitStopsTheCall() throws Exception {
            CompletableFuture<Void> never = new CompletableFuture<>();
            Sleeper stuck = new Sleeper() {
                @Override
                public void sleep(Duration duration) {
                }

                @Override
                public CompletableFuture<Void> delay(Duration duration) {
                    return never;
                }
            };
            ScriptedTransport t = new ScriptedTransport(new Script().always("details", BAD_GATEWAY));
            try (LinePay linePay = builder(t).retryPolicy(RetryPolicy.defaults().withSleeper(stuck)).build()) {
                CompletableFuture<?> call = linePay.paymentDetailsAsync(PaymentDetailsQuery.ofTransactionIds(ID));
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                while (events(RetryScheduled.class).isEmpty() && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                call.cancel(true);
                assertThat(never).isCancelled();
                assertThat(catchThrowableOfType(java.util.concurrent.CancellationException.class, call::join)).isNotNull();
            }
            assertThat(t.sent()).hasSize(1);
        }

        @Test
        void anAsyncRetryAfterARealShortWaitSucceeds() throws ExecutionException, InterruptedException,
                java.util.concurrent.TimeoutException {
            ScriptedTransport t = new ScriptedTransport(new Script().then("check", fail(Kind.CONNECT_FAILED))
                    .always("check", code("0110")));
            RetryPolicy quick = RetryPolicy.builder().initialBackoff(Duration.ofMillis(20)).maxBackoff(Duration.ofMillis(20))
                    .jitter(RetryPolicy.Jitter.NONE).build();
            long start = System.nanoTime();
            try (LinePay linePay = builder(t).retryPolicy(quick).build()) {
                assertThat(linePay.checkRequestStatusAsync(ID).get(5, TimeUnit.SECONDS).name()).isEqualTo("AUTHENTICATED");
            }
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(20));
            assertThat(new ArrayList<>(t.sent())).hasSize(2);
        }
    }
}
