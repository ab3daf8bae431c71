package dev.linepay4j.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HttpRequestTest {

    private static final URI BASE = URI.create("https://sandbox-api-pay.line.me");

    @Test
    void aPathUnderABaseMakesTheSameTargetAsTheWholeUri() {
        HttpRequest joined = HttpRequest.builder(HttpMethod.GET, BASE, "/v3/payments?transactionId=2026112204412563051").build();
        HttpRequest whole = HttpRequest.builder(HttpMethod.GET,
                URI.create("https://sandbox-api-pay.line.me/v3/payments?transactionId=2026112204412563051")).build();

        assertThat(joined.url()).isEqualTo(whole.url()).isEqualTo(whole.uri().toString());
        assertThat(joined.uri()).isEqualTo(whole.uri());
        assertThat(joined.target()).isEqualTo(whole.target()).isEqualTo("GET https://sandbox-api-pay.line.me/v3/payments");
    }

    @Test
    void aTrailingSlashOrAPathPrefixOfTheBaseIsKept() {
        assertThat(HttpRequest.builder(HttpMethod.POST, URI.create("http://127.0.0.1:8080/"), "/v3/payments/request")
                .build().url()).isEqualTo("http://127.0.0.1:8080/v3/payments/request");
        assertThat(HttpRequest.builder(HttpMethod.POST, URI.create("https://proxy.example/linepay"), "/v3/payments/request")
                .build().uri().getRawPath()).isEqualTo("/linepay/v3/payments/request");
    }

    @Test
    void aPathAUriCouldNotHoldIsRefusedWhenBuiltNotWhenSent() {
        for (String bad : new String[] {"v3/payments", "", "/v3/pay ments", "/v3/payments#top", "/v3/%zz", "/v3/%4",
                "/v3/payments/\u00e9", "/v3/[1]", "/v3/\"x\"", "/v3/a\\b"}) {
            assertThatThrownBy(() -> HttpRequest.builder(HttpMethod.GET, BASE, bad))
                    .as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aBaseWithAQueryOrAFragmentOrNotHttpIsRefused() {
        for (String bad : new String[] {"https://h.example/?a=1", "https://h.example/#f", "ftp://h.example", "/relative"}) {
            assertThatThrownBy(() -> HttpRequest.builder(HttpMethod.GET, URI.create(bad), "/v3/payments"))
                    .as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void everyPathTheBuilderAcceptsParsesBackToItself() {
        String alphabet = "azAZ09-._~!$&'()*+,;=:@/?%4F %zz#é[]\"";
        Random random = new Random(20261122);
        int accepted = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder path = new StringBuilder("/");
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                path.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            HttpRequest request;
            try {
                request = HttpRequest.builder(HttpMethod.GET, BASE, path.toString()).build();
            } catch (IllegalArgumentException refused) {
                continue;
            }
            accepted++;
            assertThat(request.uri().toString()).as(path.toString()).isEqualTo(request.url());
        }
        assertThat(accepted).isGreaterThan(1_000);
    }

    @Test
    void headersKeepTheirOrderAndABuilderUsedAgainNeverChangesARequestItBuilt() {
        HttpHeader channel = new HttpHeader("X-LINE-ChannelId", "1234567890");
        HttpRequest.Builder builder = HttpRequest.builder(HttpMethod.POST, BASE, "/v3/payments/request")
                .header("Content-Type", "application/json").header(channel);
        for (int i = 0; i < 7; i++) {   // past the builder's first array
            builder.header("X-Extra-" + i, "v" + i);
        }
        HttpRequest first = builder.build();
        builder.header("X-After", "later");
        HttpRequest second = builder.build();

        assertThat(first.headers()).hasSize(9);
        assertThat(first.headers().get(0)).isEqualTo(new HttpHeader("Content-Type", "application/json"));
        assertThat(first.headers().get(1)).isSameAs(channel);
        assertThat(first.headers().get(8)).isEqualTo(new HttpHeader("X-Extra-6", "v6"));
        assertThat(first.header("x-after")).isEmpty();
        assertThat(second.headers()).hasSize(10).startsWith(first.headers().toArray(HttpHeader[]::new));
        assertThat(second.header("X-AFTER")).contains("later");
        assertThat(first.header("x-line-channelid")).contains("1234567890");
    }

    @Test
    void theHeadersOfARequestCannotBeChanged() {
        HttpRequest request = HttpRequest.builder(HttpMethod.GET, BASE, "/v3/payments").header("A", "1").build();

        assertThatThrownBy(() -> request.headers().add(new HttpHeader("B", "2")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> request.headers().set(0, new HttpHeader("B", "2")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> request.headers().get(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(request.headers()).containsExactly(new HttpHeader("A", "1"));
    }
}
