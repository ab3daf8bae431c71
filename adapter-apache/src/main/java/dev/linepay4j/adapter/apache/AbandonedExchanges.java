package dev.linepay4j.adapter.apache;

import java.io.IOException;
import org.apache.hc.client5.http.async.AsyncExecCallback;
import org.apache.hc.client5.http.async.AsyncExecChain;
import org.apache.hc.client5.http.async.AsyncExecChainHandler;
import org.apache.hc.client5.http.async.AsyncExecRuntime;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;

/**
 * Lets the transport drop the connection of an exchange whose future the caller cancelled, whatever stage
 * HttpClient thinks the exchange is in.
 *
 * <p>Why: cancelling HttpClient 5.6's future cancels the stage it last recorded. When the connection is
 * made on an I/O thread while the calling thread is still recording the connect stage, the exchange can
 * run ahead and record its own stage first, which the connect stage then overwrites: the cancel reaches a
 * finished connect, and the exchange keeps its connection until the answer or the read timeout. It showed
 * as 5 to 8 failures in 300 runs of {@code cancellingTheFutureAbandonsTheExchange}. This handler, first in
 * the chain, keeps each exchange's runtime in its context, so that a cancel can also discard the
 * runtime's endpoint: closed and given back to the pool, as HttpClient's own cancel does.
 */
final class AbandonedExchanges implements AsyncExecChainHandler {

    /** The name the handler is added under. */
    static final String NAME = "linepay4j-abandoned-exchanges";

    private static final String RUNTIME = AbandonedExchanges.class.getName() + ".runtime";

    @Override
    public void execute(HttpRequest request, AsyncEntityProducer entityProducer, AsyncExecChain.Scope scope,
                        AsyncExecChain chain, AsyncExecCallback callback) throws HttpException, IOException {
        scope.clientContext.setAttribute(RUNTIME, scope.execRuntime);
        chain.proceed(request, entityProducer, scope, callback);
    }

    /**
     * Closes the connection an exchange holds, if it still holds one, and gives it back to the pool. An
     * exchange that already gave its connection back is left alone.
     *
     * @param context the context the exchange was executed with
     */
    static void discard(HttpClientContext context) {
        Object runtime = context.getAttribute(RUNTIME);
        if (runtime instanceof AsyncExecRuntime) {
            ((AsyncExecRuntime) runtime).discardEndpoint();
        }
    }
}
