package dev.linepay4j.benchmarks;

import java.util.concurrent.TimeUnit;

/**
 * Runs an operation on two threads at a time, for the JIT alone, before a many-caller measurement: what
 * {@link LoopbackBenchmark.Loopback#compileFirst} and {@link PlainLoop} do first.
 *
 * <p>The two threads are replaced by new ones every {@value #THREAD_MILLIS} ms. A thread's first call takes
 * paths that two long-lived threads never take again after their first call: the first lookup of each
 * {@code ThreadLocal} in the JDK's socket code, its charset coders, Jackson and the HTTP libraries. The
 * JIT compiles the call without them, and when 64 new callers then take them at once it throws the
 * compiled call away ({@code jdk.Deoptimization} events, reason {@code unstable_if}, in a JFR recording) and
 * recompiles it on a sliver of the CPU, the longer path (linepay4j's) taking longest. With new threads all
 * along, those paths are part of what gets compiled.
 */
final class CompileFirst {

    /** How long each compiling thread calls before a new thread takes its place. */
    static final long THREAD_MILLIS = 50;

    private CompileFirst() {
    }

    /**
     * Calls {@code op} on two threads at a time, each replaced after {@value #THREAD_MILLIS} ms, until
     * {@code seconds} have passed.
     *
     * @param op      the operation the measurement will run
     * @param seconds how long to call it
     */
    static void run(Runnable op, long seconds) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        int generation = 0;
        while (System.nanoTime() < end) {
            long until = Math.min(end, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(THREAD_MILLIS));
            Thread[] threads = new Thread[2];
            for (int i = 0; i < threads.length; i++) {
                threads[i] = new Thread(() -> {
                    while (System.nanoTime() < until) {
                        op.run();
                    }
                }, "compile-first-" + generation + "-" + i);
                threads[i].start();
            }
            for (Thread t : threads) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while compiling first", e);
                }
            }
            generation++;
        }
    }
}
