package dev.linepay4j.adapter.okhttp;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
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
import dev.linepay4j.testkit.contract.LoopbackHttpServer.Reply;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What the OkHttp adapter does beyond the shared contract. Every socket is on 127.0.0.1. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class OkHttpTransportTest {

    private final List<AutoCloseable> closeAfter = new ArrayList<>();

    @AfterEach
    void closeEverything() throws Exception {
        for (int i = closeAfter.size() - 1; i >= 0; i--) {
            closeAfter.get(i).close();
        }
    }

    private <T extends AutoCloseable> T closeLater(T resource) {
        closeAfter.add(resource);
        return resource;
    }

    private OkHttpTransport transport(TransportSettings settings) {
        return closeLater(new OkHttpTransport(settings));
    }

    private OkHttpTransport transport() {
        return transport(TransportSettings.defaults());
    }

    private LoopbackHttpServer server(Function<LoopbackHttpServer.Received, Reply> script) throws IOException {
        return closeLater(LoopbackHttpServer.start(script));
    }

    private RawLoopbackServer raw(RawLoopbackServer.Script script) throws IOException {
        return closeLater(new RawLoopbackServer(script));
    }

    private static TransportException failure(ExecutionException e) {
        assertThat(e.getCause()).isInstanceOf(TransportException.class);
        return (TransportException) e.getCause();
    }

    // ---- what goes out ---------------------------------------------------------------------------

    @Test
    void aContentTypeWithParametersIsNotRewritten() throws IOException {
        LoopbackHttpServer server = server(r -> Reply.ok("{}"));

        transport().send(HttpRequest.builder(HttpMethod.POST, server.uri("/v3/payments/request"))
                .header("Content-Type", "application/json; charset=UTF-8").body("{}".getBytes(UTF_8)).build());

        assertThat(server.received().get(0).header("Content-Type")).contains("application/json; charset=UTF-8");
    }

    @Test
    void aPostWithoutAContentTypeGetsNoneAdded() throws IOException {
        LoopbackHttpServer server = server(r -> Reply.ok("{}"));

        transport().send(HttpRequest.builder(HttpMethod.POST, server.uri("/v2/payments/oneTimeKeys/pay"))
                .body("{}".getBytes(UTF_8)).build());

        assertThat(server.received().get(0).header("Content-Type")).isEmpty();
    }

    @Test
    void aCallersContentLengthCannotDesynchroniseTheBody() throws IOException {
        LoopbackHttpServer server = server(r -> Reply.ok("{}"));
        byte[] body = "{\"amount\":1}".getBytes(UTF_8);

        transport().send(HttpRequest.builder(HttpMethod.POST, server.uri("/v3/payments/request"))
                .header("Content-Length", "3").body(body).build());

        assertThat(server.received().get(0).header("Content-Length")).contains(Integer.toString(body.length));
        assertThat(server.received().get(0).body()).isEqualTo(body);
    }

    @Test
    void redirectsAreReturnedNotFollowed() throws IOException {
        LoopbackHttpServer server = server(r -> Reply.of(302, Map.of("Location", "/elsewhere"), new byte[0]));

        HttpResponse response = transport().send(HttpRequest.builder(HttpMethod.POST, server.uri("/v3/payments/1/confirm"))
                .body("{}".getBytes(UTF_8)).build());

        assertThat(response.status()).isEqualTo(302);
        assertThat(server.received()).hasSize(1);
    }

    @Test
    void aConnectionClosedWithoutAnAnswerIsNotRetriedAndFailsAfterSend() throws IOException {
        RawLoopbackServer server = raw(s -> RawLoopbackServer.readHead(s.getInputStream()));

        TransportException e = catchThrowableOfType(TransportException.class, () -> transport().send(
                HttpRequest.builder(HttpMethod.POST, server.uri("http", "/v3/payments/1/confirm")).body("{}".getBytes(UTF_8)).build()));

        assertThat(e.kind()).isEqualTo(Kind.CONNECTION_RESET);
        assertThat(e.phase()).isEqualTo(Phase.AFTER_SEND);
        assertThat(server.connectionsAccepted()).as("OkHttp must not repeat a payment call on its own").isEqualTo(1);
    }

    // ---- what comes back -------------------------------------------------------------------------

    @Test
    void aGzipBodyIsDecompressedTransparently() throws IOException {
        byte[] json = "{\"returnCode\":\"0000\"}".getBytes(UTF_8);
        LoopbackHttpServer server = server(r -> Reply.of(200, Map.of("Content-Encoding", "gzip"), gzip(json)));

        HttpResponse response = transport().send(HttpRequest.builder(HttpMethod.GET, server.uri("/v3/payments")).build());

        assertThat(response.body()).isEqualTo(json);
    }

    @Test
    void theCapCountsDecompressedBytesSoASmallGzipBombIsRefused() throws IOException {
        byte[] bomb = gzip(new byte[64 * 1024]);
        assertThat(bomb.length).as("compressed, the bomb fits under the cap").isLessThan(1024);
        LoopbackHttpServer server = server(r -> Reply.of(200, Map.of("Content-Encoding", "gzip"), bomb));
        OkHttpTransport capped = transport(TransportSettings.defaults().withMaxResponseBytes(1024));

        TransportException e = catchThrowableOfType(TransportException.class,
                () -> capped.send(HttpRequest.builder(HttpMethod.GET, server.uri("/v3/payments")).build()));

        assertThat(e.kind()).isEqualTo(Kind.RESPONSE_TOO_LARGE);
    }

    @Test
    void aDeclaredContentLengthAboveTheCapIsRefusedWithoutWaitingForTheBody() throws IOException {
        // Announces a gigabyte, sends ten bytes, then stalls: reading on would end only in a timeout.
        RawLoopbackServer server = raw(s -> {
            RawLoopbackServer.readHead(s.getInputStream());
            OutputStream out = s.getOutputStream();
            out.write("HTTP/1.1 200 OK\r\nContent-Length: 1000000000\r\n\r\n0123456789".getBytes(US_ASCII));
            out.flush();
            Thread.sleep(10_000);
        });
        OkHttpTransport capped = transport(TransportSettings.defaults().withMaxResponseBytes(1024));

        long start = System.nanoTime();
        TransportException e = catchThrowableOfType(TransportException.class, () -> capped.send(
                HttpRequest.builder(HttpMethod.GET, server.uri("http", "/v3/payments")).readTimeout(Duration.ofSeconds(5)).build()));

        assertThat(e.kind()).isEqualTo(Kind.RESPONSE_TOO_LARGE);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(4_000);
    }

    // ---- timeouts --------------------------------------------------------------------------------

    @Test
    void aServerThatTricklesBytesCannotHoldACallPastConnectPlusReadTimeout() throws IOException {
        // Each byte comes well within the read timeout, so only the whole-call deadline can end this.
        RawLoopbackServer server = raw(s -> {
            RawLoopbackServer.readHead(s.getInputStream());
            OutputStream out = s.getOutputStream();
            out.write("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n".getBytes(US_ASCII));
            for (int i = 0; i < 100; i++) {
                out.write('x');
                out.flush();
                Thread.sleep(150);
            }
        });

        long start = System.nanoTime();
        TransportException e = catchThrowableOfType(TransportException.class, () -> transport().send(
                HttpRequest.builder(HttpMethod.POST, server.uri("http", "/v3/payments/1/confirm")).body("{}".getBytes(UTF_8))
                        .connectTimeout(Duration.ofMillis(500)).readTimeout(Duration.ofMillis(700)).build()));
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(e.kind()).isEqualTo(Kind.READ_TIMEOUT);
        assertThat(waited).isBetween(1_000L, 5_000L);
    }

    @Test
    void aConnectionTheServerNeverAcceptsTimesOutBeforeSend() throws IOException {
        // A listening socket whose accept queue is full: the kernel drops further SYNs, so a connect
        // hangs, on loopback, until the client gives up.
        ServerSocket full = closeLater(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), full.getLocalPort());
        boolean connectsHang = false;
        for (int i = 0; i < 16 && !connectsHang; i++) {
            Socket filler = closeLater(new Socket());
            try {
                filler.connect(address, 200);
            } catch (SocketTimeoutException expected) {
                connectsHang = true;
            }
        }
        assumeTrue(connectsHang, "this kernel completes connections to a full accept queue; cannot make a connect hang");

        long start = System.nanoTime();
        TransportException e = catchThrowableOfType(TransportException.class, () -> transport().send(
                HttpRequest.builder(HttpMethod.POST, URI.create("http://127.0.0.1:" + full.getLocalPort() + "/v3/payments/request"))
                        .body("{}".getBytes(UTF_8)).connectTimeout(Duration.ofMillis(300)).build()));
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(e.kind()).isEqualTo(Kind.CONNECT_TIMEOUT);
        assertThat(e.phase()).isEqualTo(Phase.BEFORE_SEND);
        assertThat(waited).as("the request's connect timeout applies, not the 5 s default").isLessThan(3_000);
    }

    // ---- TLS ------------------------------------------------------------------------------------

    @Test
    void aFatalTlsAlertIsAHandshakeFailureBeforeSend() throws IOException {
        RawLoopbackServer server = raw(s -> {
            s.getInputStream().read(new byte[512]); // some of the ClientHello
            // TLS record: alert, TLS 1.2, length 2, fatal (2), handshake_failure (40)
            s.getOutputStream().write(new byte[] {0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x28});
            s.getOutputStream().flush();
        });

        TransportException e = catchThrowableOfType(TransportException.class, () -> transport().send(
                HttpRequest.builder(HttpMethod.POST, server.uri("https", "/v3/payments/request")).body("{}".getBytes(UTF_8)).build()));

        assertThat(e.kind()).isEqualTo(Kind.TLS_HANDSHAKE);
        assertThat(e.phase()).isEqualTo(Phase.BEFORE_SEND);
        assertThat(e).hasRootCauseInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void aPeerThatDoesNotSpeakTlsIsAHandshakeFailureBeforeSend() throws IOException {
        RawLoopbackServer server = raw(s -> {
            s.getInputStream().read(new byte[512]);
            s.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".getBytes(US_ASCII));
            s.getOutputStream().flush();
        });

        TransportException e = catchThrowableOfType(TransportException.class, () -> transport().send(
                HttpRequest.builder(HttpMethod.GET, server.uri("https", "/v3/payments")).build()));

        assertThat(e.kind()).isEqualTo(Kind.TLS_HANDSHAKE);
        assertThat(e.phase()).isEqualTo(Phase.BEFORE_SEND);
    }

    // ---- closing and interrupting ----------------------------------------------------------------

    @Test
    void closingFailsARunningCallAfterSendAndAQueuedOneBeforeSend() throws Exception {
        LoopbackHttpServer server = server(r -> Reply.hang());
        // One call at a time: the second waits in the dispatcher's queue and never starts.
        OkHttpTransport single = transport(TransportSettings.defaults().withMaxConnections(1));
        CompletableFuture<HttpResponse> running = single.sendAsync(
                HttpRequest.builder(HttpMethod.POST, server.uri("/v3/payments/1/confirm")).body("{}".getBytes(UTF_8)).build());
        CompletableFuture<HttpResponse> queued = single.sendAsync(
                HttpRequest.builder(HttpMethod.POST, server.uri("/v3/payments/2/confirm")).body("{}".getBytes(UTF_8)).build());
        for (int i = 0; i < 200 && server.received().isEmpty(); i++) {
            Thread.sleep(10);
        }
        assertThat(server.received()).hasSize(1);

        single.close();

        TransportException runningFailure = failure(catchThrowableOfType(ExecutionException.class, () -> running.get(10, TimeUnit.SECONDS)));
        TransportException queuedFailure = failure(catchThrowableOfType(ExecutionException.class, () -> queued.get(10, TimeUnit.SECONDS)));
        assertThat(runningFailure.phase()).isEqualTo(Phase.AFTER_SEND);
        assertThat(queuedFailure.kind()).isEqualTo(Kind.TRANSPORT_CLOSED);
        assertThat(queuedFailure.phase()).isEqualTo(Phase.BEFORE_SEND);
        assertThat(server.received()).hasSize(1);
    }

    @Test
    void anInterruptedCallerGetsInterruptedAndKeepsItsInterruptFlag() throws IOException {
        LoopbackHttpServer server = server(r -> Reply.hang());
        OkHttpTransport transport = transport();

        Thread.currentThread().interrupt();
        TransportException e;
        try {
            e = catchThrowableOfType(TransportException.class, () -> transport.send(
                    HttpRequest.builder(HttpMethod.POST, server.uri("/v3/payments/1/confirm")).body("{}".getBytes(UTF_8))
                            .readTimeout(Duration.ofSeconds(5)).build()));
        } finally {
            assertThat(Thread.interrupted()).as("interrupt flag kept").isTrue();
        }

        assertThat(e.kind()).isEqualTo(Kind.INTERRUPTED);
    }

    @Test
    void cancellingTheFutureCancelsTheCallAndFreesItsConnection() throws Exception {
        CountDownLatch requestArrived = new CountDownLatch(1);
        CountDownLatch clientHungUp = new CountDownLatch(1);
        RawLoopbackServer server = raw(s -> {
            RawLoopbackServer.readHead(s.getInputStream());
            requestArrived.countDown();
            while (s.getInputStream().read() >= 0) {
                // never answer; wait for the client to close
            }
            clientHungUp.countDown();
        });
        CompletableFuture<HttpResponse> future = transport().sendAsync(
                HttpRequest.builder(HttpMethod.GET, server.uri("http", "/v3/payments")).readTimeout(Duration.ofSeconds(20)).build());
        assertThat(requestArrived.await(10, TimeUnit.SECONDS)).isTrue();

        future.cancel(true);

        assertThat(clientHungUp.await(10, TimeUnit.SECONDS)).as("connection closed long before the 20 s read timeout").isTrue();
    }

    // ---- the classification table ----------------------------------------------------------------

    private static final HttpRequest CONFIRM = HttpRequest.builder(HttpMethod.POST,
            URI.create("https://sandbox-api-pay.line.me/v3/payments/123/confirm?secret=query")).build();

    @Test
    void unknownHostIsBeforeSend() {
        TransportException e = OkHttpTransport.classify(new UnknownHostException("sandbox-api-pay.line.me"), CONFIRM, false, false);

        assertThat(e.kind()).isEqualTo(Kind.UNKNOWN_HOST);
    }

    @Test
    void aSocketTimeoutIsAConnectTimeoutUntilTheRequestStartsAndAReadTimeoutAfter() {
        assertThat(OkHttpTransport.classify(new SocketTimeoutException("timeout"), CONFIRM, false, false).kind())
                .isEqualTo(Kind.CONNECT_TIMEOUT);
        assertThat(OkHttpTransport.classify(new SocketTimeoutException("timeout"), CONFIRM, true, false).kind())
                .isEqualTo(Kind.READ_TIMEOUT);
    }

    @Test
    void okHttpsWholeCallDeadlineIsATimeoutNotAnInterrupt() {
        InterruptedIOException deadline = new InterruptedIOException("timeout");
        deadline.initCause(new SocketException("Socket closed"));

        assertThat(OkHttpTransport.classify(deadline, CONFIRM, true, false).kind()).isEqualTo(Kind.READ_TIMEOUT);
        assertThat(OkHttpTransport.classify(deadline, CONFIRM, false, false).kind()).isEqualTo(Kind.CONNECT_TIMEOUT);
    }

    @Test
    void aBeforeSendCauseSeenAfterTheRequestStartedIsStillAfterSend() {
        // Whatever the exception says, once bytes may have left the outcome is unknown.
        assertThat(OkHttpTransport.classify(new ConnectException("refused"), CONFIRM, true, false).phase())
                .isEqualTo(Phase.AFTER_SEND);
        assertThat(OkHttpTransport.classify(new SSLHandshakeException("bad"), CONFIRM, true, false).phase())
                .isEqualTo(Phase.AFTER_SEND);
    }

    @Test
    void anyIoFailureBeforeTheRequestStartedIsSafeToRetry() {
        TransportException e = OkHttpTransport.classify(new IOException("Failed to authenticate with proxy"), CONFIRM, false, false);

        assertThat(e.kind()).isEqualTo(Kind.CONNECT_FAILED);
        assertThat(e.phase()).isEqualTo(Phase.BEFORE_SEND);
    }

    @Test
    void closingTheTransportIsTransportClosedOnlyIfTheRequestHadNotStarted() {
        assertThat(OkHttpTransport.classify(new IOException("Canceled"), CONFIRM, false, true).kind())
                .isEqualTo(Kind.TRANSPORT_CLOSED);
        assertThat(OkHttpTransport.classify(new IOException("Canceled"), CONFIRM, true, true).phase())
                .isEqualTo(Phase.AFTER_SEND);
    }

    @Test
    void aRuntimeFailureIsOtherAndAfterSend() {
        TransportException e = OkHttpTransport.classify(new IllegalStateException("bug"), CONFIRM, false, false);

        assertThat(e.kind()).isEqualTo(Kind.OTHER);
        assertThat(e.phase()).isEqualTo(Phase.AFTER_SEND);
    }

    @Test
    void messagesNameMethodAndTargetButNotTheQuery() {
        TransportException e = OkHttpTransport.classify(new SocketTimeoutException("timeout"), CONFIRM, true, false);

        assertThat(e.getMessage()).contains("POST https://sandbox-api-pay.line.me/v3/payments/123/confirm")
                .doesNotContain("secret=query");
    }

    private static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
