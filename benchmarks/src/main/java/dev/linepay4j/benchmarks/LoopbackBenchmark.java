package dev.linepay4j.benchmarks;

import dev.linepay4j.Environment;
import dev.linepay4j.LinePay;
import dev.linepay4j.domain.response.ConfirmResponse;
import dev.linepay4j.spi.HttpRequest;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Each transport on loopback: the client's confirm next to the same HTTP library used bare, posting the
 * same bytes with the same headers to the same {@link CannedHttpServer}, sync and async. The ratio of the
 * two throughputs is what linepay4j costs on top of the HTTP client. {@link LoopbackOneCaller} runs these
 * with one caller, {@link Loopback64Callers} with 64 at once.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public abstract class LoopbackBenchmark {

    /** One server, one client and one bare client per transport, shared by every caller. */
    @State(Scope.Benchmark)
    public static class Loopback {

        /** The transport (and the HTTP library used bare). */
        @Param({"okhttp", "apache", "jdk"})
        public String transport;

        CannedHttpServer server;
        LinePay client;
        BareClient bare;

        /** Starts the server, builds both clients, and checks that each gets the canned answer. */
        @Setup(Level.Trial)
        public void setUp() {
            server = CannedHttpServer.start(Fixture.CONFIRM_ANSWER);
            client = LinePay.builder()
                    .channelId(Fixture.CHANNEL_ID)
                    .channelSecret(Fixture.CHANNEL_SECRET)
                    .environment(Environment.custom(server.baseUri()))
                    .transport(transport)
                    .codec("jackson")
                    .build();
            // The bytes and headers the client sends, taken from the same client over a recording transport.
            InMemoryTransport recording = InMemoryTransport.recording(Fixture.CONFIRM_ANSWER);
            try (LinePay recorder = LinePay.builder()
                    .channelId(Fixture.CHANNEL_ID)
                    .channelSecret(Fixture.CHANNEL_SECRET)
                    .environment(Environment.custom(server.baseUri()))
                    .transport(recording)
                    .codec("jackson")
                    .build()) {
                recorder.confirm(Fixture.TRANSACTION_ID, Fixture.CONFIRM);
            }
            HttpRequest sent = recording.last();
            bare = BareClient.of(transport, sent.uri(), sent.headers(), sent.body());

            if (!client.confirm(Fixture.TRANSACTION_ID, Fixture.CONFIRM).transactionId().equals(Fixture.TRANSACTION_ID)
                    || !client.confirmAsync(Fixture.TRANSACTION_ID, Fixture.CONFIRM).join().transactionId()
                    .equals(Fixture.TRANSACTION_ID)
                    || !Arrays.equals(bare.post(), Fixture.CONFIRM_ANSWER)
                    || !Arrays.equals(bare.postAsync().join(), Fixture.CONFIRM_ANSWER)) {
                throw new IllegalStateException("a client did not get the canned confirm answer over " + transport);
            }
        }

        /** Closes both clients and the server. */
        @TearDown(Level.Trial)
        public void tearDown() {
            client.close();
            bare.close();
            server.close();
        }
    }

    /**
     * linepay4j's blocking confirm.
     *
     * @param s the shared state
     * @return the typed answer
     */
    @Benchmark
    public ConfirmResponse clientSync(Loopback s) {
        return s.client.confirm(Fixture.TRANSACTION_ID, Fixture.CONFIRM);
    }

    /**
     * The HTTP library's blocking call, the same bytes.
     *
     * @param s the shared state
     * @return the answer's body
     */
    @Benchmark
    public byte[] bareSync(Loopback s) {
        return s.bare.post();
    }

    /**
     * linepay4j's async confirm, waited for.
     *
     * @param s the shared state
     * @return the typed answer
     */
    @Benchmark
    public ConfirmResponse clientAsync(Loopback s) {
        return s.client.confirmAsync(Fixture.TRANSACTION_ID, Fixture.CONFIRM).join();
    }

    /**
     * The HTTP library's async call, waited for.
     *
     * @param s the shared state
     * @return the answer's body
     */
    @Benchmark
    public byte[] bareAsync(Loopback s) {
        return s.bare.postAsync().join();
    }
}
