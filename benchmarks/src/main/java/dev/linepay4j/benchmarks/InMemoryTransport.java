package dev.linepay4j.benchmarks;

import dev.linepay4j.spi.HttpHeader;
import dev.linepay4j.spi.HttpRequest;
import dev.linepay4j.spi.HttpResponse;
import dev.linepay4j.spi.HttpTransport;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A transport that answers every request at once with one canned LINE Pay answer, built once: what is
 * left of a call is the library's own work. It can also keep the last request it was given, so that a
 * benchmark can take the exact bytes and headers the client sends.
 */
public final class InMemoryTransport implements HttpTransport {

    private final HttpResponse answer;
    private final AtomicReference<HttpRequest> last;

    private InMemoryTransport(byte[] answerBody, boolean record) {
        this.answer = new HttpResponse(200, List.of(new HttpHeader("Content-Type", "application/json;charset=UTF-8")),
                answerBody);
        this.last = record ? new AtomicReference<>() : null;
    }

    /**
     * A transport that answers with these bytes, HTTP 200.
     *
     * @param answerBody the answer's body, shared by every response
     * @return the transport
     */
    public static InMemoryTransport answering(byte[] answerBody) {
        return new InMemoryTransport(answerBody, false);
    }

    /**
     * The same, and keeping the last request.
     *
     * @param answerBody the answer's body
     * @return the transport
     */
    public static InMemoryTransport recording(byte[] answerBody) {
        return new InMemoryTransport(answerBody, true);
    }

    /**
     * The last request sent through a recording transport.
     *
     * @return the request
     */
    public HttpRequest last() {
        HttpRequest r = last == null ? null : last.get();
        if (r == null) {
            throw new IllegalStateException("no request recorded");
        }
        return r;
    }

    @Override
    public HttpResponse send(HttpRequest request) {
        if (last != null) {
            last.set(request);
        }
        return answer;
    }

    @Override
    public CompletableFuture<HttpResponse> sendAsync(HttpRequest request) {
        return CompletableFuture.completedFuture(send(request));
    }

    @Override
    public void close() {
        // nothing to release
    }
}
