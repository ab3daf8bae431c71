package dev.linepay4j.adapter.apache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linepay4j.spi.HttpMethod;
import dev.linepay4j.spi.HttpRequest;
import java.net.URI;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.apache.hc.core5.http.message.BasicHttpRequest;
import org.junit.jupiter.api.Test;

/** The requests made from the URL text are the ones HttpClient makes from the parsed URI. */
class RequestTargetsTest {

    private static final String[] URLS = {
        "https://sandbox-api-pay.line.me/v3/payments/2026112204412563051/confirm",
        "https://api-pay.line.me/v3/payments?transactionId=1&transactionId=2&orderId=a%20b",
        "http://127.0.0.1:8080/v3/payments/request",
        "http://127.0.0.1:80/v3/payments/request",
        "http://[::1]:9090/v2/payments/oneTimeKeys/pay",
        "https://user:pw@example.com:8443/v4/payments/preapprovedPay/RK%2FX/payment",
        "https://api-pay.line.me",
        "https://api-pay.line.me/",
        "https://api-pay.line.me/?a=1",
        "https://api-pay.line.me?a=/b",
    };

    @Test
    void eachUrlGivesTheSameSchemeAuthorityAndPathAsTheUri() throws Exception {
        RequestTargets targets = new RequestTargets();
        for (int round = 0; round < 2; round++) {   // the second round finds each base kept, or another one
            for (String url : URLS) {
                HttpRequest request = HttpRequest.builder(HttpMethod.POST, URI.create(url)).build();
                BasicClassicHttpRequest expected = new BasicClassicHttpRequest("POST", URI.create(url));
                BasicClassicHttpRequest classic = targets.classic(request);
                BasicHttpRequest head = targets.head(request);

                for (BasicHttpRequest made : new BasicHttpRequest[] {classic, head}) {
                    assertThat(made.getMethod()).as(url).isEqualTo("POST");
                    assertThat(made.getScheme()).as(url).isEqualTo(expected.getScheme());
                    assertThat(made.getAuthority()).as(url).isEqualTo(expected.getAuthority());
                    assertThat(made.getPath()).as(url).isEqualTo(expected.getPath());
                    assertThat(made.getUri()).as(url).isEqualTo(expected.getUri());
                }
            }
        }
    }

    @Test
    void aBaseThatOnlyStartsLikeTheOneKeptIsNotTakenForIt() {
        RequestTargets targets = new RequestTargets();
        targets.classic(HttpRequest.builder(HttpMethod.GET, URI.create("http://127.0.0.1:80/a")).build());

        BasicClassicHttpRequest other = targets.classic(
                HttpRequest.builder(HttpMethod.GET, URI.create("http://127.0.0.1:8080/b")).build());

        assertThat(other.getAuthority().getPort()).isEqualTo(8080);
        assertThat(other.getPath()).isEqualTo("/b");
    }
}
