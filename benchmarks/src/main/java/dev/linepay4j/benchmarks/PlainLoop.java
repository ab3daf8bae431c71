package dev.linepay4j.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * The loopback comparison without JMH, to tell the transport's share from linepay4j's: callers post the
 * confirm in a loop to a {@link CannedHttpServer}, through the bare HTTP library ({@code bare}), through the
 * linepay4j transport alone given the client's request ({@code transport}), through the transport with only
 * the signing and parsing any LINE Pay client must do ({@code protocol}), or through the whole client
 * ({@code client}); calls and the process's CPU time are counted over a few windows. On the client side the
 * transport (the one the client would find by id, with the same settings) also times its sends, so that each
 * window says how long a call spent outside them: linepay4j's own work, on a thread just back from the
 * network. The README's "plain harness" figures come from it.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.linepay4j.benchmarks.PlainLoop apache transport 64
 * # arguments: transport, bare|transport|protocol|client, callers, [seconds compiling first (CompileFirst) = 15],
 * #            [windows = 3], [seconds per window = 5]
 * }</pre>
 */
public final class PlainLoop {

    private PlainLoop() {
    }

    /**
     * One window: calls per second, CPU time of the whole process per call and, on the client side, the
     * wall time per call spent outside the transport's {@code send}: linepay4j's own work, as it runs on a
     * caller just back from waiting for the network ({@code NaN} on the other sides).
     */
    record Window(double callsPerSecond, double cpuMicrosPerCall, double ownMicrosPerCall) {

        @Override
        public String toString() {
            String own = Double.isNaN(ownMicrosPerCall) ? ""
                    : String.format(", %.1f µs per call outside the transport's send", ownMicrosPerCall);
            return String.format("%,.0f calls/s, %.1f µs of CPU per call%s", callsPerSecond, cpuMicrosPerCall, own);
        }
    }

    /**
     * Runs one comparison and prints each window.
     *
     * @param args transport, side, callers, then optionally compile-first seconds, windows, window seconds
     * @throws Exception if the server cannot start or a thread is interrupted
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: PlainLoop <okhttp|apache|jdk> <bare|transport|protocol|client> <callers>"
                    + " [compile-first seconds] [windows] [seconds per window]");
            System.exit(2);
        }
        int callers = Integer.parseInt(args[2]);
        int compileFirst = args.length > 3 ? Integer.parseInt(args[3]) : 15;
        int windows = args.length > 4 ? Integer.parseInt(args[4]) : 3;
        int seconds = args.length > 5 ? Integer.parseInt(args[5]) : 5;
        for (Window w : run(args[0], args[1], callers, compileFirst, windows, seconds)) {
            System.out.printf("%s %s, %d callers: %s%n", args[0], args[1], callers, w);
        }
    }

    /**
     * Starts a server, posts to it as asked, and stops everything.
     *
     * @param transport    {@code okhttp}, {@code apache} or {@code jdk}
     * @param side         {@code bare}, {@code transport}, {@code protocol} or {@code client} (see {@link LoopSides})
     * @param callers      threads calling at once
     * @param compileFirst seconds of calling on two renewed threads ({@link CompileFirst}) before the callers start
     * @param windows      how many windows to count
     * @param seconds      how long each window is
     * @return the windows, in order
     * @throws Exception if the server cannot start or a thread is interrupted
     */
    static List<Window> run(String transport, String side, int callers, int compileFirst, int windows, int seconds)
            throws Exception {
        try (CannedHttpServer server = CannedHttpServer.start(Fixture.CONFIRM_ANSWER)) {
            LoopSides.Side opened = LoopSides.open(transport, side, false, server, LoopSides.recordedConfirm(server));
            try {
                CompileFirst.run(opened.call(), compileFirst);
                return measure(opened.call(), callers, windows, seconds, opened.split());
            } finally {
                opened.resource().close();
            }
        }
    }

    private static List<Window> measure(Runnable call, int callers, int windows, int seconds,
                                        LoopSides.Split split)
            throws InterruptedException {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        AtomicBoolean stop = new AtomicBoolean();
        LongAdder calls = new LongAdder();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            Thread t = new Thread(() -> {
                while (!stop.get()) {
                    call.run();
                    calls.increment();
                }
            }, "caller-" + i);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
        List<Window> result = new ArrayList<>();
        try {
            for (int w = 0; w < windows; w++) {
                calls.reset();
                if (split != null) {
                    split.reset();
                }
                long cpu = os.getProcessCpuTime();
                long start = System.nanoTime();
                Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
                long n = Math.max(1, calls.sum());
                double elapsed = (System.nanoTime() - start) / 1e9;
                result.add(new Window(n / elapsed, (os.getProcessCpuTime() - cpu) / 1e3 / n,
                        split == null ? Double.NaN : split.outsideSendMicros(n)));
            }
        } finally {
            stop.set(true);
            for (Thread t : threads) {
                t.join(TimeUnit.SECONDS.toMillis(10));
            }
        }
        return result;
    }
}
