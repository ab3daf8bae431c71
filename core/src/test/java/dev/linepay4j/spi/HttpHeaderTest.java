package dev.linepay4j.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpHeaderTest {

    @ParameterizedTest
    @ValueSource(strings = {"abc\r\nX-Injected: 1", "abc\n", "abc\u0000", "caf\u00e9"})
    void valuesThatCouldSplitAHeaderAreRefusedWithoutEchoingThem(String value) {
        assertThatThrownBy(() -> new HttpHeader("X-LINE-MerchantDeviceType", value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("X-LINE-MerchantDeviceType")
                .hasMessageNotContaining("abc");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "X Bad", "X:Bad", "X\r\nBad"})
    void namesThatAreNotTokensAreRefused(String name) {
        assertThatThrownBy(() -> new HttpHeader(name, "v")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Host", "host", "Expect", "Upgrade", "CONNECTION", "Content-Length", "transfer-encoding"})
    void theSixFramingHeadersAreTheHttpClients(String name) {
        assertThat(new HttpHeader(name, "x").isWrittenByHttpClient()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Content-Type", "X-LINE-ChannelId", "Hosts", "Expects", "Upgrades", "Keep-Alive",
        "X-Content-Length", "Transfer-Encodings", "Hos"})
    void otherHeadersAreTheCallers(String name) {
        assertThat(new HttpHeader(name, "x").isWrittenByHttpClient()).isFalse();
    }

    @Test
    void aRequestSaysWhereItsPathBegins() {
        assertThat(HttpRequest.builder(HttpMethod.POST, URI.create("https://api-pay.line.me"),
                "/v3/payments/1/confirm").build().pathStart()).isEqualTo("https://api-pay.line.me".length());
        assertThat(HttpRequest.builder(HttpMethod.POST, URI.create("http://127.0.0.1:8080/prefix/"),
                "/v3/payments?orderId=a/b").build().pathStart()).isEqualTo("http://127.0.0.1:8080".length());
        assertThat(pathStart("https://user:pw@[::1]:8443/v3")).isEqualTo("https://user:pw@[::1]:8443".length());
        assertThat(pathStart("https://api-pay.line.me/")).isEqualTo("https://api-pay.line.me".length());
        assertThat(pathStart("https://api-pay.line.me")).isEqualTo(-1);
        assertThat(pathStart("https://api-pay.line.me?a=/b")).isEqualTo(-1);
        assertThat(pathStart("https://api-pay.line.me//v3/payments")).isEqualTo(-1);
    }

    private static int pathStart(String url) {
        return HttpRequest.builder(HttpMethod.GET, URI.create(url)).build().pathStart();
    }

    @Test
    void receivedHeadersAreMadeSafeInsteadOfRefused() {
        assertThat(HttpHeader.received("Server", "caf\u00e9\r\n")).contains(new HttpHeader("Server", "caf???"));
        assertThat(HttpHeader.received("Bad Name", "v")).isEmpty();
    }

    @Test
    void headerLookupIgnoresCase() {
        HttpRequest request = HttpRequest.builder(HttpMethod.GET, URI.create("https://api-pay.line.me/v3/payments"))
                .header("X-LINE-ChannelId", "1234567890")
                .build();

        assertThat(request.header("x-line-channelid")).contains("1234567890");
        assertThat(request.header("X-LINE-Authorization")).isEmpty();
    }

    @Test
    void requestsNeedAnAbsoluteHttpUriAndPositiveTimeouts() {
        assertThatThrownBy(() -> HttpRequest.builder(HttpMethod.GET, URI.create("/v3/payments")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HttpRequest.builder(HttpMethod.GET, URI.create("ftp://example.com/x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HttpRequest.builder(HttpMethod.GET, URI.create("https://example.com/x"))
                .readTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void transportFailuresKnowWhetherTheRequestCanHaveArrived() {
        assertThat(new TransportException(TransportException.Kind.CONNECT_FAILED, "refused", null).phase())
                .isEqualTo(TransportException.Phase.BEFORE_SEND);
        assertThat(new TransportException(TransportException.Kind.READ_TIMEOUT, "20 s", null).phase())
                .isEqualTo(TransportException.Phase.AFTER_SEND);
        assertThat(new TransportException(TransportException.Kind.OTHER, "?", null).phase())
                .isEqualTo(TransportException.Phase.AFTER_SEND);
    }
}
