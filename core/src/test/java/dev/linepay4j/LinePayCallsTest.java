package dev.linepay4j;

import static dev.linepay4j.support.ScriptedTransport.ok;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.MerchantDevice;
import dev.linepay4j.domain.OrderId;
import dev.linepay4j.domain.RegKey;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.code.RegKeyStatus;
import dev.linepay4j.domain.code.RequestStatus;
import dev.linepay4j.domain.json.JsonObject;
import dev.linepay4j.domain.request.CaptureRequest;
import dev.linepay4j.domain.request.ConfirmRequest;
import dev.linepay4j.domain.request.PaymentDetailsQuery;
import dev.linepay4j.domain.request.PaymentRequest;
import dev.linepay4j.domain.request.PreapprovedPaymentRequest;
import dev.linepay4j.domain.request.RefundRequest;
import dev.linepay4j.domain.response.RawResponse;
import dev.linepay4j.spi.HttpMethod;
import dev.linepay4j.spi.HttpRequest;
import dev.linepay4j.support.MiniJsonCodec;
import dev.linepay4j.support.ScriptedTransport;
import dev.linepay4j.support.Signatures;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What each operation sends (method, path, query, body, headers, signature) and what it returns, for
 * Online API v3 and v4, over an in-memory transport.
 */
class LinePayCallsTest {

    static final String SECRET = "Zx9-very-secret-channel-key";
    static final String BIG = "2023042201206549310";
    static final TransactionId ID = TransactionId.parse(BIG);
    static final RegKey KEY = RegKey.of("RK2AE3519XTFXHM");

    private final AtomicInteger nonces = new AtomicInteger();

    private LinePay client(ScriptedTransport transport, ApiVersion version) {
        return LinePay.builder().channelId("1234567890").channelSecret(SECRET)
                .environment(Environment.custom("http://127.0.0.1:9")).apiVersion(version)
                .transport(transport).codec(new MiniJsonCodec())
                .nonceSource(() -> "nonce-" + nonces.incrementAndGet())
                .build();
    }

    static PaymentRequest paymentRequest() {
        return PaymentRequest.builder().amount(300).currency(Currency.TWD).orderId("order-1")
                .addPackage(p -> p.id("pkg-1").amount(300).addProduct(pr -> pr.name("Pearl milk tea").quantity(2).price(150)))
                .redirectUrls(r -> r.confirmUrl("https://shop.example/pay/confirm").cancelUrl("https://shop.example/pay/cancel"))
                .build();
    }

    private static String prefix(ApiVersion v) {
        return v.pathPrefix();
    }

    /** Checks the signature of a sent request independently, with javax.crypto. */
    private static void assertSigned(HttpRequest r) {
        String nonce = r.header("X-LINE-Authorization-Nonce").orElseThrow();
        byte[] payload = r.method() == HttpMethod.POST ? r.body()
                : (r.uri().getRawQuery() == null ? "" : r.uri().getRawQuery()).getBytes(UTF_8);
        assertThat(r.header("X-LINE-Authorization"))
                .contains(Signatures.expected(SECRET, r.uri().getRawPath(), payload, nonce));
    }

    @ParameterizedTest
    @EnumSource(value = ApiVersion.class, names = {"ONLINE_V3", "ONLINE_V4"})
    void requestPostsTheBodySignedAndReturnsTheUrls(ApiVersion v) {
        ScriptedTransport t = ScriptedTransport.answering("{\"returnCode\":\"0000\",\"returnMessage\":\"Success.\","
                + "\"info\":{\"transactionId\":" + BIG + ",\"paymentAccessToken\":\"187568751124\","
                + "\"paymentUrl\":{\"web\":\"https://web.example/pay\",\"app\":\"line://pay/payment/x\"}}}");
        try (LinePay linePay = client(t, v)) {
            var answer = linePay.request(paymentRequest());

            assertThat(answer.transactionId()).isEqualTo(ID);
            assertThat(answer.paymentUrl().web()).isEqualTo("https://web.example/pay");
            HttpRequest r = t.last();
            assertThat(r.method()).isEqualTo(HttpMethod.POST);
            assertThat(r.uri()).isEqualTo(URI.create("http://127.0.0.1:9" + prefix(v) + "/payments/request"));
            assertThat(new String(r.body(), UTF_8)).startsWith("{\"amount\":300,\"currency\":\"TWD\",\"orderId\":\"order-1\"");
            assertThat(r.header("Content-Type")).contains("application/json");
            assertThat(r.header("X-LINE-ChannelId")).contains("1234567890");
            assertThat(r.readTimeout()).isEqualTo(Duration.ofSeconds(20));
            assertThat(r.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
            assertSigned(r);
        }
    }

    @ParameterizedTest
    @EnumSource(value = ApiVersion.class, names = {"ONLINE_V3", "ONLINE_V4"})
    void confirmPostsAmountAndCurrencyToTheTransactionsPath(ApiVersion v) {
        ScriptedTransport t = ScriptedTransport.answering("{\"returnCode\":\"0000\",\"info\":{\"transactionId\":" + BIG
                + ",\"orderId\":\"order-1\",\"payInfo\":[{\"method\":\"BALANCE\",\"amount\":300}]"
                + (v == ApiVersion.ONLINE_V4 ? ",\"paymentProvider\":\"TSP\"" : "") + "}}");
        try (LinePay linePay = client(t, v)) {
            var confirmed = linePay.confirm(ID, ConfirmRequest.of(Amount.of(300), Currency.TWD));

            assertThat(confirmed.orderId()).isEqualTo(OrderId.of("order-1"));
            assertThat(confirmed.paymentProvider().isPresent()).isEqualTo(v == ApiVersion.ONLINE_V4);
            HttpRequest r = t.last();
            assertThat(r.uri().getRawPath()).isEqualTo(prefix(v) + "/payments/" + BIG + "/confirm");
            assertThat(new String(r.body(), UTF_8)).isEqualTo("{\"amount\":300,\"currency\":\"TWD\"}");
            assertThat(r.readTimeout()).isEqualTo(Duration.ofSeconds(40));
            assertSigned(r);
        }
    }

    @ParameterizedTest
    @EnumSource(value = ApiVersion.class, names = {"ONLINE_V3", "ONLINE_V4"})
    void captureVoidAndRefundUseTheirPathsAndBodies(ApiVersion v) {
        ScriptedTransport t = new ScriptedTransport(r -> {
            String path = r.uri().getRawPath();
            if (path.endsWith("/capture")) {
                return ok("{\"returnCode\":\"0000\",\"info\":{\"transactionId\":" + BIG + ",\"orderId\":\"o\","
                        + "\"payInfo\":[{\"method\":\"BALANCE\",\"amount\":300}]}}");
            }
            if (path.endsWith("/refund")) {
                return ok("{\"returnCode\":\"0000\",\"info\":{\"refundTransactionId\":2023042201206549311,"
                        + "\"refundTransactionDate\":\"2023-04-22T07:10:00Z\"}}");
            }
            return ok("{\"returnCode\":\"0000\",\"returnMessage\":\"Success.\"}");
        });
        try (LinePay linePay = client(t, v)) {
            linePay.capture(ID, CaptureRequest.of(Amount.of(300), Currency.TWD));
            HttpRequest capture = t.last();
            assertThat(capture.uri().getRawPath()).isEqualTo(prefix(v) + "/payments/authorizations/" + BIG + "/capture");
            assertThat(capture.readTimeout()).isEqualTo(Duration.ofSeconds(60));
            assertSigned(capture);

            assertThat(linePay.voidAuthorization(ID).returnMessage()).isEqualTo("Success.");
            HttpRequest voided = t.last();
            assertThat(voided.uri().getRawPath()).isEqualTo(prefix(v) + "/payments/authorizations/" + BIG + "/void");
            assertThat(new String(voided.body(), UTF_8)).isEqualTo("{}");
            assertSigned(voided);

            assertThat(linePay.refund(ID, RefundRequest.full()).refundTransactionId().value())
                    .isEqualTo(2023042201206549311L);
            HttpRequest full = t.last();
            assertThat(full.uri().getRawPath()).isEqualTo(prefix(v) + "/payments/" + BIG + "/refund");
            assertThat(new String(full.body(), UTF_8)).isEqualTo("{}");
            assertSigned(full);

            linePay.refund(ID, RefundRequest.partial(Amount.of(100), Currency.TWD));
            assertThat(new String(t.last().body(), UTF_8)).isEqualTo("{\"refundAmount\":100}");
            assertSigned(t.last());
        }
    }

    @ParameterizedTest
    @EnumSource(value = ApiVersion.class, names = {"ONLINE_V3", "ONLINE_V4"})
    void detailsGetsWithEveryIdAsItsOwnParameterSignedOverTheQuery(ApiVersion v) {
        ScriptedTransport t = ScriptedTransport.answering("{\"returnCode\":\"0000\",\"info\":[{\"transactionId\":" + BIG
                + ",\"transactionDate\":\"2023-04-22T07:08:51Z\",\"transactionType\":\"PAYMENT\"}]}");
        try (LinePay linePay = client(t, v)) {
            var found = linePay.paymentDetails(PaymentDetailsQuery.builder().transactionId(ID)
                    .transactionId(TransactionId.of(2)).orderId("A 1&2").build());

            assertThat(found).singleElement().satisfies(d -> assertThat(d.transactionId()).isEqualTo(ID));
            HttpRequest r = t.last();
            assertThat(r.method()).isEqualTo(HttpMethod.GET);
            assertThat(r.uri().getRawPath()).isEqualTo(prefix(v) + "/payments");
            assertThat(r.uri().getRawQuery()).isEqualTo("transactionId=" + BIG + "&transactionId=2&orderId=A+1%262");
            assertThat(r.header("Content-Type")).isEmpty();
            assertThat(r.body()).isEmpty();
            assertThat(r.readTimeout()).isEqualTo(Duration.ofSeconds(60));
            assertSigned(r);
        }
    }

    @ParameterizedTest
    @EnumSource(value = ApiVersion.class, names = {"ONLINE_V3", "ONLINE_V4"})
    void everyRequestStatusIsAResult(ApiVersion v) {
        Map<String, RequestStatus> codes = Map.of("0000", RequestStatus.NOT_YET_AUTHENTICATED,
                "0110", RequestStatus.AUTHENTICATED, "0121", RequestStatus.CANCELLED_OR_EXPIRED,
                "0122", RequestStatus.FAILED, "0123", RequestStatus.COMPLETED);
        ScriptedTransport t = new ScriptedTransport(r -> ok("{}"));
        try (LinePay linePay = client(t, v)) {
            codes.forEach((code, status) -> {
                t.script(r -> ok("{\"returnCode\":\"" + code + "\",\"returnMessage\":\"m\"}"));
                assertThat(linePay.checkRequestStatus(ID)).isEqualTo(status);
            });
            HttpRequest r = t.last();
            assertThat(r.uri().getRawPath()).isEqualTo(prefix(v) + "/payments/requests/" + BIG + "/check");
            assertThat(r.uri().getRawQuery()).isNull();
            assertSigned(r);
        }
    }

    @ParameterizedTest
    @EnumSource(value = ApiVersion.class, names = {"ONLINE_V3", "ONLINE_V4"})
    void regKeyCheckPaymentAndExpiry(ApiVersion v) {
        ScriptedTransport t = new ScriptedTransport(r -> ok("{\"returnCode\":\"0000\"}"));
        try (LinePay linePay = client(t, v)) {
            assertThat(linePay.checkRegKey(KEY)).isEqualTo(RegKeyStatus.USABLE);
            HttpRequest check = t.last();
            assertThat(check.uri().getRawPath()).isEqualTo(prefix(v) + "/payments/preapprovedPay/RK2AE3519XTFXHM/check");
            assertThat(check.uri().getRawQuery()).isNull();
            assertSigned(check);

            t.script(r -> ok("{\"returnCode\":\"1193\",\"returnMessage\":\"expired\"}"));
            assertThat(linePay.checkRegKey(KEY, true)).isEqualTo(RegKeyStatus.EXPIRED);
            assertThat(t.last().uri().getRawQuery()).isEqualTo("creditCardAuth=true");
            assertSigned(t.last());

            t.script(r -> ok("{\"returnCode\":\"0000\",\"info\":{\"transactionId\":" + BIG
                    + ",\"transactionDate\":\"2023-04-22T07:10:00Z\",\"orderId\":\"sub-1\"}}"));
            var paid = linePay.payPreapproved(KEY, PreapprovedPaymentRequest.builder().productName("Plan").amount(300)
                    .currency(Currency.TWD).orderId("sub-1").build());
            assertThat(paid.transactionId()).isEqualTo(ID);
            HttpRequest pay = t.last();
            assertThat(pay.uri().getRawPath()).isEqualTo(prefix(v) + "/payments/preapprovedPay/RK2AE3519XTFXHM/payment");
            assertThat(pay.readTimeout()).isEqualTo(Duration.ofSeconds(40));
            assertSigned(pay);

            t.script(r -> ok("{\"returnCode\":\"0000\"}"));
            linePay.expireRegKey(KEY);
            assertThat(t.last().uri().getRawPath()).isEqualTo(prefix(v) + "/payments/preapprovedPay/RK2AE3519XTFXHM/expire");
            assertThat(new String(t.last().body(), UTF_8)).isEqualTo("{}");
            assertSigned(t.last());
        }
    }

    @Test
    void aRegKeyWithCharactersAPathCannotHoldIsPercentEncodedAndSignedSo() {
        ScriptedTransport t = ScriptedTransport.answering("{\"returnCode\":\"0000\"}");
        try (LinePay linePay = client(t, ApiVersion.ONLINE_V3)) {
            linePay.checkRegKey(RegKey.of("RK<1>"));

            assertThat(t.last().uri().getRawPath()).isEqualTo("/v3/payments/preapprovedPay/RK%3C1%3E/check");
            assertSigned(t.last());
        }
    }

    @Test
    void merchantDeviceHeadersAreSentWhenConfigured() {
        ScriptedTransport t = ScriptedTransport.answering("{\"returnCode\":\"0000\"}");
        try (LinePay linePay = LinePay.builder().channelId("1234567890").channelSecret(SECRET)
                .environment(Environment.SANDBOX).transport(t).codec(new MiniJsonCodec())
                .merchantDevice(MerchantDevice.of("POS-0042", "POS")).build()) {
            linePay.voidAuthorization(ID);

            assertThat(ScriptedTransport.headers(t.last())).containsKeys("Content-Type", "X-LINE-ChannelId",
                    "X-LINE-Authorization-Nonce", "X-LINE-Authorization")
                    .containsEntry("X-LINE-MerchantDeviceProfileId", "POS-0042")
                    .containsEntry("X-LINE-MerchantDeviceType", "POS");
            assertThat(t.last().uri()).isEqualTo(URI.create("https://sandbox-api-pay.line.me/v3/payments/authorizations/"
                    + BIG + "/void"));
        }
    }

    @Test
    void eachCallIsSignedWithAFreshNonce() {
        ScriptedTransport t = ScriptedTransport.answering("{\"returnCode\":\"0000\"}");
        try (LinePay linePay = client(t, ApiVersion.ONLINE_V3)) {
            linePay.voidAuthorization(ID);
            linePay.voidAuthorization(ID);

            List<HttpRequest> sent = t.sent();
            assertThat(sent.get(0).header("X-LINE-Authorization-Nonce"))
                    .isNotEqualTo(sent.get(1).header("X-LINE-Authorization-Nonce"));
            assertThat(sent.get(0).header("X-LINE-Authorization")).isNotEqualTo(sent.get(1).header("X-LINE-Authorization"));
        }
    }

    @Test
    void timeoutsCanBeSetPerClientPerEndpointAndPerCall() {
        ScriptedTransport t = ScriptedTransport.answering("{\"returnCode\":\"0000\"}");
        try (LinePay linePay = LinePay.builder().channelId("1").channelSecret(SECRET).environment(Environment.SANDBOX)
                .transport(t).codec(new MiniJsonCodec()).readTimeout(Duration.ofSeconds(7))
                .readTimeout(Endpoint.EXPIRE_REG_KEY, Duration.ofSeconds(9)).connectTimeout(Duration.ofSeconds(2)).build()) {
            linePay.voidAuthorization(ID);
            assertThat(t.last().readTimeout()).isEqualTo(Duration.ofSeconds(7));
            assertThat(t.last().connectTimeout()).isEqualTo(Duration.ofSeconds(2));

            linePay.expireRegKey(KEY);
            assertThat(t.last().readTimeout()).isEqualTo(Duration.ofSeconds(9));

            OnlinePayments quick = linePay.withOptions(CallOptions.none().withReadTimeout(Duration.ofMillis(300)));
            quick.voidAuthorization(ID);
            assertThat(t.last().readTimeout()).isEqualTo(Duration.ofMillis(300));
            quick.withOptions(CallOptions.none().withConnectTimeout(Duration.ofMillis(100))).voidAuthorization(ID);
            assertThat(t.last().readTimeout()).isEqualTo(Duration.ofMillis(300));
            assertThat(t.last().connectTimeout()).isEqualTo(Duration.ofMillis(100));
        }
    }

    @Test
    void theDocumentedTimeoutsAreTheDefaults() {
        assertThat(Endpoint.REQUEST.defaultReadTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(Endpoint.CONFIRM.defaultReadTimeout()).isEqualTo(Duration.ofSeconds(40));
        assertThat(Endpoint.CAPTURE.defaultReadTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(Endpoint.VOID.defaultReadTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(Endpoint.REFUND.defaultReadTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(Endpoint.PAYMENT_DETAILS.defaultReadTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(Endpoint.CHECK_REQUEST_STATUS.defaultReadTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(Endpoint.CHECK_REG_KEY.defaultReadTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(Endpoint.PAY_PREAPPROVED.defaultReadTimeout()).isEqualTo(Duration.ofSeconds(40));
        assertThat(Endpoint.EXPIRE_REG_KEY.defaultReadTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(Endpoint.DEFAULT_CONNECT_TIMEOUT).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void rawCallsAreSignedLikeAnyOtherAndReturnAnyCode() {
        ScriptedTransport t = ScriptedTransport.answering("{\"returnCode\":\"1150\",\"returnMessage\":\"none\"}");
        try (LinePay linePay = client(t, ApiVersion.ONLINE_V3)) {
            RawResponse got = linePay.raw(RawRequest.get("/v3/payments").query("orderId", "A 1").query("fields", "ORDER")
                    .readTimeout(Duration.ofSeconds(3)).build());

            assertThat(got.returnCode().code()).isEqualTo("1150");
            assertThat(t.last().uri().getRawQuery()).isEqualTo("orderId=A+1&fields=ORDER");
            assertThat(t.last().readTimeout()).isEqualTo(Duration.ofSeconds(3));
            assertSigned(t.last());

            t.script(r -> ok("{\"returnCode\":\"0000\",\"info\":{\"x\":1}}"));
            RawResponse posted = linePay.raw(RawRequest.post("/v3/payments/" + BIG + "/userInfo")
                    .body(JsonObject.builder().put("a", 1).build()).build());
            assertThat(posted.info()).contains(JsonObject.builder().put("x", 1).build());
            assertThat(new String(t.last().body(), UTF_8)).isEqualTo("{\"a\":1}");
            assertThat(t.last().readTimeout()).isEqualTo(Duration.ofSeconds(60));
            assertSigned(t.last());

            linePay.raw(RawRequest.post("/v3/anything").build());
            assertThat(new String(t.last().body(), UTF_8)).isEqualTo("{}");
        }
    }
}
