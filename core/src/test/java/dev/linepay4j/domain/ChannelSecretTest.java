package dev.linepay4j.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChannelSecretTest {

    private static final String SECRET = "a917ab6a2367b536f8e5a6e2977e06f4";

    @Test
    void toStringIsAMask() {
        assertThat(ChannelSecret.of(SECRET).toString()).doesNotContain(SECRET).doesNotContain("a917");
    }

    @Test
    void secretsWithTheSameTextAreEqualAndOthersAreNot() {
        assertThat(ChannelSecret.of(SECRET)).isEqualTo(ChannelSecret.of(SECRET));
        assertThat(ChannelSecret.of(SECRET)).isNotEqualTo(ChannelSecret.of(SECRET + "0"));
        assertThat(ChannelSecret.of(SECRET)).isNotEqualTo(ChannelSecret.of("b917ab6a2367b536f8e5a6e2977e06f4"));
    }

    @Test
    void theHashCodeIsNoFingerprintOfTheSecret() {
        assertThat(ChannelSecret.of(SECRET).hashCode()).isEqualTo(ChannelSecret.of("other").hashCode());
    }

    @Test
    void bytesAreACopySoCallersCannotChangeTheSecret() {
        ChannelSecret secret = ChannelSecret.of(SECRET);
        secret.bytes()[0] = 'X';

        assertThat(secret.reveal()).isEqualTo(SECRET);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "abc\r\nX-Injected: 1", "abc def", "séçret"})
    void blankOrHeaderUnsafeSecretsAreRefusedWithoutEchoingThem(String bad) {
        assertThatThrownBy(() -> ChannelSecret.of(bad))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> {
                    if (!bad.isBlank()) {
                        assertThat(e.getMessage()).doesNotContain(bad);
                    }
                });
    }

    @Test
    void nullIsRefused() {
        assertThatThrownBy(() -> ChannelSecret.of(null)).isInstanceOf(ValidationException.class).hasMessage("channelSecret: is required");
    }
}
