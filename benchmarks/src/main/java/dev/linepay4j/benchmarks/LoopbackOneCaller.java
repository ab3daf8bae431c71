package dev.linepay4j.benchmarks;

import org.openjdk.jmh.annotations.Threads;

/** {@link LoopbackBenchmark} with one caller: its time per operation is the latency of one call. */
@Threads(1)
public class LoopbackOneCaller extends LoopbackBenchmark {
}
