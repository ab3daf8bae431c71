package dev.linepay4j.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DisplayLocaleTest {

    @ParameterizedTest
    @CsvSource({"en,EN", "ja,JA", "ko,KO", "th,TH", "zh_TW,ZH_TW", "zh_CN,ZH_CN"})
    void eachDocumentedWireValueParsesToItsLocale(String wire, DisplayLocale expected) {
        assertThat(DisplayLocale.of(wire)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"EN,en", "ZH_TW,zh_TW", "ZH_CN,zh_CN"})
    void eachLocaleWritesLinePaysSpelling(DisplayLocale locale, String wire) {
        assertThat(locale.wireValue()).isEqualTo(wire);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-TW", "ZH_TW", "EN", "zh_tw", "fr", "", " en"})
    void otherSpellingsAreRefused(String text) {
        assertThatThrownBy(() -> DisplayLocale.of(text))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("is not a LINE Pay display locale");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en\r\n"})
    void controlCharactersInARefusedValueAreEscaped(String text) {
        assertThatThrownBy(() -> DisplayLocale.of(text))
                .hasMessageContaining("en\\u000d\\u000a")
                .message().doesNotContain("\n");
    }
}
