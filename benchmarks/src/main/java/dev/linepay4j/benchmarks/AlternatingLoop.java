package dev.linepay4j.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * The loopback comparison with the sides taking turns in one JVM: bare, transport, protocol and client (see
 * {@link LoopSides}) post to the same {@link CannedHttpServer} in one-second windows, in that order and then
 * the other way round, for a number of rounds, and each side's throughput is divided by the bare client's in
 * the same round. A JMH ratio divides two forks run minutes apart, and on a
 * shared 2-core machine the same code moves 10–25% between them; here the machine's drift falls on both
 * sides of each ratio alike, and the quartiles over the rounds say how far one ratio can be trusted.
 *
 * <p>With {@code busy} above zero a fourth side is the transport alone with that many microseconds of
 * spinning before each call: what the same amount of any work costs on this machine, to put the client's
 * ratio next to.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.linepay4j.benchmarks.AlternatingLoop okhttp sync 1
 * # arguments: transport, sync|async, callers, [rounds = 16], [ms per window = 1000], [busy µs = 0],
 * #            [seconds compiling each side first (CompileFirst) = 6]
 * }</pre>
 */
public final class AlternatingLoop {

    /** The pause after switching sides, not counted: the callers finish the previous side's calls. */
    private static final long SWITCH_MILLIS = 100;

    private static volatile long spun;

    private AlternatingLoop() {
    }

    /**
     * One side over all rounds.
     *
     * @param side                 bare, transport, protocol, client or busy
     * @param medianCallsPerSecond the median of its windows
     * @param medianRatio          the median, over the rounds, of its throughput over the bare client's
     * @param lowerQuartile        the first quartile of those ratios
     * @param upperQuartile        the third quartile of those ratios
     */
    record Result(String side, double medianCallsPerSecond, double medianRatio, double lowerQuartile,
                  double upperQuartile) {

        @Override
        public String toString() {
            return String.format("%-9s %,8.0f calls/s, %.2f of bare (quartiles %.2f–%.2f)", side,
                    medianCallsPerSecond, medianRatio, lowerQuartile, upperQuartile);
        }
    }

    /**
     * Runs one comparison and prints each side.
     *
     * @param args transport, sync or async, callers, then optionally rounds, window milliseconds, busy
     *             microseconds and compile-first seconds
     * @throws Exception if the server cannot start or a thread is interrupted
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 3 || !List.of("sync", "async").contains(args[1])) {
            System.err.println("usage: AlternatingLoop <okhttp|apache|jdk> <sync|async> <callers> [rounds]"
                    + " [ms per window] [busy µs] [compile-first seconds per side]");
            System.exit(2);
        }
        int callers = Integer.parseInt(args[2]);
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 16;
        int millis = args.length > 4 ? Integer.parseInt(args[4]) : 1000;
        int busy = args.length > 5 ? Integer.parseInt(args[5]) : 0;
        int compile = args.length > 6 ? Integer.parseInt(args[6]) : 6;
        for (Result r : run(args[0], args[1].equals("async"), callers, rounds, millis, busy, compile)) {
            System.out.printf("%s %s, %d callers, %d rounds: %s%n", args[0], args[1], callers, rounds, r);
        }
    }

    /**
     * Starts a server, lets the sides take turns, and stops everything.
     *
     * @param transport     {@code okhttp}, {@code apache} or {@code jdk}
     * @param async         whether the calls go through the asynchronous API
     * @param callers       threads calling at once
     * @param rounds        how many times each side gets a window
     * @param windowMillis  how long each window is
     * @param busyMicros    microseconds of spinning for the fourth side; 0 for no fourth side
     * @param compileFirst  seconds of calling each side on two renewed threads ({@link CompileFirst}) first
     * @return bare, transport, protocol, client and perhaps busy, in that order
     * @throws Exception if the server cannot start or a thread is interrupted
     */
    static List<Result> run(String transport, boolean async, int callers, int rounds, int windowMillis,
                            int busyMicros, int compileFirst) throws Exception {
        try (CannedHttpServer server = CannedHttpServer.start(Fixture.CONFIRM_ANSWER)) {
            var sent = LoopSides.recordedConfirm(server);
            List<String> names = new ArrayList<>(List.of("bare", "transport", "protocol", "client"));
            List<LoopSides.Side> sides = new ArrayList<>();
            try {
                for (String name : names) {
                    sides.add(LoopSides.open(transport, name, async, server, sent));
                }
                if (busyMicros > 0) {
                    Runnable alone = sides.get(1).call();
                    long nanos = TimeUnit.MICROSECONDS.toNanos(busyMicros);
                    sides.add(new LoopSides.Side(() -> {
                        spin(nanos);
                        alone.run();
                    }, () -> { }, null));
                    names.add("busy " + busyMicros + " µs");
                }
                Runnable[] calls = sides.stream().map(LoopSides.Side::call).toArray(Runnable[]::new);
                for (Runnable call : calls) {
                    CompileFirst.run(call, compileFirst);
                }
                double[][] rates = alternate(calls, callers, rounds, windowMillis);
                List<Result> results = new ArrayList<>();
                for (int s = 0; s < calls.length; s++) {
                    double[] ratios = new double[rounds];
                    for (int r = 0; r < rounds; r++) {
                        ratios[r] = rates[s][r] / rates[0][r];
                    }
                    results.add(new Result(names.get(s), quantile(rates[s], 0.5), quantile(ratios, 0.5),
                            quantile(ratios, 0.25), quantile(ratios, 0.75)));
                }
                return results;
            } finally {
                for (LoopSides.Side side : sides) {
                    side.resource().close();
                }
            }
        }
    }

    /** Calls per second of each side in each round. */
    private static double[][] alternate(Runnable[] calls, int callers, int rounds, int windowMillis)
            throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        LongAdder counted = new LongAdder();
        // -1 while no side runs; the callers read it before every call.
        AtomicInteger current = new AtomicInteger(-1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            Thread t = new Thread(() -> {
                while (!stop.get()) {
                    int side = current.get();
                    if (side < 0) {
                        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
                        continue;
                    }
                    calls[side].run();
                    counted.increment();
                }
            }, "alternating-caller-" + i);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
        double[][] rates = new double[calls.length][rounds];
        try {
            for (int r = 0; r < rounds; r++) {
                for (int k = 0; k < calls.length; k++) {
                    int side = r % 2 == 0 ? k : calls.length - 1 - k;
                    current.set(side);
                    Thread.sleep(SWITCH_MILLIS);
                    counted.reset();
                    long start = System.nanoTime();
                    Thread.sleep(windowMillis);
                    rates[side][r] = counted.sum() / ((System.nanoTime() - start) / 1e9);
                }
            }
        } finally {
            stop.set(true);
            for (Thread t : threads) {
                t.join(TimeUnit.SECONDS.toMillis(10));
            }
        }
        return rates;
    }

    private static void spin(long nanos) {
        long end = System.nanoTime() + nanos;
        long turns = 0;
        while (System.nanoTime() < end) {
            turns++;
        }
        spun = turns;   // so the JIT cannot drop the loop
    }

    private static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.round(q * (sorted.length - 1))];
    }
}
