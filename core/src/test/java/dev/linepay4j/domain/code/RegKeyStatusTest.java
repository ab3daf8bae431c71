package dev.linepay4j.domain.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegKeyStatusTest {

    @Test
    void zeroZeroZeroZeroMeansUsable() {
        assertThat(RegKeyStatus.of(ReturnCode.SUCCESS)).contains(RegKeyStatus.USABLE);
    }

    @Test
    void elevenNinetyMeansNotFound() {
        assertThat(RegKeyStatus.of(ReturnCode.of("1190"))).contains(RegKeyStatus.NOT_FOUND);
    }

    @Test
    void elevenNinetyThreeMeansExpired() {
        assertThat(RegKeyStatus.of(ReturnCode.of("1193"))).contains(RegKeyStatus.EXPIRED);
    }

    @Test
    void elevenFiftyFourMeansTheMethodIsUnavailableButTheKeyIsNotDeclaredGone() {
        RegKeyStatus status = RegKeyStatus.of(ReturnCode.of("1154")).orElseThrow();

        assertThat(status).isEqualTo(RegKeyStatus.METHOD_UNAVAILABLE);
        assertThat(status.requiresNewKey()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1141", "1282", "1283", "1284", "1285", "1286", "1287",
        "1290", "1291", "1292", "1293", "1294", "1295"})
    void keyInvalidatingCodesMeanDiscarded(String code) {
        assertThat(RegKeyStatus.of(ReturnCode.of(code))).contains(RegKeyStatus.DISCARDED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280", "1281", "1288", "1289", "1296", "1298", "1104", "1106", "9000", "1199",
        "1900", "12830", "ABCD", ""})
    void otherCodesSayNothingAboutTheKey(String code) {
        assertThat(RegKeyStatus.of(ReturnCode.of(code))).isEmpty();
    }

    @Test
    void notFoundExpiredAndDiscardedRequireANewKey() {
        assertThat(RegKeyStatus.NOT_FOUND.requiresNewKey()).isTrue();
        assertThat(RegKeyStatus.EXPIRED.requiresNewKey()).isTrue();
        assertThat(RegKeyStatus.DISCARDED.requiresNewKey()).isTrue();
        assertThat(RegKeyStatus.USABLE.requiresNewKey()).isFalse();
    }
}
