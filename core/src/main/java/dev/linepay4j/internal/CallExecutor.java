package dev.linepay4j.internal;

import dev.linepay4j.LinePayException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Runs one attempt of an {@link Operation}: sign, send, read, map. A layer that retries or reconciles
 * wraps an executor and calls it again with {@link Operation#withAttempt(int)}; every attempt is
 * signed afresh.
 *
 * <pre>{@code
 * ConfirmResponse confirmed = executor.execute(operation);
 * }</pre>
 */
public interface CallExecutor {

    /**
     * Runs one attempt and waits for it.
     *
     * @param operation the operation
     * @param <T>       the result type
     * @return the result
     * @throws dev.linepay4j.LinePayException for every failure, classified
     */
    <T> T execute(Operation<T> operation);

    /**
     * Runs one attempt without blocking.
     *
     * @param operation the operation
     * @param <T>       the result type
     * @return the result, or a {@link dev.linepay4j.LinePayException}, never wrapped
     */
    <T> CompletableFuture<T> executeAsync(Operation<T> operation);

    /**
     * Prepares an operation and runs it without blocking. A preparation that refuses the request (an
     * invalid request, an endpoint the client's version lacks) fails the future instead of throwing, so
     * that an async caller meets every failure in one place.
     *
     * @param prepare builds the operation; may throw {@link LinePayException}
     * @param <T>     the result type
     * @return the result, or a {@link LinePayException}, never wrapped
     */
    default <T> CompletableFuture<T> prepareAndExecuteAsync(Supplier<Operation<T>> prepare) {
        Operation<T> op;
        try {
            op = prepare.get();
        } catch (LinePayException e) {
            return CompletableFuture.failedFuture(e);
        }
        return executeAsync(op);
    }
}
