package dev.linepay4j;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.domain.ChannelSecret;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.code.ReturnCode;
import dev.linepay4j.domain.code.ReturnCodeCategory;
import dev.linepay4j.domain.request.PaymentRequest;
import dev.linepay4j.signing.HmacSha256Signer;
import dev.linepay4j.signing.NonceSource;
import dev.linepay4j.signing.RequestSigner;
import dev.linepay4j.signing.SignatureInput;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's "What core gives you today" example, kept compiling and true. */
class ReadmeExampleTest {

    @Test
    void theReadmeExampleWorksAsWritten() {
        PaymentRequest request = PaymentRequest.builder()
                .orderId("ORDER-20261122-0001")
                .currency(Currency.TWD)
                .amount(300)
                .addPackage(p -> p.id("pkg-1").amount(300)
                        .addProduct(pr -> pr.name("Pearl milk tea").quantity(2).price(150)))
                .redirectUrls(r -> r.confirmUrl("https://shop.example/pay/confirm")
                                    .cancelUrl("https://shop.example/pay/cancel"))
                .build();
        assertThat(request.violationsFor(ApiVersion.ONLINE_V4)).isEmpty();

        ReturnCode code = ReturnCode.of("1172");
        assertThat(code.category()).isEqualTo(ReturnCodeCategory.STATE_CONFLICT);
        assertThat(code.retryable()).isFalse();

        RequestSigner signer = HmacSha256Signer.create(ChannelSecret.of("s3cret"), NonceSource.uuidV4());
        Map<String, String> headers = signer.sign(SignatureInput.forPost("/v3/payments/request", "{}".getBytes(UTF_8)));
        assertThat(headers).containsOnlyKeys("X-LINE-Authorization-Nonce", "X-LINE-Authorization");
    }
}
