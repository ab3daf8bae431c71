package dev.linepay4j.testkit.sandbox;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.payment.PaymentState;
import java.net.http.HttpRequest;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Headers, signatures and nonces, as LINEPAY-API.md §2 describes them, checked over real HTTP. */
class AuthenticationTest {

    private static final String OTHER_ID = "2345678901";
    private static final String OTHER_SECRET = "other-shop-secret";

    private static LinePaySandbox sandbox;
    private static Wire wire;

    @BeforeAll
    static void start() {
        sandbox = LinePaySandbox.start(SandboxOptions.builder()
                .channel(LinePaySandbox.defaultChannel())
                .channel(SandboxChannel.of(OTHER_ID, OTHER_SECRET).withMerchantName("Other Shop"))
                .build());
        wire = Wire.of(sandbox);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void theTestsOwnSignerReproducesLinePaysPublishedVector() {
        String body = "{\"amount\": 1, \"currency\": \"JPY\", \"orderId\": \"5383b36e-fe10-4767-b11b-81eefd1752fa\", "
                + "\"packages\": [{\"id\": \"package-999\", \"amount\": 1, \"name\": \"Sample package\", \"products\": "
                + "[{\"id\": \"product-001\", \"name\": \"Sample product\", \"quantity\": 1, \"price\": 1}]}], "
                + "\"redirectUrls\": {\"confirmUrl\": \"https://example.com/pay/confirm\", \"cancelUrl\": "
                + "\"https://example.com/pay/cancel\"}}";

        assertThat(Wire.sign("fuga", "/v3/payments/request", body.getBytes(UTF_8), "021a6bb9-ed18-4562-b9bd-ad07a27532f6"))
                .isEqualTo("Rz5VEwPHChlQgN+dEmYWWbtWKw0XS41MblRB/dRdygE=");
        assertThat(Wire.sign("a917ab6a2367b536f8e5a6e2977e06f4", "/v4/payments",
                "transactionId=2023042201206549310&orderId=A+1%262".getBytes(UTF_8), "44453d45-768e-40e8-8349-748e797c450f"))
                .isEqualTo("43+Rn/MP4KDlhGMFcJ0eGpgcy6hpJkEmSRIeWd9F2CE=");
    }

    @Test
    void anUnknownChannelIs1104() {
        Wire.Response r = wire.as("9999999999", "whatever").post("/v3/payments/request", Shop.body(Shop.orderId(), null));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.returnCode()).isEqualTo("1104");
    }

    @Test
    void aMissingOrMalformedChannelIdIs1106() {
        byte[] body = Shop.body(Shop.orderId(), null).getBytes(UTF_8);

        Wire.Response missing = Wire.send(copyWithout(wire.signedPost("/v3/payments/request", body, nonce()),
                "X-LINE-ChannelId"));
        Wire.Response letters = Wire.send(wire.signedPost("/v3/payments/request", body, nonce())
                .setHeader("X-LINE-ChannelId", "abc"));

        assertThat(missing.returnCode()).isEqualTo("1106");
        assertThat(letters.returnCode()).isEqualTo("1106");
    }

    @Test
    void aMissingNonceOrSignatureIs1106() {
        byte[] body = Shop.body(Shop.orderId(), null).getBytes(UTF_8);

        Wire.Response noNonce = Wire.send(copyWithout(wire.signedPost("/v3/payments/request", body, nonce()),
                "X-LINE-Authorization-Nonce"));
        Wire.Response noSignature = Wire.send(copyWithout(wire.signedPost("/v3/payments/request", body, nonce()),
                "X-LINE-Authorization"));
        Wire.Response getWithout = Wire.send(copyWithout(wire.signedGet("/v4/payments", "orderId=x", nonce()),
                "X-LINE-Authorization"));

        assertThat(noNonce.returnCode()).isEqualTo("1106");
        assertThat(noNonce.returnMessage()).contains("X-LINE-Authorization-Nonce");
        assertThat(noSignature.returnCode()).isEqualTo("1106");
        assertThat(getWithout.returnCode()).isEqualTo("1106");
        assertThat(sandbox.books().paymentsByOrderId("x")).isEmpty();
    }

    @Test
    void aSignatureWithTheWrongSecretIs1106() {
        Wire.Response r = wire.as(LinePaySandbox.DEFAULT_CHANNEL_ID, "not-the-secret")
                .post("/v3/payments/request", Shop.body(Shop.orderId(), null));

        assertThat(r.returnCode()).isEqualTo("1106");
        assertThat(r.returnMessage()).contains("signature");
    }

    @Test
    void theSignatureCoversTheExactBytesSoReformattingTheBodyIs1106() {
        String orderId = Shop.orderId();
        byte[] signed = Shop.body(orderId, null).getBytes(UTF_8);
        byte[] sent = Shop.body(orderId, null).replace(",", ", ").getBytes(UTF_8);

        Wire.Response r = Wire.send(wire.signedPost("/v3/payments/request", signed, nonce())
                .POST(HttpRequest.BodyPublishers.ofByteArray(sent)));

        assertThat(r.returnCode()).isEqualTo("1106");
        assertThat(sandbox.books().paymentsByOrderId(orderId)).isEmpty();
    }

    @Test
    void aGetIsSignedOverTheRawQueryAsSent() {
        Shop shop = new Shop(sandbox, "v4");
        String orderId = "A 1&2-" + UUID.randomUUID();
        shop.confirmed(orderId, null);
        String encoded = "orderId=" + java.net.URLEncoder.encode(orderId, UTF_8);

        Wire.Response asSent = wire.get("/v4/payments", encoded);
        String n = nonce();
        Wire.Response decodedSigned = Wire.send(HttpRequest.newBuilder(wire.base().resolve("/v4/payments?" + encoded))
                .header("X-LINE-ChannelId", LinePaySandbox.DEFAULT_CHANNEL_ID)
                .header("X-LINE-Authorization-Nonce", n)
                .header("X-LINE-Authorization", Wire.sign(LinePaySandbox.DEFAULT_CHANNEL_SECRET, "/v4/payments",
                        ("orderId=" + orderId).getBytes(UTF_8), n)));
        Wire.Response withQuestionMark = Wire.send(HttpRequest.newBuilder(wire.base().resolve("/v4/payments?" + encoded))
                .header("X-LINE-ChannelId", LinePaySandbox.DEFAULT_CHANNEL_ID)
                .header("X-LINE-Authorization-Nonce", n + "x")
                .header("X-LINE-Authorization", Wire.sign(LinePaySandbox.DEFAULT_CHANNEL_SECRET, "/v4/payments",
                        ("?" + encoded).getBytes(UTF_8), n + "x")));

        assertThat(asSent.returnCode()).as(asSent.body()).isEqualTo("0000");
        assertThat(decodedSigned.returnCode()).isEqualTo("1106");
        assertThat(withQuestionMark.returnCode()).isEqualTo("1106");
    }

    @Test
    void aGetWithoutQueryAndAPostWithoutBodySignTheEmptyString() {
        Shop shop = new Shop(sandbox, "v3");
        long id = shop.authorized();

        Wire.Response check = wire.get("/v3/payments/requests/" + id + "/check", "");
        Wire.Response voided = wire.post("/v3/payments/authorizations/" + id + "/void", "");

        assertThat(check.returnCode()).isEqualTo("0123");
        assertThat(voided.returnCode()).as(voided.body()).isEqualTo("0000");
    }

    @Test
    void aNonceUsedBeforeByTheChannelIs1106AndChangesNothing() {
        String n = nonce();
        String first = Shop.orderId();
        String second = Shop.orderId();

        Wire.Response ok = Wire.send(wire.signedPost("/v3/payments/request", Shop.body(first, null).getBytes(UTF_8), n));
        Wire.Response replay = Wire.send(wire.signedPost("/v3/payments/request", Shop.body(second, null).getBytes(UTF_8), n));
        Wire.Response sameRequestAgain = Wire.send(wire.signedPost("/v3/payments/request",
                Shop.body(first, null).getBytes(UTF_8), n));
        Wire.Response otherChannel = Wire.send(wire.as(OTHER_ID, OTHER_SECRET)
                .signedPost("/v3/payments/request", Shop.body(second, null).getBytes(UTF_8), n));

        assertThat(ok.returnCode()).isEqualTo("0000");
        assertThat(replay.returnCode()).isEqualTo("1106");
        assertThat(replay.returnMessage()).contains("nonce");
        assertThat(sameRequestAgain.returnCode()).isEqualTo("1106");
        assertThat(sandbox.books().paymentsByOrderId(first)).hasSize(1);
        assertThat(otherChannel.returnCode()).as("nonces are remembered per channel").isEqualTo("0000");
    }

    @Test
    void aFailedSignatureDoesNotUseUpItsNonce() {
        String n = nonce();
        byte[] body = Shop.body(Shop.orderId(), null).getBytes(UTF_8);

        Wire.Response forged = Wire.send(wire.signedPost("/v3/payments/request", body, n)
                .setHeader("X-LINE-Authorization", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="));
        Wire.Response genuine = Wire.send(wire.signedPost("/v3/payments/request", body, n));

        assertThat(forged.returnCode()).isEqualTo("1106");
        assertThat(genuine.returnCode()).isEqualTo("0000");
    }

    @Test
    void aPostMustSayItsBodyIsJson() {
        byte[] body = Shop.body(Shop.orderId(), null).getBytes(UTF_8);

        Wire.Response none = Wire.send(copyWithout(wire.signedPost("/v3/payments/request", body, nonce()), "Content-Type"));
        Wire.Response text = Wire.send(wire.signedPost("/v3/payments/request", body, nonce())
                .setHeader("Content-Type", "text/plain"));
        Wire.Response latin1 = Wire.send(wire.signedPost("/v3/payments/request", body, nonce())
                .setHeader("Content-Type", "application/json; charset=ISO-8859-1"));
        Wire.Response utf8 = Wire.send(wire.signedPost("/v3/payments/request", body, nonce())
                .setHeader("Content-Type", "Application/JSON; charset=UTF-8"));

        assertThat(none.returnCode()).isEqualTo("1106");
        assertThat(text.returnCode()).isEqualTo("1106");
        assertThat(latin1.returnCode()).isEqualTo("1106");
        assertThat(utf8.returnCode()).as(utf8.body()).isEqualTo("0000");
    }

    @Test
    void aHeaderSentTwiceIs1106() {
        Wire.Response r = Wire.send(wire.signedGet("/v3/payments", "orderId=x", nonce())
                .header("X-LINE-ChannelId", LinePaySandbox.DEFAULT_CHANNEL_ID));

        assertThat(r.returnCode()).isEqualTo("1106");
    }

    @Test
    void eachChannelHasItsOwnBooks() {
        Shop mine = new Shop(sandbox, "v3");
        Shop theirs = new Shop(sandbox, wire.as(OTHER_ID, OTHER_SECRET), "v3");
        String orderId = Shop.orderId();
        long id = mine.confirmed(orderId, null);

        assertThat(theirs.check(id).returnCode()).isEqualTo("1150");
        assertThat(theirs.details("orderId=" + orderId).returnCode()).isEqualTo("1150");
        assertThat(theirs.request(Shop.body(orderId, null)).returnCode()).as("order ids are per channel").isEqualTo("0000");
        assertThat(sandbox.books().paymentsByOrderId(orderId)).extracting(p -> p.channelId().value())
                .containsExactly(LinePaySandbox.DEFAULT_CHANNEL_ID, OTHER_ID);
        assertThat(sandbox.books().payment(TransactionId.of(id)).orElseThrow().payment().state())
                .isEqualTo(PaymentState.CAPTURED);
    }

    @Test
    void pathsOutsideTheApiAreNotAnsweredAsLinePay() {
        Wire.Response unknown = wire.post("/v3/payments/nothing/here/at/all", "{}");
        Wire.Response wrongMethod = wire.get("/v3/payments/request", "");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.header("Allow")).hasValue("POST");
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
