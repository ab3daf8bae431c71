package dev.linepay4j.internal.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linepay4j.domain.ChannelSecret;
import dev.linepay4j.signing.HmacSha256Signer;
import dev.linepay4j.signing.SignatureInput;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Query strings and path segments are encoded once, and the signature covers exactly that text. */
class EncodingTest {

    private static final String SECRET = "a917ab6a2367b536f8e5a6e2977e06f4";
    private static final String NONCE = "44453d45-768e-40e8-8349-748e797c450f";

    @Test
    void repeatedKeysFormEncodingAndOrderAreKept() {
        String q = new QueryString().add("transactionId", "1").add("transactionId", "2").add("orderId", "A 1&2")
                .add("orderId", "注文/é*~").toString();

        assertThat(q).isEqualTo("transactionId=1&transactionId=2&orderId=A+1%262&orderId=%E6%B3%A8%E6%96%87%2F%C3%A9*%7E");
    }

    @Test
    void anEmptyQueryIsTheEmptyString() {
        assertThat(new QueryString().toString()).isEmpty();
        assertThat(new QueryString().isEmpty()).isTrue();
    }

    @Test
    void theSignatureCoversTheEncodedQueryAsLinePaySpecifies() {
        // LINEPAY-API.md §2.3, vector computed with the documented rule over the encoded query.
        String q = new QueryString().add("transactionId", "2023042201206549310").add("orderId", "A 1&2").toString();
        HmacSha256Signer signer = HmacSha256Signer.create(ChannelSecret.of(SECRET), () -> NONCE);

        assertThat(signer.signature(SignatureInput.forGet("/v4/payments", q), NONCE))
                .isEqualTo("43+Rn/MP4KDlhGMFcJ0eGpgcy6hpJkEmSRIeWd9F2CE=");
    }

    @Test
    void theBodylessPostSignsTheEmptyObject() {
        HmacSha256Signer signer = HmacSha256Signer.create(ChannelSecret.of(SECRET), () -> NONCE);

        assertThat(signer.signature(SignatureInput.forPost("/v4/payments/authorizations/2023042201206549310/void",
                "{}".getBytes(StandardCharsets.UTF_8)), NONCE)).isEqualTo("pUbJS8gJZQc4rk1gNJXWE5ZSyYpLumnwRg44/Fq+9pE=");
    }

    @Test
    void aSegmentKeepsWhatAPathAllowsAndEscapesTheRest() {
        assertThat(PathSegment.encode("RK2AE3519XTFXHM")).isEqualTo("RK2AE3519XTFXHM");
        assertThat(PathSegment.encode("RK<1>\"{|}^`[]")).isEqualTo("RK%3C1%3E%22%7B%7C%7D%5E%60%5B%5D");
        assertThat(PathSegment.encode("a-._~!$&'()*+,;=:@")).isEqualTo("a-._~!$&'()*+,;=:@");
    }

    @Test
    void aRawPathMustBeAPathAsSent() {
        assertThat(PathSegment.problemOf("/v3/payments/123/userInfo")).isEmpty();
        assertThat(PathSegment.problemOf("/v3/a%2Fb")).isEmpty();
        assertThat(PathSegment.problemOf("v3/payments")).hasValueSatisfying(p -> assertThat(p).contains("start with '/'"));
        assertThat(PathSegment.problemOf("//evil.example/v3")).isPresent();
        assertThat(PathSegment.problemOf("/v3/payments?orderId=1")).hasValueSatisfying(p -> assertThat(p).contains("query"));
        assertThat(PathSegment.problemOf("/v3/a b")).isPresent();
        assertThat(PathSegment.problemOf("/v3/a%2")).isPresent();
        assertThat(PathSegment.problemOf("/v3/a\r\nX: y")).isPresent();
    }
}
