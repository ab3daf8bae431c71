package dev.linepay4j.testkit.sandbox;

import com.sun.net.httpserver.Headers;
import dev.linepay4j.domain.code.ReturnCode;
import java.util.List;
import java.util.Optional;

/**
 * An API call as received: the raw path and query exactly as they came on the request line (the
 * signature covers them as sent), the headers and the body bytes.
 *
 * @param method   {@code GET} or {@code POST}
 * @param rawPath  the path, still percent-encoded
 * @param rawQuery the query without {@code ?}, still encoded; empty when there is none
 * @param headers  the request headers
 * @param body     the body bytes; empty when there is none
 */
record ApiRequest(String method, String rawPath, String rawQuery, Headers headers, byte[] body) {

    /**
     * The one value of a header. Absent → empty; sent more than once → refused, since two channel ids
     * or two signatures leave it open which one was meant.
     */
    Optional<String> single(String name) {
        List<String> values = headers.get(name);
        if (values == null || values.isEmpty()) {
            return Optional.empty();
        }
        if (values.size() > 1) {
            throw new Refusal(ReturnCode.INVALID_HEADERS,
                    "Header information error. " + name + " is sent more than once.");
        }
        return Optional.of(values.get(0));
    }
}
