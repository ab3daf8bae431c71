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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Each transport on loopback: the client's confirm next to the same HTTP library used bare, posting the
 * same bytes with the same headers to the same {@link CannedHttpServer}, sync and async. The ratio of the
 * two throughputs is what linepay4j costs on top of the HTTP client. {@link LoopbackOneCaller} runs these
 * with one caller, {@link Loopback64Callers} with 64 at once.
 *
 * <p>The methods are named {@code <transport><Sync|Async><Bare|Client>} so that JMH, which runs benchmarks
 * in name order, runs each client right after its bare counterpart: on a shared machine whose load drifts,
 * the two sides of a ratio are then measured minutes closer together than a transport parameter would allow.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public abstract class LoopbackBenchmark {

    /** One server, one client and one bare client of a transport, shared by every caller. */
    public abstract static class Loopback {

        /** How long {@link #compileFirst} runs the operation. */
        static final int COMPILE_FIRST_SECONDS = 15;

        CannedHttpServer server;
        LinePay client;
        BareClient bare;

        /**
         * The transport's id.
         *
         * @return {@code okhttp}, {@code apache} or {@code jdk}
         */
        abstract String transport();

        /** Starts the server, builds both clients, and checks that each gets the canned answer. */
        void start() {
            String transport = transport();
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

        /**
         * With more callers than cores, runs the benchmark's own operation on two threads at a time for
         * {@value #COMPILE_FIRST_SECONDS} s before JMH's warm-up starts ({@link CompileFirst}).
         *
         * <p>Why: with 64 callers and the server's 64 threads on a 2-core machine, the JIT's compiler threads
         * get a sliver of the CPU, and a path takes minutes instead of seconds to reach its compiled steady
         * state; the longer path (linepay4j's) takes longest. Measured with a plain harness: after 15 s on
         * 64 threads the client's okhttp confirm was still getting faster at a third of the bare client's
         * throughput, and after 15 s on two threads first it ran at once at its steady rate, near the bare
         * client's. The threads are renewed as they compile, because JMH's 64 callers are new threads
         * (see {@link CompileFirst}). Both sides of every ratio get the same treatment: each trial compiles
         * the operation it measures, the bare one as much as the client.
         */
        void compileFirst(BenchmarkParams params) {
            if (params.getThreads() <= 2) {
                return;
            }
            String name = params.getBenchmark();
            Runnable op = name.endsWith("SyncClient") ? this::clientSync
                    : name.endsWith("AsyncClient") ? this::clientAsync
                    : name.endsWith("SyncBare") ? this::bareSync
                    : this::bareAsync;
            CompileFirst.run(op, COMPILE_FIRST_SECONDS);
        }

        /** Closes both clients and the server. */
        void stop() {
            client.close();
            bare.close();
            server.close();
        }

        ConfirmResponse clientSync() {
            return client.confirm(Fixture.TRANSACTION_ID, Fixture.CONFIRM);
        }

        ConfirmResponse clientAsync() {
            return client.confirmAsync(Fixture.TRANSACTION_ID, Fixture.CONFIRM).join();
        }

        byte[] bareSync() {
            return bare.post();
        }

        byte[] bareAsync() {
            return bare.postAsync().join();
        }
    }

    /** OkHttp: the {@code okhttp} transport and OkHttp alone. */
    @State(Scope.Benchmark)
    public static class OkHttp extends Loopback {

        @Override
        String transport() {
            return "okhttp";
        }

        /**
         * Starts the server and both clients, then, with many callers, runs the measured operation for
         * the JIT alone (see {@link Loopback#compileFirst}).
         *
         * @param params which benchmark runs, with how many threads
         */
        @Setup(Level.Trial)
        public void setUp(BenchmarkParams params) {
            start();
            compileFirst(params);
        }

        /** Stops them. */
        @TearDown(Level.Trial)
        public void tearDown() {
            stop();
        }
    }

    /** Apache HttpClient 5: the {@code apache} transport and HttpClient alone. */
    @State(Scope.Benchmark)
    public static class Apache extends Loopback {

        @Override
        String transport() {
            return "apache";
        }

        /**
         * Starts the server and both clients, then, with many callers, runs the measured operation for
         * the JIT alone (see {@link Loopback#compileFirst}).
         *
         * @param params which benchmark runs, with how many threads
         */
        @Setup(Level.Trial)
        public void setUp(BenchmarkParams params) {
            start();
            compileFirst(params);
        }

        /** Stops them. */
        @TearDown(Level.Trial)
        public void tearDown() {
            stop();
        }
    }

    /** {@code java.net.http}: the {@code jdk} transport and HttpClient alone. */
    @State(Scope.Benchmark)
    public static class Jdk extends Loopback {

        @Override
        String transport() {
            return "jdk";
        }

        /**
         * Starts the server and both clients, then, with many callers, runs the measured operation for
         * the JIT alone (see {@link Loopback#compileFirst}).
         *
         * @param params which benchmark runs, with how many threads
         */
        @Setup(Level.Trial)
        public void setUp(BenchmarkParams params) {
            start();
            compileFirst(params);
        }

        /** Stops them. */
        @TearDown(Level.Trial)
        public void tearDown() {
            stop();
        }
    }

    /**
     * The HTTP library alone, sync, over okhttp.
     *
     * @param s the shared state
     * @return the answer
     */
    @Benchmark
    public byte[] okhttpSyncBare(OkHttp s) {
        return s.bareSync();
    }

    /**
     * linepay4j's confirm, sync, over okhttp.
     *
     * @param s the shared state
     * @return the answer
     */
    @Benchmark
    public ConfirmResponse okhttpSyncClient(OkHttp s) {
        return s.clientSync();
    }

    /**
     * The HTTP library alone, async, over okhttp.
     *
     * @param s the shared state
     * @return the answer
     */
    @Benchmark
    public byte[] okhttpAsyncBare(OkHttp s) {
        return s.bareAsync();
    }

    /**
     * linepay4j's confirm, async, over okhttp.
     *
     * @param s the shared state
     * @return the answer
     */
    @Benchmark
    public ConfirmResponse okhttpAsyncClient(OkHttp s) {
        return s.clientAsync();
    }

    /**
     * The HTTP library alone, sync, over apache.
     *
     * @param s the shared state
     * @return the answer
     */
    @Benchmark
    public byte[] apacheSyncBare(Apache s) {
        return s.bareSync();
    }

    /**
     * linepay4j's confirm, sync, over apache.
     *
     * @param s the shared state
     * @return the answer
     */
    @Benchmark
    public ConfirmResponse apacheSyncClient(Apache s) {
        return s.clientSync();
    }

    /**
     * The HTTP library alone, async, over apache.
     *
     * @param s the shared state
     * @return the answer
     */
    @Benchmark
    public byte[] apacheAsyncBare(Apache s) {
        return s.bareAsync();
    }

    /**
     * linepay4j's confirm, async, over apache.
     *
     * @param s the shared state
     * @return the answer
     */
    @Benchmark
    public ConfirmResponse apacheAsyncClient(Apache s) {
        return s.clientAsync();
    }

    /**
     * The HTTP library alone, sync, over jdk.
     *
     * @param s the shared state
     * @return the answer
     */
    @Benchmark
    public byte[] jdkSyncBare(Jdk s) {
        return s.bareSync();
    }

    /**
     * linepay4j's confirm, sync, over jdk.
     *
     * @param s the shared state
     * @return the answer
     */
    @Benchmark
    public ConfirmResponse jdkSyncClient(Jdk s) {
        return s.clientSync();
    }

    /**
     * The HTTP library alone, async, over jdk.
     *
     * @param s the shared state
     * @return the answer
     */
    @Benchmark
    public byte[] jdkAsyncBare(Jdk s) {
        return s.bareAsync();
    }

    /**
     * linepay4j's confirm, async, over jdk.
     *
     * @param s the shared state
     * @return the answer
     */
    @Benchmark
    public ConfirmResponse jdkAsyncClient(Jdk s) {
        return s.clientAsync();
    }
}
