package dev.linepay4j.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrderIdTest {

    @Test
    void anOrdinaryOrderIdIsKeptAsIs() {
        assertThat(OrderId.of("MKSI_S_20180904_1000001").value()).isEqualTo("MKSI_S_20180904_1000001");
    }

    @Test
    void aHundredCharactersAreAccepted() {
        assertThat(OrderId.of("x".repeat(100)).value()).hasSize(100);
    }

    @Test
    void aHundredAndOneCharactersAreRefused() {
        assertThatThrownBy(() -> OrderId.of("x".repeat(101)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("orderId: must be at most 100 characters, was 101");
    }

    @Test
    void nonAsciiTextIsAllowed() {
        assertThat(OrderId.of("注文-１").value()).isEqualTo("注文-１");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void blankIsRefused(String blank) {
        assertThatThrownBy(() -> OrderId.of(blank)).hasMessage("orderId: must not be blank");
    }

    @Test
    void missingIsRefused() {
        assertThatThrownBy(() -> OrderId.of(null)).hasMessage("orderId: is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\rb", "a\nb", "a\tb", "a\u0000b", "a\u007fb", "a\u0085b"})
    void controlCharactersAreRefused(String text) {
        assertThatThrownBy(() -> OrderId.of(text))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("must not contain control characters (character 2 is U+");
    }

    @Test
    void theRefusedControlCharacterDoesNotReachTheMessage() {
        assertThatThrownBy(() -> OrderId.of("order\r\nX-Injected: 1"))
                .message().doesNotContain("\r").doesNotContain("\n");
    }
}
