package dev.linepay4j.adapter.apache;

import dev.linepay4j.spi.HttpHeader;
import dev.linepay4j.spi.HttpResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http.nio.entity.AbstractBinDataConsumer;

/**
 * Collects an asynchronous response into a neutral {@link HttpResponse}, and gives up as soon as the
 * body grows past the cap, so that a hostile or broken peer cannot make the client buffer an
 * unbounded body. One instance per exchange.
 *
 * <p>Built on {@link AbstractBinDataConsumer} rather than HttpClient's {@code AbstractBinResponseConsumer}
 * or {@code SimpleResponseConsumer}: those parse the Content-Type first and fail the exchange on a
 * charset the JVM does not know, and any status and any body is an answer here, however labelled.
 */
final class CappedResponseConsumer extends AbstractBinDataConsumer implements AsyncResponseConsumer<HttpResponse> {

    private static final byte[] EMPTY = new byte[0];

    private final int cap;
    private volatile FutureCallback<HttpResponse> resultCallback;
    private int status;
    private List<HttpHeader> headers = List.of();
    private byte[] buffer = EMPTY;
    private int size;

    CappedResponseConsumer(int cap) {
        this.cap = cap;
    }

    @Override
    public void consumeResponse(org.apache.hc.core5.http.HttpResponse response, EntityDetails entityDetails,
                                HttpContext context, FutureCallback<HttpResponse> callback)
            throws HttpException, IOException {
        this.resultCallback = callback;
        this.status = response.getCode();
        this.headers = headers(response.getHeaders());
        if (entityDetails == null) {
            // No body follows (204, 304, or a HEAD): the exchange is complete now.
            completed();
            return;
        }
        ResponseTooLarge.checkDeclared(entityDetails.getContentLength(), cap);
        if (entityDetails.getContentLength() > 0) {
            buffer = new byte[(int) entityDetails.getContentLength()];
        }
    }

    @Override
    public void informationResponse(org.apache.hc.core5.http.HttpResponse response, HttpContext context) {
        // 1xx interim answers carry nothing the caller needs.
    }

    @Override
    protected int capacityIncrement() {
        // Ask for no more than the cap allows, plus one byte to notice a body that goes past it.
        return (int) Math.max(1, Math.min(64 * 1024, (long) cap - size + 1));
    }

    @Override
    protected void data(ByteBuffer src, boolean endOfStream) throws IOException {
        int n = src.remaining();
        if (n == 0) {
            return;
        }
        if (n > cap - size) {
            throw new ResponseTooLarge(cap);
        }
        if (size + n > buffer.length) {
            buffer = Arrays.copyOf(buffer, (int) Math.min(cap, Math.max(2L * buffer.length, Math.max(size + n, 1024))));
        }
        src.get(buffer, size, n);
        size += n;
    }

    @Override
    protected void completed() {
        FutureCallback<HttpResponse> callback = resultCallback;
        if (callback != null) {
            callback.completed(new HttpResponse(status, headers, size == buffer.length ? buffer : Arrays.copyOf(buffer, size)));
        }
    }

    @Override
    public void failed(Exception cause) {
        // HttpClient fails the exchange's future itself, with this same cause; reporting it here too
        // would only race that report.
    }

    @Override
    public void releaseResources() {
        buffer = EMPTY;
        resultCallback = null;
    }

    static List<HttpHeader> headers(Header[] received) {
        List<HttpHeader> headers = new ArrayList<>(received.length);
        for (Header h : received) {
            HttpHeader.received(h.getName(), h.getValue()).ifPresent(headers::add);
        }
        return headers;
    }
}
