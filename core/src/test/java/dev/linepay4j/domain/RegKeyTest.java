package dev.linepay4j.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegKeyTest {

    @Test
    void theDocumentedExampleKeyIsAccepted() {
        assertThat(RegKey.of("RK2AE3519XTFXHM").value()).isEqualTo("RK2AE3519XTFXHM");
    }

    @Test
    void keysOfOtherLengthsAreAcceptedSinceNoFormatIsPromised() {
        assertThat(RegKey.of("K").value()).isEqualTo("K");
        assertThat(RegKey.of("k".repeat(100)).value()).hasSize(100);
    }

    @Test
    void aHundredAndOneCharactersAreRefused() {
        assertThatThrownBy(() -> RegKey.of("k".repeat(101)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("regKey: must be at most 100 characters, was 101");
    }

    @ParameterizedTest
    @ValueSource(strings = {"RK/../expire", "RK?x=1", "RK#frag", "RK%2F", "RK\\x", "RK 1", "RK\n1", "RKé"})
    void charactersThatWouldChangeTheUrlPathAreRefused(String key) {
        assertThatThrownBy(() -> RegKey.of(key))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("goes into a URL path (character 3 is U+");
    }

    @Test
    void theRefusedKeyIsNotRepeatedInTheMessage() {
        assertThatThrownBy(() -> RegKey.of("SECRETISH/KEY")).message().doesNotContain("SECRETISH");
    }

    @Test
    void emptyIsRefusedAsRequired() {
        assertThatThrownBy(() -> RegKey.of("")).hasMessage("regKey: is required");
    }
}
