package dev.linepay4j.signing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linepay4j.domain.ChannelSecret;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ChannelSecretHeaderSignerTest {

    @Test
    void offlineV2RequestsCarryTheSecretItselfAndNoSignature() {
        ChannelSecretHeaderSigner signer = ChannelSecretHeaderSigner.create(ChannelSecret.of("c0ffee"));

        var headers = signer.sign(SignatureInput.forPost("/v2/payments/oneTimeKeys/pay", "{}".getBytes(StandardCharsets.UTF_8)));

        assertThat(headers).containsOnlyKeys("X-LINE-ChannelSecret").containsEntry("X-LINE-ChannelSecret", "c0ffee");
    }

    @Test
    void toStringNeverShowsTheSecret() {
        assertThat(ChannelSecretHeaderSigner.create(ChannelSecret.of("c0ffee")).toString()).doesNotContain("c0ffee");
    }
}
