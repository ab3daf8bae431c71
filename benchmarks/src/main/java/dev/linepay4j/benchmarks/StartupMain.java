package dev.linepay4j.benchmarks;

import dev.linepay4j.Environment;
import dev.linepay4j.LinePay;
import dev.linepay4j.domain.response.PaymentRequestResponse;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;

/**
 * One cold start, for {@code benchmarks/startup.sh}: builds a client for a running LinePaySandbox, makes
 * one payment request, and prints how long after the launch each step ended. The launch time is the wall
 * clock the script read just before starting this JVM, in nanoseconds since the epoch, so the first
 * figure includes the JVM's own start.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.linepay4j.benchmarks.StartupMain http://127.0.0.1:8090 okhttp $(date +%s%N)
 * # transport=okhttp main=61.2 built=142.9 first=391.0 second=2.1
 * }</pre>
 *
 * <p>Printed, in milliseconds: {@code main} (the JVM is up and runs this class), {@code built} (the client
 * is built: discovery, transport and codec created, key prepared), {@code first} (the first call has
 * completed), all since the launch; and {@code second}, how long a second call took on its own.
 */
public final class StartupMain {

    private StartupMain() {
    }

    /**
     * Runs one cold start.
     *
     * @param args the sandbox's base URI, the transport id, the launch time in epoch nanoseconds
     */
    public static void main(String[] args) {
        long main = nowNanos();
        if (args.length != 3) {
            System.err.println("usage: StartupMain <sandbox base URI> <transport id> <launch epoch nanos>");
            System.exit(2);
        }
        long launched = Long.parseLong(args[2]);
        long built;
        long first;
        long second;
        try (LinePay client = LinePay.builder()
                .channelId(Fixture.CHANNEL_ID)
                .channelSecret(Fixture.CHANNEL_SECRET)
                .environment(Environment.custom(URI.create(args[0])))
                .transport(args[1])
                .build()) {
            built = nowNanos();
            // The sandbox refuses an order id it has seen (1172), and it outlives the runs.
            String order = "STARTUP-" + launched + "-";
            PaymentRequestResponse answer = client.request(Fixture.REQUEST.toBuilder().orderId(order + 1).build());
            first = nowNanos();
            client.request(Fixture.REQUEST.toBuilder().orderId(order + 2).build());
            second = nowNanos() - first;
            if (answer.transactionId().value() <= 0) {
                throw new IllegalStateException("no transaction id");
            }
        }
        System.out.printf(Locale.ROOT, "transport=%s main=%.1f built=%.1f first=%.1f second=%.1f%n", args[1],
                ms(main - launched), ms(built - launched), ms(first - launched), ms(second));
    }

    private static long nowNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
