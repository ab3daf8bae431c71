package dev.linepay4j.signing;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * What a signature covers: the API path and the payload — the query string for GET, the exact body
 * bytes for POST. LINE Pay signs both the same way ({@code secret + apiPath + payload + nonce}), so
 * the signer needs no HTTP method.
 *
 * <pre>{@code
 * SignatureInput get  = SignatureInput.forGet("/v3/payments", "transactionId=2021113000697317600");
 * SignatureInput post = SignatureInput.forPost("/v3/payments/request", bodyBytes);
 * }</pre>
 *
 * <p>The body array is not copied: the caller hands over the very bytes it sends and must not change
 * them afterwards.
 */
public final class SignatureInput {

    private static final byte[] EMPTY = new byte[0];

    private final String apiPath;
    private final byte[] payload;

    private SignatureInput(String apiPath, byte[] payload) {
        this.apiPath = apiPath;
        this.payload = payload;
    }

    private static String checkedPath(String apiPath) {
        Objects.requireNonNull(apiPath, "apiPath");
        if (!apiPath.startsWith("/") || apiPath.indexOf('?') >= 0) {
            // A full URL or a path with its query would sign the wrong message and fail with 1106.
            throw new IllegalArgumentException("apiPath must start with '/' and hold no query, was " + apiPath);
        }
        return apiPath;
    }

    /** Any text in place of the path: only for reproducing published vectors that signed a whole URL. */
    static SignatureInput unchecked(String apiPath, byte[] payload) {
        return new SignatureInput(apiPath, payload);
    }

    /**
     * A GET request.
     *
     * @param apiPath     the path only, such as {@code /v3/payments}
     * @param queryString the encoded query exactly as sent, without the leading {@code ?}; empty when
     *                    there is none
     * @return the input
     * @throws IllegalArgumentException if the path does not start with {@code /}, holds a {@code ?}, or
     *                                  the query starts with {@code ?}
     */
    public static SignatureInput forGet(String apiPath, String queryString) {
        Objects.requireNonNull(queryString, "queryString");
        if (queryString.startsWith("?")) {
            throw new IllegalArgumentException("the query string is signed without its leading '?'");
        }
        return new SignatureInput(checkedPath(apiPath),
                queryString.isEmpty() ? EMPTY : queryString.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A POST request.
     *
     * @param apiPath the path only, such as {@code /v3/payments/request}
     * @param body    the exact bytes that will be sent; empty for a request without a body
     * @return the input
     * @throws IllegalArgumentException if the path does not start with {@code /} or holds a {@code ?}
     */
    public static SignatureInput forPost(String apiPath, byte[] body) {
        return new SignatureInput(checkedPath(apiPath), Objects.requireNonNull(body, "body"));
    }

    /**
     * The API path.
     *
     * @return the path, starting with {@code /}
     */
    public String apiPath() {
        return apiPath;
    }

    /** The signed payload; shared, not copied, so that the hot path copies no body. */
    byte[] payload() {
        return payload;
    }

    /** The path and the payload size; never the payload, which may hold personal data. */
    @Override
    public String toString() {
        return "SignatureInput[" + apiPath + ", " + payload.length + " bytes]";
    }
}
