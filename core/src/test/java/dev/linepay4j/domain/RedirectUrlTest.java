package dev.linepay4j.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedirectUrlTest {

    @Test
    void anHttpsUrlIsKeptExactlyAsGiven() {
        String url = "https://pay-store.example.com/order/payment/authorize?lang=zh_TW";

        assertThat(RedirectUrl.of(url).value()).isEqualTo(url);
        assertThat(RedirectUrl.of(url).toUri().getHost()).isEqualTo("pay-store.example.com");
    }

    @Test
    void theSchemeIsMatchedWithoutRegardToCase() {
        assertThat(RedirectUrl.of("HTTPS://shop.example.com/").value()).isEqualTo("HTTPS://shop.example.com/");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://localhost/confirm", "http://LOCALHOST:8080/confirm", "http://127.0.0.1:8080/confirm",
            "http://127.255.10.3/confirm", "http://[::1]:9000/confirm", "http://[0:0:0:0:0:0:0:1]/confirm"})
    void plainHttpIsAllowedForLoopbackHosts(String url) {
        RedirectUrl redirect = RedirectUrl.of(url);

        assertThat(redirect.isLoopback()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://shop.example.com/confirm", "http://10.0.0.1/confirm", "http://128.0.0.1/confirm",
            "http://127.0.0.1.evil.example/confirm", "http://localhost.evil.example/confirm",
            "http://[::2]/confirm"})
    void plainHttpIsRefusedForEveryOtherHost(String url) {
        assertThatThrownBy(() -> RedirectUrl.of(url))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("must use https; plain http is allowed only for loopback hosts");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.256/confirm", "http://127.1/confirm"})
    void numericHostsThatAreNotDottedQuadsAreNotTakenForLoopback(String url) {
        assertThatThrownBy(() -> RedirectUrl.of(url)).isInstanceOf(ValidationException.class);
    }

    @Test
    void httpsToANonLoopbackHostIsNotLoopback() {
        assertThat(RedirectUrl.of("https://shop.example.com/").isLoopback()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://shop.example.com/confirm", "javascript://shop.example.com/%0aalert(1)"})
    void otherSchemesAreRefused(String url) {
        assertThatThrownBy(() -> RedirectUrl.of(url)).hasMessage("redirectUrl: must use https");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/pay/confirm", "shop.example.com/confirm", "mailto:shop@example.com"})
    void relativeAndOpaqueUrlsAreRefused(String url) {
        assertThatThrownBy(() -> RedirectUrl.of(url)).hasMessageContaining("must be an absolute URL");
    }

    @Test
    void aUrlWithoutHostIsRefused() {
        assertThatThrownBy(() -> RedirectUrl.of("https:///pay/confirm")).hasMessageContaining("must name a valid host");
    }

    @Test
    void aFragmentIsRefused() {
        assertThatThrownBy(() -> RedirectUrl.of("https://shop.example.com/app#/confirm"))
                .hasMessageContaining("must not have a fragment");
    }

    @Test
    void credentialsInTheUrlAreRefused() {
        assertThatThrownBy(() -> RedirectUrl.of("https://user:pw@shop.example.com/confirm"))
                .hasMessage("redirectUrl: must not carry a user name or password");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://shop.example.com/\r\nconfirm", "https://shop.example.com/\tconfirm",
            "https://shop.example.com/confirm\u0000"})
    void controlCharactersAreRefused(String url) {
        assertThatThrownBy(() -> RedirectUrl.of(url)).hasMessageContaining("must not contain control characters");
    }

    @Test
    void fiveHundredCharactersAreAccepted() {
        String url = "https://shop.example.com/" + "a".repeat(500 - 25);

        assertThat(RedirectUrl.of(url).value()).hasSize(500);
    }

    @Test
    void fiveHundredAndOneCharactersAreRefused() {
        String url = "https://shop.example.com/" + "a".repeat(501 - 25);

        assertThatThrownBy(() -> RedirectUrl.of(url))
                .hasMessage("redirectUrl: must be at most 500 characters, was 501");
    }

    @Test
    void aMalformedUrlIsRefusedWithoutRepeatingIt() {
        assertThatThrownBy(() -> RedirectUrl.of("https://shop.example.com/pay?token=s3cr3t tail"))
                .hasMessageContaining("is not a valid URL")
                .message().doesNotContain("s3cr3t");
    }

    @Test
    void blankAndMissingAreRefused() {
        assertThatThrownBy(() -> RedirectUrl.of(" ")).hasMessage("redirectUrl: must not be blank");
        assertThatThrownBy(() -> RedirectUrl.of(null)).hasMessage("redirectUrl: is required");
    }
}
