package dev.linepay4j;

import dev.linepay4j.domain.json.JsonValue;
import dev.linepay4j.spi.HttpMethod;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A call to a LINE Pay path the typed API does not cover (yet), signed and sent like any other: the
 * escape hatch that keeps a new endpoint or field from ever blocking you.
 *
 * <p>The path is the whole API path, version included ({@code /v3/payments/{id}/userInfo}), made of URL
 * path characters (percent-encode anything else yourself); it is signed exactly as given. A GET may
 * carry query parameters, which are form-encoded once (UTF-8, {@code +} for a space, a repeated name
 * for several values) and signed exactly as sent. A POST carries a JSON body, written once and signed
 * as written; without one it sends {@code {}}, as every bodyless call of this client does. A POST has
 * no query: LINE Pay signs a POST's body, not its query. Problems with the path, the query or the body
 * are reported at call time as an {@link LinePayError.InvalidRequest}, and nothing is sent.
 *
 * <pre>{@code
 * RawResponse answer = linePay.raw(RawRequest.get("/v3/payments")
 *         .query("orderId", "order-7")
 *         .query("fields", "ORDER")
 *         .build());
 *
 * RawResponse posted = linePay.raw(RawRequest.post("/v3/payments/" + id + "/confirm")
 *         .body(JsonObject.builder().put("amount", 100).put("currency", "TWD").build())
 *         .readTimeout(Duration.ofSeconds(40))
 *         .build());
 * }</pre>
 */
public final class RawRequest {

    private final HttpMethod method;
    private final String apiPath;
    private final List<Map.Entry<String, String>> query;
    private final Optional<JsonValue> body;
    private final Optional<Duration> readTimeout;

    private RawRequest(Builder b) {
        this.method = b.method;
        this.apiPath = b.apiPath;
        this.query = List.copyOf(b.query);
        this.body = Optional.ofNullable(b.body);
        this.readTimeout = Optional.ofNullable(b.readTimeout);
    }

    /**
     * Starts a GET.
     *
     * @param apiPath the API path, version included, such as {@code /v3/payments}
     * @return a builder
     */
    public static Builder get(String apiPath) {
        return new Builder(HttpMethod.GET, apiPath);
    }

    /**
     * Starts a POST.
     *
     * @param apiPath the API path, version included, such as {@code /v3/payments/request}
     * @return a builder
     */
    public static Builder post(String apiPath) {
        return new Builder(HttpMethod.POST, apiPath);
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
     * The API path, as given.
     *
     * @return the path
     */
    public String apiPath() {
        return apiPath;
    }

    /**
     * The query parameters, in order, not yet encoded.
     *
     * @return name and value pairs, unmodifiable
     */
    public List<Map.Entry<String, String>> query() {
        return query;
    }

    /**
     * The JSON body.
     *
     * @return the body, or empty for none ({@code {}} is sent for a POST)
     */
    public Optional<JsonValue> body() {
        return body;
    }

    /**
     * The read timeout for this call.
     *
     * @return the timeout, or empty for the client's timeout of {@link Endpoint#RAW}
     */
    public Optional<Duration> readTimeout() {
        return readTimeout;
    }

    /** The method, the path and the number of query parameters; never their values or the body. */
    @Override
    public String toString() {
        return "RawRequest[" + method + " " + apiPath + ", " + query.size() + " query parameters, body "
                + (body.isPresent() ? "present" : "absent") + "]";
    }

    /** Builds a {@link RawRequest}. Not thread-safe; the request it builds is immutable. */
    public static final class Builder {

        private final HttpMethod method;
        private final String apiPath;
        private final List<Map.Entry<String, String>> query = new ArrayList<>();
        private JsonValue body;
        private Duration readTimeout;

        private Builder(HttpMethod method, String apiPath) {
            this.method = method;
            this.apiPath = Objects.requireNonNull(apiPath, "apiPath");
        }

        /**
         * Adds a query parameter; call again with the same name for several values.
         *
         * @param name  the parameter name, not encoded
         * @param value the value, not encoded
         * @return this builder
         */
        public Builder query(String name, String value) {
            query.add(Map.entry(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value")));
            return this;
        }

        /**
         * Sets the JSON body.
         *
         * @param body the body
         * @return this builder
         */
        public Builder body(JsonValue body) {
            this.body = Objects.requireNonNull(body, "body");
            return this;
        }

        /**
         * Sets the read timeout for this call.
         *
         * @param readTimeout a positive duration
         * @return this builder
         * @throws IllegalArgumentException if the duration is zero or negative
         */
        public Builder readTimeout(Duration readTimeout) {
            Objects.requireNonNull(readTimeout, "readTimeout");
            if (readTimeout.isZero() || readTimeout.isNegative()) {
                throw new IllegalArgumentException("readTimeout must be positive, was " + readTimeout);
            }
            this.readTimeout = readTimeout;
            return this;
        }

        /**
         * Builds the request. Its path, query and body are checked when it is sent.
         *
         * @return the request
         */
        public RawRequest build() {
            return new RawRequest(this);
        }
    }
}
