package dev.linepay4j;

import static dev.linepay4j.support.ScriptedTransport.ok;
import static dev.linepay4j.support.ScriptedTransport.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.linepay4j.LinePayError.ApiError;
import dev.linepay4j.LinePayError.InvalidRequest;
import dev.linepay4j.LinePayError.OutcomeUnknown;
import dev.linepay4j.LinePayError.ProtocolError;
import dev.linepay4j.LinePayError.ProtocolError.Problem;
import dev.linepay4j.LinePayError.TransportFailure;
import dev.linepay4j.LinePayListener.AttemptFinished;
import dev.linepay4j.LinePayListener.AttemptStarted;
import dev.linepay4j.LinePayListener.Outcome;
import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.OrderId;
import dev.linepay4j.domain.RegKey;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.code.RegKeyStatus;
import dev.linepay4j.domain.code.ReturnCode;
import dev.linepay4j.domain.code.ReturnCodeCategory;
import dev.linepay4j.domain.request.ConfirmRequest;
import dev.linepay4j.domain.request.PaymentDetailsQuery;
import dev.linepay4j.domain.request.PaymentRequest;
import dev.linepay4j.domain.request.PreapprovedPaymentRequest;
import dev.linepay4j.spi.HttpRequest;
import dev.linepay4j.spi.HttpResponse;
import dev.linepay4j.spi.TransportException;
import dev.linepay4j.spi.TransportException.Kind;
import dev.linepay4j.support.MiniJsonCodec;
import dev.linepay4j.support.ScriptedTransport;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every way an attempt can fail arrives as its typed error, with nothing secret in it. */
class LinePayErrorsTest {

    static final String SECRET = LinePayCallsTest.SECRET;
    static final TransactionId ID = LinePayCallsTest.ID;
    static final RegKey KEY = LinePayCallsTest.KEY;
    static final ConfirmRequest CONFIRM = ConfirmRequest.of(Amount.of(300), Currency.TWD);
    static final PaymentDetailsQuery DETAILS = PaymentDetailsQuery.ofTransactionIds(ID);

    private final List<Object> events = new CopyOnWriteArrayList<>();
    private final LinePayListener recording = new LinePayListener() {
        @Override
        public void attemptStarted(AttemptStarted event) {
            events.add(event);
        }

        @Override
        public void attemptFinished(AttemptFinished event) {
            events.add(event);
        }
    };

    private LinePay client(ScriptedTransport t) {
        return client(t, ApiVersion.ONLINE_V3);
    }

    private LinePay client(ScriptedTransport t, ApiVersion v) {
        return LinePay.builder().channelId("1234567890").channelSecret(SECRET).environment(Environment.SANDBOX)
                .apiVersion(v).transport(t).codec(new MiniJsonCodec()).listener(recording)
                .clock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
                // One attempt, as it is: what retries and read-backs make of it is RetryingExecutorTest's.
                .retryPolicy(RetryPolicy.none()).reconciliation(false).build();
    }

    private static LinePayError errorOf(Runnable call) {
        return catchThrowableOfType(LinePayException.class, call::run).error();
    }

    private AttemptFinished lastFinished() {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i) instanceof AttemptFinished f) {
                return f;
            }
        }
        throw new AssertionError("no attempt finished");
    }

    @Nested
    class ApiErrors {

        @Test
        void aRefusalCarriesTheCodeItsCategoryAndTheIds() {
            ScriptedTransport t = ScriptedTransport.answering("{\"returnCode\":\"1172\",\"returnMessage\":\"Existing same orderId.\"}");
            try (LinePay linePay = client(t)) {
                LinePayException e = catchThrowableOfType(LinePayException.class, () -> linePay.confirm(ID, CONFIRM));

                ApiError api = (ApiError) e.error();
                assertThat(api.returnCode()).isEqualTo(ReturnCode.ORDER_ID_EXISTS);
                assertThat(api.category()).isEqualTo(ReturnCodeCategory.STATE_CONFLICT);
                assertThat(api.returnMessage()).isEqualTo("Existing same orderId.");
                assertThat(api.endpoint()).isEqualTo(Endpoint.CONFIRM);
                assertThat(api.call().transactionId()).contains(ID);
                assertThat(api.mayHaveBeenProcessed()).isFalse();
                assertThat(e.getMessage()).contains("CONFIRM", "POST", "/v3/payments/2023042201206549310/confirm",
                        "1172", "STATE_CONFLICT", "transactionId=2023042201206549310", "Existing same orderId.");
                assertThat(lastFinished().outcome()).isEqualTo(Outcome.API_ERROR);
                assertThat(lastFinished().returnCode()).contains(ReturnCode.ORDER_ID_EXISTS);
            }
        }

        @Test
        void theLegacyErrorShapeIsUnderstood() {
            ScriptedTransport t = ScriptedTransport.answering("{\"resultCode\":1104,\"statusMessage\":\"Merchant not found.\"}");
            try (LinePay linePay = client(t)) {
                ApiError api = (ApiError) errorOf(() -> linePay.voidAuthorization(ID));

                assertThat(api.returnCode()).isEqualTo(ReturnCode.MERCHANT_NOT_FOUND);
                assertThat(api.category()).isEqualTo(ReturnCodeCategory.MERCHANT_CONFIGURATION);
            }
        }

        @Test
        void aCodeTheRequestStatusCheckDoesNotKnowIsAnError() {
            ScriptedTransport t = ScriptedTransport.answering("{\"returnCode\":\"9000\",\"returnMessage\":\"internal\"}");
            try (LinePay linePay = client(t)) {
                assertThat(errorOf(() -> linePay.checkRequestStatus(ID))).isInstanceOf(ApiError.class);
            }
        }

        @Test
        void aRegKeyCheckAnswerThatSaysNothingAboutTheKeyIsAnErrorTheOthersAreStatuses() {
            ScriptedTransport t = ScriptedTransport.answering("{\"returnCode\":\"1106\"}");
            try (LinePay linePay = client(t)) {
                assertThat(errorOf(() -> linePay.checkRegKey(KEY))).isInstanceOf(ApiError.class);
                t.script(r -> ok("{\"returnCode\":\"1190\"}"));
                assertThat(linePay.checkRegKey(KEY)).isEqualTo(RegKeyStatus.NOT_FOUND);
                t.script(r -> ok("{\"returnCode\":\"1282\"}"));
                assertThat(linePay.checkRegKey(KEY)).isEqualTo(RegKeyStatus.DISCARDED);
                t.script(r -> ok("{\"returnCode\":\"1154\"}"));
                assertThat(linePay.checkRegKey(KEY)).isEqualTo(RegKeyStatus.METHOD_UNAVAILABLE);
            }
        }

        @Test
        void aKeyPaymentRefusedWithADiscardingCodeSaysSoThroughRegKeyStatus() {
            ScriptedTransport t = ScriptedTransport.answering("{\"returnCode\":\"1141\"}");
            try (LinePay linePay = client(t)) {
                ApiError api = (ApiError) errorOf(() -> linePay.payPreapproved(KEY, PreapprovedPaymentRequest.builder()
                        .productName("Plan").amount(300).currency(Currency.TWD).orderId("sub-1").build()));

                assertThat(RegKeyStatus.of(api.returnCode())).contains(RegKeyStatus.DISCARDED);
                assertThat(api.call().orderId()).contains(OrderId.of("sub-1"));
                assertThat(api.call().path()).isEqualTo("/v3/payments/preapprovedPay/{regKey}/payment");
                assertThat(api.describe()).doesNotContain(KEY.value());
            }
        }
    }

    @Nested
    class InvalidRequests {

        @Test
        void aV3OnlyFieldSentToV4ListsEveryViolationAndSendsNothing() {
            ScriptedTransport t = ScriptedTransport.answering("{}");
            PaymentRequest withFees = LinePayCallsTest.paymentRequest().toBuilder()
                    .amount(310).addPackage(p -> p.id("pkg-2").amount(0).userFee(10)
                            .addProduct(pr -> pr.name("Fee").quantity(1).price(0)))
                    .options(o -> o.addFriends("lineAt", List.of("@shop")))
                    .build();
            try (LinePay linePay = client(t, ApiVersion.ONLINE_V4)) {
                LinePayException e = catchThrowableOfType(LinePayException.class, () -> linePay.request(withFees));

                InvalidRequest invalid = (InvalidRequest) e.error();
                assertThat(invalid.violations()).extracting(v -> v.field())
                        .containsExactly("packages[1].userFee", "options.familyService");
                assertThat(invalid.call().orderId()).contains(OrderId.of("order-1"));
                assertThat(e.getMessage()).contains("REQUEST", "nothing reached LINE Pay", "packages[1].userFee");
                assertThat(t.sent()).isEmpty();
                assertThat(events).isEmpty();
            }
        }

        @Test
        void theAsyncFormFailsTheFutureInsteadOfThrowing() throws Exception {
            ScriptedTransport t = ScriptedTransport.answering("{}");
            PaymentRequest regPay = LinePayCallsTest.paymentRequest().toBuilder()
                    .options(o -> o.regPayRequest(r -> r.regPayPeriodType(
                            dev.linepay4j.domain.request.RegPayPeriodType.NON_RECURRING)))
                    .build();
            try (LinePay linePay = client(t, ApiVersion.ONLINE_V3)) {
                CompletableFuture<?> f = linePay.requestAsync(regPay);

                ExecutionException e = catchThrowableOfType(ExecutionException.class, () -> f.get(5, TimeUnit.SECONDS));
                assertThat(e.getCause()).isInstanceOf(LinePayException.class);
                assertThat(((LinePayException) e.getCause()).error()).isInstanceOf(InvalidRequest.class);
                assertThat(t.sent()).isEmpty();
            }
        }

        @Test
        void aMalformedRawPathOrAQueryOnAPostIsRefused() {
            ScriptedTransport t = ScriptedTransport.answering("{}");
            try (LinePay linePay = client(t)) {
                InvalidRequest a = (InvalidRequest) errorOf(() -> linePay.raw(RawRequest.get("v3/payments?x=1").build()));
                InvalidRequest b = (InvalidRequest) errorOf(() -> linePay.raw(RawRequest.post("/v3/x").query("a", "b").build()));

                assertThat(a.violations()).extracting(v -> v.field()).containsExactly("apiPath");
                assertThat(b.violations()).extracting(v -> v.field()).containsExactly("query");
                assertThat(a.endpoint()).isEqualTo(Endpoint.RAW);
                assertThat(t.sent()).isEmpty();
            }
        }

        @Test
        void nullArgumentsAreProgrammingErrorsThrownAtOnce() {
            try (LinePay linePay = client(ScriptedTransport.answering("{}"))) {
                assertThatThrownBy(() -> linePay.confirmAsync(null, CONFIRM)).isInstanceOf(NullPointerException.class);
                assertThatThrownBy(() -> linePay.requestAsync(null)).isInstanceOf(NullPointerException.class);
                assertThatThrownBy(() -> linePay.paymentDetails(null)).isInstanceOf(NullPointerException.class);
            }
        }
    }

    @Nested
    class TransportFailures {

        @Test
        void aFailureBeforeSendingIsSafeToRepeat() {
            ScriptedTransport t = new ScriptedTransport(ScriptedTransport.failing(Kind.CONNECT_FAILED));
            try (LinePay linePay = client(t)) {
                LinePayException e = catchThrowableOfType(LinePayException.class, () -> linePay.confirm(ID, CONFIRM));

                assertThat(e.error()).isEqualTo(new TransportFailure(e.error().call(), Kind.CONNECT_FAILED));
                assertThat(e.error().mayHaveBeenProcessed()).isFalse();
                assertThat(e.getCause()).isInstanceOf(TransportException.class);
                assertThat(e.getMessage()).contains("not sent (CONNECT_FAILED)", "safe");
                assertThat(lastFinished().outcome()).isEqualTo(Outcome.TRANSPORT_FAILURE);
                assertThat(lastFinished().httpStatus()).isEmpty();
            }
        }

        @Test
        void aReadTimeoutAfterSendingIsAnUnknownOutcome() {
            ScriptedTransport t = new ScriptedTransport(ScriptedTransport.failing(Kind.READ_TIMEOUT));
            try (LinePay linePay = client(t)) {
                OutcomeUnknown unknown = (OutcomeUnknown) errorOf(() -> linePay.confirm(ID, CONFIRM));

                assertThat(unknown.transportFailure()).contains(Kind.READ_TIMEOUT);
                assertThat(unknown.unreadableAnswer()).isEmpty();
                assertThat(unknown.mayHaveBeenProcessed()).isTrue();
                assertThat(unknown.describe()).contains("outcome unknown", "READ_TIMEOUT", "read the payment back");
            }
        }

        @Test
        void aReadTimeoutOfAReadIsAnUnknownOutcomeToo() {
            ScriptedTransport t = new ScriptedTransport(ScriptedTransport.failing(Kind.CONNECTION_RESET));
            try (LinePay linePay = client(t)) {
                assertThat(errorOf(() -> linePay.paymentDetails(DETAILS))).isInstanceOf(OutcomeUnknown.class);
            }
        }

        @Test
        void aTransportThatBreaksItsContractLeavesTheOutcomeUnknown() {
            ScriptedTransport t = new ScriptedTransport(r -> {
                throw new IllegalStateException("adapter bug");
            });
            try (LinePay linePay = client(t)) {
                LinePayException e = catchThrowableOfType(LinePayException.class, () -> linePay.confirm(ID, CONFIRM));

                assertThat(((OutcomeUnknown) e.error()).transportFailure()).contains(Kind.OTHER);
                assertThat(e.getCause()).hasMessage("adapter bug");
            }
        }

        @Test
        void aTransportMessageNamingARegKeyPathIsRewrittenWithoutTheKey() {
            ScriptedTransport t = new ScriptedTransport(r -> {
                throw new TransportException(Kind.READ_TIMEOUT, "no response from " + r.target() + " within 40s", null);
            });
            try (LinePay linePay = client(t)) {
                LinePayException e = catchThrowableOfType(LinePayException.class, () -> linePay.expireRegKey(KEY));

                assertThat(e.getCause().getMessage()).contains("/v3/payments/preapprovedPay/{regKey}/expire")
                        .doesNotContain(KEY.value()).startsWith("READ_TIMEOUT: no response");
                assertThat(e.getMessage()).doesNotContain(KEY.value());
            }
        }
    }

    @Nested
    class ProtocolErrors {

        private ProtocolError readError(Function<HttpRequest, HttpResponse> answer) {
            ScriptedTransport t = new ScriptedTransport(answer);
            try (LinePay linePay = client(t)) {
                LinePayError error = errorOf(() -> linePay.paymentDetails(DETAILS));
                assertThat(error).isInstanceOf(ProtocolError.class);
                return (ProtocolError) error;
            }
        }

        @Test
        void anHtmlErrorPageOfAGatewayIsAProtocolErrorOnARead() {
            ProtocolError p = readError(r -> response(502, "text/html", "<html><body>Bad gateway</body></html>"));

            assertThat(p.problem()).isEqualTo(Problem.HTTP_STATUS);
            assertThat(p.httpStatus()).isEqualTo(502);
            assertThat(p.detail()).contains("HTML page");
            assertThat(p.excerpt()).isEqualTo("<html><body>Bad gateway</body></html>");
            assertThat(p.describe()).contains("PAYMENT_DETAILS", "HTTP 502");
        }

        @Test
        void aNon200AnswerIsNotLinePaysEvenWithAnEnvelope() {
            assertThat(readError(r -> response(500, "application/json", "{\"returnCode\":\"0000\",\"info\":[]}")).problem())
                    .isEqualTo(Problem.HTTP_STATUS);
        }

        @Test
        void eachKindOfUnreadableAnswerIsNamed() {
            assertThat(readError(r -> ok("")).problem()).isEqualTo(Problem.EMPTY_BODY);
            assertThat(readError(r -> ok("  \n")).problem()).isEqualTo(Problem.EMPTY_BODY);
            assertThat(readError(r -> response(200, "application/json", "<!DOCTYPE html><p>login</p>")).problem())
                    .isEqualTo(Problem.HTML);
            assertThat(readError(r -> ok("{\"returnCode\":\"0000\",")).problem()).isEqualTo(Problem.NOT_JSON);
            assertThat(readError(r -> ok("garbage")).problem()).isEqualTo(Problem.NOT_JSON);
            assertThat(readError(r -> ok("[1,2]")).problem()).isEqualTo(Problem.NOT_AN_OBJECT);
            assertThat(readError(r -> ok("{\"info\":[]}")).problem()).isEqualTo(Problem.MISSING_RETURN_CODE);
            assertThat(readError(r -> ok("{\"returnCode\":true}")).problem()).isEqualTo(Problem.INVALID_RETURN_CODE);
            assertThat(readError(r -> ok("{\"returnCode\":\"0000\",\"info\":[{\"transactionId\":1}]}")).problem())
                    .isEqualTo(Problem.WRONG_SHAPE);
        }

        @Test
        void aWrongShapeNamesTheField() {
            ProtocolError p = readError(r -> ok("{\"returnCode\":\"0000\",\"info\":[{\"transactionId\":1}]}"));

            assertThat(p.detail()).isEqualTo("code 0000 but info[0].transactionDate is missing");
            assertThat(lastFinished().outcome()).isEqualTo(Outcome.PROTOCOL_ERROR);
            assertThat(lastFinished().returnCode()).contains(ReturnCode.SUCCESS);
        }

        @Test
        void anUnreadableAnswerToACallThatChangesStateIsAnUnknownOutcomeWithTheEvidence() {
            ScriptedTransport t = new ScriptedTransport(r -> response(504, "text/html", "<html>Gateway Timeout</html>"));
            try (LinePay linePay = client(t)) {
                OutcomeUnknown unknown = (OutcomeUnknown) errorOf(() -> linePay.confirm(ID, CONFIRM));

                assertThat(unknown.transportFailure()).isEmpty();
                ProtocolError evidence = unknown.unreadableAnswer().orElseThrow();
                assertThat(evidence.httpStatus()).isEqualTo(504);
                assertThat(evidence.endpoint()).isEqualTo(Endpoint.CONFIRM);
                assertThat(unknown.describe()).contains("outcome unknown", "HTTP 504", "Gateway Timeout");
                assertThat(lastFinished().outcome()).isEqualTo(Outcome.OUTCOME_UNKNOWN);
                assertThat(lastFinished().httpStatus()).hasValue(504);
            }
        }

        @Test
        void aSuccessWithAWrongShapeOnAConfirmIsAnUnknownOutcomeNotAFailure() {
            ScriptedTransport t = ScriptedTransport.answering("{\"returnCode\":\"0000\",\"info\":{\"orderId\":\"o\"}}");
            try (LinePay linePay = client(t)) {
                OutcomeUnknown unknown = (OutcomeUnknown) errorOf(() -> linePay.confirm(ID, CONFIRM));

                assertThat(unknown.unreadableAnswer().orElseThrow().problem()).isEqualTo(Problem.WRONG_SHAPE);
            }
        }

        @Test
        void theExcerptMasksSecretsSignaturesAndKeysAndStaysShort() {
            String echo = "<html>debug: X-LINE-Authorization: Rz5VEwPHChlQgN+dEmYWWbtWKw0XS41MblRB/dRdygE= "
                    + "X-LINE-ChannelSecret=" + SECRET + " sig=" + "En0nRkzzQpXrXo6OHNV+827g+rWIwUq5VTk/n9Jm5Ek="
                    + " path /v3/payments/preapprovedPay/" + KEY.value() + "/check {\"regKey\":\"RKOTHER123\"} "
                    + "x".repeat(500) + "</html>";
            ScriptedTransport t = new ScriptedTransport(r -> response(500, "text/html", echo));
            try (LinePay linePay = client(t)) {
                LinePayException e = catchThrowableOfType(LinePayException.class, () -> linePay.checkRegKey(KEY));

                ProtocolError p = (ProtocolError) e.error();
                assertThat(p.excerpt()).hasSizeLessThanOrEqualTo(200)
                        .doesNotContain(SECRET, "Rz5VEwPHChlQgN", "En0nRkzzQpXrXo6", KEY.value(), "RKOTHER123")
                        .contains("********");
                assertThat(e.getMessage()).doesNotContain(SECRET, KEY.value(), "Rz5VEwPHChlQgN");
            }
        }
    }

    @Nested
    class Async {

        @Test
        void aFailedFutureHoldsTheLinePayExceptionItselfNotACompletionException() throws Exception {
            ScriptedTransport t = ScriptedTransport.answering("{\"returnCode\":\"1165\"}");
            try (LinePay linePay = client(t)) {
                CompletableFuture<?> f = linePay.voidAuthorizationAsync(ID);
                CompletableFuture<Throwable> seen = new CompletableFuture<>();
                f.whenComplete((v, failure) -> seen.complete(failure));

                ExecutionException e = catchThrowableOfType(ExecutionException.class, () -> f.get(5, TimeUnit.SECONDS));
                assertThat(e.getCause()).isInstanceOf(LinePayException.class);
                assertThat(seen.get(5, TimeUnit.SECONDS)).isInstanceOf(LinePayException.class);
                assertThat(((LinePayException) e.getCause()).error()).isInstanceOf(ApiError.class);
            }
        }

        @Test
        void everyAsyncFormReturnsItsResult() throws Exception {
            ScriptedTransport t = new ScriptedTransport(r -> ok(answerFor(r.uri().getRawPath())));
            try (LinePay linePay = client(t)) {
                assertThat(linePay.requestAsync(LinePayCallsTest.paymentRequest()).get(5, TimeUnit.SECONDS).transactionId())
                        .isEqualTo(ID);
                assertThat(linePay.confirmAsync(ID, CONFIRM).get(5, TimeUnit.SECONDS).transactionId()).isEqualTo(ID);
                assertThat(linePay.captureAsync(ID, dev.linepay4j.domain.request.CaptureRequest.of(Amount.of(300),
                        Currency.TWD)).get(5, TimeUnit.SECONDS).orderId()).isEqualTo(OrderId.of("o"));
                assertThat(linePay.voidAuthorizationAsync(ID).get(5, TimeUnit.SECONDS).returnCode()).isEqualTo(ReturnCode.SUCCESS);
                assertThat(linePay.refundAsync(ID, dev.linepay4j.domain.request.RefundRequest.full())
                        .get(5, TimeUnit.SECONDS).refundTransactionId().value()).isEqualTo(7);
                assertThat(linePay.paymentDetailsAsync(DETAILS).get(5, TimeUnit.SECONDS)).hasSize(1);
                assertThat(linePay.checkRequestStatusAsync(ID).get(5, TimeUnit.SECONDS))
                        .isEqualTo(dev.linepay4j.domain.code.RequestStatus.NOT_YET_AUTHENTICATED);
                assertThat(linePay.checkRegKeyAsync(KEY, false).get(5, TimeUnit.SECONDS)).isEqualTo(RegKeyStatus.USABLE);
                assertThat(linePay.payPreapprovedAsync(KEY, PreapprovedPaymentRequest.builder().productName("P").amount(1)
                        .currency(Currency.TWD).orderId("s").build()).get(5, TimeUnit.SECONDS).transactionId()).isEqualTo(ID);
                assertThat(linePay.expireRegKeyAsync(KEY).get(5, TimeUnit.SECONDS).returnCode()).isEqualTo(ReturnCode.SUCCESS);
                assertThat(linePay.rawAsync(RawRequest.get("/v3/payments").build()).get(5, TimeUnit.SECONDS).returnCode())
                        .isEqualTo(ReturnCode.SUCCESS);
            }
        }

        private String answerFor(String path) {
            String id = LinePayCallsTest.BIG;
            if (path.endsWith("/request")) {
                return "{\"returnCode\":\"0000\",\"info\":{\"transactionId\":" + id + ",\"paymentUrl\":{\"web\":\"w\"}}}";
            } else if (path.endsWith("/confirm") || path.endsWith("/capture")) {
                return "{\"returnCode\":\"0000\",\"info\":{\"transactionId\":" + id + ",\"orderId\":\"o\"}}";
            } else if (path.endsWith("/refund")) {
                return "{\"returnCode\":\"0000\",\"info\":{\"refundTransactionId\":7,\"refundTransactionDate\":\"2023-01-01T00:00:00Z\"}}";
            } else if (path.endsWith("/payments")) {
                return "{\"returnCode\":\"0000\",\"info\":[{\"transactionId\":" + id + ",\"transactionDate\":\"2023-01-01T00:00:00Z\"}]}";
            } else if (path.endsWith("/payment")) {
                return "{\"returnCode\":\"0000\",\"info\":{\"transactionId\":" + id + ",\"transactionDate\":\"2023-01-01T00:00:00Z\"}}";
            }
            return "{\"returnCode\":\"0000\"}";
        }
    }

    @Nested
    class Listener {

        @Test
        void eachAttemptIsHeardWithTimingsStatusAndCode() {
            ScriptedTransport t = ScriptedTransport.answering("{\"returnCode\":\"0000\"}");
            try (LinePay linePay = client(t)) {
                linePay.voidAuthorization(ID);

                assertThat(events).hasSize(2);
                AttemptStarted started = (AttemptStarted) events.get(0);
                AttemptFinished finished = (AttemptFinished) events.get(1);
                assertThat(started.call().endpoint()).isEqualTo(Endpoint.VOID);
                assertThat(started.attempt()).isEqualTo(1);
                assertThat(started.start()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
                assertThat(finished.httpStatus()).hasValue(200);
                assertThat(finished.returnCode()).contains(ReturnCode.SUCCESS);
                assertThat(finished.outcome()).isEqualTo(Outcome.SUCCESS);
                assertThat(finished.error()).isEmpty();
                assertThat(finished.duration().isNegative()).isFalse();
                assertThat(finished.call().path()).isEqualTo("/v3/payments/authorizations/2023042201206549310/void");
            }
        }

        @Test
        void aListenerThatThrowsNeverFailsTheCall() {
            ScriptedTransport t = ScriptedTransport.answering("{\"returnCode\":\"0000\"}");
            try (LinePay linePay = LinePay.builder().channelId("1").channelSecret(SECRET).environment(Environment.SANDBOX)
                    .transport(t).codec(new MiniJsonCodec()).listener(new LinePayListener() {
                        @Override
                        public void attemptFinished(AttemptFinished event) {
                            throw new IllegalStateException("metrics bug");
                        }
                    }).build()) {
                assertThat(linePay.voidAuthorization(ID).returnCode()).isEqualTo(ReturnCode.SUCCESS);
            }
        }

        @Test
        void eventsNeverHoldTheKeyTheSecretOrASignature() {
            ScriptedTransport t = ScriptedTransport.answering("{\"returnCode\":\"0000\"}");
            try (LinePay linePay = client(t)) {
                linePay.checkRegKey(KEY);
                String signature = t.last().header("X-LINE-Authorization").orElseThrow();
                String nonce = t.last().header("X-LINE-Authorization-Nonce").orElseThrow();

                assertThat(events.toString()).doesNotContain(KEY.value(), SECRET, signature, nonce)
                        .contains("{regKey}");
            }
        }
    }
}
