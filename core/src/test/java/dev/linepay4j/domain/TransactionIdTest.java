package dev.linepay4j.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Positive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TransactionIdTest {

    @Test
    void nineteenDigitIdsSurviveExactlyWhereADoubleWouldNot() {
        String digits = "2023010112345678910";
        TransactionId id = TransactionId.parse(digits);

        assertThat(id.toString()).isEqualTo(digits);
        assertThat(BigInteger.valueOf(id.value())).isEqualTo(new BigInteger(digits));
        assertThat((long) Double.parseDouble(digits)).isNotEqualTo(id.value());
    }

    @Test
    void theLargest64BitValueParses() {
        assertThat(TransactionId.parse(Long.toString(Long.MAX_VALUE)).value()).isEqualTo(Long.MAX_VALUE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"9223372036854775808", "99999999999999999999", "123456789012345678901234"})
    void overflowIsRejected(String digits) {
        assertThatThrownBy(() -> TransactionId.parse(digits))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("does not fit in 64 bits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "+1", "12a", "1.0", "1e5", " 1", "1 ", "１２"})
    void nonDigitsAreRejected(String text) {
        assertThatThrownBy(() -> TransactionId.parse(text))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("decimal digits only");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "0000"})
    void emptyAndZeroAreRejected(String text) {
        assertThatThrownBy(() -> TransactionId.parse(text)).isInstanceOf(ValidationException.class);
    }

    @Property
    void parsingTheDecimalTextGivesBackTheSameNumber(@ForAll @Positive long value) {
        assertThat(TransactionId.parse(Long.toString(value)).value()).isEqualTo(value);
    }
}
