package dev.linepay4j.benchmarks;

import dev.linepay4j.Environment;
import dev.linepay4j.LinePay;
import dev.linepay4j.codec.jackson.JacksonJsonCodec;
import dev.linepay4j.domain.response.ConfirmResponse;
import dev.linepay4j.spi.JsonLimits;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * The in-memory confirm as a thread that was just switched in pays for it. There are 64 callers, and each
 * parks for a microsecond after every call, so every call starts on a thread the scheduler has just put
 * back, with caches other threads have used. That is a server whose callers wait for the network. The
 * park alone is measured next to it; the difference in CPU per operation is the call's cost when cold.
 *
 * <p>This is the benchmark behind the README's explanation of the 64-caller loopback ratios: hot, on one
 * thread, the call takes a few microseconds; started cold, it takes several times that.
 */
@BenchmarkMode(Mode.Throughput)
@Fork(2)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(64)
@State(Scope.Benchmark)
public class SwitchedInBenchmark {

    private static final long PARK_NANOS = 1_000;

    private LinePay client;

    /** Builds the client over a transport that answers at once with LINE Pay's confirm answer. */
    @Setup
    public void setUp() {
        client = LinePay.builder()
                .channelId(Fixture.CHANNEL_ID)
                .channelSecret(Fixture.CHANNEL_SECRET)
                .environment(Environment.SANDBOX)
                .transport(InMemoryTransport.answering(Fixture.CONFIRM_ANSWER))
                .codec(new JacksonJsonCodec(JsonLimits.defaults()))
                .build();
    }

    /** Closes the client. */
    @TearDown
    public void tearDown() {
        client.close();
    }

    /** The park alone: what switching threads costs without the call. */
    @Benchmark
    public void parkOnly() {
        LockSupport.parkNanos(PARK_NANOS);
    }

    /**
     * The confirm, then the park.
     *
     * @return the typed answer
     */
    @Benchmark
    public ConfirmResponse confirmThenPark() {
        ConfirmResponse confirmed = client.confirm(Fixture.TRANSACTION_ID, Fixture.CONFIRM);
        LockSupport.parkNanos(PARK_NANOS);
        return confirmed;
    }
}
