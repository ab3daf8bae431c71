package dev.linepay4j.signing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.linepay4j.domain.ChannelSecret;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The vectors are those of LINEPAY-API.md §2.3: published by SDKs, or computed there with the documented rule. */
class HmacSha256SignerTest {

    private static final String ZERO_NONCE = "00000000-0000-0000-0000-000000000000";

    private static HmacSha256Signer signer(String secret) {
        return HmacSha256Signer.create(ChannelSecret.of(secret), () -> {
            throw new AssertionError("these tests give the nonce themselves");
        });
    }

    @Test
    void publishedVectorV1PostBodyOfSumihiro3() {
        String body = "{\"amount\": 1, \"currency\": \"JPY\", \"orderId\": \"5383b36e-fe10-4767-b11b-81eefd1752fa\", "
                + "\"packages\": [{\"id\": \"package-999\", \"amount\": 1, \"name\": \"Sample package\", \"products\": "
                + "[{\"id\": \"product-001\", \"name\": \"Sample product\", \"quantity\": 1, \"price\": 1}]}], "
                + "\"redirectUrls\": {\"confirmUrl\": \"https://example.com/pay/confirm\", "
                + "\"cancelUrl\": \"https://example.com/pay/cancel\"}}";

        String signature = signer("fuga").signature(
                SignatureInput.forPost("/v3/payments/request", body.getBytes(UTF_8)),
                "021a6bb9-ed18-4562-b9bd-ad07a27532f6");

        assertThat(signature).isEqualTo("Rz5VEwPHChlQgN+dEmYWWbtWKw0XS41MblRB/dRdygE=");
    }

    @Test
    void publishedVectorV2GetOfEnylinWhichSignedTheWholeUrl() {
        String signature = signer("channelSecretKey").signature(
                SignatureInput.unchecked("https://sandbox-api-pay.line.me/v3/payments",
                        "transactionId=2021113000697317600".getBytes(UTF_8)),
                ZERO_NONCE);

        assertThat(signature).isEqualTo("CcToW3HaslH44yvJNliuomtkwufd8aC048p3QXZPlj8=");
    }

    @Test
    void publishedVectorV3PostOfEnylinWhichSignedTheWholeUrl() {
        String signature = signer("channelSecretKey").signature(
                SignatureInput.unchecked("https://sandbox-api-pay.line.me/v3/payments",
                        "{\"transactionId\":\"2021113000697317600\"}".getBytes(UTF_8)),
                ZERO_NONCE);

        assertThat(signature).isEqualTo("En0nRkzzQpXrXo6OHNV+827g+rWIwUq5VTk/n9Jm5Ek=");
    }

    @Test
    void publishedVectorV4TheBarePrimitive() throws Exception {
        assertThat(HmacSha256Signer.hmacBase64("A".getBytes(UTF_8), "BODY".getBytes(UTF_8)))
                .isEqualTo("d7N2zcBCDH7EXw28ym/ppeNqa/Gp/9Xv/hO40MNjtI8=");
    }

    @ParameterizedTest(name = "{1} {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "channelSecretKey|/v3/payments|transactionId=2021113000697317600|00000000-0000-0000-0000-000000000000|AKeJOML++U7ibctuAHwQScBZs/TpHScKCwRBivdWE3A=",
        "channelSecretKey|/v3/payments/requests/2021113000697317600/check|''|00000000-0000-0000-0000-000000000000|D7UyoVc7S3DjOl9bse7+fzQYc68kAc62mBDbdo7sbvA=",
        "a917ab6a2367b536f8e5a6e2977e06f4|/v4/payments|transactionId=2023042201206549310&orderId=A+1%262|44453d45-768e-40e8-8349-748e797c450f|43+Rn/MP4KDlhGMFcJ0eGpgcy6hpJkEmSRIeWd9F2CE=",
    })
    void computedGetVectors(String secret, String path, String query, String nonce, String expected) {
        assertThat(signer(secret).signature(SignatureInput.forGet(path, query), nonce)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "channelSecretKey|/v3/payments/request|{\"amount\":100}|00000000-0000-0000-0000-000000000000|afmSGnRreMLr1e82gPXBHaRO8JoGfvaVcO8qa4qZkOA=",
        "a917ab6a2367b536f8e5a6e2977e06f4|/v4/payments/authorizations/2023042201206549310/void|{}|44453d45-768e-40e8-8349-748e797c450f|pUbJS8gJZQc4rk1gNJXWE5ZSyYpLumnwRg44/Fq+9pE=",
        "a917ab6a2367b536f8e5a6e2977e06f4|/v4/payments/authorizations/2023042201206549310/void|''|44453d45-768e-40e8-8349-748e797c450f|oOzmykzdMGzbEtaQTQ1cDHR0rSocQHkg3AMvidBYqss=",
    })
    void computedPostVectors(String secret, String path, String body, String nonce, String expected) {
        assertThat(signer(secret).signature(SignatureInput.forPost(path, body.getBytes(UTF_8)), nonce))
                .isEqualTo(expected);
    }

    @Test
    void signReturnsTheNonceAndTheSignatureOverThatNonce() {
        HmacSha256Signer signer = HmacSha256Signer.create(ChannelSecret.of("channelSecretKey"), () -> ZERO_NONCE);

        Map<String, String> headers = signer.sign(SignatureInput.forPost("/v3/payments/request", "{\"amount\":100}".getBytes(UTF_8)));

        assertThat(headers).containsExactly(
                Map.entry("X-LINE-Authorization-Nonce", ZERO_NONCE),
                Map.entry("X-LINE-Authorization", "afmSGnRreMLr1e82gPXBHaRO8JoGfvaVcO8qa4qZkOA="));
    }

    @Test
    void theHeadersHandedOneByOneAreTheMapsEntriesInItsOrder() {
        HmacSha256Signer signer = HmacSha256Signer.create(ChannelSecret.of("channelSecretKey"), () -> ZERO_NONCE);
        SignatureInput input = SignatureInput.forPost("/v3/payments/request", "{\"amount\":100}".getBytes(UTF_8));
        Map<String, String> handed = new java.util.LinkedHashMap<>();

        signer.sign(input, handed::put);

        assertThat(handed).containsExactlyEntriesOf(signer.sign(input));
    }

    @Test
    void eachCallTakesAFreshNonceSoRetriesAreSignedAgain() {
        HmacSha256Signer signer = HmacSha256Signer.create(ChannelSecret.of("s3cret"), NonceSource.uuidV4());
        SignatureInput input = SignatureInput.forGet("/v3/payments", "orderId=1");

        Map<String, String> first = signer.sign(input);
        Map<String, String> second = signer.sign(input);

        assertThat(second.get("X-LINE-Authorization-Nonce")).isNotEqualTo(first.get("X-LINE-Authorization-Nonce"));
        assertThat(second.get("X-LINE-Authorization")).isNotEqualTo(first.get("X-LINE-Authorization"));
    }

    @Test
    void theSignatureIsStandardBase64OfThirtyTwoBytes() {
        String signature = signer("s3cret").signature(SignatureInput.forGet("/v3/payments", ""), "n");

        assertThat(Base64.getDecoder().decode(signature)).hasSize(32);
        assertThat(signature).endsWith("=").doesNotContain("-", "_");
    }

    @Test
    void nonAsciiBodiesAreSignedAsTheirUtf8Bytes() throws Exception {
        byte[] body = "{\"name\":\"珍珠奶茶\"}".getBytes(UTF_8);
        String expected = HmacSha256Signer.hmacBase64("k3y".getBytes(UTF_8),
                concat("k3y".getBytes(UTF_8), "/v3/payments/request".getBytes(UTF_8), body, "n1".getBytes(UTF_8)));

        assertThat(signer("k3y").signature(SignatureInput.forPost("/v3/payments/request", body), "n1")).isEqualTo(expected);
    }

    @Test
    void nonAsciiAndLongNoncesAndPathsAreSignedAsTheirUtf8BytesWhateverCameBefore() throws Exception {
        // One signer, so one reused Mac and scratch array: long, short, non-ASCII and ASCII texts in turn
        // must each be signed as their own UTF-8 bytes, never with bytes left over from the one before.
        HmacSha256Signer signer = signer("k3y");
        String longPath = "/v3/payments/preapprovedPay/" + "r".repeat(150) + "/payment";
        String[][] cases = {
            {longPath, "n".repeat(100)},
            {"/v3/payments/request", "n1"},
            {"/v3/payments/request", "nonce-é-珍"},
            {longPath, "n2"},
            {"/v3/payments/request", "n1"},
        };
        byte[] body = "{\"amount\":1}".getBytes(UTF_8);
        for (String[] c : cases) {
            String expected = HmacSha256Signer.hmacBase64("k3y".getBytes(UTF_8),
                    concat("k3y".getBytes(UTF_8), c[0].getBytes(UTF_8), body, c[1].getBytes(UTF_8)));
            assertThat(signer.signature(SignatureInput.forPost(c[0], body), c[1])).as(c[0] + " " + c[1]).isEqualTo(expected);
        }
    }

    @Test
    void concurrentSigningGivesTheSameSignaturesAsSequentialSigning() throws Exception {
        HmacSha256Signer signer = signer("a917ab6a2367b536f8e5a6e2977e06f4");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String nonce = "nonce-" + i;
                results.add(pool.submit(() -> signer.signature(SignatureInput.forGet("/v4/payments", "orderId=" + nonce), nonce)));
            }
            for (int i = 0; i < results.size(); i++) {
                String nonce = "nonce-" + i;
                assertThat(results.get(i).get(10, TimeUnit.SECONDS))
                        .isEqualTo(signer.signature(SignatureInput.forGet("/v4/payments", "orderId=" + nonce), nonce));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFullUrlOrAQueryInThePathIsRefusedBecauseItWouldSignTheWrongMessage() {
        assertThatThrownBy(() -> SignatureInput.forGet("https://api-pay.line.me/v3/payments", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SignatureInput.forGet("/v3/payments?orderId=1", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SignatureInput.forGet("/v3/payments", "?orderId=1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("without its leading '?'");
    }

    @Test
    void toStringNeverShowsTheSecret() {
        assertThat(signer("a917ab6a2367b536f8e5a6e2977e06f4").toString()).doesNotContain("a917ab6a");
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }
}
