package dev.linepay4j.benchmarks;

import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Threads;

/**
 * {@link LoopbackBenchmark} with one caller: its time per operation is the latency of one call. Four forks,
 * not two: one caller's throughput moves by 10 to 25% from one JVM to the next on the same code (thread
 * wake-ups on loopback, where the scheduler puts the caller and the server's thread), far more than within
 * a JVM, so a ratio needs more JVMs to settle.
 */
@Threads(1)
@Fork(4)
public class LoopbackOneCaller extends LoopbackBenchmark {
}
