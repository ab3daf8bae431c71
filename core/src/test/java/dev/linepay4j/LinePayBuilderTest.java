package dev.linepay4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.linepay4j.discovery.DiscoveryException;
import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.domain.ChannelSecret;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.ValidationException;
import dev.linepay4j.domain.Violation;
import dev.linepay4j.spi.HttpTransport;
import dev.linepay4j.spi.HttpTransportProvider;
import dev.linepay4j.spi.TransportException;
import dev.linepay4j.spi.TransportSettings;
import dev.linepay4j.support.MiniJsonCodec;
import dev.linepay4j.support.ScriptedTransport;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Building a client: every setting checked at once, choices made once, the secret never shown. */
class LinePayBuilderTest {

    private static final String SECRET = "Zx9-very-secret-channel-key";

    private static LinePay.Builder valid(HttpTransport transport) {
        return LinePay.builder().channelId("1234567890").channelSecret(SECRET).environment(Environment.SANDBOX)
                .transport(transport).codec(new MiniJsonCodec());
    }

    @Test
    void everyMissingSettingIsReportedAtOnce() {
        assertThatThrownBy(() -> LinePay.builder().transport(ScriptedTransport.answering("{}")).build())
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::field)
                        .containsExactly("channelId", "channelSecret", "environment"));
    }

    @Test
    void aMalformedIdAndSecretAreReportedWithoutRepeatingTheSecret() {
        assertThatThrownBy(() -> valid(ScriptedTransport.answering("{}")).channelId("12ab").channelSecret("with space "
                + SECRET).build())
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("channelId").hasMessageContaining("channelSecret")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET));
    }

    @Test
    void aMissingVersionIsRefused() {
        assertThatThrownBy(() -> valid(ScriptedTransport.answering("{}")).apiVersion(null).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("apiVersion");
    }

    @Test
    void nonPositiveTimeoutsAreRefused() {
        assertThatThrownBy(() -> valid(ScriptedTransport.answering("{}")).connectTimeout(Duration.ZERO)
                .readTimeout(Endpoint.CONFIRM, Duration.ofSeconds(-1)).readTimeout(Duration.ZERO).build())
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::field)
                        .containsExactly("connectTimeout", "readTimeout", "readTimeout[CONFIRM]"));
    }

    @Test
    void plainHttpIsRefusedExceptOnLoopback() {
        assertThatThrownBy(() -> Environment.custom("http://pay-proxy.example.com"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("loopback");
        assertThat(Environment.custom("http://127.0.0.1:8080").baseUri()).isEqualTo(URI.create("http://127.0.0.1:8080"));
        assertThat(Environment.custom("http://localhost:8080/").baseUri()).isEqualTo(URI.create("http://localhost:8080"));
        assertThat(Environment.custom("http://[::1]:8080").isCustom()).isTrue();
        assertThat(Environment.custom("https://pay-proxy.example.com:8443").name()).isEqualTo("CUSTOM");
    }

    @Test
    void aCustomBaseUriIsSchemeHostAndPortOnly() {
        assertThatThrownBy(() -> Environment.custom("https://proxy.example.com/linepay"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("without a path");
        assertThatThrownBy(() -> Environment.custom("https://proxy.example.com?a=1"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("query");
        assertThatThrownBy(() -> Environment.custom("https://user:pa55word@proxy.example.com"))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("pa55word"));
        assertThatThrownBy(() -> Environment.custom("ftp://proxy.example.com"))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void theKnownEnvironmentsPointAtLinePay() {
        assertThat(Environment.SANDBOX.baseUri()).isEqualTo(URI.create("https://sandbox-api-pay.line.me"));
        assertThat(Environment.PRODUCTION.baseUri()).isEqualTo(URI.create("https://api-pay.line.me"));
        assertThat(Environment.SANDBOX.isCustom()).isFalse();
    }

    @Test
    void toStringShowsTheChoicesAndNeverTheSecret() {
        try (LinePay linePay = valid(ScriptedTransport.answering("{}")).apiVersion(ApiVersion.ONLINE_V4).build()) {
            assertThat(linePay.toString())
                    .contains("channelId=1234567890", "SANDBOX", "ONLINE_V4", "ScriptedTransport", "MiniJsonCodec")
                    .doesNotContain(SECRET);
            assertThat(linePay.apiVersion()).isEqualTo(ApiVersion.ONLINE_V4);
            assertThat(linePay.environment()).isEqualTo(Environment.SANDBOX);
            assertThat(linePay.transportId()).startsWith("instance:");
        }
    }

    @Test
    void aChannelSecretValueIsAcceptedAsWell() {
        try (LinePay linePay = valid(ScriptedTransport.answering("{}")).channelSecret(ChannelSecret.of(SECRET)).build()) {
            assertThat(linePay.channelId().value()).isEqualTo("1234567890");
        }
    }

    @Test
    void closingLeavesAGivenTransportOpenAndRefusesLaterCalls() {
        ScriptedTransport transport = ScriptedTransport.answering("{\"returnCode\":\"0000\"}");
        LinePay linePay = valid(transport).build();

        linePay.close();
        linePay.close();

        assertThat(transport.closes()).isZero();
        assertThatThrownBy(() -> linePay.voidAuthorization(TransactionId.of(1)))
                .isInstanceOf(LinePayException.class)
                .satisfies(e -> assertThat(((LinePayException) e).error())
                        .isEqualTo(new LinePayError.TransportFailure(((LinePayException) e).error().call(),
                                TransportException.Kind.TRANSPORT_CLOSED)));
        assertThat(transport.sent()).isEmpty();
        assertThat(linePay.toString()).contains("closed");
    }

    @Test
    void closingClosesATransportTheClientCreatedOnce() {
        ScriptedTransport transport = ScriptedTransport.answering("{}");
        AtomicReference<TransportSettings> settings = new AtomicReference<>();
        HttpTransportProvider provider = new HttpTransportProvider() {
            @Override
            public String id() {
                return "scripted";
            }

            @Override
            public int priority() {
                return 0;
            }

            @Override
            public HttpTransport create(TransportSettings s) {
                settings.set(s);
                return transport;
            }
        };
        LinePay linePay = valid(transport).transport(provider).connectTimeout(Duration.ofSeconds(3)).build();

        linePay.close();
        linePay.close();

        assertThat(transport.closes()).isEqualTo(1);
        assertThat(linePay.transportId()).isEqualTo("scripted");
        assertThat(settings.get().connectTimeout()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void withoutATransportOnTheClassPathTheErrorSaysWhatToAdd() {
        assertThatThrownBy(() -> LinePay.builder().channelId("1").channelSecret(SECRET)
                .environment(Environment.SANDBOX).codec(new MiniJsonCodec()).build())
                .isInstanceOf(DiscoveryException.class)
                .hasMessageContaining("linepay4j-adapter-okhttp")
                .hasMessageContaining("LinePay.builder().transport(...)");
    }

    @Test
    void anUnknownTransportIdListsTheRegisteredOnes() {
        assertThatThrownBy(() -> LinePay.builder().channelId("1").channelSecret(SECRET)
                .environment(Environment.SANDBOX).codec(new MiniJsonCodec()).transport("netty").build())
                .isInstanceOf(DiscoveryException.class).hasMessageContaining("'netty'");
    }
}
