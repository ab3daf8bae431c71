package dev.linepay4j.internal;

import java.util.concurrent.CompletableFuture;

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
}
