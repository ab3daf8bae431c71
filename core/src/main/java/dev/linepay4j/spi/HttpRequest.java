package dev.linepay4j.spi;

import java.net.URI;
import java.time.Duration;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;

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
    private static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(20);

    /** The ASCII characters a URI allows, as they are, in a path and a query (RFC 3986 pchar, / and ?). */
    private static final boolean[] URL_CHAR = new boolean[128];
    /** The content type, the channel id, the two signature headers and one more. */
    private static final int INITIAL_HEADERS = 6;

    static {
        String allowed = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/?";
        for (int i = 0; i < allowed.length(); i++) {
            URL_CHAR[allowed.charAt(i)] = true;
        }
    }

    private final HttpMethod method;
    private final String url;
    private final int pathStart;
    /** Parsed from {@link #url} when first asked for: most transports never need a {@code URI}. */
    private volatile URI uri;
    private final List<HttpHeader> headers;
    private final byte[] body;
    private final Duration connectTimeout;
    private final Duration readTimeout;

    private HttpRequest(Builder b) {
        this.method = b.method;
        this.url = b.url;
        this.pathStart = pathStart(b.url);
        this.uri = b.uri;
        this.headers = b.takeHeaders();
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
     * Starts a request to a path under a base URI, without parsing the whole URL again: the client's
     * way, once per attempt. {@link #uri()} is then parsed only if a transport asks for it.
     *
     * @param method        the method
     * @param base          the absolute {@code http} or {@code https} URI the path goes under (scheme,
     *                      host, port, and perhaps a path prefix; no query or fragment); a trailing
     *                      {@code /} is dropped
     * @param pathAndQuery  the encoded path, starting with {@code /}, then {@code ?} and the encoded query
     *                      if there is one; only characters a URI allows there, {@code %} only before two
     *                      hex digits
     * @return a builder
     * @throws IllegalArgumentException if the base is not absolute http(s) or has a query or fragment, or
     *                                  the path is not an encoded absolute path
     */
    public static Builder builder(HttpMethod method, URI base, String pathAndQuery) {
        return new Builder(method, base, pathAndQuery);
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
        URI parsed = uri;
        if (parsed == null) {
            // The builder checked every character, so this parse cannot fail.
            parsed = URI.create(url);
            uri = parsed;
        }
        return parsed;
    }

    /**
     * The target as text: for a transport whose own HTTP client takes a string.
     *
     * @return the absolute URL, with its encoded query; the same as {@code uri().toString()}
     */
    public String url() {
        return url;
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
        for (int i = 0; i < headers.size(); i++) {
            HttpHeader h = headers.get(i);
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
     * Where the path begins in {@link #url()}: everything before it is the URL's origin (scheme, {@code ://},
     * user info, host and port), the same for every request a client sends. A transport whose HTTP client
     * parses URLs can parse each origin once and only the rest per request.
     *
     * @return the index of the path's {@code /}; -1 when no path follows the authority (the URL ends there, or a
     *         query or fragment follows) or the path starts with {@code //}, which a parser could take for an
     *         authority
     */
    public int pathStart() {
        return pathStart;
    }

    /** The builder accepts absolute http(s) URLs only, so there is always a "://". */
    private static int pathStart(String url) {
        int at = url.indexOf("://") + 3;
        while (at < url.length() && "/?#".indexOf(url.charAt(at)) < 0) {
            at++;
        }
        boolean oneSlash = at < url.length() && url.charAt(at) == '/'
                && (at + 1 == url.length() || url.charAt(at + 1) != '/');
        return oneSlash ? at : -1;
    }

    /**
     * The request as error messages and logs name it: method, scheme, host, port and path. Never the
     * query (it may name an order), user info, or header values (they carry signatures).
     *
     * @return for example {@code POST https://api-pay.line.me/v3/payments/request}
     */
    public String target() {
        URI u = uri();   // parsed here at the latest: failures and logs only, never the happy path
        return method + " " + u.getScheme() + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort())
                + u.getRawPath();
    }

    @Override
    public String toString() {
        return "HttpRequest[" + target() + ", " + body.length + " bytes]";
    }

    /** Builds an {@link HttpRequest}. Not thread-safe; the request it builds is. */
    public static final class Builder {
        private final HttpMethod method;
        private final String url;
        private final URI uri;
        // An array rather than a list: build() hands it to the request as is, and a later header() on the same
        // builder copies it first.
        private HttpHeader[] headers = new HttpHeader[INITIAL_HEADERS];
        private int headerCount;
        private boolean headersShared;
        private byte[] body = NO_BODY;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;

        private Builder(HttpMethod method, URI uri) {
            this.method = Objects.requireNonNull(method, "method");
            this.uri = requireHttp(uri);
            this.url = uri.toString();
        }

        private Builder(HttpMethod method, URI base, String pathAndQuery) {
            this.method = Objects.requireNonNull(method, "method");
            requireHttp(base);
            if (base.getRawQuery() != null || base.getRawFragment() != null) {
                throw new IllegalArgumentException("the base URI must have no query or fragment, was " + base);
            }
            requireEncodedPath(pathAndQuery);
            String b = base.toString();
            this.url = (b.endsWith("/") ? b.substring(0, b.length() - 1) : b) + pathAndQuery;
            this.uri = null;
        }

        private static URI requireHttp(URI uri) {
            Objects.requireNonNull(uri, "uri");
            String scheme = uri.getScheme();
            if (!uri.isAbsolute() || uri.getHost() == null
                    || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
                throw new IllegalArgumentException("need an absolute http(s) URI with a host, was " + uri);
            }
            return uri;
        }

        /** What RFC 3986 allows in a path and a query: pchar, {@code /} and {@code ?}. */
        private static void requireEncodedPath(String pathAndQuery) {
            Objects.requireNonNull(pathAndQuery, "pathAndQuery");
            int n = pathAndQuery.length();
            if (n == 0 || pathAndQuery.charAt(0) != '/') {
                throw new IllegalArgumentException("the path must start with /, was \"" + pathAndQuery + "\"");
            }
            for (int i = 0; i < n; i++) {
                char c = pathAndQuery.charAt(i);
                if (c == '%') {
                    if (i + 2 >= n || !isHex(pathAndQuery.charAt(i + 1)) || !isHex(pathAndQuery.charAt(i + 2))) {
                        throw new IllegalArgumentException("a % not followed by two hex digits at index " + i
                                + " of the path");
                    }
                    i += 2;
                } else if (c >= 128 || !URL_CHAR[c]) {
                    throw new IllegalArgumentException("the path holds a character a URI does not allow there "
                            + "(encode it) at index " + i);
                }
            }
        }

        private static boolean isHex(char c) {
            return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        }

        /**
         * Adds a header.
         *
         * @param name  the header name
         * @param value the header value
         * @return this builder
         * @throws IllegalArgumentException as {@link HttpHeader}'s constructor
         */
        public Builder header(String name, String value) {
            return header(new HttpHeader(name, value));
        }

        /**
         * Adds a header made beforehand: a client sends the same fixed headers with every request.
         *
         * @param header the header
         * @return this builder
         * @throws NullPointerException if header is null
         */
        public Builder header(HttpHeader header) {
            Objects.requireNonNull(header, "header");
            if (headersShared || headerCount == headers.length) {
                headers = Arrays.copyOf(headers, Math.max(headers.length, headerCount * 2));
                headersShared = false;
            }
            headers[headerCount++] = header;
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

        private List<HttpHeader> takeHeaders() {
            headersShared = true;
            return new HeaderList(headers, headerCount);
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, was " + d);
            }
            return d;
        }
    }

    /** The request's headers: a read-only view of the builder's array, which the builder never writes again. */
    private static final class HeaderList extends AbstractList<HttpHeader> implements RandomAccess {

        private final HttpHeader[] headers;
        private final int size;

        HeaderList(HttpHeader[] headers, int size) {
            this.headers = headers;
            this.size = size;
        }

        @Override
        public HttpHeader get(int index) {
            Objects.checkIndex(index, size);
            return headers[index];
        }

        @Override
        public int size() {
            return size;
        }
    }
}
