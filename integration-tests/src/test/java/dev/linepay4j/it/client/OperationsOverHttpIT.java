package dev.linepay4j.it.client;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linepay4j.LinePay;
import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.OrderId;
import dev.linepay4j.domain.RegKey;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.code.RegKeyStatus;
import dev.linepay4j.domain.code.RequestStatus;
import dev.linepay4j.domain.payment.PayStatus;
import dev.linepay4j.domain.request.CaptureRequest;
import dev.linepay4j.domain.request.ConfirmRequest;
import dev.linepay4j.domain.request.PaymentDetailsQuery;
import dev.linepay4j.domain.request.PaymentRequest;
import dev.linepay4j.domain.request.PreapprovedPaymentRequest;
import dev.linepay4j.domain.request.RefundRequest;
import dev.linepay4j.domain.response.ConfirmResponse;
import dev.linepay4j.domain.response.PaymentDetails;
import dev.linepay4j.domain.response.PaymentRequestResponse;
import dev.linepay4j.testkit.contract.LoopbackHttpServer.Received;
import dev.linepay4j.testkit.contract.LoopbackHttpServer.Reply;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each of the ten Online API operations over each transport, v3 and v4, against a scripted LINE Pay on
 * loopback: what arrives at the server (method, path, query, body, headers, a signature checked with
 * javax.crypto) and what the caller gets back, 19-digit ids exact from the answer's JSON to the next path.
 */
class OperationsOverHttpIT {

    private static final String BIG = "2023042201206549310";
    private static final TransactionId ID = TransactionId.parse(BIG);
    private static final RegKey KEY = RegKey.of("RK2AE3519XTFXHM");

    private ScriptedLinePay server;

    @BeforeEach
    void start() {
        server = ScriptedLinePay.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static void assertSent(Received r, String method, String path, String query, String body) {
        assertThat(r.method()).isEqualTo(method);
        assertThat(r.path()).isEqualTo(path);
        assertThat(r.query()).isEqualTo(java.util.Optional.ofNullable(query));
        assertThat(new String(r.body(), UTF_8)).isEqualTo(body);
        assertThat(r.header("X-LINE-ChannelId")).contains(Clients.CHANNEL_ID);
        assertThat(r.header("X-LINE-Authorization-Nonce")).isPresent();
        assertThat(r.header("X-LINE-Authorization")).contains(ScriptedLinePay.expectedSignature(Clients.SECRET, r));
        if (method.equals("POST")) {
            assertThat(r.header("Content-Type")).contains("application/json");
        } else {
            assertThat(r.header("Content-Type")).isEmpty();
        }
        assertThat(r.header("X-LINE-ChannelSecret")).as("no secret in clear on an HMAC API").isEmpty();
    }

    private static PaymentRequest paymentRequest() {
        return PaymentRequest.builder().amount(300).currency(Currency.TWD).orderId("order-1")
                .addPackage(p -> p.id("pkg-1").amount(300).addProduct(pr -> pr.name("Pearl milk tea").quantity(2).price(150)))
                .redirectUrls(r -> r.confirmUrl("https://shop.example/pay/confirm").cancelUrl("https://shop.example/pay/cancel"))
                .build();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.linepay4j.it.client.Clients#transportsAndVersions")
    void requestThenConfirmCarriesTheNineteenDigitIdExactly(String transport, ApiVersion v) {
        String p = v.pathPrefix();
        server.answer(r -> r.path().endsWith("/request")
                ? Reply.ok("{\"returnCode\":\"0000\",\"returnMessage\":\"Success.\",\"info\":{\"transactionId\":" + BIG
                        + ",\"paymentAccessToken\":\"187568751124\",\"paymentUrl\":{\"web\":\"https://web.example/pay\","
                        + "\"app\":\"line://pay/payment/x\"}}}")
                : Reply.ok("{\"returnCode\":\"0000\",\"info\":{\"transactionId\":" + BIG + ",\"orderId\":\"order-1\","
                        + "\"payInfo\":[{\"method\":\"CREDIT_CARD\",\"amount\":300,\"creditCardBrand\":\"VISA\"}],"
                        + "\"packages\":[{\"id\":\"pkg-1\",\"amount\":300}]"
                        + (v == ApiVersion.ONLINE_V4 ? ",\"paymentProvider\":\"TSP\"" : "") + "}}"));
        try (LinePay linePay = Clients.client(transport, v, server.environment())) {
            PaymentRequestResponse requested = linePay.request(paymentRequest());
            assertThat(requested.transactionId().value()).isEqualTo(2023042201206549310L);
            assertThat(requested.paymentUrl().web()).isEqualTo("https://web.example/pay");
            assertSent(server.last(), "POST", p + "/payments/request", null, "{\"amount\":300,\"currency\":\"TWD\","
                    + "\"orderId\":\"order-1\",\"packages\":[{\"id\":\"pkg-1\",\"amount\":300,\"products\":[{\"name\":"
                    + "\"Pearl milk tea\",\"quantity\":2,\"price\":150}]}],\"redirectUrls\":{\"confirmUrl\":"
                    + "\"https://shop.example/pay/confirm\",\"cancelUrl\":\"https://shop.example/pay/cancel\"}}");

            ConfirmResponse confirmed = linePay.confirm(requested.transactionId(),
                    ConfirmRequest.of(Amount.of(300), Currency.TWD));
            assertSent(server.last(), "POST", p + "/payments/" + BIG + "/confirm", null,
                    "{\"amount\":300,\"currency\":\"TWD\"}");
            assertThat(confirmed.transactionId().toString()).isEqualTo(BIG);
            assertThat(confirmed.payInfo().get(0).creditCardBrand()).contains("VISA");
            assertThat(confirmed.paymentProvider().isPresent()).isEqualTo(v == ApiVersion.ONLINE_V4);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.linepay4j.it.client.Clients#transportsAndVersions")
    void captureVoidAndBothRefunds(String transport, ApiVersion v) {
        String p = v.pathPrefix();
        server.answer(r -> {
            if (r.path().endsWith("/capture")) {
                return Reply.ok("{\"returnCode\":\"0000\",\"info\":{\"transactionId\":" + BIG + ",\"orderId\":\"order-1\","
                        + "\"payInfo\":[{\"method\":\"BALANCE\",\"amount\":300}]}}");
            }
            if (r.path().endsWith("/refund")) {
                return Reply.ok("{\"returnCode\":\"0000\",\"info\":{\"refundTransactionId\":2023042201206549399,"
                        + "\"refundTransactionDate\":\"2023-04-22T07:10:00Z\"}}");
            }
            return Reply.ok("{\"returnCode\":\"0000\",\"returnMessage\":\"Success.\"}");
        });
        try (LinePay linePay = Clients.client(transport, v, server.environment())) {
            assertThat(linePay.capture(ID, CaptureRequest.of(Amount.of(300), Currency.TWD)).orderId())
                    .isEqualTo(OrderId.of("order-1"));
            assertSent(server.last(), "POST", p + "/payments/authorizations/" + BIG + "/capture", null,
                    "{\"amount\":300,\"currency\":\"TWD\"}");

            assertThat(linePay.voidAuthorization(ID).returnMessage()).isEqualTo("Success.");
            assertSent(server.last(), "POST", p + "/payments/authorizations/" + BIG + "/void", null, "{}");

            assertThat(linePay.refund(ID, RefundRequest.full()).refundTransactionId().value())
                    .isEqualTo(2023042201206549399L);
            assertSent(server.last(), "POST", p + "/payments/" + BIG + "/refund", null, "{}");

            assertThat(linePay.refund(ID, RefundRequest.partial(Amount.of(100), Currency.TWD)).refundTransactionDate())
                    .isEqualTo(Instant.parse("2023-04-22T07:10:00Z"));
            assertSent(server.last(), "POST", p + "/payments/" + BIG + "/refund", null, "{\"refundAmount\":100}");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.linepay4j.it.client.Clients#transportsAndVersions")
    void paymentDetailsSendsEveryIdAndReadsRefunds(String transport, ApiVersion v) {
        server.answer("{\"returnCode\":\"0000\",\"info\":[{\"transactionId\":" + BIG + ",\"transactionDate\":"
                + "\"2023-04-22T07:08:51Z\",\"transactionType\":\"PAYMENT\",\"payStatus\":\"CAPTURE\",\"orderId\":\"A 1&2\","
                + "\"currency\":\"TWD\",\"payInfo\":[{\"method\":\"BALANCE\",\"amount\":300}],\"refundList\":["
                + "{\"refundTransactionId\":2023042201206549399,\"transactionType\":\"PARTIAL_REFUND\",\"refundAmount\":-100,"
                + "\"refundTransactionDate\":\"2023-04-23T01:00:00Z\"}]}]}");
        try (LinePay linePay = Clients.client(transport, v, server.environment())) {
            List<PaymentDetails> found = linePay.paymentDetails(PaymentDetailsQuery.builder().transactionId(ID)
                    .transactionId(TransactionId.parse("2023042201206549399")).orderId("A 1&2").orderId("注文-7").build());

            assertSent(server.last(), "GET", v.pathPrefix() + "/payments",
                    "transactionId=" + BIG + "&transactionId=2023042201206549399&orderId=A+1%262"
                            + "&orderId=%E6%B3%A8%E6%96%87-7", "");
            PaymentDetails d = found.get(0);
            assertThat(d.transactionId().value()).isEqualTo(2023042201206549310L);
            assertThat(d.payStatus()).contains(PayStatus.CAPTURE);
            assertThat(d.orderId()).contains(OrderId.of("A 1&2"));
            assertThat(d.refundList().get(0).refundAmount()).isEqualTo(Amount.of(100));
            assertThat(d.refundList().get(0).refundTransactionId().value()).isEqualTo(2023042201206549399L);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.linepay4j.it.client.Clients#transportsAndVersions")
    void requestStatusCheck(String transport, ApiVersion v) {
        server.answer("{\"returnCode\":\"0110\",\"returnMessage\":\"authentication is done.\"}");
        try (LinePay linePay = Clients.client(transport, v, server.environment())) {
            assertThat(linePay.checkRequestStatus(ID)).isEqualTo(RequestStatus.AUTHENTICATED);
            assertSent(server.last(), "GET", v.pathPrefix() + "/payments/requests/" + BIG + "/check", null, "");

            server.answer("{\"returnCode\":\"0000\"}");
            assertThat(linePay.checkRequestStatus(ID)).isEqualTo(RequestStatus.NOT_YET_AUTHENTICATED);
            server.answer("{\"returnCode\":\"0123\"}");
            assertThat(linePay.checkRequestStatus(ID)).isEqualTo(RequestStatus.COMPLETED);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.linepay4j.it.client.Clients#transportsAndVersions")
    void preapprovedKeyCheckPaymentAndExpiry(String transport, ApiVersion v) throws Exception {
        String p = v.pathPrefix();
        try (LinePay linePay = Clients.client(transport, v, server.environment())) {
            server.answer("{\"returnCode\":\"0000\"}");
            assertThat(linePay.checkRegKey(KEY, true)).isEqualTo(RegKeyStatus.USABLE);
            assertSent(server.last(), "GET", p + "/payments/preapprovedPay/RK2AE3519XTFXHM/check", "creditCardAuth=true", "");

            server.answer("{\"returnCode\":\"1193\",\"returnMessage\":\"expired\"}");
            assertThat(linePay.checkRegKeyAsync(KEY, false).get(10, TimeUnit.SECONDS)).isEqualTo(RegKeyStatus.EXPIRED);
            assertSent(server.last(), "GET", p + "/payments/preapprovedPay/RK2AE3519XTFXHM/check", null, "");

            server.answer("{\"returnCode\":\"0000\",\"info\":{\"transactionId\":" + BIG + ",\"transactionDate\":"
                    + "\"2023-04-22T07:10:00Z\",\"orderId\":\"sub-42\",\"authorizationExpireDate\":\"2023-05-22T07:10:00Z\"}}");
            var paid = linePay.payPreapproved(KEY, PreapprovedPaymentRequest.builder().productName("Monthly plan")
                    .amount(300).currency(Currency.TWD).orderId("sub-42").capture(false).build());
            assertThat(paid.transactionId()).isEqualTo(ID);
            assertThat(paid.authorizationExpireDate()).contains(Instant.parse("2023-05-22T07:10:00Z"));
            assertSent(server.last(), "POST", p + "/payments/preapprovedPay/RK2AE3519XTFXHM/payment", null,
                    "{\"productName\":\"Monthly plan\",\"amount\":300,\"currency\":\"TWD\",\"orderId\":\"sub-42\","
                            + "\"capture\":false}");

            server.answer("{\"returnCode\":\"0000\"}");
            linePay.expireRegKey(KEY);
            assertSent(server.last(), "POST", p + "/payments/preapprovedPay/RK2AE3519XTFXHM/expire", null, "{}");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.linepay4j.it.client.Clients#transportsAndVersions")
    void theAsyncFormsTravelTheSameWire(String transport, ApiVersion v) throws Exception {
        server.answer("{\"returnCode\":\"0000\",\"info\":{\"transactionId\":" + BIG + ",\"orderId\":\"order-1\"}}");
        try (LinePay linePay = Clients.client(transport, v, server.environment())) {
            ConfirmResponse confirmed = linePay.confirmAsync(ID, ConfirmRequest.of(Amount.of(300), Currency.TWD))
                    .get(10, TimeUnit.SECONDS);

            assertThat(confirmed.transactionId().value()).isEqualTo(2023042201206549310L);
            assertSent(server.last(), "POST", v.pathPrefix() + "/payments/" + BIG + "/confirm", null,
                    "{\"amount\":300,\"currency\":\"TWD\"}");
        }
    }
}
