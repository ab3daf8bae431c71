package dev.linepay4j.benchmarks;

import dev.linepay4j.Environment;
import dev.linepay4j.LinePay;
import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * The in-memory confirm with each call on a new virtual thread (Java 21 or newer), or on a pool of two
 * platform threads, 64 calls in flight: what a call costs when its thread has never made one, as in a
 * server that starts a virtual thread per request. It prints the wall time and the bytes allocated (by every
 * thread: a virtual thread's allocations count on its carrier) per call, one line per round.
 *
 * <pre>{@code
 * /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -cp benchmarks/target/benchmarks.jar \
 *     dev.linepay4j.benchmarks.VirtualThreadsLoop virtual
 * # arguments: virtual|platform, [rounds = 6], [calls per round = 200000]
 * }</pre>
 */
public final class VirtualThreadsLoop {

    private VirtualThreadsLoop() {
    }

    /** One round: wall time and bytes allocated per call. */
    record Round(double microsPerCall, long bytesPerCall) {

        @Override
        public String toString() {
            return String.format("%.2f µs per call, %,d bytes per call", microsPerCall, bytesPerCall);
        }
    }

    /**
     * Runs the rounds and prints each.
     *
     * @param args {@code virtual} or {@code platform}, then optionally rounds and calls per round
     * @throws Exception if virtual threads are asked for before Java 21, or a thread is interrupted
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: VirtualThreadsLoop <virtual|platform> [rounds] [calls per round]");
            System.exit(2);
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        int calls = args.length > 2 ? Integer.parseInt(args[2]) : 200_000;
        for (Round r : run(args[0], rounds, calls)) {
            System.out.printf("%s threads: %s%n", args[0], r);
        }
    }

    /**
     * Makes {@code rounds} rounds of {@code calls} confirms, each on a new virtual thread or on a pool's.
     *
     * @param threads {@code virtual} or {@code platform}
     * @param rounds  how many rounds
     * @param calls   confirms per round
     * @return the rounds, in order
     * @throws Exception if virtual threads are asked for before Java 21, or a thread is interrupted
     */
    static List<Round> run(String threads, int rounds, int calls) throws Exception {
        ThreadMXBean mx = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        ExecutorService executor = executor(threads);
        List<Round> result = new ArrayList<>();
        try (LinePay client = LinePay.builder().channelId(Fixture.CHANNEL_ID).channelSecret(Fixture.CHANNEL_SECRET)
                .environment(Environment.SANDBOX).transport(InMemoryTransport.answering(Fixture.CONFIRM_ANSWER))
                .codec("jackson").build()) {
            Semaphore inFlight = new Semaphore(64);
            for (int round = 0; round < rounds; round++) {
                CountDownLatch done = new CountDownLatch(calls);
                long allocated = allocated(mx);
                long start = System.nanoTime();
                for (int i = 0; i < calls; i++) {
                    inFlight.acquire();
                    executor.execute(() -> {
                        try {
                            client.confirm(Fixture.TRANSACTION_ID, Fixture.CONFIRM);
                        } finally {
                            inFlight.release();
                            done.countDown();
                        }
                    });
                }
                done.await();
                long nanos = System.nanoTime() - start;
                result.add(new Round(nanos / 1e3 / calls, (allocated(mx) - allocated) / calls));
            }
        } finally {
            executor.shutdown();
        }
        return result;
    }

    /** A virtual thread per task, found by name so that this module still compiles for Java 17. */
    private static ExecutorService executor(String threads) throws Exception {
        switch (threads) {
            case "platform":
                return Executors.newFixedThreadPool(2);
            case "virtual":
                try {
                    return (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
                } catch (NoSuchMethodException e) {
                    throw new IllegalStateException("virtual threads need Java 21 or newer; this is "
                            + System.getProperty("java.version"), e);
                }
            default:
                throw new IllegalArgumentException("threads must be virtual or platform, was " + threads);
        }
    }

    /** Bytes allocated so far by the live platform threads, carriers of virtual threads included. */
    private static long allocated(ThreadMXBean mx) {
        long sum = 0;
        for (long b : mx.getThreadAllocatedBytes(mx.getAllThreadIds())) {
            sum += Math.max(0, b);
        }
        return sum;
    }
}
