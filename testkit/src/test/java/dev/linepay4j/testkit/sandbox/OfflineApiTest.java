package dev.linepay4j.testkit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.linepay4j.domain.OneTimeKey;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.json.JsonArray;
import dev.linepay4j.domain.json.JsonObject;
import dev.linepay4j.domain.payment.PaymentState;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Offline API (v2, v2.4 and v4) over real HTTP, driven by the tests' own client ({@link Wire}): the
 * secret header for v2.x and an independent HMAC for v4, the bodies of LINEPAY-API.md §6 written by hand.
 */
class OfflineApiTest {

    private static final AtomicInteger ORDERS = new AtomicInteger();

    private static LinePaySandbox sandbox;
    private static Wire wire;

    @BeforeAll
    static void start() {
        sandbox = LinePaySandbox.start();
        wire = Wire.of(sandbox);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    static Stream<String> prefixes() {
        return Stream.of("/v2", "/v2.4", "/v4");
    }

    static String orderId() {
        return "POS-" + ORDERS.incrementAndGet() + "-" + System.nanoTime();
    }

    /** A pay body in the generation's shape. */
    static String payBody(String prefix, String orderId, OneTimeKey key, int amount, boolean capture) {
        if (prefix.equals("/v4")) {
            return "{\"amount\":" + amount + ",\"currency\":\"TWD\",\"oneTimeKey\":\"" + key.value() + "\",\"orderId\":"
                    + Wire.quote(orderId) + (capture ? "" : ",\"options\":{\"payment\":{\"capture\":false}}") + "}";
        }
        return "{\"productName\":\"Pearl milk tea\",\"amount\":" + amount + ",\"currency\":\"TWD\",\"orderId\":"
                + Wire.quote(orderId) + ",\"oneTimeKey\":\"" + key.value() + "\"" + (capture ? "" : ",\"capture\":false")
                + ",\"extras\":{\"branchName\":\"Taipei Main\",\"branchId\":\"TPE-01\"}}";
    }

    static Wire.Response pay(String prefix, String orderId, OneTimeKey key, int amount, boolean capture) {
        return wire.call("POST", prefix + "/payments/oneTimeKeys/pay", payBody(prefix, orderId, key, amount, capture));
    }

    static String status(String prefix, String orderId) {
        Wire.Response r = wire.call("GET", prefix + "/payments/orders/" + orderId + "/check", "");
        assertThat(r.returnCode()).as(r.body()).isEqualTo("0000");
        return r.info().string("status").orElseThrow();
    }

    @ParameterizedTest
    @MethodSource("prefixes")
    void aCapturedPaymentIsCompleteAndRefundsTurnItIntoRefund(String prefix) {
        String orderId = orderId();
        OneTimeKey key = sandbox.issueOneTimeKey(OneTimeKey.Country.TW);

        Wire.Response paid = pay(prefix, orderId, key, 120, true);

        assertThat(paid.status()).isEqualTo(200);
        assertThat(paid.returnCode()).as(paid.body()).isEqualTo("0000");
        assertThat(paid.raw("transactionId")).matches("\\d{19}");
        JsonObject info = paid.info();
        assertThat(info.string("orderId")).contains(orderId);
        assertThat(info.string("transactionDate")).isPresent();
        assertThat(paid.body()).contains("\"payInfo\":[{\"method\":\"BALANCE\",\"amount\":120}]");
        assertThat(info.has("balance")).isEqualTo(prefix.equals("/v2"));
        assertThat(info.string("paymentProvider").isPresent()).isEqualTo(!prefix.equals("/v2"));
        if (prefix.equals("/v2")) {
            assertThat(paid.raw("balance")).isEqualTo("99880");
        }
        TransactionId id = TransactionId.parse(paid.raw("transactionId"));
        assertThat(sandbox.books().payment(id).orElseThrow().payment().state()).isEqualTo(PaymentState.CAPTURED);
        assertThat(status(prefix, orderId)).isEqualTo("COMPLETE");

        Wire.Response partial = wire.call("POST", prefix + "/payments/orders/" + orderId + "/refund", "{\"refundAmount\":20}");
        assertThat(partial.returnCode()).as(partial.body()).isEqualTo("0000");
        assertThat(partial.raw("refundTransactionId")).matches("\\d{19}");
        assertThat(status(prefix, orderId)).isEqualTo("COMPLETE");

        String detailsPath = prefix + "/payments";
        Wire.Response details = wire.call("GET", detailsPath, "orderId=" + orderId);
        assertThat(details.returnCode()).as(details.body()).isEqualTo("0000");
        JsonObject entry = (JsonObject) details.json().array("info").orElseThrow().get(0);
        assertThat(entry.string("payStatus")).contains("CAPTURE");
        assertThat(entry.array("refundList").orElseThrow().size()).isEqualTo(1);
        assertThat(details.raw("refundAmount")).isEqualTo("-20");

        Wire.Response rest = wire.call("POST", prefix + "/payments/orders/" + orderId + "/refund", "{}");
        assertThat(rest.returnCode()).isEqualTo("0000");
        assertThat(status(prefix, orderId)).isEqualTo("REFUND");
        assertThat(wire.call("POST", prefix + "/payments/orders/" + orderId + "/refund", "").returnCode()).isEqualTo("1165");
    }

    @ParameterizedTest
    @MethodSource("prefixes")
    void anAuthorizationIsAuthReadyUntilCapturedAndListedInTheAuthorizations(String prefix) {
        String orderId = orderId();
        OneTimeKey key = sandbox.issueOneTimeKey(OneTimeKey.Country.TH, SandboxPaymentMethod.CARD);

        Wire.Response paid = pay(prefix, orderId, key, 300, false);

        assertThat(paid.returnCode()).as(paid.body()).isEqualTo("0000");
        assertThat(paid.info().string("authorizationExpireDate")).isPresent();
        assertThat(paid.body()).contains("\"payInfo\":[{\"method\":\"CREDIT_CARD\",\"amount\":300}]");
        assertThat(status(prefix, orderId)).isEqualTo("AUTH_READY");
        Wire.Response auths = wire.call("GET", prefix + "/payments/authorizations", "orderId=" + orderId);
        assertThat(auths.returnCode()).as(auths.body()).isEqualTo("0000");
        JsonObject auth = (JsonObject) auths.json().array("info").orElseThrow().get(0);
        assertThat(auth.string("payStatus")).contains("AUTHORIZATION");
        assertThat(auth.string("transactionType")).contains("PAYMENT");
        assertThat(auth.string("authorizationExpireDate")).isPresent();
        Wire.Response byId = wire.call("GET", prefix + "/payments/authorizations", "transactionId=" + paid.raw("transactionId"));
        assertThat(byId.returnCode()).isEqualTo("0000");

        Wire.Response captured = wire.call("POST", prefix + "/payments/orders/" + orderId + "/capture",
                "{\"amount\":250,\"currency\":\"TWD\"}");

        assertThat(captured.returnCode()).as(captured.body()).isEqualTo("0000");
        assertThat(captured.raw("transactionId")).isEqualTo(paid.raw("transactionId"));
        assertThat(captured.body()).contains("\"payInfo\":[{\"method\":\"CREDIT_CARD\",\"amount\":250}]");
        assertThat(status(prefix, orderId)).isEqualTo("COMPLETE");
        JsonObject after = (JsonObject) wire.call("GET", prefix + "/payments/authorizations", "orderId=" + orderId)
                .json().array("info").orElseThrow().get(0);
        assertThat(after.string("payStatus")).contains("CAPTURE");
    }

    @ParameterizedTest
    @MethodSource("prefixes")
    void aVoidedAuthorizationIsCancelled(String prefix) {
        String orderId = orderId();
        pay(prefix, orderId, sandbox.issueOneTimeKey(OneTimeKey.Country.TW), 100, false);

        assertThat(wire.call("POST", prefix + "/payments/orders/" + orderId + "/void", "").returnCode()).isEqualTo("0000");

        assertThat(status(prefix, orderId)).isEqualTo("CANCEL");
        assertThat(wire.call("POST", prefix + "/payments/orders/" + orderId + "/void", "{}").returnCode()).isEqualTo("1165");
    }

    @Test
    void aPaymentCapturedAtOnceHasNoAuthorizationAndCannotBeVoided() {
        String orderId = orderId();
        pay("/v2", orderId, sandbox.issueOneTimeKey(OneTimeKey.Country.TW), 100, true);

        assertThat(wire.call("GET", "/v2/payments/authorizations", "orderId=" + orderId).returnCode()).isEqualTo("1150");
        assertThat(wire.call("POST", "/v2/payments/orders/" + orderId + "/void", "").returnCode()).isNotEqualTo("0000");
    }

    @Test
    void aKeyPaysOnceAndAFreshOneIsNeededForTheNextOrder() {
        OneTimeKey key = sandbox.issueOneTimeKey(OneTimeKey.Country.TW);
        assertThat(pay("/v4", orderId(), key, 100, true).returnCode()).isEqualTo("0000");

        Wire.Response again = pay("/v4", orderId(), key, 100, true);

        assertThat(again.returnCode()).isEqualTo("1133");
        assertThat(again.returnMessage()).contains("used");
    }

    @Test
    void aKeyTheSandboxNeverIssuedIs1133AndAMalformedOneIs2101() {
        assertThat(pay("/v2.4", orderId(), OneTimeKey.of("123456789012345678"), 100, true).returnCode()).isEqualTo("1133");

        Wire.Response malformed = wire.call("POST", "/v2.4/payments/oneTimeKeys/pay", "{\"productName\":\"Tea\","
                + "\"amount\":100,\"currency\":\"TWD\",\"orderId\":\"A-1\",\"oneTimeKey\":\"12345\"}");
        assertThat(malformed.returnCode()).isEqualTo("2101");
        assertThat(malformed.returnMessage()).contains("oneTimeKey");
    }

    @Test
    void aSecondPayWithAnOrderIdIs1172AndLeavesTheKeyUsable() {
        String orderId = orderId();
        assertThat(pay("/v2", orderId, sandbox.issueOneTimeKey(OneTimeKey.Country.TW), 100, true).returnCode())
                .isEqualTo("0000");
        OneTimeKey fresh = sandbox.issueOneTimeKey(OneTimeKey.Country.TW);

        assertThat(pay("/v2", orderId, fresh, 100, true).returnCode()).isEqualTo("1172");
        assertThat(pay("/v2", orderId(), fresh, 100, true).returnCode()).isEqualTo("0000");
    }

    @Test
    void aBalancePaymentAboveTheWalletIs1142() {
        OneTimeKey key = sandbox.issueOneTimeKey(OneTimeKey.Country.TW);

        assertThat(pay("/v2", orderId(), key, 100_001, true).returnCode()).isEqualTo("1142");
        assertThat(pay("/v2", orderId(), key, 100_000, true).returnCode()).isEqualTo("0000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "capture", "void", "refund"})
    void anOrderWithoutAMyCodePaymentIs1150(String operation) {
        String method = operation.equals("check") ? "GET" : "POST";
        String body = operation.equals("capture") ? "{\"amount\":1,\"currency\":\"TWD\"}" : "";

        assertThat(wire.call(method, "/v2.4/payments/orders/no-such-order/" + operation, body).returnCode())
                .isEqualTo("1150");
    }

    @Test
    void eachGenerationAcceptsItsOwnBodyOnly() {
        OneTimeKey key = sandbox.issueOneTimeKey(OneTimeKey.Country.TW);
        String friends = ",\"extras\":{\"addFriends\":[{\"type\":\"LINE_AT\",\"idList\":[\"@shop\"]}]}";
        String flat = "{\"productName\":\"Tea\",\"amount\":100,\"currency\":\"TWD\",\"orderId\":\"%s\",\"oneTimeKey\":\""
                + key.value() + "\"%s}";

        assertThat(wire.call("POST", "/v2.4/payments/oneTimeKeys/pay", String.format(flat, orderId(), friends))
                .returnMessage()).contains("addFriends");
        assertThat(wire.call("POST", "/v4/payments/oneTimeKeys/pay", String.format(flat, orderId(), ""))
                .returnCode()).isEqualTo("2101");
        assertThat(wire.call("POST", "/v2/payments/oneTimeKeys/pay", "{\"amount\":100,\"currency\":\"TWD\",\"orderId\":\"B-1\","
                + "\"oneTimeKey\":\"" + key.value() + "\"}").returnMessage()).contains("productName");
        assertThat(wire.call("POST", "/v2/payments/oneTimeKeys/pay", String.format(flat, orderId(), friends))
                .returnCode()).isEqualTo("0000");
    }

    @Test
    void aV4PaymentWithPackagesIsCheckedAgainstItsAmount() {
        OneTimeKey key = sandbox.issueOneTimeKey(OneTimeKey.Country.TH);
        String body = "{\"amount\":100,\"currency\":\"THB\",\"oneTimeKey\":\"" + key.value() + "\",\"orderId\":\"%s\","
                + "\"packages\":[{\"id\":\"1\",\"amount\":%d,\"products\":[{\"name\":\"Coffee\",\"quantity\":1,\"price\":%d}]}]}";

        assertThat(wire.call("POST", "/v4/payments/oneTimeKeys/pay", String.format(body, orderId(), 90, 90)).returnCode())
                .isEqualTo("2101");
        assertThat(wire.call("POST", "/v4/payments/oneTimeKeys/pay", String.format(body, orderId(), 100, 100))
                .returnCode()).isEqualTo("0000");
    }

    @Test
    void theV4PaymentDetailsPathServesOnlineAndOfflinePaymentsAlike() {
        String orderId = orderId();
        Wire.Response paid = pay("/v4", orderId, sandbox.issueOneTimeKey(OneTimeKey.Country.TW), 100, true);

        Wire.Response details = wire.get("/v4/payments", "transactionId=" + paid.raw("transactionId"));

        assertThat(details.returnCode()).isEqualTo("0000");
        assertThat(details.raw("paymentProvider")).isEqualTo("\"TSP\"");
        assertThat(details.raw("orderId")).isEqualTo(Wire.quote(orderId));
        assertThat(sandbox.books().calls(SandboxEndpoint.DETAILS).received()).isPositive();
    }

    @Test
    void anOrderIdIsReadPercentDecodedFromThePath() {
        String orderId = "POS 7/" + ORDERS.incrementAndGet();
        assertThat(pay("/v2.4", orderId, sandbox.issueOneTimeKey(OneTimeKey.Country.TW), 100, true).returnCode())
                .isEqualTo("0000");

        Wire.Response r = wire.call("GET", "/v2.4/payments/orders/" + orderId.replace(" ", "%20").replace("/", "%2F")
                + "/check", "");

        assertThat(r.returnCode()).isEqualTo("0000");
        assertThat(r.info().string("orderId")).contains(orderId);
    }

    // ---- one-time keys ------------------------------------------------------------------------------

    @Test
    void theControlApiIssuesKeysOfTheCountrysLengthValidForFiveMinutes() {
        Wire.Response tw = wire.control("POST", "/sandbox/one-time-keys", "{\"country\":\"TW\",\"paymentMethod\":\"card\"}");
        Wire.Response th = wire.control("POST", "/sandbox/one-time-keys", "{\"country\":\"TH\"}");

        assertThat(tw.status()).isEqualTo(201);
        assertThat(tw.json().string("oneTimeKey").orElseThrow()).matches("\\d{18}");
        assertThat(th.json().string("oneTimeKey").orElseThrow()).matches("\\d{12}");
        assertThat(th.json().string("paymentMethod")).contains("balance");
        Instant issued = Instant.parse(tw.json().string("issuedAt").orElseThrow());
        assertThat(Instant.parse(tw.json().string("expiresAt").orElseThrow())).isEqualTo(issued.plus(Duration.ofMinutes(5)));
        assertThat(tw.json().string("state")).contains("ISSUED");

        String key = tw.json().string("oneTimeKey").orElseThrow();
        String orderId = orderId();
        pay("/v4", orderId, OneTimeKey.of(key), 100, true);
        Wire.Response used = wire.control("GET", "/sandbox/one-time-keys/" + key, null);
        assertThat(used.json().string("state")).contains("USED");
        assertThat(used.json().string("orderId")).contains(orderId);
    }

    @Test
    void theControlApiRefusesWhatItCannotIssue() {
        assertThat(wire.control("POST", "/sandbox/one-time-keys", "{\"country\":\"JP\"}").status()).isEqualTo(400);
        assertThat(wire.control("POST", "/sandbox/one-time-keys", "{}").status()).isEqualTo(400);
        assertThat(wire.control("POST", "/sandbox/one-time-keys", "{\"country\":\"TW\",\"paymentMethod\":\"cash\"}")
                .status()).isEqualTo(400);
        assertThat(wire.control("GET", "/sandbox/one-time-keys", null).status()).isEqualTo(405);
        assertThat(wire.control("GET", "/sandbox/one-time-keys/000000000000", null).status()).isEqualTo(404);
    }

    @Test
    void aKeyRunsOutAfterFiveMinutesBySandboxTime() {
        ExpiryTest.MovableClock clock = new ExpiryTest.MovableClock(Instant.parse("2026-11-22T10:15:30Z"));
        try (LinePaySandbox timed = LinePaySandbox.start(SandboxOptions.builder().clock(clock).build())) {
            Wire w = Wire.of(timed);
            OneTimeKey fresh = timed.issueOneTimeKey(OneTimeKey.Country.TW);
            OneTimeKey stale = timed.issueOneTimeKey(OneTimeKey.Country.TW);
            clock.advance(Duration.ofMinutes(4).plusSeconds(59));
            assertThat(w.call("POST", "/v2/payments/oneTimeKeys/pay", payBody("/v2", orderId(), fresh, 100, true))
                    .returnCode()).isEqualTo("0000");

            clock.advance(Duration.ofSeconds(1));
            Wire.Response late = w.call("POST", "/v2/payments/oneTimeKeys/pay", payBody("/v2", orderId(), stale, 100, true));

            assertThat(late.returnCode()).isEqualTo("1133");
            assertThat(late.returnMessage()).contains("expired");
        }
    }

    @Test
    void theJavaHelperChecksItsArguments() {
        assertThatThrownBy(() -> sandbox.issueOneTimeKey(null)).isInstanceOf(NullPointerException.class);
        assertThat(sandbox.issueOneTimeKey(OneTimeKey.Country.TH, SandboxPaymentMethod.POINT).value()).hasSize(12);
    }

    // ---- faults -------------------------------------------------------------------------------------

    @Test
    void aPayThatHangsAfterProcessingIsFoundByTheStatusCheck() throws Exception {
        sandbox.inject(Fault.of(FaultKind.PROCESS_THEN_HANG, SandboxEndpoint.OFFLINE_PAY).holdFor(Duration.ofSeconds(5)));
        String orderId = orderId();
        OneTimeKey key = sandbox.issueOneTimeKey(OneTimeKey.Country.TW);
        HttpRequest request = wire.secretPost("/v2.4/payments/oneTimeKeys/pay", payBody("/v2.4", orderId, key, 100, true))
                .timeout(Duration.ofMillis(300)).build();

        assertThatThrownBy(() -> Wire.HTTP.send(request, java.net.http.HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(java.net.http.HttpTimeoutException.class);

        assertThat(status("/v2.4", orderId)).isEqualTo("COMPLETE");
    }

    @Test
    void aFaultOnAVersionHitsOnlyThatPrefix() {
        sandbox.inject(Fault.returnCode(SandboxEndpoint.OFFLINE_CHECK, dev.linepay4j.domain.code.ReturnCode.of("1198"))
                .onVersion(dev.linepay4j.domain.ApiVersion.OFFLINE_V2_4));
        String orderId = orderId();
        pay("/v2", orderId, sandbox.issueOneTimeKey(OneTimeKey.Country.TW), 100, true);

        assertThat(wire.call("GET", "/v2/payments/orders/" + orderId + "/check", "").returnCode()).isEqualTo("0000");
        assertThat(wire.call("GET", "/v2.4/payments/orders/" + orderId + "/check", "").returnCode()).isEqualTo("1198");
        assertThat(sandbox.faults()).isEmpty();
    }

    @Test
    void faultsNameTheOfflineEndpointsInTheControlApi() {
        Wire.Response added = wire.control("POST", "/sandbox/faults",
                "{\"endpoint\":\"offline-refund\",\"fault\":\"HTTP_500_HTML\",\"version\":\"v2.4\"}");

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.body()).contains("\"endpoint\":\"offline-refund\"").contains("\"version\":\"v2.4\"");
        sandbox.clearFaults();
    }

    @Test
    void detailsOfV2ShowNoProviderAndV24Does() {
        String orderId = orderId();
        pay("/v2", orderId, sandbox.issueOneTimeKey(OneTimeKey.Country.TW), 100, true);

        JsonArray v2 = wire.call("GET", "/v2/payments", "orderId=" + orderId).json().array("info").orElseThrow();
        JsonArray v24 = wire.call("GET", "/v2.4/payments", "orderId=" + orderId).json().array("info").orElseThrow();

        assertThat(((JsonObject) v2.get(0)).has("paymentProvider")).isFalse();
        assertThat(((JsonObject) v24.get(0)).string("paymentProvider")).contains("TSP");
        assertThat(((JsonObject) v2.get(0)).string("productName")).contains("Pearl milk tea");
    }
}
