package dev.linepay4j.benchmarks;

import dev.linepay4j.spi.HttpHeader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** {@code java.net.http.HttpClient} alone: {@code send} and {@code sendAsync}, HTTP/1.1 as on plain http. */
final class BareJdk implements BareClient {

    private final ExecutorService executor;
    private final HttpClient client;
    private final URI uri;
    private final String[] headers;
    private final byte[] body;

    BareJdk(URI uri, List<HttpHeader> sent, byte[] body) {
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "bare-jdk-http");
            t.setDaemon(true);
            return t;
        });
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(executor)
                .build();
        this.uri = uri;
        this.headers = sent.stream().flatMap(h -> java.util.stream.Stream.of(h.name(), h.value())).toArray(String[]::new);
        this.body = body;
    }

    private HttpRequest request() {
        return HttpRequest.newBuilder(uri).timeout(READ_TIMEOUT).headers(headers)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    @Override
    public byte[] post() {
        try {
            return client.send(request(), HttpResponse.BodyHandlers.ofByteArray()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public CompletableFuture<byte[]> postAsync() {
        return client.sendAsync(request(), HttpResponse.BodyHandlers.ofByteArray()).thenApply(HttpResponse::body);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
