package dev.linepay4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.linepay4j.codec.jackson.JacksonJsonCodec;
import dev.linepay4j.domain.response.ConfirmResponse;
import dev.linepay4j.spi.JsonLimits;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each benchmark's body once, so that a change that breaks a benchmark fails the build instead of the next
 * benchmark run. Nothing here measures anything.
 */
class BenchmarksSmokeTest {

    @Test
    void everyInMemoryBenchmarkGetsItsAnswer() {
        InMemoryBenchmark b = new InMemoryBenchmark();
        b.setUp();
        try {
            assertThat(b.confirm().transactionId()).isEqualTo(Fixture.TRANSACTION_ID);
            assertThat(b.confirmAsync().transactionId()).isEqualTo(Fixture.TRANSACTION_ID);
            assertThat(b.request().transactionId()).isEqualTo(Fixture.TRANSACTION_ID);
            assertThat(b.details()).singleElement().satisfies(d -> assertThat(d.transactionId())
                    .isEqualTo(Fixture.TRANSACTION_ID));
            assertThat(b.signConfirm()).containsOnlyKeys("X-LINE-Authorization-Nonce", "X-LINE-Authorization");
            assertThat(b.signConfirmFixedNonce()).hasSize(44);
            assertThat(new String(b.encodeConfirm(), StandardCharsets.UTF_8)).isEqualTo("{\"amount\":300,\"currency\":\"TWD\"}");
            assertThat(new String(b.encodeRequest(), StandardCharsets.UTF_8)).startsWith("{\"amount\":300,");
            assertThat(b.decodeConfirm().returnCode().isSuccess()).isTrue();
            assertThat(b.decodeDetails().returnCode().isSuccess()).isTrue();
        } finally {
            b.tearDown();
        }
    }

    @Test
    void theSwitchedInBenchmarkConfirms() {
        SwitchedInBenchmark b = new SwitchedInBenchmark();
        b.setUp();
        try {
            assertThat(b.confirmThenPark().transactionId()).isEqualTo(Fixture.TRANSACTION_ID);
            b.parkOnly();
        } finally {
            b.tearDown();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"okhttp", "apache", "jdk"})
    void everyLoopbackBenchmarkGetsTheCannedAnswer(String transport) throws Exception {
        LoopbackBenchmark b = new LoopbackOneCaller();
        LoopbackBenchmark.Loopback s = switch (transport) {
            case "okhttp" -> new LoopbackBenchmark.OkHttp();
            case "apache" -> new LoopbackBenchmark.Apache();
            default -> new LoopbackBenchmark.Jdk();
        };
        assertThat(s.transport()).isEqualTo(transport);
        s.start(); // checks both clients, sync and async
        try {
            for (String mode : List.of("Sync", "Async")) {
                Object client = LoopbackBenchmark.class.getMethod(transport + mode + "Client", s.getClass()).invoke(b, s);
                Object bare = LoopbackBenchmark.class.getMethod(transport + mode + "Bare", s.getClass()).invoke(b, s);
                assertThat(((ConfirmResponse) client).transactionId()).isEqualTo(Fixture.TRANSACTION_ID);
                assertThat((byte[]) bare).isEqualTo(Fixture.CONFIRM_ANSWER);
            }
            assertThat(s.server.served()).isGreaterThanOrEqualTo(8);
            // pooled: at most one connection per client and mode (Apache's async client has its own pool)
            assertThat(s.server.connections()).isLessThanOrEqualTo(4);
        } finally {
            s.stop();
        }
    }

    @Test
    void theCannedServerSkipsAChunkedBodyAndHonoursConnectionClose() throws Exception {
        try (CannedHttpServer server = CannedHttpServer.start(Fixture.CONFIRM_ANSWER);
             Socket socket = new Socket(server.baseUri().getHost(), server.baseUri().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v3/payments/1/confirm HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "5\r\nhello\r\n0\r\n\r\n"
                    + "POST /v3/payments/1/confirm HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answers = new String(in.readAllBytes(), StandardCharsets.UTF_8); // ends: the server closes
            assertThat(answers.split("HTTP/1.1 200 OK", -1)).hasSize(3);
            assertThat(answers).endsWith(new String(Fixture.CONFIRM_ANSWER, StandardCharsets.UTF_8));
        }
    }

    @Test
    void theReportPairsEachClientWithItsBareClient() {
        String json = "[" + result("LoopbackOneCaller.okhttpSyncClient", null, 1, "1000", "\"NaN\"", "1500")
                + "," + result("LoopbackOneCaller.okhttpSyncBare", null, 1, "1250", "50", "900")
                + "," + result("InMemoryBenchmark.confirm", null, 1, "4200.5", "100", "3000") + "]";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Report.print(Report.results(new JacksonJsonCodec(JsonLimits.defaults()).read(json.getBytes(StandardCharsets.UTF_8))),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        String tables = out.toString(StandardCharsets.UTF_8);
        assertThat(tables).contains("| confirm | 4.20 µs | 100 ns | 3,000 B |")
                .contains("| okhttp | 1 | sync | 1,000 | 1,250 ± 50 | 0.80 ± 0.03 | 1000.0 µs | 800.0 µs | 1,500 B | 900 B |");
    }

    private static String result(String name, String transport, int threads, String score, String error, String alloc) {
        return "{\"benchmark\":\"dev.linepay4j.benchmarks." + name + "\",\"mode\":\"x\",\"threads\":" + threads
                + (transport == null ? "" : ",\"params\":{\"transport\":\"" + transport + "\"}")
                + ",\"primaryMetric\":{\"score\":" + score + ",\"scoreError\":" + error + ",\"scoreUnit\":\""
                + (name.startsWith("InMemory") ? "ns/op" : "ops/s") + "\"}"
                + ",\"secondaryMetrics\":{\"gc.alloc.rate.norm\":{\"score\":" + alloc
                + ",\"scoreError\":0,\"scoreUnit\":\"B/op\"}}}";
    }

    @Test
    void theVirtualThreadsLoopMeasuresConfirmsOnAPoolsThreads() throws Exception {
        List<VirtualThreadsLoop.Round> rounds = VirtualThreadsLoop.run("platform", 2, 2_000);

        assertThat(rounds).hasSize(2).allSatisfy(r -> {
            assertThat(r.microsPerCall()).isPositive();
            // A confirm allocates a few kilobytes; zero would mean the count missed the pool's threads.
            assertThat(r.bytesPerCall()).isBetween(1_000L, 100_000L);
        });
    }

    @Test
    void theVirtualThreadsLoopSaysWhenTheJavaIsTooOldForVirtualThreads() throws Exception {
        if (Runtime.version().feature() >= 21) {
            assertThat(VirtualThreadsLoop.run("virtual", 1, 100)).singleElement()
                    .satisfies(r -> assertThat(r.bytesPerCall()).isPositive());
        } else {
            assertThatThrownBy(() -> VirtualThreadsLoop.run("virtual", 1, 100))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("virtual threads need Java 21");
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void theAlternatingLoopGivesEachSideItsRatioToTheBareClient(boolean async) throws Exception {
        List<AlternatingLoop.Result> results = AlternatingLoop.run("okhttp", async, 2, 2, 200, 5, 0);

        assertThat(results).extracting(AlternatingLoop.Result::side)
                .containsExactly("bare", "transport", "protocol", "client", "busy 5 µs");
        assertThat(results.get(0).medianRatio()).isEqualTo(1.0);
        assertThat(results).allSatisfy(r -> {
            assertThat(r.medianCallsPerSecond()).isGreaterThan(10);
            assertThat(r.medianRatio()).isPositive().isBetween(r.lowerQuartile(), r.upperQuartile());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"bare", "transport", "protocol", "client"})
    void thePlainLoopCountsCallsAndCpuOnEachSide(String side) throws Exception {
        List<PlainLoop.Window> windows = PlainLoop.run("apache", side, 2, 0, 1, 1);

        assertThat(windows).singleElement().satisfies(w -> {
            assertThat(w.callsPerSecond()).isGreaterThan(10);
            assertThat(w.cpuMicrosPerCall()).isPositive();
            if (side.equals("client")) {
                // Building, signing, reading and mapping take some time; never as long as a whole call.
                assertThat(w.ownMicrosPerCall()).isPositive().isLessThan(1e6 / w.callsPerSecond() * 2);
            } else {
                assertThat(w.ownMicrosPerCall()).isNaN();
            }
        });
    }
}
