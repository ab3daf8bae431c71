package dev.linepay4j.it.offline;

import dev.linepay4j.Environment;
import dev.linepay4j.LinePay;
import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.OneTimeKey;
import dev.linepay4j.domain.request.OfflinePaymentRequest;
import dev.linepay4j.testkit.sandbox.LinePaySandbox;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * How the Offline API end-to-end tests make clients: one per transport and generation, each with the codec
 * found on the class path, against the testkit's sandbox (or any environment).
 */
final class OfflineClients {

    static final List<String> TRANSPORTS = List.of("okhttp", "apache", "jdk");
    static final List<ApiVersion> GENERATIONS = List.of(ApiVersion.OFFLINE_V2, ApiVersion.OFFLINE_V2_4,
            ApiVersion.OFFLINE_V4);

    private static final AtomicInteger ORDERS = new AtomicInteger();

    private OfflineClients() {
    }

    static LinePay.Builder builder(String transport, ApiVersion version, Environment environment, String channelId,
                                   String secret) {
        return LinePay.builder().channelId(channelId).channelSecret(secret).environment(environment)
                .apiVersion(version).transport(transport);
    }

    /** A client of the sandbox's default channel. */
    static LinePay.Builder builder(String transport, ApiVersion version, LinePaySandbox sandbox) {
        return builder(transport, version, Environment.custom(sandbox.baseUri()), LinePaySandbox.DEFAULT_CHANNEL_ID,
                LinePaySandbox.DEFAULT_CHANNEL_SECRET);
    }

    /** Every transport. */
    static Stream<String> transports() {
        return TRANSPORTS.stream();
    }

    /** Every transport with every Offline API generation. */
    static Stream<Arguments> transportsAndGenerations() {
        return TRANSPORTS.stream().flatMap(t -> GENERATIONS.stream().map(v -> Arguments.of(t, v)));
    }

    static String orderId(String what) {
        return "IT-" + what + "-" + ORDERS.incrementAndGet() + "-" + System.nanoTime();
    }

    /** A payment that fits every generation: a product name (v2.x needs it; v4 does not send it). */
    static OfflinePaymentRequest payment(String orderId, OneTimeKey key, long amount, boolean capture) {
        return OfflinePaymentRequest.builder().productName("Pearl milk tea").amount(amount).currency(Currency.TWD)
                .orderId(orderId).oneTimeKey(key).capture(capture).branchId("TPE-01").branchName("Taipei Main").build();
    }
}
