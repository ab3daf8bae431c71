package dev.linepay4j.adapter.okhttp;

import java.io.IOException;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * Reads a response body into one array, refusing it as soon as it is known to be larger than the cap,
 * so that a hostile or broken peer cannot make the client buffer an unbounded body. The cap applies to
 * the bytes handed to core: when OkHttp decompresses a gzip body transparently, it is the decompressed
 * size that counts, so a small compressed bomb is refused too.
 */
final class CappedBody {

    /** Signals that the body exceeded the cap; mapped to RESPONSE_TOO_LARGE. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(int cap) {
            super("response body larger than " + cap + " bytes");
        }
    }

    private CappedBody() {
    }

    /**
     * Reads the whole body, or fails once it passes the cap.
     *
     * @param body the response body; the caller closes the response
     * @param cap  the largest body accepted
     * @return the body bytes
     * @throws TooLarge    if the body is larger than the cap
     * @throws IOException if reading fails
     */
    static byte[] read(ResponseBody body, int cap) throws IOException {
        if (body.contentLength() > cap) {
            throw new TooLarge(cap); // declared too large: refuse without reading a byte
        }
        BufferedSource source = body.source();
        // Reads until cap + 1 bytes are buffered or the body ends, so no more than one Okio segment
        // (8 KiB) past the cap is ever held, whatever the peer declared or left undeclared.
        if (source.request(cap + 1L)) {
            throw new TooLarge(cap);
        }
        return source.readByteArray();
    }
}
