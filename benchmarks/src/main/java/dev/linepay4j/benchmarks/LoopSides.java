package dev.linepay4j.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.linepay4j.Environment;
import dev.linepay4j.LinePay;
import dev.linepay4j.domain.ChannelSecret;
import dev.linepay4j.signing.HmacSha256Signer;
import dev.linepay4j.signing.NonceSource;
import dev.linepay4j.signing.SignatureInput;
import dev.linepay4j.spi.HttpRequest;
import dev.linepay4j.spi.HttpResponse;
import dev.linepay4j.spi.HttpTransport;
import dev.linepay4j.spi.HttpTransportProvider;
import dev.linepay4j.spi.TransportSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * The ways {@link PlainLoop} and {@link AlternatingLoop} post the benchmark's confirm to a
 * {@link CannedHttpServer}: through the bare HTTP library ({@code bare}), through the linepay4j transport alone
 * given the client's request ({@code transport}), through the transport with only the work LINE Pay's protocol
 * makes unavoidable around it ({@code protocol}: sign, parse), or through the whole client ({@code client}).
 */
final class LoopSides {

    /**
     * One way of calling, ready to run.
     *
     * @param call     one confirm, waited for
     * @param resource what to close afterwards
     * @param split    on the client side, the timing of its transport's sends; null elsewhere
     */
    record Side(Runnable call, AutoCloseable resource, Split split) {
    }

    private LoopSides() {
    }

    /**
     * Opens one side.
     *
     * @param transport {@code okhttp}, {@code apache} or {@code jdk}
     * @param side      {@code bare}, {@code transport}, {@code protocol} or {@code client}
     * @param async     whether each call goes through the asynchronous API (the caller then waits for it)
     * @param server    the server to post to
     * @param sent      the client's request, as {@link #recordedConfirm} gives it
     * @return the side
     */
    static Side open(String transport, String side, boolean async, CannedHttpServer server, HttpRequest sent) {
        switch (side) {
            case "bare": {
                BareClient bare = BareClient.of(transport, sent.uri(), sent.headers(), sent.body());
                return new Side(async ? () -> bare.postAsync().join() : bare::post, bare, null);
            }
            case "transport": {
                HttpTransport alone = provider(transport).create(TransportSettings.defaults());
                return new Side(async ? () -> alone.sendAsync(sent).join() : () -> alone.send(sent), alone, null);
            }
            case "protocol": {
                // The transport alone, plus what no LINE Pay client can skip: a fresh nonce and the HMAC over the
                // path and body, and one pass of a streaming parser over the answer, each value's text made once.
                // No request building, no tree, no mapping: a floor for the client's cost, not a client.
                HttpTransport alone = provider(transport).create(TransportSettings.defaults());
                HmacSha256Signer signer = HmacSha256Signer.create(ChannelSecret.of(Fixture.CHANNEL_SECRET),
                        NonceSource.uuidV4());
                SignatureInput input = SignatureInput.forPost(sent.uri().getRawPath(), sent.body());
                JsonFactory json = new JsonFactory();
                Function<HttpResponse, Object> work = response -> {
                    signer.sign(input, (name, value) -> { });
                    return parse(json, response.body());
                };
                return new Side(async ? () -> work.apply(alone.sendAsync(sent).join())
                        : () -> work.apply(alone.send(sent)), alone, null);
            }
            case "client": {
                // The transport the client would find by id, with the same settings, timing its sends.
                Split timed = new Split(provider(transport).create(TransportSettings.defaults()));
                LinePay client = LinePay.builder().channelId(Fixture.CHANNEL_ID).channelSecret(Fixture.CHANNEL_SECRET)
                        .environment(Environment.custom(server.baseUri())).transport(timed).codec("jackson").build();
                Runnable call = async
                        ? () -> client.confirmAsync(Fixture.TRANSACTION_ID, Fixture.CONFIRM).toCompletableFuture().join()
                        : () -> {
                            long start = System.nanoTime();
                            client.confirm(Fixture.TRANSACTION_ID, Fixture.CONFIRM);
                            timed.callNanos.add(System.nanoTime() - start);
                        };
                return new Side(call, () -> {
                    client.close();
                    timed.close();
                }, async ? null : timed);
            }
            default:
                throw new IllegalArgumentException("side must be bare, transport, protocol or client, was " + side);
        }
    }

    /** Every token of a JSON document, with the text of each name and value, as any reader of it needs. */
    private static Object parse(JsonFactory json, byte[] body) {
        try (JsonParser parser = json.createParser(body)) {
            Object last = null;
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                last = t.isScalarValue() || t == JsonToken.FIELD_NAME ? parser.getText() : t;
            }
            return last;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The request the client sends for the benchmark's confirm, taken over a recording transport.
     *
     * @param server the server it is for
     * @return the request
     */
    static HttpRequest recordedConfirm(CannedHttpServer server) {
        InMemoryTransport recording = InMemoryTransport.recording(Fixture.CONFIRM_ANSWER);
        try (LinePay recorder = LinePay.builder().channelId(Fixture.CHANNEL_ID).channelSecret(Fixture.CHANNEL_SECRET)
                .environment(Environment.custom(server.baseUri())).transport(recording).codec("jackson").build()) {
            recorder.confirm(Fixture.TRANSACTION_ID, Fixture.CONFIRM);
        }
        return recording.last();
    }

    private static HttpTransportProvider provider(String id) {
        for (HttpTransportProvider p : ServiceLoader.load(HttpTransportProvider.class)) {
            if (p.id().equals(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("no transport with id " + id);
    }

    /** A transport that times its sends, and the client's calls around them. */
    static final class Split implements HttpTransport {

        private final HttpTransport inner;
        private final LongAdder sendNanos = new LongAdder();
        private final LongAdder callNanos = new LongAdder();

        Split(HttpTransport inner) {
            this.inner = inner;
        }

        @Override
        public HttpResponse send(HttpRequest request) {
            long start = System.nanoTime();
            try {
                return inner.send(request);
            } finally {
                sendNanos.add(System.nanoTime() - start);
            }
        }

        @Override
        public CompletableFuture<HttpResponse> sendAsync(HttpRequest request) {
            return inner.sendAsync(request);
        }

        @Override
        public void close() {
            inner.close();
        }

        void reset() {
            sendNanos.reset();
            callNanos.reset();
        }

        double outsideSendMicros(long calls) {
            return (callNanos.sum() - sendNanos.sum()) / 1e3 / calls;
        }
    }
}
