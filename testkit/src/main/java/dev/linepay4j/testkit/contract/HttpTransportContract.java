package dev.linepay4j.testkit.contract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.linepay4j.spi.HttpMethod;
import dev.linepay4j.spi.HttpRequest;
import dev.linepay4j.spi.HttpResponse;
import dev.linepay4j.spi.HttpTransport;
import dev.linepay4j.spi.TransportException;
import dev.linepay4j.spi.TransportSettings;
import dev.linepay4j.testkit.contract.LoopbackHttpServer.Received;
import dev.linepay4j.testkit.contract.LoopbackHttpServer.Reply;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link HttpTransport} must do, as tests against a scripted server on 127.0.0.1. An
 * adapter's test class extends this and says how to create its transport:
 *
 * <pre>{@code
 * class OkHttpTransportContractTest extends HttpTransportContract {
 *     protected HttpTransport createTransport(TransportSettings settings) {
 *         return new OkHttpTransportProvider().create(settings);
 *     }
 * }
 * }</pre>
 *
 * <p>Every adapter runs the same tests; a test that needs a {@link TransportCapability} the adapter
 * does not declare is reported as skipped.
 */
public abstract class HttpTransportContract {

    /** Long enough for a loopback exchange on a loaded 2-core CI machine, short enough to keep the suite quick. */
    private static final Duration SHORT_READ_TIMEOUT = Duration.ofMillis(750);
    private static final Duration GENEROUS = Duration.ofSeconds(20);

    private volatile Function<Received, Reply> script = request -> Reply.ok("{\"returnCode\":\"0000\"}");
    private LoopbackHttpServer server;
    private HttpTransport transport;

    /**
     * Creates the transport under test.
     *
     * @param settings the settings the test needs
     * @return a new transport; the contract closes it
     */
    protected abstract HttpTransport createTransport(TransportSettings settings);

    /**
     * What the transport can do. Override to declare less; tests that need more are skipped.
     *
     * @return every capability, by default
     */
    protected Set<TransportCapability> capabilities() {
        return EnumSet.allOf(TransportCapability.class);
    }

    /**
     * Starts the server and the transport.
     *
     * @throws IOException if the server cannot bind
     */
    @BeforeEach
    void startServerAndTransport() throws IOException {
        server = LoopbackHttpServer.start(request -> script.apply(request));
        transport = createTransport(TransportSettings.defaults().withMaxResponseBytes(2 * 1024 * 1024));
    }

    /** Stops both. */
    @AfterEach
    void stopServerAndTransport() {
        if (transport != null) {
            transport.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private HttpRequest.Builder request(HttpMethod method, String pathAndQuery) {
        return HttpRequest.builder(method, server.uri(pathAndQuery)).readTimeout(GENEROUS);
    }

    private static TransportException transportFailure(Throwable t) {
        Throwable cause = t instanceof ExecutionException ? t.getCause() : t;
        return assertInstanceOf(TransportException.class, cause,
                "failures must be TransportException, not " + cause);
    }

    // ---- methods, headers and bodies --------------------------------------------------------

    @Test
    void getSendsThePathAndTheEncodedQueryExactly() {
        HttpResponse response = transport.send(request(HttpMethod.GET, "/v3/payments?transactionId=2023042201206549310&orderId=A+1%262").build());

        assertEquals(200, response.status());
        Received received = server.received().get(0);
        assertEquals("GET", received.method());
        assertEquals("/v3/payments", received.path());
        assertEquals("transactionId=2023042201206549310&orderId=A+1%262", received.query().orElseThrow());
        assertEquals(0, received.body().length);
    }

    @Test
    void postSendsTheExactBodyBytes() {
        byte[] body = "{\"amount\":100,\"currency\":\"TWD\",\"name\":\"珍珠奶茶\"}".getBytes(UTF_8);

        transport.send(request(HttpMethod.POST, "/v3/payments/request").header("Content-Type", "application/json").body(body).build());

        Received received = server.received().get(0);
        assertEquals("POST", received.method());
        assertArrayEquals(body, received.body());
    }

    @Test
    void postWithAnEmptyBodySendsNoBytes() {
        transport.send(request(HttpMethod.POST, "/v3/payments/authorizations/1/void").header("Content-Type", "application/json").build());

        Received received = server.received().get(0);
        assertEquals("POST", received.method());
        assertEquals(0, received.body().length);
        assertEquals("0", received.header("Content-Length").orElse("0"));
    }

    @Test
    void requestHeadersArriveExactlyAsGiven() {
        transport.send(request(HttpMethod.POST, "/v3/payments/request")
                .header("Content-Type", "application/json")
                .header("X-LINE-ChannelId", "1234567890")
                .header("X-LINE-Authorization-Nonce", "44453d45-768e-40e8-8349-748e797c450f")
                .header("X-LINE-Authorization", "43+Rn/MP4KDlhGMFcJ0eGpgcy6hpJkEmSRIeWd9F2CE=")
                .body("{}".getBytes(UTF_8))
                .build());

        Received received = server.received().get(0);
        assertEquals("application/json", received.header("Content-Type").orElseThrow(),
                "a transport must not add a charset or change the content type the body was signed with");
        assertEquals("1234567890", received.header("X-LINE-ChannelId").orElseThrow());
        assertEquals("44453d45-768e-40e8-8349-748e797c450f", received.header("X-LINE-Authorization-Nonce").orElseThrow());
        assertEquals("43+Rn/MP4KDlhGMFcJ0eGpgcy6hpJkEmSRIeWd9F2CE=", received.header("X-LINE-Authorization").orElseThrow());
    }

    @Test
    void framingHeadersFromTheCallerAreLeftToTheHttpClient() {
        byte[] body = "{\"amount\":100}".getBytes(UTF_8);

        HttpResponse response = transport.send(request(HttpMethod.POST, "/v3/payments/request")
                .header("Content-Type", "application/json")
                .header("content-length", "999")
                .header("Transfer-Encoding", "chunked")
                .header("HOST", "attacker.example")
                .header("Connection", "close")
                .header("Expect", "100-continue")
                .header("Upgrade", "h2c")
                .header("X-LINE-ChannelId", "1234567890")
                .body(body)
                .build());

        assertEquals(200, response.status());
        Received received = server.received().get(0);
        assertArrayEquals(body, received.body());
        assertEquals(String.valueOf(body.length), received.header("Content-Length").orElseThrow(),
                "the body's own length, not the caller's");
        assertFalse(received.header("Transfer-Encoding").isPresent(), "a second framing would contradict the first");
        assertEquals(server.uri("/").getAuthority(), received.header("Host").orElseThrow());
        assertFalse(received.header("Upgrade").isPresent());
        assertFalse(received.header("Expect").isPresent());
        assertEquals("1234567890", received.header("X-LINE-ChannelId").orElseThrow());
    }

    @Test
    void responseStatusHeadersAndBodyComeBackWhole() {
        byte[] body = "{\"returnCode\":\"0000\",\"returnMessage\":\"成功\"}".getBytes(UTF_8);
        script = request -> Reply.of(200, Map.of("Content-Type", "application/json;charset=UTF-8", "X-Request-Id", "abc-123"), body);

        HttpResponse response = transport.send(request(HttpMethod.GET, "/v3/payments").build());

        assertEquals(200, response.status());
        assertArrayEquals(body, response.body());
        assertEquals("abc-123", response.header("x-request-id").orElseThrow());
        assertEquals("application/json;charset=UTF-8", response.header("Content-Type").orElseThrow());
    }

    @Test
    void largeBodiesTravelIntactBothWays() {
        byte[] big = new byte[768 * 1024];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) ('a' + i % 26);
        }
        script = request -> Reply.of(200, Map.of("Content-Type", "application/json"), request.body());

        HttpResponse response = transport.send(request(HttpMethod.POST, "/echo").header("Content-Type", "application/json").body(big).build());

        assertArrayEquals(big, server.received().get(0).body());
        assertArrayEquals(big, response.body());
    }

    @Test
    void a500WithAnHtmlPageIsAResponseNotAnError() {
        byte[] html = "<html><body><h1>502 Bad Gateway</h1></body></html>".getBytes(UTF_8);
        script = request -> Reply.of(500, Map.of("Content-Type", "text/html"), html);

        HttpResponse response = transport.send(request(HttpMethod.POST, "/v3/payments/1/confirm").body("{}".getBytes(UTF_8)).build());

        assertEquals(500, response.status());
        assertArrayEquals(html, response.body());
    }

    @Test
    void anEmptyResponseBodyIsAnEmptyArray() {
        script = request -> Reply.of(200, Map.of(), new byte[0]);

        HttpResponse response = transport.send(request(HttpMethod.GET, "/v3/payments").build());

        assertEquals(0, response.body().length);
    }

    // ---- failures and their phase -------------------------------------------------------------

    @Test
    void aRefusedConnectionFailsBeforeSend() throws IOException {
        URI nobodyListens = freePortUri();

        TransportException e = assertThrows(TransportException.class,
                () -> transport.send(HttpRequest.builder(HttpMethod.POST, nobodyListens).body("{}".getBytes(UTF_8)).build()));

        assertEquals(TransportException.Kind.CONNECT_FAILED, e.kind());
        assertEquals(TransportException.Phase.BEFORE_SEND, e.phase());
    }

    @Test
    void aServerThatNeverAnswersTimesOutAfterSendWithinTheReadTimeout() {
        script = request -> Reply.hang();
        HttpRequest hanging = request(HttpMethod.POST, "/v3/payments/1/confirm").body("{}".getBytes(UTF_8))
                .readTimeout(SHORT_READ_TIMEOUT).build();

        long start = System.nanoTime();
        TransportException e = assertTimeoutPreemptively(GENEROUS,
                () -> assertThrows(TransportException.class, () -> transport.send(hanging)));
        long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertEquals(TransportException.Kind.READ_TIMEOUT, e.kind());
        assertEquals(TransportException.Phase.AFTER_SEND, e.phase());
        assertTrue(waitedMillis >= SHORT_READ_TIMEOUT.toMillis() - 50, "gave up after " + waitedMillis + " ms, before the timeout");
        assertEquals(1, server.received().size(), "the request reached the server, so the outcome is unknown");
    }

    @Test
    void aConnectionResetInTheMiddleOfTheBodyFailsAfterSend() {
        script = request -> Reply.resetMidBody();

        TransportException e = assertThrows(TransportException.class,
                () -> transport.send(request(HttpMethod.POST, "/v3/payments/1/refund").body("{}".getBytes(UTF_8)).build()));

        assertEquals(TransportException.Phase.AFTER_SEND, e.phase(), "kind was " + e.kind());
    }

    @Test
    void aResponseAboveTheCapIsRefusedAfterSend() {
        assumeTrue(capabilities().contains(TransportCapability.RESPONSE_SIZE_CAP), "adapter declares no response size cap");
        try (HttpTransport capped = createTransport(TransportSettings.defaults().withMaxResponseBytes(1024))) {
            script = request -> Reply.of(200, Map.of("Content-Type", "application/json"), new byte[4096]);

            TransportException e = assertThrows(TransportException.class,
                    () -> capped.send(request(HttpMethod.GET, "/v3/payments").build()));

            assertEquals(TransportException.Kind.RESPONSE_TOO_LARGE, e.kind());
            assertEquals(TransportException.Phase.AFTER_SEND, e.phase());
        }
    }

    @Test
    void aResponseExactlyAtTheCapIsAccepted() {
        assumeTrue(capabilities().contains(TransportCapability.RESPONSE_SIZE_CAP), "adapter declares no response size cap");
        try (HttpTransport capped = createTransport(TransportSettings.defaults().withMaxResponseBytes(1024))) {
            script = request -> Reply.of(200, Map.of("Content-Type", "application/json"), new byte[1024]);

            assertEquals(1024, capped.send(request(HttpMethod.GET, "/v3/payments").build()).body().length);
        }
    }

    // ---- asynchronous use -----------------------------------------------------------------------

    @Test
    void sendAsyncCompletesWithTheResponse() throws Exception {
        script = request -> Reply.ok("{\"returnCode\":\"0000\",\"path\":\"" + request.path() + "\"}");

        HttpResponse response = transport.sendAsync(request(HttpMethod.GET, "/v3/payments/requests/1/check").build())
                .get(GENEROUS.toSeconds(), TimeUnit.SECONDS);

        assertEquals("{\"returnCode\":\"0000\",\"path\":\"/v3/payments/requests/1/check\"}", new String(response.body(), UTF_8));
    }

    @Test
    void sendAsyncFailsWithATransportExceptionNotAWrappedOne() throws IOException {
        CompletableFuture<HttpResponse> future = transport.sendAsync(HttpRequest.builder(HttpMethod.GET, freePortUri()).build());

        ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(GENEROUS.toSeconds(), TimeUnit.SECONDS));

        TransportException failure = transportFailure(e);
        assertEquals(TransportException.Kind.CONNECT_FAILED, failure.kind());
    }

    @Test
    void sendAsyncTimesOutAfterSend() {
        script = request -> Reply.hang();

        CompletableFuture<HttpResponse> future = transport.sendAsync(request(HttpMethod.POST, "/v3/payments/1/confirm")
                .body("{}".getBytes(UTF_8)).readTimeout(SHORT_READ_TIMEOUT).build());

        ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(GENEROUS.toSeconds(), TimeUnit.SECONDS));
        TransportException failure = transportFailure(e);
        assertEquals(TransportException.Kind.READ_TIMEOUT, failure.kind());
    }

    @Test
    void sendAsyncReportsAResetMidBodyAsAfterSend() {
        script = request -> Reply.resetMidBody();

        CompletableFuture<HttpResponse> future = transport.sendAsync(request(HttpMethod.POST, "/v3/payments/1/refund")
                .body("{}".getBytes(UTF_8)).build());

        ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(GENEROUS.toSeconds(), TimeUnit.SECONDS));
        assertEquals(TransportException.Phase.AFTER_SEND, transportFailure(e).phase(), "kind was " + transportFailure(e).kind());
    }

    @Test
    void sendAsyncRefusesAResponseAboveTheCap() {
        assumeTrue(capabilities().contains(TransportCapability.RESPONSE_SIZE_CAP), "adapter declares no response size cap");
        try (HttpTransport capped = createTransport(TransportSettings.defaults().withMaxResponseBytes(1024))) {
            script = request -> Reply.of(200, Map.of("Content-Type", "application/json"), new byte[4096]);

            CompletableFuture<HttpResponse> future = capped.sendAsync(request(HttpMethod.GET, "/v3/payments").build());

            ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(GENEROUS.toSeconds(), TimeUnit.SECONDS));
            assertEquals(TransportException.Kind.RESPONSE_TOO_LARGE, transportFailure(e).kind());
        }
    }

    @Test
    void sendAsyncDoesNotBlockTheCallerWhileTheServerIsSlow() throws Exception {
        assumeTrue(capabilities().contains(TransportCapability.NATIVE_ASYNC), "adapter declares no native async");
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        script = request -> {
            try {
                release.await(GENEROUS.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Reply.ok("{}");
        };

        CompletableFuture<HttpResponse> future = transport.sendAsync(request(HttpMethod.GET, "/slow").build());
        assertFalse(future.isDone(), "sendAsync returned only after the answer: it blocked the caller");
        release.countDown();

        assertEquals(200, future.get(GENEROUS.toSeconds(), TimeUnit.SECONDS).status());
    }

    @Test
    void twoHundredConcurrentAsyncRequestsAllCompleteWithTheirOwnAnswers() throws Exception {
        script = request -> Reply.ok("{\"seq\":" + request.header("X-Seq").orElse("-1") + "}");
        List<CompletableFuture<HttpResponse>> futures = new ArrayList<>();

        for (int i = 0; i < 200; i++) {
            futures.add(transport.sendAsync(request(HttpMethod.GET, "/v3/payments?n=" + i).header("X-Seq", Integer.toString(i)).build()));
        }

        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        for (int i = 0; i < futures.size(); i++) {
            assertEquals("{\"seq\":" + i + "}", new String(futures.get(i).join().body(), UTF_8));
        }
        assertEquals(200, server.received().size());
    }

    // ---- connections and lifecycle -------------------------------------------------------------

    @Test
    void sequentialRequestsReuseTheConnection() {
        assumeTrue(capabilities().contains(TransportCapability.CONNECTION_REUSE), "adapter declares no connection reuse");

        for (int i = 0; i < 10; i++) {
            transport.send(request(HttpMethod.GET, "/v3/payments?i=" + i).build());
        }

        assertTrue(server.connectionsAccepted() <= 2, "10 sequential requests opened " + server.connectionsAccepted() + " connections");
    }

    @Test
    void afterCloseRequestsFailBeforeSendAndCloseCanBeRepeated() {
        transport.close();
        transport.close();

        TransportException sync = assertThrows(TransportException.class, () -> transport.send(request(HttpMethod.GET, "/v3/payments").build()));
        ExecutionException async = assertThrows(ExecutionException.class,
                () -> transport.sendAsync(request(HttpMethod.GET, "/v3/payments").build()).get(GENEROUS.toSeconds(), TimeUnit.SECONDS));

        assertEquals(TransportException.Kind.TRANSPORT_CLOSED, sync.kind());
        assertEquals(TransportException.Phase.BEFORE_SEND, sync.phase());
        assertEquals(TransportException.Kind.TRANSPORT_CLOSED, transportFailure(async).kind());
        assertTrue(server.received().isEmpty());
    }

    @Test
    void failureMessagesNeverRepeatHeaderValues() {
        script = request -> Reply.hang();
        String signature = "c2VjcmV0LXNpZ25hdHVyZS12YWx1ZQ==";

        TransportException e = assertThrows(TransportException.class, () -> transport.send(request(HttpMethod.POST, "/v3/payments/1/confirm")
                .header("X-LINE-Authorization", signature).body("{}".getBytes(UTF_8)).readTimeout(SHORT_READ_TIMEOUT).build()));

        assertFalse(String.valueOf(e.getMessage()).contains(signature));
        assertFalse(Arrays.stream(e.getStackTrace()).anyMatch(f -> f.toString().contains(signature)));
    }

    private static URI freePortUri() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        return URI.create("http://127.0.0.1:" + port + "/v3/payments");
    }
}
