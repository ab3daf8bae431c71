package dev.linepay4j.adapter.apache;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.linepay4j.spi.HttpMethod;
import dev.linepay4j.spi.HttpRequest;
import dev.linepay4j.spi.HttpResponse;
import dev.linepay4j.spi.HttpTransport;
import dev.linepay4j.spi.TransportException;
import dev.linepay4j.spi.TransportException.Kind;
import dev.linepay4j.spi.TransportException.Phase;
import dev.linepay4j.spi.TransportSettings;
import dev.linepay4j.testkit.contract.LoopbackHttpServer;
import dev.linepay4j.testkit.contract.LoopbackHttpServer.Received;
import dev.linepay4j.testkit.contract.LoopbackHttpServer.Reply;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the contract does not reach: the asynchronous client's own paths (it shares no code with the
 * classic one inside HttpClient), the pool, the lifecycle of the I/O threads, and bodies without a
 * declared length. Every server is on 127.0.0.1.
 */
class ApacheHttpTransportTest {

    /** Which of the transport's two HttpClients a test goes through. */
    enum Path {
        SYNC, ASYNC
    }

    private static final Duration GENEROUS = Duration.ofSeconds(20);
    private static final Duration SHORT = Duration.ofMillis(400);

    private volatile Function<Received, Reply> script = request -> Reply.ok("{\"returnCode\":\"0000\"}");
    private LoopbackHttpServer server;
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @BeforeEach
    void startServer() throws IOException {
        server = LoopbackHttpServer.start(request -> script.apply(request));
    }

    @AfterEach
    void closeEverything() throws Exception {
        for (int i = toClose.size() - 1; i >= 0; i--) {
            toClose.get(i).close();
        }
        server.close();
    }

    private HttpTransport transport(TransportSettings settings) {
        HttpTransport transport = new ApacheHttpTransport(settings);
        toClose.add(transport);
        return transport;
    }

    private HttpTransport transport() {
        return transport(TransportSettings.defaults());
    }

    private HttpRequest.Builder request(HttpMethod method, String pathAndQuery) {
        return HttpRequest.builder(method, server.uri(pathAndQuery)).readTimeout(GENEROUS);
    }

    /** One exchange through the chosen client; an async failure comes out as its TransportException. */
    private static HttpResponse exchange(HttpTransport transport, Path path, HttpRequest request) {
        if (path == Path.SYNC) {
            return transport.send(request);
        }
        try {
            return transport.sendAsync(request).get(GENEROUS.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw assertInstanceOf(TransportException.class, e.getCause(), "async failures must be TransportException");
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError("no answer from sendAsync", e);
        }
    }

    private static TransportException failure(HttpTransport transport, Path path, HttpRequest request) {
        return assertThrows(TransportException.class, () -> exchange(transport, path, request));
    }

    /** Starts an exchange the server never answers, and returns once the server has it. */
    private CompletableFuture<?> occupyTheOnlyConnection(HttpTransport transport, Path path) {
        script = request -> Reply.hang();
        HttpRequest hanging = request(HttpMethod.POST, "/v3/payments/1/confirm").body("{}".getBytes(UTF_8)).build();
        CompletableFuture<?> pending = path == Path.SYNC
                ? CompletableFuture.runAsync(() -> transport.send(hanging))
                : transport.sendAsync(hanging);
        awaitReceived(1);
        return pending;
    }

    private void awaitReceived(int count) {
        long deadline = System.nanoTime() + GENEROUS.toNanos();
        while (server.received().size() < count) {
            if (System.nanoTime() > deadline) {
                fail("the server received " + server.received().size() + " requests, expected " + count);
            }
            sleep(10);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    // ---- the request goes out exactly, on both clients ---------------------------------------

    @ParameterizedTest
    @EnumSource(Path.class)
    void aPostGoesOutWithTheExactBodyAndContentType(Path path) {
        byte[] body = "{\"amount\":100,\"name\":\"珍珠奶茶\"}".getBytes(UTF_8);

        exchange(transport(), path, request(HttpMethod.POST, "/v3/payments/request")
                .header("Content-Type", "application/json").body(body).build());

        Received received = server.received().get(0);
        assertEquals("POST", received.method());
        assertArrayEquals(body, received.body());
        assertEquals("application/json", received.header("Content-Type").orElseThrow());
        assertEquals(Integer.toString(body.length), received.header("Content-Length").orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(Path.class)
    void anEmptyPostDeclaresContentLengthZero(Path path) {
        exchange(transport(), path, request(HttpMethod.POST, "/v3/payments/authorizations/1/void")
                .header("Content-Type", "application/json").build());

        Received received = server.received().get(0);
        assertEquals("0", received.header("Content-Length").orElse("absent"));
        assertEquals(0, received.body().length);
    }

    @ParameterizedTest
    @EnumSource(Path.class)
    void aGetKeepsTheEncodedQueryAndSendsNoBody(Path path) {
        exchange(transport(), path, request(HttpMethod.GET, "/v3/payments?orderId=A+1%262&transactionId=2023042201206549310").build());

        Received received = server.received().get(0);
        assertEquals("/v3/payments?orderId=A+1%262&transactionId=2023042201206549310", received.target());
        assertEquals(0, received.body().length);
        assertFalse(received.header("Transfer-Encoding").isPresent());
    }

    @ParameterizedTest
    @EnumSource(Path.class)
    void noCompressionIsAskedFor(Path path) {
        exchange(transport(), path, request(HttpMethod.GET, "/v3/payments").build());

        assertFalse(server.received().get(0).header("Accept-Encoding").isPresent(),
                "a compressed answer would slip past the response cap and change the bytes core reads");
    }

    // ---- responses ----------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Path.class)
    void aRedirectIsAResponseNotFollowed(Path path) {
        script = request -> Reply.of(302, Map.of("Location", server.uri("/elsewhere").toString()), new byte[0]);

        HttpResponse response = exchange(transport(), path, request(HttpMethod.POST, "/v3/payments/request").body("{}".getBytes(UTF_8)).build());

        assertEquals(302, response.status());
        assertEquals(1, server.received().size());
    }

    @ParameterizedTest
    @EnumSource(Path.class)
    void aCharsetTheJvmDoesNotKnowStillGivesTheResponse(Path path) {
        byte[] body = "{\"returnCode\":\"0000\"}".getBytes(UTF_8);
        script = request -> Reply.of(200, Map.of("Content-Type", "application/json; charset=x-no-such-charset"), body);

        HttpResponse response = exchange(transport(), path, request(HttpMethod.GET, "/v3/payments").build());

        assertArrayEquals(body, response.body());
        assertEquals("application/json; charset=x-no-such-charset", response.header("Content-Type").orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(Path.class)
    void aDeclaredLengthAboveTheCapIsRefusedAfterSend(Path path) {
        script = request -> Reply.of(200, Map.of("Content-Type", "application/json"), new byte[4096]);

        TransportException e = failure(transport(TransportSettings.defaults().withMaxResponseBytes(1024)), path,
                request(HttpMethod.GET, "/v3/payments").build());

        assertEquals(Kind.RESPONSE_TOO_LARGE, e.kind());
        assertEquals(Phase.AFTER_SEND, e.phase());
    }

    @ParameterizedTest
    @EnumSource(Path.class)
    void aChunkedBodyIsRefusedOnceItGrowsPastTheCap(Path path) throws IOException {
        try (ChunkedServer chunked = new ChunkedServer(8, 1024)) {
            TransportException e = failure(transport(TransportSettings.defaults().withMaxResponseBytes(4096)), path,
                    HttpRequest.builder(HttpMethod.GET, chunked.uri()).readTimeout(GENEROUS).build());

            assertEquals(Kind.RESPONSE_TOO_LARGE, e.kind());
        }
    }

    @ParameterizedTest
    @EnumSource(Path.class)
    void aChunkedBodyExactlyAtTheCapIsAccepted(Path path) throws IOException {
        try (ChunkedServer chunked = new ChunkedServer(4, 1024)) {
            HttpResponse response = exchange(transport(TransportSettings.defaults().withMaxResponseBytes(4096)), path,
                    HttpRequest.builder(HttpMethod.GET, chunked.uri()).readTimeout(GENEROUS).build());

            assertEquals(4096, response.body().length);
            assertEquals('a', response.body()[4095]);
        }
    }

    @ParameterizedTest
    @EnumSource(Path.class)
    void aResetInTheMiddleOfTheBodyIsAConnectionReset(Path path) {
        script = request -> Reply.resetMidBody();

        TransportException e = failure(transport(), path, request(HttpMethod.POST, "/v3/payments/1/refund").body("{}".getBytes(UTF_8)).build());

        assertEquals(Kind.CONNECTION_RESET, e.kind());
    }

    @ParameterizedTest
    @EnumSource(Path.class)
    void aHangingServerIsAReadTimeoutThatNamesTheTargetButNotTheQuery(Path path) {
        script = request -> Reply.hang();

        TransportException e = failure(transport(), path, request(HttpMethod.GET, "/v3/payments?orderId=secret-order")
                .readTimeout(SHORT).build());

        assertEquals(Kind.READ_TIMEOUT, e.kind());
        assertTrue(e.getMessage().contains("GET " + server.uri("/v3/payments")), e.getMessage());
        assertFalse(e.getMessage().contains("secret-order"), e.getMessage());
    }

    // ---- connecting ---------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Path.class)
    void waitingTooLongForAPooledConnectionFailsBeforeSend(Path path) {
        HttpTransport transport = transport(TransportSettings.defaults().withMaxConnections(1));
        occupyTheOnlyConnection(transport, path);
        script = request -> Reply.ok("{}");

        long start = System.nanoTime();
        TransportException e = failure(transport, path, request(HttpMethod.GET, "/v3/payments").connectTimeout(SHORT).build());
        long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertEquals(Kind.CONNECT_TIMEOUT, e.kind(), e.toString());
        assertEquals(Phase.BEFORE_SEND, e.phase());
        assertTrue(waitedMillis < GENEROUS.toMillis() / 2, "waited " + waitedMillis + " ms");
        assertEquals(1, server.received().size(), "the second request must not have been sent");
    }

    @ParameterizedTest
    @EnumSource(Path.class)
    void aConnectionNobodyAcceptsInTimeIsAConnectTimeout(Path path) throws IOException {
        try (FullBacklog full = FullBacklog.open()) {
            assumeTrue(full.isFull(), "this kernel completed every connection; cannot make a connect hang on loopback");

            TransportException e = failure(transport(), path,
                    HttpRequest.builder(HttpMethod.GET, full.uri()).connectTimeout(SHORT).readTimeout(GENEROUS).build());

            assertEquals(Kind.CONNECT_TIMEOUT, e.kind(), e.toString());
            assertEquals(Phase.BEFORE_SEND, e.phase());
        }
    }

    @Test
    void anInterruptWhileWaitingForAConnectionIsReportedAndKept() {
        HttpTransport transport = transport(TransportSettings.defaults().withMaxConnections(1));
        occupyTheOnlyConnection(transport, Path.SYNC);

        Thread.currentThread().interrupt();
        TransportException e;
        try {
            e = assertThrows(TransportException.class, () -> transport.send(request(HttpMethod.GET, "/v3/payments")
                    .connectTimeout(GENEROUS).build()));
        } finally {
            assertTrue(Thread.interrupted(), "the caller's interrupt flag must survive");
        }

        assertEquals(Kind.INTERRUPTED, e.kind(), e.toString());
    }

    // ---- lifecycle ----------------------------------------------------------------------------

    @Test
    void closingFailsAnAsyncRequestInFlightAfterSend() throws Exception {
        HttpTransport transport = transport();
        CompletableFuture<?> inFlight = occupyTheOnlyConnection(transport, Path.ASYNC);

        transport.close();

        ExecutionException e = assertThrows(ExecutionException.class, () -> inFlight.get(GENEROUS.toSeconds(), TimeUnit.SECONDS));
        TransportException failure = assertInstanceOf(TransportException.class, e.getCause());
        assertEquals(Phase.AFTER_SEND, failure.phase(), "the request had reached the server; kind " + failure.kind());
    }

    @Test
    void closingASyncRequestInFlightFailsItAfterSend() throws Exception {
        HttpTransport transport = transport();
        CompletableFuture<?> inFlight = occupyTheOnlyConnection(transport, Path.SYNC);

        transport.close();

        ExecutionException e = assertThrows(ExecutionException.class, () -> inFlight.get(GENEROUS.toSeconds(), TimeUnit.SECONDS));
        TransportException failure = assertInstanceOf(TransportException.class, e.getCause());
        assertEquals(Phase.AFTER_SEND, failure.phase(), "the request had reached the server; kind " + failure.kind());
    }

    @Test
    void closeEndsTheThreadsTheAsyncClientStarted() throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        HttpTransport transport = transport();
        assertEquals(200, transport.sendAsync(request(HttpMethod.GET, "/v3/payments").build()).get(GENEROUS.toSeconds(), TimeUnit.SECONDS).status());

        transport.close();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        List<String> left;
        do {
            left = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> !before.contains(t) && t.isAlive())
                    .map(Thread::getName)
                    .filter(name -> name.startsWith("linepay4j-apache") || name.startsWith("httpclient"))
                    .collect(Collectors.toList());
            if (left.isEmpty()) {
                break;
            }
            sleep(20);
        } while (System.nanoTime() < deadline);
        assertEquals(List.of(), left);
    }

    @Test
    void aSyncOnlyTransportStartsNoIoThreads() {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        HttpTransport transport = transport();

        transport.send(request(HttpMethod.GET, "/v3/payments").build());

        List<String> started = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !before.contains(t))
                .map(Thread::getName)
                .filter(name -> name.startsWith("linepay4j-apache") || name.startsWith("httpclient"))
                .collect(Collectors.toList());
        assertEquals(List.of(), started);
    }

    // Repeated: about one run in fifty once lost the cancel in HttpClient (see AbandonedExchanges), and the
    // connection stayed with the hanging exchange. Twenty runs take about half a second.
    @RepeatedTest(20)
    void cancellingTheFutureAbandonsTheExchange() throws Exception {
        HttpTransport transport = transport(TransportSettings.defaults().withMaxConnections(1));
        CompletableFuture<?> inFlight = occupyTheOnlyConnection(transport, Path.ASYNC);

        assertTrue(inFlight.cancel(true));

        // The only pooled connection is free again: a new request gets it instead of waiting.
        script = request -> Reply.ok("{}");
        HttpResponse response = transport.sendAsync(request(HttpMethod.GET, "/v3/payments").connectTimeout(Duration.ofSeconds(5)).build())
                .get(GENEROUS.toSeconds(), TimeUnit.SECONDS);
        assertEquals(200, response.status());
    }

    // ---- servers the loopback server cannot play ----------------------------------------------

    /** Answers every request with a chunked body of {@code chunks × chunkSize} bytes and no Content-Length. */
    private static final class ChunkedServer implements AutoCloseable {
        private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final Thread thread;

        ChunkedServer(int chunks, int chunkSize) throws IOException {
            thread = new Thread(() -> serve(chunks, chunkSize), "chunked-server");
            thread.setDaemon(true);
            thread.start();
        }

        URI uri() {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/v3/payments");
        }

        private void serve(int chunks, int chunkSize) {
            while (!socket.isClosed()) {
                try (Socket s = socket.accept()) {
                    s.setSoTimeout((int) GENEROUS.toMillis());
                    readHead(s.getInputStream());
                    OutputStream out = s.getOutputStream();
                    out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n".getBytes(US_ASCII));
                    byte[] chunk = new byte[chunkSize];
                    java.util.Arrays.fill(chunk, (byte) 'a');
                    for (int i = 0; i < chunks; i++) {
                        out.write((Integer.toHexString(chunkSize) + "\r\n").getBytes(US_ASCII));
                        out.write(chunk);
                        out.write("\r\n".getBytes(US_ASCII));
                    }
                    out.write("0\r\n\r\n".getBytes(US_ASCII));
                    out.flush();
                    // Let the client finish reading (or give up) before this side closes.
                    while (s.getInputStream().read() >= 0) {
                        // discard
                    }
                } catch (IOException e) {
                    // the client went away, or close(): either way this exchange is over
                }
            }
        }

        private static void readHead(InputStream in) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int lastFour = 0;
            while (lastFour != 0x0D0A0D0A) {
                int b = in.read();
                if (b < 0 || head.size() > 64 * 1024) {
                    throw new IOException("no request head");
                }
                head.write(b);
                lastFour = (lastFour << 8) | b;
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    /**
     * A listening socket whose accept queue is full, so that the kernel leaves a new connection
     * unanswered and connecting times out, without leaving loopback.
     */
    private static final class FullBacklog implements AutoCloseable {
        private final ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        private final List<Socket> fillers = new ArrayList<>();
        private boolean full;

        static FullBacklog open() throws IOException {
            FullBacklog backlog = new FullBacklog();
            backlog.fill();
            return backlog;
        }

        private FullBacklog() throws IOException {
        }

        private void fill() throws IOException {
            for (int i = 0; i < 16 && !full; i++) {
                Socket s = new Socket();
                try {
                    s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), socket.getLocalPort()), 200);
                    fillers.add(s);
                } catch (SocketTimeoutException e) {
                    s.close();
                    full = true;
                }
            }
        }

        boolean isFull() {
            return full;
        }

        URI uri() {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/v3/payments");
        }

        @Override
        public void close() throws IOException {
            for (Socket s : fillers) {
                s.close();
            }
            socket.close();
        }
    }
}
