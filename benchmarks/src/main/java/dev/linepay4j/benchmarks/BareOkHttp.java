package dev.linepay4j.benchmarks;

import dev.linepay4j.spi.HttpHeader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.Headers;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** OkHttp alone: {@code Call.execute()} and {@code Call.enqueue()}. */
final class BareOkHttp implements BareClient {

    private final OkHttpClient client;
    private final String url;
    private final Headers headers;
    private final byte[] body;

    BareOkHttp(URI uri, List<HttpHeader> sent, byte[] body) {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(MAX_CONNECTIONS);
        dispatcher.setMaxRequestsPerHost(MAX_CONNECTIONS);
        this.client = new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(MAX_CONNECTIONS, 30, TimeUnit.SECONDS))
                .connectTimeout(CONNECT_TIMEOUT)
                .readTimeout(READ_TIMEOUT)
                .writeTimeout(READ_TIMEOUT)
                // The transport also bounds each whole call by connect + read timeout.
                .callTimeout(CONNECT_TIMEOUT.plus(READ_TIMEOUT))
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .build();
        this.url = uri.toString();
        Headers.Builder h = new Headers.Builder();
        sent.forEach(x -> h.add(x.name(), x.value()));
        this.headers = h.build();
        this.body = body;
    }

    private Request request() {
        // Built per call, as an application posting a fresh body each time would.
        return new Request.Builder().url(url).headers(headers).post(RequestBody.create(body, null)).build();
    }

    @Override
    public byte[] post() {
        try (Response response = client.newCall(request()).execute()) {
            return response.body().bytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public CompletableFuture<byte[]> postAsync() {
        CompletableFuture<byte[]> result = new CompletableFuture<>();
        client.newCall(request()).enqueue(new Callback() {
            @Override
            public void onFailure(Call call, IOException e) {
                result.completeExceptionally(e);
            }

            @Override
            public void onResponse(Call call, Response response) {
                try (response) {
                    result.complete(response.body().bytes());
                } catch (IOException | RuntimeException e) {
                    result.completeExceptionally(e);
                }
            }
        });
        return result;
    }

    @Override
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
