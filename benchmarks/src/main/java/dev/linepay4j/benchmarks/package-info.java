/**
 * JMH benchmarks of linepay4j (not published): the client's own work over an in-memory transport
 * ({@link dev.linepay4j.benchmarks.InMemoryBenchmark}), each transport against its bare HTTP client on
 * loopback ({@link dev.linepay4j.benchmarks.LoopbackBenchmark}), and JVM start to first call
 * ({@code benchmarks/startup.sh}). Run them with {@code benchmarks/run.sh}.
 */
package dev.linepay4j.benchmarks;
