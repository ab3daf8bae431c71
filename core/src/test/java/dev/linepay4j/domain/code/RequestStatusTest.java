package dev.linepay4j.domain.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestStatusTest {

    @ParameterizedTest
    @CsvSource({
        "0000, NOT_YET_AUTHENTICATED",
        "0110, AUTHENTICATED",
        "0121, CANCELLED_OR_EXPIRED",
        "0122, FAILED",
        "0123, COMPLETED"})
    void statusCodesOfTheCheckMapToTheirStatus(String code, RequestStatus expected) {
        assertThat(RequestStatus.of(ReturnCode.of(code))).contains(expected);
        assertThat(expected.returnCode().code()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1104", "1105", "9000", "1150", "0111", "0120", "ABCD", ""})
    void errorAndUnknownCodesAreNotAStatus(String code) {
        assertThat(RequestStatus.of(ReturnCode.of(code))).isEmpty();
    }

    @Test
    void zeroZeroZeroZeroOnTheCheckMeansNotYetAuthenticatedNotDone() {
        RequestStatus status = RequestStatus.of(ReturnCode.SUCCESS).orElseThrow();

        assertThat(status).isEqualTo(RequestStatus.NOT_YET_AUTHENTICATED);
        assertThat(status.isFinal()).isFalse();
    }

    @Test
    void onlyCancelledFailedAndCompletedAreFinal() {
        assertThat(RequestStatus.AUTHENTICATED.isFinal()).isFalse();
        assertThat(RequestStatus.CANCELLED_OR_EXPIRED.isFinal()).isTrue();
        assertThat(RequestStatus.FAILED.isFinal()).isTrue();
        assertThat(RequestStatus.COMPLETED.isFinal()).isTrue();
    }

    @Test
    void statusCodesAreCataloguedInstances() {
        for (RequestStatus s : RequestStatus.values()) {
            assertThat(s.returnCode()).isSameAs(ReturnCode.of(s.returnCode().code()));
            assertThat(s.returnCode().isKnown()).isTrue();
        }
    }
}
