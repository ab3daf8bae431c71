package dev.linepay4j.adapter.okhttp;

import dev.linepay4j.spi.HttpHeader;
import dev.linepay4j.spi.HttpMethod;
import dev.linepay4j.spi.HttpRequest;
import dev.linepay4j.spi.HttpResponse;
import dev.linepay4j.spi.HttpTransport;
import dev.linepay4j.spi.TransportException;
import dev.linepay4j.spi.TransportException.Kind;
import dev.linepay4j.spi.TransportSettings;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedByInterruptException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLException;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * An {@link HttpTransport} over OkHttp 5. Each transport owns one {@link OkHttpClient} with its own
 * connection pool and its own dispatcher threads (daemon), released by {@link #close()}. Redirects are
 * not followed and OkHttp never retries on its own: core decides retries, knowing which calls are safe
 * to repeat.
 *
 * <p>Both timeouts of an {@link HttpRequest} apply per call. The read timeout bounds each wait for bytes
 * from the server; in addition the whole call (connect, send, response and body) must end within the
 * connect timeout plus the read timeout, so a server that trickles a byte now and then cannot hold a
 * call forever. The connect timeout of {@link TransportSettings} is only the client's default, which
 * every request overrides with its own.
 *
 * <p>Every failure is placed before or after the request was sent by watching OkHttp's events: until
 * OkHttp starts writing the request headers, nothing can have reached the server. OkHttp asks for gzip
 * and decompresses transparently; the response size cap applies to the decompressed body.
 *
 * <pre>{@code
 * try (HttpTransport transport = new OkHttpTransport(TransportSettings.defaults())) {
 *     HttpResponse response = transport.send(request);
 * }
 * }</pre>
 */
public final class OkHttpTransport implements HttpTransport {

    /**
     * Idle connections are dropped well before the five minutes after which NAT gateways and load
     * balancers commonly forget them: with retries off, a silently dead pooled connection would turn a
     * request that never arrived into an unknown outcome.
     */
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(30);

    private final TransportSettings settings;
    private final ExecutorService executor;
    private final ConnectionPool pool;
    private final Dispatcher dispatcher;
    private final OkHttpClient client;
    private final RequestUrls urls = new RequestUrls();
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * Creates a transport with its own client, connection pool and threads.
     *
     * @param settings default connect timeout, response cap and pool size
     */
    public OkHttpTransport(TransportSettings settings) {
        this.settings = settings;
        AtomicInteger threads = new AtomicInteger();
        // OkHttp's own default executor, but with daemon threads named after us: the dispatcher, not
        // the executor, bounds how many calls run at once.
        this.executor = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "linepay4j-okhttp-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.dispatcher = new Dispatcher(executor);
        dispatcher.setMaxRequests(settings.maxConnections());
        dispatcher.setMaxRequestsPerHost(settings.maxConnections());
        this.pool = new ConnectionPool(settings.maxConnections(), KEEP_ALIVE.toMillis(), TimeUnit.MILLISECONDS);
        this.client = new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectionPool(pool)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .addInterceptor(OkHttpTransport::applyRequestTimeouts)
                .build();
    }

    @Override
    public HttpResponse send(HttpRequest request) {
        ensureOpen(request);
        CallProgress progress = new CallProgress();
        Call call = newCall(request, progress);
        try (Response response = call.execute()) {
            return toResponse(response);
        } catch (Exception e) {
            // Exception, not IOException: OkHttp is Kotlin and can throw checked exceptions it does not
            // declare, such as the InterruptedException of an interrupted caller waiting for a connection.
            TransportException failure = classify(e, request, progress.requestStarted(), closedUnder(call, progress));
            if (failure.kind() == Kind.INTERRUPTED) {
                Thread.currentThread().interrupt(); // keep the caller's interrupt visible to its own code
            }
            throw failure;
        }
    }

    @Override
    public CompletableFuture<HttpResponse> sendAsync(HttpRequest request) {
        CompletableFuture<HttpResponse> result = new CompletableFuture<>();
        CallProgress progress = new CallProgress();
        Call call;
        try {
            ensureOpen(request);
            call = newCall(request, progress);
        } catch (RuntimeException e) {
            result.completeExceptionally(classify(e, request, false, false));
            return result;
        }
        call.enqueue(new Callback() {
            @Override
            public void onFailure(Call failed, IOException e) {
                result.completeExceptionally(classify(e, request, progress.requestStarted(), closedUnder(failed, progress)));
            }

            @Override
            public void onResponse(Call answered, Response response) {
                HttpResponse converted;
                // Release the connection before completing, so the caller's continuations never run while
                // this call still holds it.
                try (response) {
                    converted = toResponse(response);
                } catch (IOException | RuntimeException e) {
                    result.completeExceptionally(classify(e, request, progress.requestStarted(), closedUnder(answered, progress)));
                    return;
                }
                result.complete(converted);
            }
        });
        // A caller that gives up on the future should not keep a connection and a thread busy.
        result.whenComplete((response, failure) -> {
            if (result.isCancelled()) {
                call.cancel();
            }
        });
        return result;
    }

    /**
     * Cancels calls in flight and queued, stops the dispatcher's threads once they finish and drops
     * pooled connections. Calls cancelled this way fail with {@code TRANSPORT_CLOSED} if they had not
     * started sending, and as a broken connection (after send) if they had.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            dispatcher.cancelAll();
            // Not shutdownNow: an interrupt inside OkHttp's I/O would only muddle the cancelled calls'
            // failures, and cancelling already unblocks them.
            executor.shutdown();
            pool.evictAll();
        }
    }

    private void ensureOpen(HttpRequest request) {
        if (closed.get()) {
            throw new TransportException(Kind.TRANSPORT_CLOSED, "the transport was closed before " + request.target(), null);
        }
    }

    /** Whether {@link #close()} is what stopped this call. */
    private boolean closedUnder(Call call, CallProgress progress) {
        // A call the closing executor refused is not marked cancelled, but it never started either.
        return closed.get() && (call.isCanceled() || !progress.requestStarted());
    }

    private Call newCall(HttpRequest request, CallProgress progress) {
        Call call = client.newCall(toOkHttp(request));
        call.addEventListener(progress);
        call.timeout().timeout(callDeadlineMillis(request), TimeUnit.MILLISECONDS);
        return call;
    }

    private Request toOkHttp(HttpRequest request) {
        Request.Builder b = new Request.Builder()
                .url(urls.of(request))
                .tag(HttpRequest.class, request);
        for (HttpHeader h : request.headers()) {
            if (!h.isWrittenByHttpClient()) {
                b.addHeader(h.name(), h.value());
            }
        }
        if (request.method() == HttpMethod.GET) {
            b.get();
        } else {
            // No media type: OkHttp would otherwise write its own Content-Type (with "; charset=utf-8"),
            // and the header must arrive exactly as the caller gave it. An empty body still sends
            // Content-Length: 0.
            b.post(RequestBody.create(request.body(), null));
        }
        return b.build();
    }

    /** Applies the request's own connect and read timeouts to this call only, sharing pool and threads. */
    private static Response applyRequestTimeouts(Interceptor.Chain chain) throws IOException {
        HttpRequest request = chain.request().tag(HttpRequest.class);
        if (request == null) {
            return chain.proceed(chain.request());
        }
        int read = millis(request.readTimeout());
        return chain.withConnectTimeout(millis(request.connectTimeout()), TimeUnit.MILLISECONDS)
                .withReadTimeout(read, TimeUnit.MILLISECONDS)
                .withWriteTimeout(read, TimeUnit.MILLISECONDS)
                .proceed(chain.request());
    }

    private static long callDeadlineMillis(HttpRequest request) {
        return (long) millis(request.connectTimeout()) + millis(request.readTimeout());
    }

    /** OkHttp takes whole milliseconds in an int, and reads 0 as "no timeout": never let a timeout round to 0. */
    private static int millis(Duration d) {
        long ms = d.toMillis();
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, ms));
    }

    private HttpResponse toResponse(Response response) throws IOException {
        byte[] body = CappedBody.read(response.body(), settings.maxResponseBytes());
        Headers received = response.headers();
        List<HttpHeader> headers = new ArrayList<>(received.size());
        for (int i = 0; i < received.size(); i++) {
            HttpHeader.received(received.name(i), received.value(i)).ifPresent(headers::add);
        }
        return new HttpResponse(response.code(), headers, body);
    }

    /**
     * Turns a failure into a {@link TransportException}. A before-send kind is only ever given when
     * OkHttp had not started writing the request; once it had, the outcome is unknown whatever the
     * exception says.
     *
     * @param failure         what OkHttp (or this adapter) threw
     * @param request         the request, for the message
     * @param requestStarted  whether OkHttp began writing the request
     * @param transportClosed whether closing the transport is what stopped the call
     * @return the classified failure
     */
    static TransportException classify(Throwable failure, HttpRequest request, boolean requestStarted,
                                       boolean transportClosed) {
        if (failure instanceof TransportException) {
            return (TransportException) failure;
        }
        String target = request.target();
        if (has(failure, CappedBody.TooLarge.class)) {
            return new TransportException(Kind.RESPONSE_TOO_LARGE, "response body from " + target + " is larger than "
                    + "the cap", failure);
        }
        if (transportClosed) {
            return requestStarted
                    ? new TransportException(Kind.CONNECTION_RESET, "the transport was closed while waiting for "
                            + target, failure)
                    : new TransportException(Kind.TRANSPORT_CLOSED, "the transport was closed before " + target, failure);
        }
        for (Throwable c = failure; c != null; c = c.getCause()) {
            if (c instanceof SocketTimeoutException || isCallDeadline(c)) {
                return requestStarted
                        ? new TransportException(Kind.READ_TIMEOUT, "no response from " + target + " within "
                                + request.readTimeout(), failure)
                        : new TransportException(Kind.CONNECT_TIMEOUT, "no connection to " + target + " within "
                                + request.connectTimeout(), failure);
            }
            if (c instanceof InterruptedException || c instanceof ClosedByInterruptException
                    || c.getClass() == InterruptedIOException.class) {
                return new TransportException(Kind.INTERRUPTED, "interrupted while waiting for " + target, failure);
            }
        }
        if (!requestStarted) {
            for (Throwable c = failure; c != null; c = c.getCause()) {
                if (c instanceof UnknownHostException) {
                    return new TransportException(Kind.UNKNOWN_HOST, "unknown host in " + target, failure);
                }
                if (c instanceof SSLException) {
                    // Before the request, TLS can only fail in the handshake (certificate, protocol, peer
                    // not speaking TLS); SSLHandshakeException and SSLPeerUnverifiedException included.
                    return new TransportException(Kind.TLS_HANDSHAKE, "TLS handshake with " + target + " failed", failure);
                }
                if (c instanceof ConnectException) {
                    return new TransportException(Kind.CONNECT_FAILED, "could not connect to " + target, failure);
                }
            }
            if (failure instanceof IOException) {
                // Proxy refusals, resets during connect: the request provably never left.
                return new TransportException(Kind.CONNECT_FAILED, "could not open a connection to " + target + ": "
                        + failure.getMessage(), failure);
            }
        } else if (failure instanceof IOException) {
            // Reset, unexpected end of stream, stream closed: the request may have arrived.
            return new TransportException(Kind.CONNECTION_RESET, "connection to " + target + " broke: "
                    + failure.getMessage(), failure);
        }
        return new TransportException(Kind.OTHER, "request to " + target + " failed: " + failure, failure);
    }

    /** OkHttp's whole-call timeout ends a call with a plain InterruptedIOException named "timeout". */
    private static boolean isCallDeadline(Throwable t) {
        return t.getClass() == InterruptedIOException.class && "timeout".equals(t.getMessage());
    }

    private static boolean has(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}
