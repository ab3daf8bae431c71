package dev.linepay4j.adapter.apache;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.nio.AsyncClientConnectionManager;
import org.apache.hc.client5.http.nio.AsyncConnectionEndpoint;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.ConnectionInitiator;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Makes the asynchronous pool honour the connection request timeout. HttpClient 5.6's async pool
 * records a lease's deadline but only looks at it when the pool is next touched (a lease or a release),
 * so with every connection held by a hanging exchange a waiting request waits until one of those ends,
 * far past its connect timeout. This wrapper fails the wait on time instead.
 *
 * <p>The failure is a {@link ConnectionRequestTimeoutException}, as the classic client throws, and it
 * is safe to call before-send: the exchange is told of it only if it has not been given a connection,
 * and once told it is never given one (a connection the pool hands over too late goes straight back).
 */
final class LeaseDeadlineConnectionManager implements AsyncClientConnectionManager {

    private final AsyncClientConnectionManager pool;
    private final Executor executor;

    /**
     * Wraps a pool.
     *
     * @param pool     the pool that does the work
     * @param executor where an expired wait is failed; HttpClient's I/O threads must not be borrowed
     */
    LeaseDeadlineConnectionManager(AsyncClientConnectionManager pool, Executor executor) {
        this.pool = pool;
        this.executor = executor;
    }

    @Override
    public Future<AsyncConnectionEndpoint> lease(String id, HttpRoute route, Object state, Timeout requestTimeout,
                                                 FutureCallback<AsyncConnectionEndpoint> callback) {
        Once once = new Once(callback);
        Future<AsyncConnectionEndpoint> lease = pool.lease(id, route, state, requestTimeout, once);
        if (!lease.isDone() && requestTimeout != null && !requestTimeout.isDisabled()) {
            CompletableFuture.delayedExecutor(requestTimeout.toMilliseconds(), TimeUnit.MILLISECONDS, executor).execute(() -> {
                if (once.fail(new ConnectionRequestTimeoutException("no connection from the pool within " + requestTimeout))) {
                    lease.cancel(false);
                }
            });
        }
        return lease;
    }

    @Override
    public void release(AsyncConnectionEndpoint endpoint, Object newState, TimeValue validDuration) {
        pool.release(endpoint, newState, validDuration);
    }

    @Override
    public Future<AsyncConnectionEndpoint> connect(AsyncConnectionEndpoint endpoint, ConnectionInitiator connectionInitiator,
                                                   Timeout connectTimeout, Object attachment, HttpContext context,
                                                   FutureCallback<AsyncConnectionEndpoint> callback) {
        return pool.connect(endpoint, connectionInitiator, connectTimeout, attachment, context, callback);
    }

    @Override
    public void upgrade(AsyncConnectionEndpoint endpoint, Object attachment, HttpContext context) {
        pool.upgrade(endpoint, attachment, context);
    }

    @Override
    public void upgrade(AsyncConnectionEndpoint endpoint, Object attachment, HttpContext context,
                        FutureCallback<AsyncConnectionEndpoint> callback) {
        pool.upgrade(endpoint, attachment, context, callback);
    }

    @Override
    public void close(CloseMode closeMode) {
        pool.close(closeMode);
    }

    @Override
    public void close() throws IOException {
        pool.close();
    }

    /** Passes on the first outcome of a lease only; a connection that arrives after a failure goes back. */
    private final class Once implements FutureCallback<AsyncConnectionEndpoint> {
        private final FutureCallback<AsyncConnectionEndpoint> delegate;
        private final AtomicBoolean done = new AtomicBoolean();

        Once(FutureCallback<AsyncConnectionEndpoint> delegate) {
            this.delegate = delegate;
        }

        boolean fail(Exception e) {
            if (done.compareAndSet(false, true)) {
                if (delegate != null) {
                    delegate.failed(e);
                }
                return true;
            }
            return false;
        }

        @Override
        public void completed(AsyncConnectionEndpoint endpoint) {
            if (done.compareAndSet(false, true)) {
                if (delegate != null) {
                    delegate.completed(endpoint);
                }
            } else {
                // The wait already failed, so nobody will use it. Back to the pool, expired: its keep-alive
                // is not known here, and a rare extra connect is cheaper than reusing a dead one.
                pool.release(endpoint, null, TimeValue.ZERO_MILLISECONDS);
            }
        }

        @Override
        public void failed(Exception e) {
            fail(e);
        }

        @Override
        public void cancelled() {
            if (done.compareAndSet(false, true) && delegate != null) {
                delegate.cancelled();
            }
        }
    }
}
