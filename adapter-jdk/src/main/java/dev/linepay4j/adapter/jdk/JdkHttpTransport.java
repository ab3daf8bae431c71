package dev.linepay4j.adapter.jdk;

import dev.linepay4j.spi.HttpHeader;
import dev.linepay4j.spi.HttpMethod;
import dev.linepay4j.spi.HttpRequest;
import dev.linepay4j.spi.HttpResponse;
import dev.linepay4j.spi.HttpTransport;
import dev.linepay4j.spi.TransportException;
import dev.linepay4j.spi.TransportException.Kind;
import dev.linepay4j.spi.TransportSettings;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLHandshakeException;

/**
 * An {@link HttpTransport} over {@code java.net.http.HttpClient}. HTTPS goes over HTTP/2 where the
 * server offers it; plain {@code http} (the testkit's loopback sandbox) uses HTTP/1.1, because the JDK
 * would otherwise try an {@code h2c} upgrade on every first request.
 *
 * <p>The JDK's client takes its connect timeout per client, not per request: the connect timeout of
 * {@link TransportSettings} applies, and a per-request connect timeout is ignored. The read timeout
 * is per request.
 *
 * <pre>{@code
 * try (HttpTransport transport = new JdkHttpTransport(TransportSettings.defaults())) {
 *     HttpResponse response = transport.send(request);
 * }
 * }</pre>
 */
public final class JdkHttpTransport implements HttpTransport {

    private final TransportSettings settings;
    private final ExecutorService executor;
    private final HttpClient client;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * Creates a transport with its own client and threads.
     *
     * @param settings connect timeout and response cap
     */
    public JdkHttpTransport(TransportSettings settings) {
        this.settings = settings;
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "linepay4j-jdk-http-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(executor)
                .build();
    }

    @Override
    public HttpResponse send(HttpRequest request) {
        ensureOpen(request);
        try {
            return toResponse(client.send(toJdk(request), info -> new CappedBodySubscriber(settings.maxResponseBytes())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(Kind.INTERRUPTED, "interrupted while waiting for " + request.target(), e);
        } catch (IOException | RuntimeException e) {
            throw classify(e, request);
        }
    }

    @Override
    public CompletableFuture<HttpResponse> sendAsync(HttpRequest request) {
        CompletableFuture<HttpResponse> result = new CompletableFuture<>();
        try {
            ensureOpen(request);
            client.sendAsync(toJdk(request), info -> new CappedBodySubscriber(settings.maxResponseBytes()))
                    .whenComplete((response, failure) -> {
                        if (failure != null) {
                            result.completeExceptionally(classify(failure, request));
                        } else {
                            result.complete(toResponse(response));
                        }
                    });
        } catch (RuntimeException e) {
            result.completeExceptionally(e instanceof TransportException ? e : classify(e, request));
        }
        return result;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            executor.shutdownNow();
            if (client instanceof AutoCloseable) {
                // Java 21+ can close the client (and its selector thread) at once; on 17 it ends when collected.
                try {
                    ((AutoCloseable) client).close();
                } catch (Exception ignored) {
                    // closing is best effort
                }
            }
        }
    }

    private void ensureOpen(HttpRequest request) {
        if (closed.get()) {
            throw new TransportException(Kind.TRANSPORT_CLOSED, "the transport was closed before " + request.target(), null);
        }
    }

    private static java.net.http.HttpRequest toJdk(HttpRequest request) {
        java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(request.uri())
                .timeout(request.readTimeout());
        if ("http".equalsIgnoreCase(request.uri().getScheme())) {
            b.version(HttpClient.Version.HTTP_1_1);
        }
        for (HttpHeader h : request.headers()) {
            if (!h.isWrittenByHttpClient()) {
                b.header(h.name(), h.value());
            }
        }
        if (request.method() == HttpMethod.GET) {
            b.GET();
        } else {
            b.POST(request.body().length == 0 ? java.net.http.HttpRequest.BodyPublishers.noBody()
                    : java.net.http.HttpRequest.BodyPublishers.ofByteArray(request.body()));
        }
        return b.build();
    }

    private static HttpResponse toResponse(java.net.http.HttpResponse<byte[]> response) {
        List<HttpHeader> headers = new ArrayList<>();
        response.headers().map().forEach((name, values) -> {
            if (!name.startsWith(":")) { // HTTP/2 pseudo-headers
                values.forEach(v -> HttpHeader.received(name, v).ifPresent(headers::add));
            }
        });
        return new HttpResponse(response.statusCode(), headers, response.body());
    }

    private static TransportException classify(Throwable failure, HttpRequest request) {
        Throwable t = unwrap(failure);
        if (t instanceof TransportException) {
            return (TransportException) t;
        }
        String target = request.target();
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof CappedBodySubscriber.TooLarge) {
                return new TransportException(Kind.RESPONSE_TOO_LARGE, c.getMessage() + " from " + target, t);
            }
            if (c instanceof HttpConnectTimeoutException) {
                return new TransportException(Kind.CONNECT_TIMEOUT, "no connection to " + target + " within "
                        + request.connectTimeout(), t);
            }
            if (c instanceof HttpTimeoutException) {
                return new TransportException(Kind.READ_TIMEOUT, "no response from " + target + " within "
                        + request.readTimeout(), t);
            }
            if (c instanceof ConnectException) {
                return new TransportException(Kind.CONNECT_FAILED, "could not connect to " + target, t);
            }
            if (c instanceof UnknownHostException || c instanceof UnresolvedAddressException) {
                return new TransportException(Kind.UNKNOWN_HOST, "unknown host in " + target, t);
            }
            if (c instanceof SSLHandshakeException) {
                return new TransportException(Kind.TLS_HANDSHAKE, "TLS handshake with " + target + " failed", t);
            }
            if (c instanceof InterruptedException) {
                return new TransportException(Kind.INTERRUPTED, "interrupted while waiting for " + target, t);
            }
        }
        if (t instanceof IOException) {
            // Reset, EOF, "header parser received no bytes", stream closed: the request may have arrived.
            return new TransportException(Kind.CONNECTION_RESET, "connection to " + target + " broke: " + t.getMessage(), t);
        }
        return new TransportException(Kind.OTHER, "request to " + target + " failed: " + t, t);
    }

    private static Throwable unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

}
