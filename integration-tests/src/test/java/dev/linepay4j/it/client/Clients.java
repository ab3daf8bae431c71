package dev.linepay4j.it.client;

import dev.linepay4j.Environment;
import dev.linepay4j.LinePay;
import dev.linepay4j.LinePayListener;
import dev.linepay4j.domain.ApiVersion;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * How the end-to-end tests make clients: one per transport id, each with the codec found on the class
 * path, against any environment. The tests against the testkit's LinePaySandbox reuse this with the
 * sandbox's environment.
 */
final class Clients {

    /** A channel secret shaped like LINE Pay's (32 hex digits), to be searched for in every output. */
    static final String SECRET = "c0ffee5ecre7c0ffee5ecre7c0ffee51";
    static final String CHANNEL_ID = "1234567890";

    static final List<String> TRANSPORTS = List.of("okhttp", "apache", "jdk");

    private Clients() {
    }

    static LinePay.Builder builder(String transport, ApiVersion version, Environment environment) {
        return LinePay.builder().channelId(CHANNEL_ID).channelSecret(SECRET).environment(environment)
                .apiVersion(version).transport(transport);
    }

    static LinePay client(String transport, ApiVersion version, Environment environment) {
        return builder(transport, version, environment).build();
    }

    static LinePay client(String transport, ApiVersion version, Environment environment, LinePayListener listener) {
        return builder(transport, version, environment).listener(listener).build();
    }

    /** Every transport with both Online API versions. */
    static Stream<Arguments> transportsAndVersions() {
        return TRANSPORTS.stream().flatMap(t -> Stream.of(Arguments.of(t, ApiVersion.ONLINE_V3),
                Arguments.of(t, ApiVersion.ONLINE_V4)));
    }

    /** Every transport. */
    static Stream<String> transports() {
        return TRANSPORTS.stream();
    }
}
