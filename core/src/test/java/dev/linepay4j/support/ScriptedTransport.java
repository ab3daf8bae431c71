package dev.linepay4j.support;

import dev.linepay4j.spi.HttpHeader;
import dev.linepay4j.spi.HttpRequest;
import dev.linepay4j.spi.HttpResponse;
import dev.linepay4j.spi.HttpTransport;
import dev.linepay4j.spi.TransportException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** An in-memory transport whose answers a test scripts, recording every request it is asked to send. */
public final class ScriptedTransport implements HttpTransport {

    private volatile Function<HttpRequest, HttpResponse> script;
    private final List<HttpRequest> sent = new ArrayList<>();
    private final AtomicInteger closes = new AtomicInteger();

    public ScriptedTransport(Function<HttpRequest, HttpResponse> script) {
        this.script = script;
    }

    public static ScriptedTransport answering(String json) {
        return new ScriptedTransport(r -> ok(json));
    }

    public void script(Function<HttpRequest, HttpResponse> script) {
        this.script = script;
    }

    public static HttpResponse ok(String json) {
        return response(200, "application/json", json);
    }

    public static HttpResponse response(int status, String contentType, String body) {
        return new HttpResponse(status, List.of(new HttpHeader("Content-Type", contentType)),
                body.getBytes(StandardCharsets.UTF_8));
    }

    public static Function<HttpRequest, HttpResponse> failing(TransportException.Kind kind) {
        return r -> {
            throw new TransportException(kind, "scripted failure of " + r.target(), null);
        };
    }

    public synchronized List<HttpRequest> sent() {
        return List.copyOf(sent);
    }

    public HttpRequest last() {
        List<HttpRequest> all = sent();
        return all.get(all.size() - 1);
    }

    public int closes() {
        return closes.get();
    }

    @Override
    public HttpResponse send(HttpRequest request) {
        synchronized (this) {
            sent.add(request);
        }
        return script.apply(request);
    }

    @Override
    public CompletableFuture<HttpResponse> sendAsync(HttpRequest request) {
        CompletableFuture<HttpResponse> f = new CompletableFuture<>();
        ForkJoinPool.commonPool().execute(() -> {
            try {
                f.complete(send(request));
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        return f;
    }

    @Override
    public void close() {
        closes.incrementAndGet();
    }

    /** Headers as a map with names as sent (the last value wins). */
    public static Map<String, String> headers(HttpRequest r) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        r.headers().forEach(h -> m.put(h.name(), h.value()));
        return m;
    }
}
