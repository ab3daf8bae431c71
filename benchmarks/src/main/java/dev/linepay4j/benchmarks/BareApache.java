package dev.linepay4j.benchmarks;

import dev.linepay4j.spi.HttpHeader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.Message;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.apache.hc.core5.http.message.BasicHttpRequest;
import org.apache.hc.core5.http.nio.entity.BasicAsyncEntityConsumer;
import org.apache.hc.core5.http.nio.entity.BasicAsyncEntityProducer;
import org.apache.hc.core5.http.nio.support.BasicRequestProducer;
import org.apache.hc.core5.http.nio.support.BasicResponseConsumer;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.Timeout;

/** Apache HttpClient 5 alone: the classic client's {@code execute} and the async client's {@code execute}. */
final class BareApache implements BareClient {

    private final CloseableHttpClient classic;
    private final CloseableHttpAsyncClient async;
    private final URI uri;
    private final List<HttpHeader> headers;
    private final byte[] body;

    BareApache(URI uri, List<HttpHeader> sent, byte[] body) {
        ConnectionConfig connection = ConnectionConfig.custom().setConnectTimeout(Timeout.of(CONNECT_TIMEOUT)).build();
        RequestConfig request = RequestConfig.custom().setResponseTimeout(Timeout.of(READ_TIMEOUT))
                .setRedirectsEnabled(false).build();
        this.classic = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(MAX_CONNECTIONS).setMaxConnPerRoute(MAX_CONNECTIONS)
                        .setDefaultConnectionConfig(connection).build())
                .setDefaultRequestConfig(request)
                .disableAutomaticRetries().disableRedirectHandling().disableContentCompression()
                .disableCookieManagement().disableAuthCaching()
                .build();
        this.async = HttpAsyncClients.custom()
                .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(MAX_CONNECTIONS).setMaxConnPerRoute(MAX_CONNECTIONS)
                        .setDefaultConnectionConfig(connection).build())
                .setIOReactorConfig(IOReactorConfig.custom()
                        .setIoThreadCount(Math.min(2, Runtime.getRuntime().availableProcessors())).build())
                .setDefaultRequestConfig(request)
                .disableAutomaticRetries().disableRedirectHandling().disableContentCompression()
                .disableCookieManagement().disableAuthCaching()
                .build();
        async.start();
        this.uri = uri;
        this.headers = sent;
        this.body = body;
    }

    @Override
    public byte[] post() {
        BasicClassicHttpRequest request = new BasicClassicHttpRequest("POST", uri);
        headers.forEach(h -> request.addHeader(h.name(), h.value()));
        request.setEntity(new ByteArrayEntity(body, null));
        try {
            return classic.execute(request, response -> EntityUtils.toByteArray(response.getEntity()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public CompletableFuture<byte[]> postAsync() {
        BasicHttpRequest head = new BasicHttpRequest("POST", uri);
        headers.forEach(h -> head.addHeader(h.name(), h.value()));
        CompletableFuture<byte[]> result = new CompletableFuture<>();
        async.execute(new BasicRequestProducer(head, new BasicAsyncEntityProducer(body, null)),
                new BasicResponseConsumer<>(new BasicAsyncEntityConsumer()), new FutureCallback<Message<HttpResponse, byte[]>>() {
                    @Override
                    public void completed(Message<HttpResponse, byte[]> message) {
                        result.complete(message.getBody());
                    }

                    @Override
                    public void failed(Exception e) {
                        result.completeExceptionally(e);
                    }

                    @Override
                    public void cancelled() {
                        result.cancel(false);
                    }
                });
        return result;
    }

    @Override
    public void close() {
        classic.close(CloseMode.IMMEDIATE);
        async.close(CloseMode.IMMEDIATE);
    }
}
