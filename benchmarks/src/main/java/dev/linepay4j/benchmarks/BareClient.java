package dev.linepay4j.benchmarks;

import dev.linepay4j.spi.HttpHeader;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * One HTTP client library used directly, the way an application would call LINE Pay without linepay4j:
 * it posts bytes it already has, with headers it already has, and reads the answer's body into an array.
 * Each is configured as the matching linepay4j transport configures its own client (the same connection
 * pool size, no retries, no redirects, the same timeouts), so that what differs in a comparison is what
 * the library does, not a setting.
 */
public interface BareClient extends AutoCloseable {

    /** The pool size of every client here, as {@code TransportSettings.defaults()} gives the transports. */
    int MAX_CONNECTIONS = 64;
    /** The read timeout the client uses for confirm. */
    Duration READ_TIMEOUT = Duration.ofSeconds(40);
    /** The connect timeout the client uses. */
    Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    /**
     * Posts the request and reads the answer.
     *
     * @return the answer's body
     */
    byte[] post();

    /**
     * Posts the request without blocking.
     *
     * @return the answer's body, when it has come
     */
    CompletableFuture<byte[]> postAsync();

    @Override
    void close();

    /**
     * A bare client of one library.
     *
     * @param library {@code okhttp}, {@code apache} or {@code jdk}
     * @param uri     where to post
     * @param headers the headers to send (those the HTTP client owns, such as Content-Length, are left out)
     * @param body    the body to send
     * @return the client
     */
    static BareClient of(String library, URI uri, List<HttpHeader> headers, byte[] body) {
        List<HttpHeader> sent = headers.stream()
                .filter(h -> !Set.of("connection", "content-length", "expect", "host", "transfer-encoding", "upgrade")
                        .contains(h.name().toLowerCase(Locale.ROOT)))
                .toList();
        switch (library) {
            case "okhttp":
                return new BareOkHttp(uri, sent, body);
            case "apache":
                return new BareApache(uri, sent, body);
            case "jdk":
                return new BareJdk(uri, sent, body);
            default:
                throw new IllegalArgumentException("no bare client for " + library);
        }
    }
}
