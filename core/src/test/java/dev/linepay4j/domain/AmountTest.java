package dev.linepay4j.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AmountTest {

    @Test
    void trailingZerosDoNotMakeADifferentAmount() {
        assertThat(Amount.parse("100.00")).isEqualTo(Amount.of(100)).hasSameHashCodeAs(Amount.of(100));
        assertThat(Amount.parse("100.00").toPlainString()).isEqualTo("100");
        assertThat(Amount.parse("12.50").toPlainString()).isEqualTo("12.5");
    }

    @Test
    void largeAmountsAreWrittenWithoutAnExponent() {
        assertThat(Amount.of(new BigDecimal("1E+7")).toPlainString()).isEqualTo("10000000");
    }

    @Test
    void arithmeticIsExact() {
        assertThat(Amount.parse("0.1").plus(Amount.parse("0.2"))).isEqualTo(Amount.parse("0.3"));
        assertThat(Amount.parse("19.99").times(3)).isEqualTo(Amount.parse("59.97"));
        assertThat(Amount.of(100).minus(Amount.of(40))).isEqualTo(Amount.of(60));
    }

    @Test
    void negativeAmountsAreRefused() {
        assertThatThrownBy(() -> Amount.of(-1)).isInstanceOf(ValidationException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> Amount.of(10).minus(Amount.of(11))).isInstanceOf(ValidationException.class);
    }

    @Test
    void textThatIsNoNumberIsRefused() {
        assertThatThrownBy(() -> Amount.parse("12,5")).isInstanceOf(ValidationException.class).hasMessageContaining("not a decimal number");
    }

    @Test
    void currenciesAllowTheirOwnScaleOnly() {
        assertThat(Currency.TWD.allows(Amount.of(10))).isTrue();
        assertThat(Currency.TWD.allows(Amount.parse("10.5"))).isFalse();
        assertThat(Currency.TWD.allows(Amount.parse("10.00"))).isTrue();
        assertThat(Currency.USD.allows(Amount.parse("10.55"))).isTrue();
        assertThat(Currency.USD.allows(Amount.parse("10.555"))).isFalse();
        assertThat(Currency.THB.allows(Amount.parse("0.25"))).isTrue();
        assertThat(Currency.JPY.allows(Amount.parse("1.5"))).isFalse();
    }

    @Test
    void currencyCodesParseCaseInsensitivelyAndUnknownOnesAreRefused() {
        assertThat(Currency.of("twd")).isEqualTo(Currency.TWD);
        assertThatThrownBy(() -> Currency.of("EUR")).isInstanceOf(ValidationException.class).hasMessageContaining("USD, TWD or THB");
        assertThat(Currency.JPY.acceptsNewPayments()).isFalse();
        assertThat(Currency.THB.acceptsNewPayments()).isTrue();
    }
}
