package dev.linepay4j.adapter.okhttp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linepay4j.spi.HttpMethod;
import dev.linepay4j.spi.HttpRequest;
import java.net.URI;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** The URLs made with the origin parsed once are the ones OkHttp parses from the whole text. */
class RequestUrlsTest {

    private static final String[] URLS = {
        "https://sandbox-api-pay.line.me/v3/payments/2026112204412563051/confirm",
        "https://api-pay.line.me/v3/payments?transactionId=1&transactionId=2&orderId=a%20b",
        "http://127.0.0.1:8080/v3/payments/request",
        "http://127.0.0.1:80/v3/payments/request",
        "http://[::1]:9090/v2/payments/oneTimeKeys/pay",
        "https://user:pw@example.com:8443/v4/payments/preapprovedPay/RK%2FX/payment",
        "https://API-Pay.LINE.me:443/v3/payments/1/refund",
        "https://api-pay.line.me/a/../v3/./payments#fragment",
        "https://api-pay.line.me",
        "https://api-pay.line.me/",
        "https://api-pay.line.me/?a=1",
        "https://api-pay.line.me?a=/b",
        "https://api-pay.line.me//v3/payments",
    };

    @Test
    void eachUrlEqualsOkHttpsOwnParseOfTheWholeText() {
        RequestUrls urls = new RequestUrls();
        for (int round = 0; round < 2; round++) {   // the second round finds each origin kept, or another one
            for (String url : URLS) {
                HttpUrl made = urls.of(request(url));
                HttpUrl expected = HttpUrl.get(url);

                assertThat(made).as(url).isEqualTo(expected);
                assertThat(made.host()).as(url).isEqualTo(expected.host());
                assertThat(made.port()).as(url).isEqualTo(expected.port());
                assertThat(made.encodedPath()).as(url).isEqualTo(expected.encodedPath());
                assertThat(made.encodedQuery()).as(url).isEqualTo(expected.encodedQuery());
            }
        }
    }

    @Test
    void anOriginThatOnlyStartsLikeTheOneKeptIsNotTakenForIt() {
        RequestUrls urls = new RequestUrls();
        urls.of(request("http://127.0.0.1:80/a"));

        HttpUrl other = urls.of(request("http://127.0.0.1:8080/b"));

        assertThat(other.port()).isEqualTo(8080);
        assertThat(other.encodedPath()).isEqualTo("/b");
    }

    private static HttpRequest request(String url) {
        return HttpRequest.builder(HttpMethod.GET, URI.create(url)).build();
    }
}
