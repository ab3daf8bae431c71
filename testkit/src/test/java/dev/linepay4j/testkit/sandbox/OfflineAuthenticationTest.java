package dev.linepay4j.testkit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linepay4j.domain.OneTimeKey;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each Offline API generation's authentication over real HTTP: the channel secret in
 * {@code X-LINE-ChannelSecret} for v2 and v2.4 (no signature), HMAC for v4, as LINE Pay's offline
 * prerequisites describe them.
 */
class OfflineAuthenticationTest {

    private static final String OTHER_ID = "2345678901";
    private static final String OTHER_SECRET = "other-shop-secret";

    private static LinePaySandbox sandbox;
    private static Wire wire;

    @BeforeAll
    static void start() {
        sandbox = LinePaySandbox.start(SandboxOptions.builder()
                .channel(LinePaySandbox.defaultChannel())
                .channel(SandboxChannel.of(OTHER_ID, OTHER_SECRET))
                .build());
        wire = Wire.of(sandbox);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static String body() {
        OneTimeKey key = sandbox.issueOneTimeKey(OneTimeKey.Country.TW);
        return OfflineApiTest.payBody("/v2", OfflineApiTest.orderId(), key, 100, true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v2", "/v2.4"})
    void theRightSecretInTheHeaderIsAllV2NeedsForEveryChannel(String prefix) {
        assertThat(Wire.send(wire.secretPost(prefix + "/payments/oneTimeKeys/pay", body())).returnCode()).isEqualTo("0000");
        assertThat(Wire.send(wire.as(OTHER_ID, OTHER_SECRET).secretPost(prefix + "/payments/oneTimeKeys/pay", body()))
                .returnCode()).isEqualTo("0000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v2", "/v2.4"})
    void aWrongOrMissingSecretIs1106(String prefix) {
        Wire.Response wrong = Wire.send(wire.as(LinePaySandbox.DEFAULT_CHANNEL_ID, "not-the-secret")
                .secretPost(prefix + "/payments/oneTimeKeys/pay", body()));
        Wire.Response otherChannels = Wire.send(wire.as(LinePaySandbox.DEFAULT_CHANNEL_ID, OTHER_SECRET)
                .secretGet(prefix + "/payments/orders/A-1/check", ""));
        Wire.Response missing = Wire.send(copyWithout(wire.secretPost(prefix + "/payments/oneTimeKeys/pay", body()),
                "X-LINE-ChannelSecret"));

        assertThat(wrong.status()).isEqualTo(200);
        assertThat(List.of(wrong.returnCode(), otherChannels.returnCode(), missing.returnCode()))
                .containsOnly("1106");
        assertThat(wrong.body()).doesNotContain("not-the-secret");
        assertThat(wrong.returnMessage()).contains("X-LINE-ChannelSecret");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v2", "/v2.4", "/v4"})
    void anUnknownChannelIs1104(String prefix) {
        Wire.Response r = wire.as("9999999999", "whatever").call("GET", prefix + "/payments/orders/A-1/check", "");

        assertThat(r.returnCode()).isEqualTo("1104");
    }

    @Test
    void aMalformedChannelIdIs1106() {
        Wire.Response r = Wire.send(wire.secretGet("/v2/payments/orders/A-1/check", "").setHeader("X-LINE-ChannelId", "abc"));

        assertThat(r.returnCode()).isEqualTo("1106");
    }

    @Test
    void aV2PostInAnotherContentTypeIs1106AndPlainJsonWillDo() {
        Wire.Response text = Wire.send(wire.secretPost("/v2/payments/oneTimeKeys/pay", body())
                .setHeader("Content-Type", "text/plain"));
        Wire.Response latin = Wire.send(wire.secretPost("/v2/payments/oneTimeKeys/pay", body())
                .setHeader("Content-Type", "application/json; charset=ISO-8859-1"));
        Wire.Response plain = Wire.send(wire.secretPost("/v2/payments/oneTimeKeys/pay", body())
                .setHeader("Content-Type", "application/json"));

        assertThat(text.returnCode()).isEqualTo("1106");
        assertThat(latin.returnCode()).isEqualTo("1106");
        assertThat(plain.returnCode()).isEqualTo("0000");
    }

    @Test
    void aSignatureIsNoCredentialForV2() {
        Wire.Response r = wire.post("/v2/payments/oneTimeKeys/pay", body());

        assertThat(r.returnCode()).isEqualTo("1106");
        assertThat(r.returnMessage()).contains("X-LINE-ChannelSecret is missing");
    }

    @Test
    void v4IsSignedLikeTheOnlineApiAndTheSecretHeaderIsNoCredentialThere() {
        String v4Body = OfflineApiTest.payBody("/v4", OfflineApiTest.orderId(),
                sandbox.issueOneTimeKey(OneTimeKey.Country.TW), 100, true);
        assertThat(wire.post("/v4/payments/oneTimeKeys/pay", v4Body).returnCode()).isEqualTo("0000");

        Wire.Response secretOnly = Wire.send(wire.secretPost("/v4/payments/oneTimeKeys/pay", v4Body));
        String nonce = UUID.randomUUID().toString();
        Wire.Response badSignature = Wire.send(wire.signedPost("/v4/payments/oneTimeKeys/pay",
                v4Body.getBytes(java.nio.charset.StandardCharsets.UTF_8), nonce)
                .setHeader("X-LINE-Authorization", Wire.sign("not-the-secret", "/v4/payments/oneTimeKeys/pay",
                        v4Body.getBytes(java.nio.charset.StandardCharsets.UTF_8), nonce)));
        Wire.Response badGet = Wire.send(wire.signedGet("/v4/payments/orders/A-1/check", "", nonce())
                .setHeader("X-LINE-Authorization", "AAAA"));

        assertThat(secretOnly.returnCode()).isEqualTo("1106");
        assertThat(badSignature.returnCode()).isEqualTo("1106");
        assertThat(badGet.returnCode()).isEqualTo("1106");
    }

    private static String nonce() {
        return UUID.randomUUID().toString();
    }

    /** The same request without one header (the JDK builder cannot remove a header). */
    private static HttpRequest copyWithout(HttpRequest.Builder builder, String header) {
        HttpRequest original = builder.build();
        HttpRequest.Builder copy = HttpRequest.newBuilder(original.uri()).timeout(original.timeout().orElseThrow());
        original.headers().map().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(header)) {
                values.forEach(v -> copy.header(name, v));
            }
        });
        copy.method(original.method(), original.bodyPublisher().orElse(HttpRequest.BodyPublishers.noBody()));
        return copy.build();
    }
}
