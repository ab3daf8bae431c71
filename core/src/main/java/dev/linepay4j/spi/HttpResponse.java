package dev.linepay4j.spi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A neutral HTTP response, as a transport hands it back to core: status, headers and the whole body.
 * Any status is a response (LINE Pay answers 200 for every business outcome; a proxy may answer
 * anything); only a failure to get a response is a {@link TransportException}.
 *
 * <pre>{@code
 * HttpResponse response = new HttpResponse(200, List.of(new HttpHeader("Content-Type", "application/json")), bytes);
 * }</pre>
 *
 * @param status  the HTTP status code
 * @param headers the headers, in the order received
 * @param body    the body bytes (shared, not copied; do not modify); empty when none
 */
public record HttpResponse(int status, List<HttpHeader> headers, byte[] body) {

    /**
     * Creates a response.
     *
     * @param status the HTTP status code
     * @param headers the headers, in the order received
     * @param body the body bytes (shared, not copied; do not modify); empty when none
     * @throws IllegalArgumentException if the status is outside 100–599
     */
    public HttpResponse {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("HTTP status out of range: " + status);
        }
        headers = List.copyOf(headers);
        Objects.requireNonNull(body, "body");
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

    /** Status and body size. */
    @Override
    public String toString() {
        return "HttpResponse[" + status + ", " + body.length + " bytes]";
    }
}
