package dev.linepay4j.domain.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "7", "-7", "10.50", "0.001", "1e5", "1E+5", "1.5e-3", "-0.0E0",
        "2023042201206549310", "123456789012345678901234567890"})
    void validLiteralsAreKeptExactlyAsWritten(String literal) {
        assertThat(JsonNumber.parse(literal).text()).isEqualTo(literal);
        assertThat(JsonNumber.parse(literal).toString()).isEqualTo(literal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "01", "-01", "00", "+1", "1.", ".5", "-.5", "1e", "1e+", "1E-", "e5", "NaN",
        "Infinity", "-Infinity", " 1", "1 ", "0x10", "1_000", "１", "1.5.5", "--1", "1e5.5", "1,5", "1.e3"})
    void literalsOutsideTheJsonGrammarAreRejected(String literal) {
        assertThatThrownBy(() -> JsonNumber.parse(literal))
                .isInstanceOf(NumberFormatException.class)
                .hasMessageContaining("not a JSON number");
    }

    @Test
    void nullIsRejected() {
        assertThatThrownBy(() -> JsonNumber.parse(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void anExponentBeyondWhatBigDecimalHoldsIsRejectedOnConstruction() {
        assertThatThrownBy(() -> JsonNumber.parse("1e2147483648"))
                .isInstanceOf(NumberFormatException.class)
                .hasMessageContaining("exponent out of range");
    }

    @Test
    void aRejectedLiteralIsQuotedShortAndOnOneLine() {
        String hostile = "1" + "x".repeat(10_000) + "\n\u0007";

        assertThatThrownBy(() -> JsonNumber.parse(hostile))
                .hasMessageNotContaining("\n")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(100).contains("10003 chars"));
    }

    @Test
    void nineteenDigitIdsConvertExactly() {
        assertThat(JsonNumber.parse("2023010112345678910").longValueExact()).isEqualTo(2023010112345678910L);
    }

    @ParameterizedTest
    @CsvSource({"9223372036854775807, 9223372036854775807", "-9223372036854775808, -9223372036854775808",
        "1000.0, 1000", "1e3, 1000", "1.5E1, 15", "-0, 0", "0.0, 0"})
    void wholeNumbersConvertToLongWhateverTheirSpelling(String literal, long expected) {
        assertThat(JsonNumber.parse(literal).longValueExact()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"9223372036854775808", "-9223372036854775809", "99999999999999999999", "1.5",
        "0.1", "1e-1", "1e19", "1e999999999", "-1e999999999", "1e-999999999"})
    void fractionsAndOutOfRangeValuesAreNotLongs(String literal) {
        assertThatThrownBy(() -> JsonNumber.parse(literal).longValueExact())
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining(literal);
    }

    @Test
    void bigDecimalValueKeepsTheScale() {
        BigDecimal v = JsonNumber.parse("10.50").bigDecimalValue();

        assertThat(v.scale()).isEqualTo(2);
        assertThat(v).isEqualByComparingTo("10.5");
    }

    @Test
    void ofBigDecimalWritesPlainDigitsWithoutExponent() {
        assertThat(JsonNumber.of(new BigDecimal("1E+3")).text()).isEqualTo("1000");
        assertThat(JsonNumber.of(new BigDecimal("1E-7")).text()).isEqualTo("0.0000001");
        assertThat(JsonNumber.of(new BigDecimal("0.00")).text()).isEqualTo("0.00");
        assertThat(JsonNumber.of(new BigDecimal("-12.345")).text()).isEqualTo("-12.345");
    }

    @Test
    void ofBigDecimalRefusesScalesThatWouldWriteThousandsOfDigits() {
        assertThatThrownBy(() -> JsonNumber.of(new BigDecimal("1E+100000")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonNumber.of(new BigDecimal("1E-100000")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ofLongWritesTheDecimalDigits() {
        assertThat(JsonNumber.of(-42).text()).isEqualTo("-42");
        assertThat(JsonNumber.of(Long.MIN_VALUE).text()).isEqualTo("-9223372036854775808");
    }

    @Test
    void equalityIsByLiteralNotByNumericValue() {
        assertThat(JsonNumber.parse("1.0")).isNotEqualTo(JsonNumber.parse("1"));
        assertThat(JsonNumber.parse("1.0")).isEqualTo(JsonNumber.parse("1.0"))
                .hasSameHashCodeAs(JsonNumber.parse("1.0"));
    }

    @Property
    void everyLongSurvivesTheRoundTrip(@ForAll long value) {
        assertThat(JsonNumber.parse(JsonNumber.of(value).text()).longValueExact()).isEqualTo(value);
    }

    @Property
    void everyBigDecimalIsWrittenPlainAndReadBackExactly(@ForAll BigDecimal value) {
        JsonNumber n = JsonNumber.of(value);

        assertThat(n.text()).doesNotContain("E", "e");
        assertThat(n.bigDecimalValue()).isEqualTo(value);
    }
}
