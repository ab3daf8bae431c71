package dev.linepay4j;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.linepay4j.LinePayError.ApiError;
import dev.linepay4j.LinePayError.InvalidRequest;
import dev.linepay4j.LinePayError.OutcomeUnknown;
import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.MerchantDevice;
import dev.linepay4j.domain.OrderId;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.payment.OfflineStatus;
import dev.linepay4j.domain.payment.PayStatus;
import dev.linepay4j.domain.request.CaptureRequest;
import dev.linepay4j.domain.request.ConfirmRequest;
import dev.linepay4j.domain.request.OfflinePaymentRequest;
import dev.linepay4j.domain.request.RefundRequest;
import dev.linepay4j.domain.response.OfflinePaymentResponse;
import dev.linepay4j.spi.HttpMethod;
import dev.linepay4j.spi.HttpRequest;
import dev.linepay4j.spi.HttpResponse;
import dev.linepay4j.spi.TransportException;
import dev.linepay4j.spi.TransportException.Kind;
import dev.linepay4j.support.MiniJsonCodec;
import dev.linepay4j.support.ScriptedTransport;
import dev.linepay4j.support.Signatures;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What each Offline API operation sends for each generation (method, path, query, body, and the
 * authentication: the secret header for v2 and v2.4, HMAC for v4) and what it returns, over an in-memory
 * transport; the family guard; and a pay whose answer is lost, settled through the status check.
 */
class LinePayOfflineCallsTest {

    static final String SECRET = LinePayCallsTest.SECRET;
    static final String BIG = LinePayCallsTest.BIG;
    static final TransactionId ID = LinePayCallsTest.ID;
    static final OrderId ORDER = OrderId.of("POS7 0042/A");
    static final String ORDER_IN_PATH = "POS7%200042%2FA";
    static final String TW_KEY = "123456789012345678";

    static final String PAID = "{\"returnCode\":\"0000\",\"returnMessage\":\"Success.\",\"info\":{\"transactionId\":" + BIG
            + ",\"orderId\":\"POS7 0042/A\",\"transactionDate\":\"2026-11-22T03:04:05Z\","
            + "\"payInfo\":[{\"method\":\"BALANCE\",\"amount\":120}],\"balance\":9880}}";

    private final AtomicInteger nonces = new AtomicInteger();

    private LinePay.Builder builder(ScriptedTransport transport, ApiVersion version) {
        return LinePay.builder().channelId("1234567890").channelSecret(SECRET)
                .environment(Environment.custom("http://127.0.0.1:9")).apiVersion(version)
                .transport(transport).codec(new MiniJsonCodec())
                .nonceSource(() -> "nonce-" + nonces.incrementAndGet());
    }

    private LinePay client(ScriptedTransport transport, ApiVersion version) {
        return builder(transport, version).build();
    }

    static OfflinePaymentRequest payment() {
        return OfflinePaymentRequest.builder().productName("Pearl milk tea").amount(120).currency(Currency.TWD)
                .orderId(ORDER).oneTimeKey(TW_KEY).build();
    }

    /** The generation's authentication, checked independently: the secret header, or an HMAC with javax.crypto. */
    private static void assertAuthenticated(HttpRequest r, ApiVersion v) {
        assertThat(r.header("X-LINE-ChannelId")).contains("1234567890");
        if (v == ApiVersion.OFFLINE_V4) {
            String nonce = r.header("X-LINE-Authorization-Nonce").orElseThrow();
            byte[] payload = r.method() == HttpMethod.POST ? r.body()
                    : (r.uri().getRawQuery() == null ? "" : r.uri().getRawQuery()).getBytes(UTF_8);
            assertThat(r.header("X-LINE-Authorization"))
                    .contains(Signatures.expected(SECRET, r.uri().getRawPath(), payload, nonce));
            assertThat(r.header("X-LINE-ChannelSecret")).isEmpty();
            if (r.method() == HttpMethod.POST) {
                assertThat(r.header("Content-Type")).contains("application/json");
            }
        } else {
            assertThat(r.header("X-LINE-ChannelSecret")).contains(SECRET);
            assertThat(r.header("X-LINE-Authorization")).isEmpty();
            assertThat(r.header("X-LINE-Authorization-Nonce")).isEmpty();
            if (r.method() == HttpMethod.POST) {
                assertThat(r.header("Content-Type")).contains("application/json; charset=UTF-8");
            }
        }
        if (r.method() == HttpMethod.GET) {
            assertThat(r.header("Content-Type")).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(value = ApiVersion.class, names = {"OFFLINE_V2", "OFFLINE_V2_4", "OFFLINE_V4"})
    void payPostsTheGenerationsBodyAuthenticatedItsWayAndReturnsThePayment(ApiVersion v) {
        ScriptedTransport t = ScriptedTransport.answering(PAID);
        try (LinePay linePay = client(t, v)) {
            OfflinePaymentResponse paid = linePay.offline().pay(payment());

            assertThat(paid.transactionId()).isEqualTo(ID);
            assertThat(paid.orderId()).isEqualTo(ORDER);
            assertThat(paid.balance()).contains(Amount.of(9880));
            HttpRequest r = t.last();
            assertThat(r.method()).isEqualTo(HttpMethod.POST);
            assertThat(r.uri().getRawPath()).isEqualTo(v.pathPrefix() + "/payments/oneTimeKeys/pay");
            String body = new String(r.body(), UTF_8);
            if (v == ApiVersion.OFFLINE_V4) {
                assertThat(body).isEqualTo("{\"amount\":120,\"currency\":\"TWD\",\"oneTimeKey\":\"" + TW_KEY
                        + "\",\"orderId\":\"POS7 0042/A\"}");
            } else {
                assertThat(body).isEqualTo("{\"productName\":\"Pearl milk tea\",\"amount\":120,\"currency\":\"TWD\","
                        + "\"orderId\":\"POS7 0042/A\",\"oneTimeKey\":\"" + TW_KEY + "\"}");
            }
            assertThat(r.readTimeout()).isEqualTo(Duration.ofSeconds(40));
            assertThat(r.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
            assertAuthenticated(r, v);
        }
    }

    @ParameterizedTest
    @EnumSource(value = ApiVersion.class, names = {"OFFLINE_V2", "OFFLINE_V2_4", "OFFLINE_V4"})
    void theOrderOperationsUseTheOrdersPathPercentEncoded(ApiVersion v) {
        ScriptedTransport t = ScriptedTransport.answering("{}");
        String base = v.pathPrefix() + "/payments/orders/" + ORDER_IN_PATH;
        try (LinePay linePay = client(t, v)) {
            OfflinePayments offline = linePay.offline();

            t.script(r -> ScriptedTransport.ok("{\"returnCode\":\"0000\",\"info\":{\"status\":\"AUTH_READY\","
                    + "\"transactionId\":" + BIG + ",\"orderId\":\"POS7 0042/A\",\"transactionDate\":\"2026-11-22T03:04:05Z\"}}"));
            assertThat(offline.checkPaymentStatus(ORDER).status()).contains(OfflineStatus.AUTH_READY);
            assertThat(t.last().method()).isEqualTo(HttpMethod.GET);
            assertThat(t.last().uri().getRawPath()).isEqualTo(base + "/check");
            assertThat(t.last().uri().getRawQuery()).isNull();
            assertThat(t.last().readTimeout()).isEqualTo(Duration.ofSeconds(20));
            assertAuthenticated(t.last(), v);

            t.script(r -> ScriptedTransport.ok("{\"returnCode\":\"0000\",\"info\":{\"transactionId\":" + BIG
                    + ",\"orderId\":\"POS7 0042/A\",\"transactionDate\":\"2026-11-22T03:04:05Z\",\"payInfo\":[]}}"));
            assertThat(offline.capture(ORDER, CaptureRequest.of(Amount.of(100), Currency.TWD)).transactionId()).isEqualTo(ID);
            assertThat(t.last().uri().getRawPath()).isEqualTo(base + "/capture");
            assertThat(new String(t.last().body(), UTF_8)).isEqualTo("{\"amount\":100,\"currency\":\"TWD\"}");
            assertThat(t.last().readTimeout()).isEqualTo(Duration.ofSeconds(20));
            assertAuthenticated(t.last(), v);

            t.script(r -> ScriptedTransport.ok("{\"returnCode\":\"0000\",\"returnMessage\":\"Success.\"}"));
            assertThat(offline.voidAuthorization(ORDER).returnCode().isSuccess()).isTrue();
            assertThat(t.last().uri().getRawPath()).isEqualTo(base + "/void");
            assertThat(new String(t.last().body(), UTF_8)).isEqualTo("{}");
            assertAuthenticated(t.last(), v);

            t.script(r -> ScriptedTransport.ok("{\"returnCode\":\"0000\",\"info\":{\"refundTransactionId\":2023042201206549311,"
                    + "\"refundTransactionDate\":\"2026-11-22T04:00:00Z\"}}"));
            assertThat(offline.refund(ORDER, RefundRequest.partial(Amount.of(20), Currency.TWD)).refundTransactionId())
                    .isEqualTo(TransactionId.parse("2023042201206549311"));
            assertThat(t.last().uri().getRawPath()).isEqualTo(base + "/refund");
            assertThat(new String(t.last().body(), UTF_8)).isEqualTo("{\"refundAmount\":20}");
            assertAuthenticated(t.last(), v);

            offline.refund(ORDER, RefundRequest.full());
            assertThat(new String(t.last().body(), UTF_8)).isEqualTo("{}");
        }
    }

    @ParameterizedTest
    @EnumSource(value = ApiVersion.class, names = {"OFFLINE_V2", "OFFLINE_V2_4", "OFFLINE_V4"})
    void detailsAndAuthorizationsGetByOrderIdOrTransactionId(ApiVersion v) {
        ScriptedTransport t = ScriptedTransport.answering("{\"returnCode\":\"0000\",\"info\":[{\"transactionId\":" + BIG
                + ",\"transactionDate\":\"2026-11-22T03:04:05Z\",\"transactionType\":\"PAYMENT\","
                + "\"payStatus\":\"AUTHORIZATION\",\"orderId\":\"POS7 0042/A\",\"productName\":\"Tea\",\"currency\":\"TWD\","
                + "\"authorizationExpireDate\":\"2026-11-27T03:04:05Z\",\"payInfo\":[{\"method\":\"CREDIT_CARD\",\"amount\":120}]}]}");
        try (LinePay linePay = client(t, v)) {
            OfflinePayments offline = linePay.offline();

            assertThat(offline.authorizationDetails(ORDER)).singleElement()
                    .satisfies(d -> assertThat(d.payStatus()).contains(PayStatus.AUTHORIZATION));
            assertThat(t.last().uri().getRawPath()).isEqualTo(v.pathPrefix() + "/payments/authorizations");
            assertThat(t.last().uri().getRawQuery()).isEqualTo("orderId=POS7+0042%2FA");
            assertAuthenticated(t.last(), v);

            offline.authorizationDetails(ID);
            assertThat(t.last().uri().getRawQuery()).isEqualTo("transactionId=" + BIG);

            assertThat(offline.paymentDetails(ID)).singleElement().satisfies(d -> assertThat(d.transactionId()).isEqualTo(ID));
            assertThat(t.last().uri().getRawPath()).isEqualTo(v.pathPrefix() + "/payments");
            assertThat(t.last().uri().getRawQuery()).isEqualTo("transactionId=" + BIG);
            assertThat(t.last().readTimeout()).isEqualTo(Duration.ofSeconds(20));
            assertAuthenticated(t.last(), v);

            offline.paymentDetails(ORDER);
            assertThat(t.last().uri().getRawQuery()).isEqualTo("orderId=POS7+0042%2FA");
        }
    }

    @Test
    void asyncFormsSendTheSameCalls() throws Exception {
        ScriptedTransport t = ScriptedTransport.answering(PAID);
        try (LinePay linePay = client(t, ApiVersion.OFFLINE_V2_4)) {
            OfflinePayments offline = linePay.offline();

            assertThat(offline.payAsync(payment()).get(10, TimeUnit.SECONDS).transactionId()).isEqualTo(ID);
            assertThat(t.last().uri().getRawPath()).isEqualTo("/v2.4/payments/oneTimeKeys/pay");
            t.script(r -> ScriptedTransport.ok("{\"returnCode\":\"0000\",\"info\":{\"status\":\"COMPLETE\"}}"));
            assertThat(offline.checkPaymentStatusAsync(ORDER).get(10, TimeUnit.SECONDS).status())
                    .contains(OfflineStatus.COMPLETE);
            t.script(r -> ScriptedTransport.ok("{\"returnCode\":\"0000\"}"));
            offline.voidAuthorizationAsync(ORDER).get(10, TimeUnit.SECONDS);
            assertThat(t.last().uri().getRawPath()).endsWith("/void");
            t.script(r -> ScriptedTransport.ok("{\"returnCode\":\"0000\",\"info\":[]}"));
            assertThat(offline.paymentDetailsAsync(ORDER).get(10, TimeUnit.SECONDS)).isEmpty();
            assertThat(offline.paymentDetailsAsync(ID).get(10, TimeUnit.SECONDS)).isEmpty();
            assertThat(offline.authorizationDetailsAsync(ORDER).get(10, TimeUnit.SECONDS)).isEmpty();
            assertThat(offline.authorizationDetailsAsync(ID).get(10, TimeUnit.SECONDS)).isEmpty();
            assertThat(t.sent()).hasSize(7);
        }
    }

    @Test
    void merchantDeviceHeadersGoWithEveryOfflineCallOfEveryGeneration() {
        for (ApiVersion v : new ApiVersion[] {ApiVersion.OFFLINE_V2, ApiVersion.OFFLINE_V2_4, ApiVersion.OFFLINE_V4}) {
            ScriptedTransport t = ScriptedTransport.answering(PAID);
            try (LinePay linePay = builder(t, v).merchantDevice(MerchantDevice.of("POS-0042", "POS")).build()) {
                linePay.offline().pay(payment());
                t.script(r -> ScriptedTransport.ok("{\"returnCode\":\"0000\",\"info\":{\"status\":\"COMPLETE\"}}"));
                linePay.offline().checkPaymentStatus(ORDER);

                assertThat(t.sent()).hasSize(2).allSatisfy(r -> assertThat(ScriptedTransport.headers(r))
                        .containsEntry("X-LINE-MerchantDeviceProfileId", "POS-0042")
                        .containsEntry("X-LINE-MerchantDeviceType", "POS"));
            }
        }
    }

    @Test
    void aRequestTheGenerationDoesNotAcceptIsRefusedWithoutSending() {
        ScriptedTransport t = ScriptedTransport.answering(PAID);
        try (LinePay linePay = client(t, ApiVersion.OFFLINE_V2_4)) {
            OfflinePaymentRequest withFriends = payment().toBuilder().addFriends("@shop").build();

            InvalidRequest refused = (InvalidRequest) catchThrowableOfType(() -> linePay.offline().pay(withFriends),
                    LinePayException.class).error();
            assertThat(refused.violations()).extracting(dev.linepay4j.domain.Violation::field).containsExactly("addFriends");
            assertThat(refused.call().endpoint()).isEqualTo(Endpoint.OFFLINE_PAY);
            assertThatThrownBy(() -> linePay.offline().payAsync(withFriends).get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(LinePayException.class);
            assertThat(t.sent()).isEmpty();
        }
    }

    @Test
    void anOfflineClientRefusesTheOnlineApiAndAnOnlineClientTheOfflineOneWithoutSending() throws Exception {
        ScriptedTransport t = ScriptedTransport.answering(PAID);
        try (LinePay offlineClient = client(t, ApiVersion.OFFLINE_V4);
             LinePay onlineClient = client(t, ApiVersion.ONLINE_V4)) {
            LinePayException online = catchThrowableOfType(
                    () -> offlineClient.confirm(ID, ConfirmRequest.of(Amount.of(1), Currency.TWD)), LinePayException.class);
            assertThat(online.error()).isInstanceOf(InvalidRequest.class);
            assertThat(online.getMessage()).contains("OFFLINE_V4").contains("CONFIRM");
            assertThat(offlineClient.withOptions(CallOptions.none()).refundAsync(ID, RefundRequest.full()))
                    .failsWithin(Duration.ofSeconds(10));

            LinePayException offline = catchThrowableOfType(() -> onlineClient.offline().pay(payment()),
                    LinePayException.class);
            assertThat(offline.error()).isInstanceOf(InvalidRequest.class);
            assertThat(offline.error().call().path()).isEqualTo("/payments/oneTimeKeys/pay");
            assertThat(offline.getMessage()).contains("ONLINE_V4");
            assertThat(onlineClient.offline().checkPaymentStatusAsync(ORDER)).failsWithin(Duration.ofSeconds(10));

            assertThat(t.sent()).isEmpty();
        }
    }

    @Test
    void rawCallsOfAV2ClientCarryTheSecretHeader() {
        ScriptedTransport t = ScriptedTransport.answering("{\"returnCode\":\"0000\"}");
        try (LinePay linePay = client(t, ApiVersion.OFFLINE_V2)) {
            linePay.raw(RawRequest.get("/v2/payments/orders/A/check").build());

            assertThat(t.last().header("X-LINE-ChannelSecret")).contains(SECRET);
            assertThat(linePay.toString()).contains("OFFLINE_V2").doesNotContain(SECRET);
        }
    }

    @Test
    void theDocumentedTimeoutsAreTheDefaultsAndCanBeChanged() {
        assertThat(Endpoint.OFFLINE_PAY.defaultReadTimeout()).isEqualTo(Duration.ofSeconds(40));
        for (Endpoint e : Endpoint.values()) {
            if (e.isOffline() && e != Endpoint.OFFLINE_PAY) {
                assertThat(e.defaultReadTimeout()).as(e.name()).isEqualTo(Duration.ofSeconds(20));
            }
        }
        ScriptedTransport t = ScriptedTransport.answering(PAID);
        try (LinePay linePay = builder(t, ApiVersion.OFFLINE_V2)
                .readTimeout(Endpoint.OFFLINE_PAY, Duration.ofSeconds(60)).build()) {
            linePay.offline().pay(payment());
            assertThat(t.last().readTimeout()).isEqualTo(Duration.ofSeconds(60));
            linePay.offline().withOptions(CallOptions.none().withReadTimeout(Duration.ofSeconds(3))).pay(payment());
            assertThat(t.last().readTimeout()).isEqualTo(Duration.ofSeconds(3));
        }
    }

    @Test
    void theEndpointsSayWhichAreReads() {
        assertThat(Endpoint.OFFLINE_PAY.changesState()).isTrue();
        assertThat(Endpoint.OFFLINE_CAPTURE.changesState()).isTrue();
        assertThat(Endpoint.OFFLINE_VOID.changesState()).isTrue();
        assertThat(Endpoint.OFFLINE_REFUND.changesState()).isTrue();
        assertThat(Endpoint.OFFLINE_CHECK_PAYMENT_STATUS.changesState()).isFalse();
        assertThat(Endpoint.OFFLINE_AUTHORIZATION_DETAILS.changesState()).isFalse();
        assertThat(Endpoint.OFFLINE_PAYMENT_DETAILS.changesState()).isFalse();
        assertThat(Endpoint.OFFLINE_PAY.path(ApiVersion.OFFLINE_V2_4)).isEqualTo("/v2.4/payments/oneTimeKeys/pay");
        assertThatThrownBy(() -> Endpoint.OFFLINE_PAY.path(ApiVersion.ONLINE_V4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Endpoint.CONFIRM.path(ApiVersion.OFFLINE_V4)).isInstanceOf(IllegalArgumentException.class);
    }

    // ---- a pay whose answer is lost -------------------------------------------------------------------

    /** The pay call fails with the given kind; every status check answers the given JSON. */
    private static Function<HttpRequest, HttpResponse> payLostThenCheck(String checkAnswer) {
        return r -> {
            if (r.uri().getRawPath().endsWith("/oneTimeKeys/pay")) {
                throw new TransportException(Kind.READ_TIMEOUT, "scripted read timeout", null);
            }
            return ScriptedTransport.ok(checkAnswer);
        };
    }

    @ParameterizedTest
    @EnumSource(value = ApiVersion.class, names = {"OFFLINE_V2", "OFFLINE_V2_4", "OFFLINE_V4"})
    void aPayWhoseAnswerIsLostIsFoundThroughTheStatusCheck(ApiVersion v) throws Exception {
        ScriptedTransport t = new ScriptedTransport(payLostThenCheck("{\"returnCode\":\"0000\",\"info\":{\"status\":\"COMPLETE\","
                + "\"transactionId\":" + BIG + ",\"orderId\":\"POS7 0042/A\",\"transactionDate\":\"2026-11-22T03:04:05Z\","
                + "\"payInfo\":[{\"method\":\"BALANCE\",\"amount\":120}],\"paymentProvider\":\"TSP\"}}"));
        try (LinePay linePay = client(t, v)) {
            OfflinePaymentResponse paid = linePay.offline().pay(payment());

            assertThat(paid.transactionId()).isEqualTo(ID);
            assertThat(paid.transactionDate()).isEqualTo(Instant.parse("2026-11-22T03:04:05Z"));
            assertThat(paid.totalPaid()).isEqualTo(Amount.of(120));
            assertThat(paid.balance()).isEmpty();
            assertThat(paid.raw().string("status")).contains("COMPLETE");
            assertThat(t.sent()).extracting(r -> r.uri().getRawPath())
                    .containsExactly(v.pathPrefix() + "/payments/oneTimeKeys/pay",
                            v.pathPrefix() + "/payments/orders/" + ORDER_IN_PATH + "/check");
            assertAuthenticated(t.last(), v);

            assertThat(linePay.offline().payAsync(payment()).get(10, TimeUnit.SECONDS).transactionId()).isEqualTo(ID);
        }
    }

    @Test
    void aPayFoundFailedKeepsItsUnknownOutcomeAndIsNotRepeated() throws Exception {
        ScriptedTransport t = new ScriptedTransport(payLostThenCheck(
                "{\"returnCode\":\"0000\",\"info\":{\"status\":\"FAIL\",\"orderId\":\"POS7 0042/A\"}}"));
        try (LinePay linePay = client(t, ApiVersion.OFFLINE_V4)) {
            LinePayException e = catchThrowableOfType(() -> linePay.offline().pay(payment()), LinePayException.class);

            assertThat(e.error()).isInstanceOf(OutcomeUnknown.class);
            assertThat(e.error().endpoint()).isEqualTo(Endpoint.OFFLINE_PAY);
            assertThat(t.sent()).hasSize(2);
            assertThat(t.sent()).filteredOn(r -> r.uri().getRawPath().endsWith("/pay")).hasSize(1);

            assertThatThrownBy(() -> linePay.offline().payAsync(payment()).get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .satisfies(x -> assertThat(((LinePayException) x.getCause()).error()).isInstanceOf(OutcomeUnknown.class));
        }
    }

    @Test
    void aRefusedPayIsNotReconciled() {
        ScriptedTransport t = ScriptedTransport.answering("{\"returnCode\":\"1133\",\"returnMessage\":\"oneTimeKey error\"}");
        try (LinePay linePay = client(t, ApiVersion.OFFLINE_V2)) {
            LinePayException e = catchThrowableOfType(() -> linePay.offline().pay(payment()), LinePayException.class);

            assertThat(e.error()).isInstanceOf(ApiError.class);
            assertThat(((ApiError) e.error()).returnCode().code()).isEqualTo("1133");
            assertThat(e.getMessage()).doesNotContain(TW_KEY).doesNotContain(SECRET);
            assertThat(t.sent()).hasSize(1);
        }
    }
}
