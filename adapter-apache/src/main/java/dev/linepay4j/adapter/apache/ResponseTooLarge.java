package dev.linepay4j.adapter.apache;

import java.io.IOException;

/**
 * Signals that a response body exceeded the cap; mapped to RESPONSE_TOO_LARGE. An {@link IOException}
 * so that it travels through HttpClient's own failure paths (the response handler, the async consumer)
 * and makes HttpClient discard the connection instead of draining the rest of the body.
 */
final class ResponseTooLarge extends IOException {

    private static final long serialVersionUID = 1L;

    ResponseTooLarge(int cap) {
        super("response body larger than " + cap + " bytes");
    }

    /**
     * Refuses a body whose declared length is already over the cap, before a byte of it is read.
     *
     * @param contentLength the declared length, negative when unknown (chunked, or until close)
     * @param cap           the largest body accepted
     * @throws ResponseTooLarge if the declared length is over the cap
     */
    static void checkDeclared(long contentLength, int cap) throws ResponseTooLarge {
        if (contentLength > cap) {
            throw new ResponseTooLarge(cap);
        }
    }
}
