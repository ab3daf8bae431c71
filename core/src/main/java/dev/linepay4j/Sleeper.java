package dev.linepay4j;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * How a {@link RetryPolicy} waits between two attempts: by blocking the caller's thread (sync calls)
 * or by completing a future later (async calls, which must never hold a thread while they wait).
 * {@link #system()} really waits; {@link #none()} returns at once, for tests that want the backoff
 * computed and reported but not slept.
 *
 * <pre>{@code
 * LinePay linePay = LinePay.builder()
 *         ...
 *         .retryPolicy(RetryPolicy.defaults().withSleeper(Sleeper.none()))   // same as .withoutSleeping()
 *         .build();
 * }</pre>
 *
 * <p>A test double that records the waits has to implement both methods; both must be thread-safe, as
 * one client serves many threads.
 */
public interface Sleeper {

    /**
     * Blocks the calling thread for a while (sync calls).
     *
     * @param duration how long; zero or more
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;

    /**
     * A future that completes after a while, without blocking a thread (async calls).
     *
     * @param duration how long; zero or more
     * @return a future completed (with null) once the duration has passed
     */
    CompletableFuture<Void> delay(Duration duration);

    /**
     * The real thing: {@link Thread#sleep(long, int)} for sync calls, and for async calls a timer
     * ({@link CompletableFuture#delayedExecutor(long, TimeUnit)}) after which the next attempt starts on
     * the JDK's default async pool.
     *
     * @return the sleeper every policy uses unless told otherwise
     */
    static Sleeper system() {
        return Sleepers.SYSTEM;
    }

    /**
     * A sleeper that never waits: sync waits return at once and async ones are already complete. For
     * tests: the backoff is still computed and reported to the listener.
     *
     * @return the sleeper
     */
    static Sleeper none() {
        return Sleepers.NONE;
    }
}
