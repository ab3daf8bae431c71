package dev.linepay4j.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChannelIdTest {

    @Test
    void tenDigitsFromTheMerchantCenterAreAccepted() {
        assertThat(ChannelId.of("1234567890").value()).isEqualTo("1234567890");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "12345678901234567890"})
    void oneToTwentyDigitsAreAccepted(String digits) {
        assertThat(ChannelId.of(digits).toString()).isEqualTo(digits);
    }

    @Test
    void twentyOneDigitsAreRefused() {
        assertThatThrownBy(() -> ChannelId.of("123456789012345678901"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("channelId")
                .hasMessageContaining("at most 20 digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345abc", "-123", "123 456", "１２３", "12\n34"})
    void anythingButAsciiDigitsIsRefused(String text) {
        assertThatThrownBy(() -> ChannelId.of(text))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("ASCII digits only");
    }

    @Test
    void emptyAndMissingAreRefusedAsRequired() {
        assertThatThrownBy(() -> ChannelId.of("")).hasMessage("channelId: is required");
        assertThatThrownBy(() -> ChannelId.of(null)).hasMessage("channelId: is required");
    }

    @Test
    void aSecretPastedIntoTheIdFieldIsNotRepeatedInTheMessage() {
        String secret = "a917ab6a2367b536f8e5a6e2977e06f4";

        assertThatThrownBy(() -> ChannelId.of(secret)).message().doesNotContain("a917ab6a");
    }

    @Test
    void aNonDigitIsNamedByPositionAndCodeNotEchoed() {
        assertThatThrownBy(() -> ChannelId.of("12\r\n"))
                .hasMessageContaining("character 3 is U+000D")
                .message().doesNotContain("\r");
    }
}
