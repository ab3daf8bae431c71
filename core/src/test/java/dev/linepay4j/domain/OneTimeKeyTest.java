package dev.linepay4j.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class OneTimeKeyTest {

    @Test
    void eighteenDigitsAreATaiwanKeyAndTwelveAThaiOne() {
        assertThat(OneTimeKey.of("123456789012345678").country()).contains(OneTimeKey.Country.TW);
        assertThat(OneTimeKey.of("123456789012").country()).contains(OneTimeKey.Country.TH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678901", "1234567890123", "12345678901234567", "1234567890123456789", ""})
    void otherLengthsAreRefusedWithTheLengthsThatWouldDo(String digits) {
        assertThatThrownBy(() -> OneTimeKey.of(digits))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("oneTimeKey");
    }

    @Test
    void aKeyWithAnythingButDigitsIsRefusedWithoutRepeatingIt() {
        assertThatThrownBy(() -> OneTimeKey.of("12345678901234567\n"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("digits only").hasMessageContaining("U+000A")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("1234567890"));
        assertThatThrownBy(() -> OneTimeKey.of("1234 5678 9012")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> OneTimeKey.of(null)).isInstanceOf(ValidationException.class);
    }

    @Test
    void toStringShowsOnlyTheLastFourDigits() {
        OneTimeKey key = OneTimeKey.of("123456789012345678");

        assertThat(key.toString()).isEqualTo("OneTimeKey[**************5678]").doesNotContain("1234");
        assertThat(key.value()).isEqualTo("123456789012345678");
    }
}
