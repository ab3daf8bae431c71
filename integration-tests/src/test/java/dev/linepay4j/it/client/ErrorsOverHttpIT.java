package dev.linepay4j.it.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.linepay4j.CallOptions;
import dev.linepay4j.Endpoint;
import dev.linepay4j.Environment;
import dev.linepay4j.LinePay;
import dev.linepay4j.LinePayError;
import dev.linepay4j.LinePayError.ApiError;
import dev.linepay4j.LinePayError.InvalidRequest;
import dev.linepay4j.LinePayError.OutcomeUnknown;
import dev.linepay4j.LinePayError.ProtocolError;
import dev.linepay4j.LinePayError.ProtocolError.Problem;
import dev.linepay4j.LinePayError.TransportFailure;
import dev.linepay4j.LinePayException;
import dev.linepay4j.OnlinePayments;
import dev.linepay4j.RetryPolicy;
import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.code.ReturnCode;
import dev.linepay4j.domain.code.ReturnCodeCategory;
import dev.linepay4j.domain.request.ConfirmRequest;
import dev.linepay4j.domain.request.PaymentDetailsQuery;
import dev.linepay4j.domain.request.PaymentRequest;
import dev.linepay4j.spi.TransportException.Kind;
import dev.linepay4j.testkit.contract.LoopbackHttpServer.Reply;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of error, over every transport, arrives as its typed {@link LinePayError}: one attempt as
 * it is, without retries or read-backs (what those make of each error is the reliability package's).
 */
class ErrorsOverHttpIT {

    private static final TransactionId ID = TransactionId.parse("2023042201206549310");
    private static final ConfirmRequest CONFIRM = ConfirmRequest.of(Amount.of(300), Currency.TWD);
    private static final PaymentDetailsQuery DETAILS = PaymentDetailsQuery.ofTransactionIds(ID);
    /** Long enough for a loopback answer on a loaded machine, short enough to keep the suite quick. */
    private static final CallOptions SHORT = CallOptions.none().withReadTimeout(Duration.ofMillis(600));

    private ScriptedLinePay server;

    @BeforeEach
    void start() {
        server = ScriptedLinePay.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static LinePay single(String transport, ApiVersion version, Environment environment) {
        return Clients.builder(transport, version, environment).retryPolicy(RetryPolicy.none()).reconciliation(false)
                .build();
    }

    private static LinePayError errorOf(Runnable call) {
        LinePayException e = catchThrowableOfType(LinePayException.class, call::run);
        assertThat(e).as("a LinePayException").isNotNull();
        return e.error();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.linepay4j.it.client.Clients#transports")
    void anApiErrorCarriesItsCodeAndCategory(String transport) {
        server.answer("{\"returnCode\":\"1169\",\"returnMessage\":\"Payment has not been approved yet.\"}");
        try (LinePay linePay = single(transport, ApiVersion.ONLINE_V3, server.environment())) {
            ApiError api = (ApiError) errorOf(() -> linePay.confirm(ID, CONFIRM));

            assertThat(api.returnCode()).isEqualTo(ReturnCode.NOT_AUTHENTICATED_YET);
            assertThat(api.category()).isEqualTo(ReturnCodeCategory.STATE_CONFLICT);
            assertThat(api.returnMessage()).isEqualTo("Payment has not been approved yet.");
            assertThat(api.call().transactionId()).contains(ID);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.linepay4j.it.client.Clients#transports")
    void anInvalidRequestSendsNothing(String transport) {
        PaymentRequest v4Only = PaymentRequest.builder().amount(300).currency(Currency.TWD).orderId("sub-1")
                .addPackage(p -> p.id("1").amount(300).addProduct(pr -> pr.name("Plan").quantity(1).price(300)))
                .redirectUrls(r -> r.confirmUrl("https://shop.example/ok").cancelUrl("https://shop.example/no"))
                .options(o -> o.regPayRequest(r -> r.regPayPeriodType(
                        dev.linepay4j.domain.request.RegPayPeriodType.NON_RECURRING)))
                .build();
        try (LinePay linePay = single(transport, ApiVersion.ONLINE_V3, server.environment())) {
            InvalidRequest invalid = (InvalidRequest) errorOf(() -> linePay.request(v4Only));

            assertThat(invalid.violations()).extracting(v -> v.field()).containsExactly("options.regPayRequest");
            assertThat(server.received()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.linepay4j.it.client.Clients#transports")
    void aRefusedConnectionIsATransportFailureBeforeSending(String transport) throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        try (LinePay linePay = single(transport, ApiVersion.ONLINE_V3,
                Environment.custom("http://127.0.0.1:" + closedPort))) {
            LinePayError error = errorOf(() -> linePay.confirm(ID, CONFIRM));

            assertThat(error).isEqualTo(new TransportFailure(error.call(), Kind.CONNECT_FAILED));
            assertThat(error.mayHaveBeenProcessed()).isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.linepay4j.it.client.Clients#transports")
    void aServerThatHangsAfterReceivingLeavesTheOutcomeUnknown(String transport) {
        server.answer(r -> Reply.hang());
        try (LinePay linePay = single(transport, ApiVersion.ONLINE_V3, server.environment())) {
            long start = System.nanoTime();
            OutcomeUnknown unknown = (OutcomeUnknown) errorOf(() -> linePay.withOptions(SHORT).confirm(ID, CONFIRM));

            assertThat(unknown.transportFailure()).contains(Kind.READ_TIMEOUT);
            assertThat(unknown.mayHaveBeenProcessed()).isTrue();
            assertThat(server.received()).hasSize(1);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.linepay4j.it.client.Clients#transports")
    void aConnectionResetMidAnswerLeavesTheOutcomeUnknown(String transport) {
        server.answer(r -> Reply.resetMidBody());
        try (LinePay linePay = single(transport, ApiVersion.ONLINE_V3, server.environment())) {
            OutcomeUnknown unknown = (OutcomeUnknown) errorOf(() -> linePay.withOptions(SHORT).confirm(ID, CONFIRM));

            assertThat(unknown.transportFailure()).isPresent();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.linepay4j.it.client.Clients#transports")
    void unreadableAnswersToAReadAreProtocolErrors(String transport) {
        try (LinePay linePay = single(transport, ApiVersion.ONLINE_V3, server.environment())) {
            server.answer(r -> ScriptedLinePay.reply(500, "text/html", "<html><h1>500 Internal Server Error</h1></html>"));
            ProtocolError html = (ProtocolError) errorOf(() -> linePay.paymentDetails(DETAILS));
            assertThat(html.problem()).isEqualTo(Problem.HTTP_STATUS);
            assertThat(html.httpStatus()).isEqualTo(500);
            assertThat(html.excerpt()).startsWith("<html><h1>500 Internal Server Error");

            server.answer(r -> ScriptedLinePay.reply(200, "application/json", ""));
            assertThat(((ProtocolError) errorOf(() -> linePay.paymentDetails(DETAILS))).problem())
                    .isEqualTo(Problem.EMPTY_BODY);

            server.answer(r -> ScriptedLinePay.reply(200, "application/json", "\u0000\u0001garbage{"));
            assertThat(((ProtocolError) errorOf(() -> linePay.paymentDetails(DETAILS))).problem())
                    .isEqualTo(Problem.NOT_JSON);

            server.answer(r -> ScriptedLinePay.reply(200, "text/html; charset=UTF-8", "<!doctype html><p>Sign in</p>"));
            assertThat(((ProtocolError) errorOf(() -> linePay.checkRequestStatus(ID))).problem())
                    .isEqualTo(Problem.HTML);

            server.answer("{\"message\":\"no code here\"}");
            assertThat(((ProtocolError) errorOf(() -> linePay.paymentDetails(DETAILS))).problem())
                    .isEqualTo(Problem.MISSING_RETURN_CODE);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.linepay4j.it.client.Clients#transports")
    void anUnreadableAnswerToAConfirmIsAnUnknownOutcomeWithTheEvidence(String transport) throws Exception {
        server.answer(r -> ScriptedLinePay.reply(502, "text/html", "<html>Bad Gateway</html>"));
        try (LinePay linePay = single(transport, ApiVersion.ONLINE_V4, server.environment())) {
            OutcomeUnknown unknown = (OutcomeUnknown) errorOf(() -> linePay.confirm(ID, CONFIRM));
            assertThat(unknown.unreadableAnswer().orElseThrow().httpStatus()).isEqualTo(502);

            ExecutionException async = catchThrowableOfType(ExecutionException.class,
                    () -> linePay.refundAsync(ID, dev.linepay4j.domain.request.RefundRequest.full()).get(10, TimeUnit.SECONDS));
            assertThat(async.getCause()).isInstanceOf(LinePayException.class);
            OutcomeUnknown refund = (OutcomeUnknown) ((LinePayException) async.getCause()).error();
            assertThat(refund.endpoint()).isEqualTo(Endpoint.REFUND);
            assertThat(refund.unreadableAnswer().orElseThrow().problem()).isEqualTo(Problem.HTTP_STATUS);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.linepay4j.it.client.Clients#transports")
    void asyncFailuresCompleteWithTheLinePayExceptionItself(String transport) throws Exception {
        server.answer(r -> Reply.hang());
        try (LinePay linePay = single(transport, ApiVersion.ONLINE_V3, server.environment())) {
            OnlinePayments quick = linePay.withOptions(SHORT);
            Throwable seen = quick.voidAuthorizationAsync(ID).handle((ok, failure) -> failure).get(10, TimeUnit.SECONDS);

            assertThat(seen).isInstanceOf(LinePayException.class);
            assertThat(((LinePayException) seen).error()).isInstanceOf(OutcomeUnknown.class);
        }
    }
}
