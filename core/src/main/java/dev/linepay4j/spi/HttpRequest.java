package dev.linepay4j.spi;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A neutral HTTP request, as core hands it to an {@link HttpTransport}: the body is the exact bytes
 * that were signed, and the transport sends them unchanged.
 *
 * <pre>{@code
 * HttpRequest request = HttpRequest.builder(HttpMethod.POST, URI.create("https://sandbox-api-pay.line.me/v3/payments/request"))
 *         .header("Content-Type", "application/json")
 *         .body(bytes)
 *         .readTimeout(Duration.ofSeconds(20))
 *         .build();
 * }</pre>
 *
 * <p>The body array is shared, not copied: whoever builds the request must not change it afterwards.
 */
public final class HttpRequest {

    private static final byte[] NO_BODY = new byte[0];

    private final HttpMethod method;
    private final URI uri;
    private final List<HttpHeader> headers;
    private final byte[] body;
    private final Duration connectTimeout;
    private final Duration readTimeout;

    private HttpRequest(Builder b) {
        this.method = b.method;
        this.uri = b.uri;
        this.headers = List.copyOf(b.headers);
        this.body = b.body;
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
    }

    /**
     * Starts a request.
     *
     * @param method the method
     * @param uri    the absolute {@code http} or {@code https} URI, query included
     * @return a builder
     * @throws IllegalArgumentException if the URI is not absolute http(s)
     */
    public static Builder builder(HttpMethod method, URI uri) {
        return new Builder(method, uri);
    }

    /**
     * The method.
     *
     * @return GET or POST
     */
    public HttpMethod method() {
        return method;
    }

    /**
     * The target.
     *
     * @return the absolute URI, with its encoded query
     */
    public URI uri() {
        return uri;
    }

    /**
     * The headers, in the order they were added.
     *
     * @return an unmodifiable list
     */
    public List<HttpHeader> headers() {
        return headers;
    }

    /**
     * The first value of a header.
     *
     * @param name the header name, any case
     * @return the value, or empty when absent
     */
    public Optional<String> header(String name) {
        for (HttpHeader h : headers) {
            if (h.hasName(name)) {
                return Optional.of(h.value());
            }
        }
        return Optional.empty();
    }

    /**
     * The body bytes, shared with the caller: do not modify.
     *
     * @return the body; empty for none
     */
    public byte[] body() {
        return body;
    }

    /**
     * How long connecting may take.
     *
     * @return a positive duration
     */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /**
     * How long the transport waits for the response once the request is sent (LINE Pay documents one
     * per endpoint).
     *
     * @return a positive duration
     */
    public Duration readTimeout() {
        return readTimeout;
    }

    /**
     * The request as error messages and logs name it: method, scheme, host, port and path. Never the
     * query (it may name an order), user info, or header values (they carry signatures).
     *
     * @return for example {@code POST https://api-pay.line.me/v3/payments/request}
     */
    public String target() {
        return method + " " + uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                + uri.getRawPath();
    }

    /** The {@link #target()} and the body size. */
    @Override
    public String toString() {
        return "HttpRequest[" + target() + ", " + body.length + " bytes]";
    }

    /** Builds an {@link HttpRequest}. Not thread-safe; the request it builds is. */
    public static final class Builder {
        private final HttpMethod method;
        private final URI uri;
        private final List<HttpHeader> headers = new ArrayList<>(8);
        private byte[] body = NO_BODY;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration readTimeout = Duration.ofSeconds(20);

        private Builder(HttpMethod method, URI uri) {
            this.method = Objects.requireNonNull(method, "method");
            this.uri = Objects.requireNonNull(uri, "uri");
            String scheme = uri.getScheme();
            if (!uri.isAbsolute() || uri.getHost() == null
                    || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
                throw new IllegalArgumentException("need an absolute http(s) URI with a host, was " + uri);
            }
        }

        /**
         * Adds a header.
         *
         * @param name  the name
         * @param value the value
         * @return this builder
         * @throws IllegalArgumentException if either part is not allowed in a header
         */
        public Builder header(String name, String value) {
            headers.add(new HttpHeader(name, value));
            return this;
        }

        /**
         * Sets the body; the array is not copied.
         *
         * @param body the exact bytes to send
         * @return this builder
         */
        public Builder body(byte[] body) {
            this.body = Objects.requireNonNull(body, "body");
            return this;
        }

        /**
         * Sets the connect timeout (default 5 s).
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        /**
         * Sets the read timeout (default 20 s).
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = positive(timeout, "readTimeout");
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         */
        public HttpRequest build() {
            return new HttpRequest(this);
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, was " + d);
            }
            return d;
        }
    }
}
