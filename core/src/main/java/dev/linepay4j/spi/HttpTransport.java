package dev.linepay4j.spi;

import java.util.concurrent.CompletableFuture;

/**
 * The port through which core sends HTTP requests. An adapter only moves bytes: it sends the request
 * exactly as given (headers, body), honours its timeouts, caps the response size, and reports every
 * failure as a {@link TransportException} classified before-send or after-send. Retries, signing and
 * error mapping are core's job. Implementations are thread-safe, reuse connections, and release pools
 * and threads on {@link #close()}.
 *
 * <pre>{@code
 * try (HttpTransport transport = provider.create(TransportSettings.defaults())) {
 *     HttpResponse response = transport.send(request);
 * }
 * }</pre>
 */
public interface HttpTransport extends AutoCloseable {

    /**
     * Sends a request and waits for the whole response.
     *
     * @param request the request
     * @return the response, whatever its status
     * @throws TransportException when no complete response could be had
     */
    HttpResponse send(HttpRequest request);

    /**
     * Sends a request without blocking the caller, on the HTTP library's own asynchronous machinery.
     *
     * @param request the request
     * @return a future completed with the response, or exceptionally with a {@link TransportException}
     */
    CompletableFuture<HttpResponse> sendAsync(HttpRequest request);

    /** Releases connections and threads. Requests sent afterwards fail with {@code TRANSPORT_CLOSED}. */
    @Override
    void close();
}
