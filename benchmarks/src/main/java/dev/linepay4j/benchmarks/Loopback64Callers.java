package dev.linepay4j.benchmarks;

import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Threads;

/** {@link LoopbackBenchmark} with 64 callers at once, as many as each transport's connection pool holds. */
@Threads(64)
@Fork(2)
public class Loopback64Callers extends LoopbackBenchmark {
}
