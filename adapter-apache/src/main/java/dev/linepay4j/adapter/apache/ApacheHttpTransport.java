package dev.linepay4j.adapter.apache;

import dev.linepay4j.spi.HttpHeader;
import dev.linepay4j.spi.HttpMethod;
import dev.linepay4j.spi.HttpRequest;
import dev.linepay4j.spi.HttpResponse;
import dev.linepay4j.spi.HttpTransport;
import dev.linepay4j.spi.TransportException;
import dev.linepay4j.spi.TransportException.Kind;
import dev.linepay4j.spi.TransportSettings;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.ProxySelector;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.routing.SystemDefaultRoutePlanner;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.concurrent.DefaultThreadFactory;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.MalformedChunkCodingException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.RequestNotExecutedException;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.apache.hc.core5.http.message.BasicHttpRequest;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.nio.entity.BasicAsyncEntityProducer;
import org.apache.hc.core5.http.nio.support.BasicRequestProducer;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.DeadlineTimeoutException;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * An {@link HttpTransport} over Apache HttpClient 5: the classic (blocking) client for {@link #send},
 * and the asynchronous client for {@link #sendAsync}, each with its own connection pool of
 * {@link TransportSettings#maxConnections()} connections (in total and per host). The asynchronous
 * client and its I/O threads start on the first {@code sendAsync}, so code that only sends
 * synchronously never pays for them.
 *
 * <p>HttpClient only moves bytes here: automatic retries, redirects, cookies and content compression
 * are off, because core decides retries and signs the exact bytes sent and received. Proxies follow the
 * JVM's default {@link ProxySelector}, as {@code java.net.http.HttpClient} does.
 *
 * <p>Timeouts, per call: the request's connect timeout bounds both the wait for a pooled connection
 * and opening a new one (TCP connect; a TLS handshake is bounded by the connect timeout of
 * {@link TransportSettings}); the read timeout is HttpClient's response timeout, the longest silence
 * allowed once the request is sent, so a server that accepts and never answers fails with
 * {@code READ_TIMEOUT} after about that long.
 *
 * <p>Completions of {@code sendAsync} run on a thread of this transport, never on HttpClient's I/O
 * dispatcher, so a caller's dependent stage that blocks cannot stall other exchanges or wait for its
 * own I/O thread.
 *
 * <p>Failures are classified from HttpClient's cause chain. Before sending: refused or unreachable
 * ({@code CONNECT_FAILED}, also for HttpClient's {@code RequestNotExecutedException}, its guarantee
 * that the request was never written), unresolved host, failed TLS handshake or peer verification,
 * and {@code CONNECT_TIMEOUT} for both a TCP connect and a wait for a pooled connection that took
 * too long. After sending: {@code READ_TIMEOUT} for any other socket timeout (including a TLS
 * handshake that stalls, which cannot be told apart cheaply and is never guessed to be safe),
 * {@code CONNECTION_RESET} for a reset, an early close or a truncated body, {@code INTERRUPTED},
 * {@code RESPONSE_TOO_LARGE}, and {@code OTHER} for the rest.
 *
 * <p>HttpClient logs through SLF4J. Its {@code org.apache.hc.client5.http.headers} and
 * {@code org.apache.hc.client5.http.wire} loggers print header values, signatures and channel
 * secrets among them, at DEBUG: keep them above DEBUG wherever logs are kept.
 *
 * <pre>{@code
 * try (HttpTransport transport = new ApacheHttpTransport(TransportSettings.defaults())) {
 *     HttpResponse response = transport.send(request);
 * }
 * }</pre>
 */
public final class ApacheHttpTransport implements HttpTransport {

    /** LINE Pay traffic is a few small exchanges at a time; two dispatchers multiplex hundreds of them. */
    private static final int MAX_IO_THREADS = 2;

    /** How long {@link #close()} waits for the I/O threads to end; they stop at once in practice. */
    private static final TimeValue SHUTDOWN_WAIT = TimeValue.ofSeconds(5);

    private final TransportSettings settings;
    private final CloseableHttpClient classic;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Object asyncLock = new Object();
    private final RequestTargets targets = new RequestTargets();
    private volatile AsyncSide async;

    /**
     * Creates a transport with its own connection pools. The asynchronous client starts on first use.
     *
     * @param settings connect timeout, response cap and pool size
     */
    public ApacheHttpTransport(TransportSettings settings) {
        this.settings = settings;
        this.classic = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(settings.maxConnections())
                        .setMaxConnPerRoute(settings.maxConnections())
                        .setDefaultConnectionConfig(connectionConfig(settings))
                        .setDefaultTlsConfig(tlsConfig(settings))
                        .build())
                .setRoutePlanner(new SystemDefaultRoutePlanner(ProxySelector.getDefault()))
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableContentCompression()
                .disableCookieManagement()
                .disableAuthCaching()
                .build();
    }

    @Override
    public HttpResponse send(HttpRequest request) {
        ensureOpen(request);
        try {
            return classic.execute(toClassic(request), context(request), this::readClassic);
        } catch (CancellationException e) {
            // The classic client waits on a future only for a pooled connection. The pool cancels that wait
            // when the caller is interrupted (the flag stays set) and when the pool shuts down.
            if (Thread.currentThread().isInterrupted()) {
                throw new TransportException(Kind.INTERRUPTED, "interrupted while waiting for a connection to " + request.target(), e);
            }
            throw closed.get() ? closedBefore(request, e) : classify(e, request);
        } catch (IOException | RuntimeException e) {
            TransportException failure = classify(e, request);
            if (failure.kind() == Kind.INTERRUPTED) {
                // HttpClient turned the interrupt into an exception; the caller's thread must still see it.
                Thread.currentThread().interrupt();
            }
            throw failure;
        }
    }

    @Override
    public CompletableFuture<HttpResponse> sendAsync(HttpRequest request) {
        CompletableFuture<HttpResponse> result = new CompletableFuture<>();
        try {
            AsyncSide side = asyncSide(request);
            side.track(result, request);
            Thread caller = Thread.currentThread();
            AtomicBoolean submitting = new AtomicBoolean(true);
            HttpClientContext context = context(request);
            Future<HttpResponse> exchange = side.client.execute(toAsync(request),
                    new CappedResponseConsumer(settings.maxResponseBytes()), context,
                    new FutureCallback<>() {
                        @Override
                        public void completed(HttpResponse response) {
                            side.complete(result, response, null);
                        }

                        @Override
                        public void failed(Exception e) {
                            boolean refused = submitting.get() && Thread.currentThread() == caller;
                            side.complete(result, null, refused && closed.get()
                                    ? closedBefore(request, e) : classify(e, request));
                        }

                        @Override
                        public void cancelled() {
                            side.complete(result, null, closed.get() ? closedDuring(request)
                                    : new TransportException(Kind.OTHER, request.target() + " was cancelled", null));
                        }
                    });
            submitting.set(false);
            // A caller that gives up on the future also gives up the exchange and its connection.
            result.whenComplete((response, failure) -> {
                if (result.isCancelled()) {
                    exchange.cancel(true);
                    AbandonedExchanges.discard(context);   // in case the cancel reached a finished stage
                }
            });
        } catch (RuntimeException e) {
            result.completeExceptionally(e instanceof TransportException ? e : classify(e, request));
        }
        return result;
    }

    /**
     * Closes both clients at once (in-flight exchanges fail) and waits briefly for the I/O threads to
     * end. Repeated calls do nothing.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        classic.close(CloseMode.IMMEDIATE);
        AsyncSide side;
        synchronized (asyncLock) {
            side = async;
        }
        if (side != null) {
            side.close();
        }
    }

    // ---- classic ------------------------------------------------------------------------------

    private BasicClassicHttpRequest toClassic(HttpRequest request) {
        BasicClassicHttpRequest classic = targets.classic(request);
        copyHeaders(request, classic);
        if (request.method() != HttpMethod.GET) {
            // No ContentType on the entity: the caller's Content-Type header is sent as given, and
            // HttpClient neither adds a second one nor appends a charset. An empty body still is an
            // entity, so that it goes out with Content-Length: 0.
            classic.setEntity(new ByteArrayEntity(request.body(), null));
        }
        return classic;
    }

    private HttpResponse readClassic(ClassicHttpResponse response) throws IOException {
        HttpEntity entity = response.getEntity();
        byte[] body = new byte[0];
        if (entity != null) {
            int cap = settings.maxResponseBytes();
            ResponseTooLarge.checkDeclared(entity.getContentLength(), cap);
            long declared = entity.getContentLength();
            try (InputStream in = entity.getContent()) {
                if (declared >= 0) {
                    // A declared length (checked against the cap above) is read into an array of exactly
                    // that size: no 8 KiB scratch buffer and copy per call. HttpClient ends the stream at
                    // the declared length, and fails it if the connection closes before.
                    byte[] exact = new byte[(int) declared];
                    int read = in.readNBytes(exact, 0, exact.length);
                    body = read == exact.length ? exact : Arrays.copyOf(exact, read);
                } else {
                    // One byte past the cap tells an oversized body from one exactly at the cap. When this
                    // throws, HttpClient discards the connection rather than draining the rest.
                    body = in.readNBytes(cap == Integer.MAX_VALUE ? cap : cap + 1);
                }
            }
            if (body.length > cap) {
                throw new ResponseTooLarge(cap);
            }
        }
        return new HttpResponse(response.getCode(), CappedResponseConsumer.headers(response.getHeaders()), body);
    }

    // ---- async --------------------------------------------------------------------------------

    private AsyncSide asyncSide(HttpRequest request) {
        AsyncSide side = async;
        if (side == null) {
            synchronized (asyncLock) {
                // Checked under the lock that close() takes, so no client can start after close.
                ensureOpen(request);
                side = async;
                if (side == null) {
                    side = new AsyncSide(settings);
                    async = side;
                }
            }
        } else {
            ensureOpen(request);
        }
        return side;
    }

    private BasicRequestProducer toAsync(HttpRequest request) {
        BasicHttpRequest head = targets.head(request);
        copyHeaders(request, head);
        AsyncEntityProducer entity = request.method() == HttpMethod.GET ? null
                : new BasicAsyncEntityProducer(request.body(), null); // no ContentType: see toClassic
        return new BasicRequestProducer(head, entity);
    }

    /**
     * The asynchronous client, the threads that complete its futures, and the exchanges in flight;
     * made on first use.
     */
    private static final class AsyncSide {
        private final CloseableHttpAsyncClient client;
        private final ExecutorService completions;
        private final Map<CompletableFuture<HttpResponse>, HttpRequest> inFlight = new ConcurrentHashMap<>();

        AsyncSide(TransportSettings settings) {
            AtomicInteger threads = new AtomicInteger();
            this.completions = Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "linepay4j-apache-async-" + threads.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            this.client = HttpAsyncClients.custom()
                    .setConnectionManager(new LeaseDeadlineConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                            .setMaxConnTotal(settings.maxConnections())
                            .setMaxConnPerRoute(settings.maxConnections())
                            .setDefaultConnectionConfig(connectionConfig(settings))
                            .setDefaultTlsConfig(tlsConfig(settings))
                            .build(), completions))
                    .setIOReactorConfig(IOReactorConfig.custom()
                            .setIoThreadCount(Math.min(MAX_IO_THREADS, Runtime.getRuntime().availableProcessors()))
                            .build())
                    .setThreadFactory(new DefaultThreadFactory("linepay4j-apache-io", true))
                    .addExecInterceptorFirst(AbandonedExchanges.NAME, new AbandonedExchanges())
                    .setRoutePlanner(new SystemDefaultRoutePlanner(ProxySelector.getDefault()))
                    .disableAutomaticRetries()
                    .disableRedirectHandling()
                    .disableContentCompression()
                    .disableCookieManagement()
                    .disableAuthCaching()
                    .build();
            client.start();
        }

        /** Remembers an exchange until its future completes, so that close() can end it. */
        void track(CompletableFuture<HttpResponse> result, HttpRequest request) {
            inFlight.put(result, request);
            result.whenComplete((response, failure) -> inFlight.remove(result));
        }

        void complete(CompletableFuture<HttpResponse> result, HttpResponse response, TransportException failure) {
            Runnable completion = failure == null ? () -> result.complete(response) : () -> result.completeExceptionally(failure);
            try {
                completions.execute(completion);
            } catch (RejectedExecutionException closing) {
                // The transport is closing and its completion threads are gone: complete here rather than never.
                completion.run();
            }
        }

        void close() {
            client.close(CloseMode.IMMEDIATE);
            try {
                client.awaitShutdown(SHUTDOWN_WAIT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            // HttpClient drops exchanges in flight at an immediate shutdown without calling back; their
            // futures must still end. The requests may have been received: after-send.
            inFlight.forEach((result, request) -> result.completeExceptionally(closedDuring(request)));
            // Not shutdownNow: completions already queued must still reach their futures.
            completions.shutdown();
        }
    }

    // ---- shared -------------------------------------------------------------------------------

    private static ConnectionConfig connectionConfig(TransportSettings settings) {
        return ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                // A pooled connection idle this long is checked before reuse: with retries off, a stale
                // one would turn into an unknown outcome.
                .setValidateAfterInactivity(TimeValue.ofSeconds(1))
                .build();
    }

    private static TlsConfig tlsConfig(TransportSettings settings) {
        return TlsConfig.custom().setHandshakeTimeout(Timeout.of(settings.connectTimeout())).build();
    }

    /**
     * Per-call timeouts. The connect timeout goes through {@code RequestConfig.setConnectTimeout},
     * deprecated in 5.x in favour of {@link ConnectionConfig}, because a connection config is per route,
     * not per call; in HttpClient 5.6 both the classic and the async exec runtime still prefer the
     * request's value over the connection config's. The connection config carries the settings'
     * default for HttpClient versions that stop reading it.
     */
    @SuppressWarnings("deprecation")
    private static HttpClientContext context(HttpRequest request) {
        Timeout connect = Timeout.of(request.connectTimeout());
        HttpClientContext context = HttpClientContext.create();
        context.setRequestConfig(RequestConfig.custom()
                .setConnectionRequestTimeout(connect)
                .setConnectTimeout(connect)
                .setResponseTimeout(Timeout.of(request.readTimeout()))
                .setRedirectsEnabled(false)
                .setContentCompressionEnabled(false)
                .build());
        return context;
    }

    private static void copyHeaders(HttpRequest request, org.apache.hc.core5.http.HttpRequest target) {
        for (HttpHeader h : request.headers()) {
            if (!h.isWrittenByHttpClient()) {
                target.addHeader(h.name(), h.value());
            }
        }
    }

    private void ensureOpen(HttpRequest request) {
        if (closed.get()) {
            throw new TransportException(Kind.TRANSPORT_CLOSED, "the transport was closed before " + request.target(), null);
        }
    }

    private static TransportException closedDuring(HttpRequest request) {
        return new TransportException(Kind.CONNECTION_RESET, "the transport was closed while " + request.target()
                + " was in flight", null);
    }

    private static TransportException closedBefore(HttpRequest request, Throwable cause) {
        return new TransportException(Kind.TRANSPORT_CLOSED, "the transport was closed before " + request.target(), cause);
    }

    private TransportException classify(Throwable failure, HttpRequest request) {
        return classify(failure, request, closed.get());
    }

    /**
     * Turns whatever HttpClient threw into a {@link TransportException}, walking the cause chain for the
     * first exception that proves a kind.
     *
     * @param failure what HttpClient threw or failed the exchange with
     * @param request the request, for the message
     * @param closed  whether this transport was closed when the failure arrived
     * @return the classified failure
     */
    static TransportException classify(Throwable failure, HttpRequest request, boolean closed) {
        Throwable t = unwrap(failure);
        if (t instanceof TransportException) {
            return (TransportException) t;
        }
        if (closed && t instanceof IllegalStateException && !(t instanceof CancellationException)) {
            // A shut-down pool refuses the lease with IllegalStateException, before any byte is written.
            return closedBefore(request, t);
        }
        String target = request.target();
        for (Throwable c = t; c != null; c = c.getCause()) {
            Kind kind = kindOf(c);
            if (kind != null) {
                return new TransportException(kind, describe(kind, target, request, c), t);
            }
        }
        return new TransportException(Kind.OTHER, "request to " + target + " failed: " + summary(t), t);
    }

    /**
     * The kind one exception in the cause chain proves, or null to look further down the chain. Order
     * matters where HttpClient's types extend each other: {@link ConnectTimeoutException} is a
     * {@link SocketTimeoutException}, {@link ConnectionRequestTimeoutException} and
     * {@link SocketTimeoutException} are {@link InterruptedIOException}s,
     * {@link RequestNotExecutedException} is a {@link ConnectionClosedException}, and
     * {@link ConnectException} is a {@link SocketException}.
     */
    static Kind kindOf(Throwable c) {
        if (c instanceof ResponseTooLarge) {
            return Kind.RESPONSE_TOO_LARGE;
        }
        if (c instanceof ConnectionRequestTimeoutException || c instanceof DeadlineTimeoutException) {
            // No pooled connection within the connect timeout (the pools report a missed lease deadline as a
            // DeadlineTimeoutException): the request never left, and waiting to connect is connecting.
            return Kind.CONNECT_TIMEOUT;
        }
        if (c instanceof ConnectTimeoutException) {
            return Kind.CONNECT_TIMEOUT;
        }
        if (c instanceof RequestNotExecutedException) {
            // HttpClient's guarantee that the request was never written (the connection closed while it
            // waited in the queue, or an HTTP/2 GOAWAY excluded its stream): before sending.
            return Kind.CONNECT_FAILED;
        }
        if (c instanceof ConnectException || c instanceof NoRouteToHostException) {
            return Kind.CONNECT_FAILED;
        }
        if (c instanceof UnknownHostException || c instanceof UnresolvedAddressException) {
            return Kind.UNKNOWN_HOST;
        }
        if (c instanceof SSLHandshakeException || c instanceof SSLPeerUnverifiedException) {
            return Kind.TLS_HANDSHAKE;
        }
        if (c instanceof SocketTimeoutException) {
            return Kind.READ_TIMEOUT;
        }
        if (c instanceof NoHttpResponseException || c instanceof ConnectionClosedException
                || c instanceof MalformedChunkCodingException || c instanceof SocketException
                || c instanceof EOFException) {
            return Kind.CONNECTION_RESET;
        }
        if (c instanceof InterruptedException || c instanceof InterruptedIOException) {
            return Kind.INTERRUPTED;
        }
        return null;
    }

    private static String describe(Kind kind, String target, HttpRequest request, Throwable c) {
        switch (kind) {
            case RESPONSE_TOO_LARGE:
                return c.getMessage() + " from " + target;
            case CONNECT_TIMEOUT:
                return "no connection to " + target + " within " + request.connectTimeout();
            case CONNECT_FAILED:
                return c instanceof RequestNotExecutedException
                        ? "the connection to " + target + " closed before the request was sent"
                        : "could not connect to " + target;
            case UNKNOWN_HOST:
                return "unknown host in " + target;
            case TLS_HANDSHAKE:
                return "TLS handshake with " + target + " failed";
            case READ_TIMEOUT:
                return "no response from " + target + " within " + request.readTimeout();
            case CONNECTION_RESET:
                return "connection to " + target + " broke: " + summary(c);
            case INTERRUPTED:
                return "interrupted while waiting for " + target;
            default:
                return "request to " + target + " failed";
        }
    }

    /** HttpClient's own words: they name the peer and byte counts, never the request's header values. */
    private static String summary(Throwable c) {
        return c.getMessage() == null ? c.getClass().getSimpleName() : c.getClass().getSimpleName() + ": " + c.getMessage();
    }

    private static Throwable unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }


    @Override
    public String toString() {
        return "ApacheHttpTransport[" + settings + (closed.get() ? ", closed" : "") + "]";
    }
}
