package dev.linepay4j.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linepay4j.domain.ApiVersion.Authentication;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiVersionTest {

    @ParameterizedTest
    @CsvSource({
            "ONLINE_V3, /v3", "ONLINE_V4, /v4", "OFFLINE_V2, /v2", "OFFLINE_V2_4, /v2.4", "OFFLINE_V4, /v4"})
    void eachVersionHasItsDocumentedPathPrefix(ApiVersion version, String prefix) {
        assertThat(version.pathPrefix()).isEqualTo(prefix);
    }

    @ParameterizedTest
    @CsvSource({
            "ONLINE_V3, true", "ONLINE_V4, true", "OFFLINE_V2, false", "OFFLINE_V2_4, false", "OFFLINE_V4, false"})
    void onlyTheOnlineVersionsAreOnline(ApiVersion version, boolean online) {
        assertThat(version.isOnline()).isEqualTo(online);
    }

    @ParameterizedTest
    @CsvSource({
            "ONLINE_V3, HMAC_SIGNATURE", "ONLINE_V4, HMAC_SIGNATURE", "OFFLINE_V4, HMAC_SIGNATURE",
            "OFFLINE_V2, CHANNEL_SECRET_HEADER", "OFFLINE_V2_4, CHANNEL_SECRET_HEADER"})
    void offlineTwoPointXSendsTheSecretAndEveryOtherVersionSigns(ApiVersion version, Authentication expected) {
        assertThat(version.authentication()).isEqualTo(expected);
    }
}
