package dev.linepay4j.it.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linepay4j.CallOptions;
import dev.linepay4j.Endpoint;
import dev.linepay4j.LinePay;
import dev.linepay4j.LinePayException;
import dev.linepay4j.LinePayListener;
import dev.linepay4j.OnlinePayments;
import dev.linepay4j.Reconciliation.Verdict;
import dev.linepay4j.RetryPolicy;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.code.ReturnCode;
import dev.linepay4j.domain.payment.PayStatus;
import dev.linepay4j.domain.payment.PaymentEvent;
import dev.linepay4j.domain.request.PaymentDetailsQuery;
import dev.linepay4j.domain.request.RefundRequest;
import dev.linepay4j.domain.response.PaymentDetails;
import dev.linepay4j.testkit.sandbox.Fault;
import dev.linepay4j.testkit.sandbox.FaultKind;
import dev.linepay4j.testkit.sandbox.LinePaySandbox;
import dev.linepay4j.testkit.sandbox.SandboxBooks;
import dev.linepay4j.testkit.sandbox.SandboxEndpoint;
import dev.linepay4j.testkit.sandbox.SandboxOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The chaos run: on each transport, 1,000 complete payments (request, approve, confirm, partial refund,
 * details) through one client, from 8 threads (even payments sync, odd ones async), while the sandbox
 * breaks 10% of all calls with a random fault. The faults are injected from the listener as each attempt
 * starts, so snapshots, retries and read-backs are hit as often as the caller's own calls. Then, from the
 * sandbox's books: no payment confirmed twice, no refund applied twice, every payment the client reported
 * confirmed (refunded) is confirmed (refunded) in the sandbox, every payment it reported not confirmed
 * (not refunded) is not, and the ones it reported unknown are counted; no exception but
 * {@link LinePayException} escaped; nothing was sent again after an unknown outcome without a read-back
 * that found it not done. The counts are printed.
 *
 * <p>{@code -Dlinepay4j.chaos.payments=N} and {@code -Dlinepay4j.chaos.seed=S} change the size and the
 * seed (printed; the threads' interleaving still varies from run to run). The client waits for real
 * between attempts, but briefly (5 ms to 50 ms), and every call has a 300 ms read timeout.
 */
class ChaosIT {

    static final int PAYMENTS = Integer.getInteger("linepay4j.chaos.payments", 1000);
    static final double FAULT_RATE = 0.10;
    static final int THREADS = 8;
    static final Duration READ_TIMEOUT = Duration.ofMillis(300);

    /** The faults the run draws from, uniformly. */
    enum Chaos {
        DELAY, HTTP_500_HTML, MALFORMED_JSON, TRUNCATED_JSON, EMPTY_BODY, CONNECTION_RESET, PROCESS_THEN_HANG,
        CODE_1900, CODE_1198, CODE_9000;

        Fault on(SandboxEndpoint e) {
            return switch (this) {
                case DELAY -> Fault.delay(e, Duration.ofMillis(30));
                case PROCESS_THEN_HANG -> Fault.of(FaultKind.PROCESS_THEN_HANG, e).holdFor(Duration.ofSeconds(1));
                case CODE_1900 -> Fault.returnCode(e, ReturnCode.of("1900"));
                case CODE_1198 -> Fault.returnCode(e, ReturnCode.DUPLICATE_REQUEST);
                case CODE_9000 -> Fault.returnCode(e, ReturnCode.INTERNAL_ERROR);
                default -> Fault.of(FaultKind.valueOf(name()), e);
            };
        }
    }

    /** What the client reported for one step. */
    enum Said { YES, NO, UNKNOWN, SKIPPED }

    /** One payment as the client saw it. */
    static final class Run {
        final String orderId;
        TransactionId id;
        Said requested = Said.SKIPPED;
        Said confirmed = Said.SKIPPED;
        Said refunded = Said.SKIPPED;
        Said details = Said.SKIPPED;
        Optional<PaymentDetails> read = Optional.empty();

        Run(String orderId) {
            this.orderId = orderId;
        }
    }

    /** Injects a fault as 10% of attempts start, and counts them. */
    static final class Injector implements LinePayListener {
        final LinePaySandbox sandbox;
        final Random random;
        final Recorder recorder;
        final Map<Chaos, AtomicLong> injected = new EnumMap<>(Chaos.class);

        Injector(LinePaySandbox sandbox, long seed, Recorder recorder) {
            this.sandbox = sandbox;
            this.random = new Random(seed);
            this.recorder = recorder;
            for (Chaos c : Chaos.values()) {
                injected.put(c, new AtomicLong());
            }
        }

        @Override
        public void attemptStarted(AttemptStarted event) {
            recorder.attemptStarted(event);
            Chaos kind;
            synchronized (random) {
                if (random.nextDouble() >= FAULT_RATE) {
                    return;
                }
                kind = Chaos.values()[random.nextInt(Chaos.values().length)];
            }
            injected.get(kind).incrementAndGet();
            sandbox.inject(kind.on(sandboxEndpoint(event.call().endpoint())));
        }

        @Override
        public void retrying(RetryScheduled event) {
            recorder.retrying(event);
        }

        @Override
        public void reconciled(Reconciled event) {
            recorder.reconciled(event);
        }

        long total() {
            return injected.values().stream().mapToLong(AtomicLong::get).sum();
        }
    }

    static SandboxEndpoint sandboxEndpoint(Endpoint e) {
        return switch (e) {
            case REQUEST -> SandboxEndpoint.REQUEST;
            case CONFIRM -> SandboxEndpoint.CONFIRM;
            case CAPTURE -> SandboxEndpoint.CAPTURE;
            case VOID -> SandboxEndpoint.VOID;
            case REFUND -> SandboxEndpoint.REFUND;
            case PAYMENT_DETAILS -> SandboxEndpoint.DETAILS;
            case CHECK_REQUEST_STATUS -> SandboxEndpoint.CHECK;
            case CHECK_REG_KEY -> SandboxEndpoint.REGKEY_CHECK;
            case PAY_PREAPPROVED -> SandboxEndpoint.REGKEY_PAY;
            case EXPIRE_REG_KEY -> SandboxEndpoint.REGKEY_EXPIRE;
            default -> throw new IllegalArgumentException("the chaos run makes no " + e + " calls");
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.linepay4j.it.reliability.SandboxShop#transports")
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void aThousandPaymentsWhileTenPercentOfCallsFail(String transport) throws Exception {
        long seed = Long.getLong("linepay4j.chaos.seed", System.nanoTime());
        String prefix = "chaos-" + transport + "-" + seed + "-";
        Recorder recorder = new Recorder(false);
        RetryPolicy policy = RetryPolicy.builder().initialBackoff(Duration.ofMillis(5))
                .maxBackoff(Duration.ofMillis(50)).build();
        List<Run> runs = new ArrayList<>();
        ConcurrentLinkedQueue<Throwable> escaped = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        SandboxBooks books;
        Injector injector;
        long callsReceived;
        try (LinePaySandbox sandbox = LinePaySandbox.start(SandboxOptions.builder()
                .hangLimit(Duration.ofSeconds(5)).build())) {
            injector = new Injector(sandbox, seed, recorder);
            try (LinePay linePay = SandboxShop.client(transport, sandbox, injector, policy)) {
                OnlinePayments client = linePay.withOptions(CallOptions.none().withReadTimeout(READ_TIMEOUT));
                ExecutorService pool = Executors.newFixedThreadPool(THREADS);
                try {
                    List<Future<?>> done = new ArrayList<>();
                    for (int i = 0; i < PAYMENTS; i++) {
                        Run run = new Run(prefix + i);
                        runs.add(run);
                        boolean async = i % 2 == 1;
                        done.add(pool.submit(() -> {
                            try {
                                pay(run, client, sandbox, async);
                            } catch (Throwable t) {
                                escaped.add(t);
                            }
                        }));
                    }
                    for (Future<?> f : done) {
                        f.get(150, TimeUnit.SECONDS);
                    }
                } finally {
                    pool.shutdownNow();
                }
            }
            sandbox.clearFaults();
            books = sandbox.books();
            callsReceived = books.callCounts().values().stream().mapToLong(SandboxBooks.CallCount::received).sum();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        Map<String, Long> counts = new TreeMap<>();
        List<String> broken = new ArrayList<>();
        for (Run run : runs) {
            count(counts, "confirm " + run.confirmed);
            count(counts, "refund " + run.refunded);
            count(counts, "details " + run.details);
            count(counts, "request " + run.requested);
            List<SandboxBooks.BookedPayment> found = books.paymentsByOrderId(run.orderId);
            if (found.size() > 1) {
                broken.add(run.orderId + ": requested " + found.size() + " times");
            }
            Optional<SandboxBooks.BookedPayment> p = found.stream().findFirst();
            if (run.requested == Said.YES && p.isEmpty()) {
                broken.add(run.orderId + ": reported requested, unknown to the sandbox");
            }
            if (run.requested == Said.NO && p.isPresent()) {
                broken.add(run.orderId + ": reported not requested, yet requested");
            }
            long confirms = p.map(b -> b.count(PaymentEvent.Confirm.class)).orElse(0L);
            long refunds = p.map(b -> b.count(PaymentEvent.Refund.class)).orElse(0L);
            boolean confirmed = p.map(b -> b.payment().state().isConfirmed()).orElse(false);
            if (confirms > 1) {
                broken.add(run.orderId + ": confirmed " + confirms + " times");
            }
            if (refunds > 1) {
                broken.add(run.orderId + ": refunded " + refunds + " times");
            }
            if (run.confirmed == Said.YES && !confirmed) {
                broken.add(run.orderId + ": reported confirmed, not confirmed in the sandbox");
            }
            if ((run.confirmed == Said.NO || run.confirmed == Said.SKIPPED) && confirmed) {
                broken.add(run.orderId + ": confirmed in the sandbox, reported " + run.confirmed);
            }
            if (run.confirmed == Said.UNKNOWN) {
                count(counts, "confirm UNKNOWN and in the sandbox " + (confirmed ? "confirmed" : "not confirmed"));
            }
            if (run.refunded == Said.YES && (refunds != 1
                    || !p.get().payment().refundableBalance().equals(SandboxShop.PRICE.minus(SandboxShop.PART)))) {
                broken.add(run.orderId + ": reported refunded, the sandbox has " + refunds + " refunds");
            }
            if ((run.refunded == Said.NO || run.refunded == Said.SKIPPED) && refunds != 0) {
                broken.add(run.orderId + ": refunded in the sandbox, reported " + run.refunded);
            }
            if (run.refunded == Said.UNKNOWN) {
                count(counts, "refund UNKNOWN and in the sandbox " + (refunds == 1 ? "refunded" : "not refunded"));
            }
            if (run.read.isPresent()) {
                PaymentDetails d = run.read.get();
                if (!d.payStatus().equals(Optional.of(PayStatus.CAPTURE)) || d.refundList().size() != refunds) {
                    broken.add(run.orderId + ": details read " + d.payStatus() + " with " + d.refundList().size()
                            + " refunds, the sandbox has " + refunds);
                }
            }
            if (confirmed) {
                count(counts, "sandbox: confirmed");
            }
            if (refunds == 1) {
                count(counts, "sandbox: refunded");
            }
        }

        StringBuilder b = new StringBuilder();
        b.append("\n== chaos run: ").append(transport).append(", seed ").append(seed).append(", ").append(PAYMENTS)
                .append(" payments on ").append(THREADS).append(" threads, ").append(took.toMillis()).append(" ms\n");
        b.append("  calls: ").append(recorder.attempts.get()).append(" attempts sent, ").append(callsReceived)
                .append(" received by the sandbox; faults injected: ").append(injector.total()).append(String.format(
                        " (%.1f%% of attempts) ", 100.0 * injector.total() / Math.max(1, recorder.attempts.get())))
                .append(injector.injected).append('\n');
        b.append("  retries: ").append(recorder.retries()).append("; reconciliations: DONE ")
                .append(recorder.verdicts(Verdict.DONE)).append(", NOT_DONE ").append(recorder.verdicts(Verdict.NOT_DONE))
                .append(", UNKNOWN ").append(recorder.verdicts(Verdict.UNKNOWN)).append('\n');
        recorder.unknowns.forEach(u -> b.append("  read back UNKNOWN: ").append(u).append('\n'));
        counts.forEach((k, v) -> b.append("  ").append(k).append(": ").append(v).append('\n'));
        b.append("  escaped (not LinePayException): ").append(escaped.size()).append("; rule breaks: ")
                .append(recorder.violations.size() + broken.size()).append('\n');
        System.out.print(b);

        assertThat(escaped).as("only LinePayException escapes").isEmpty();
        assertThat(recorder.violations).as("never sent again after an unknown outcome unless read back NOT_DONE")
                .isEmpty();
        assertThat(broken).as("the client's reports against the sandbox's books").isEmpty();
        assertThat(injector.total()).as("faults were injected").isGreaterThan(PAYMENTS / 5);
    }

    private static void count(Map<String, Long> counts, String key) {
        counts.merge(key, 1L, Long::sum);
    }

    /** One payment, step by step, recording what the client said at each. */
    static void pay(Run run, OnlinePayments client, LinePaySandbox sandbox, boolean async) throws Exception {
        try {
            run.id = async ? client.requestAsync(SandboxShop.order(run.orderId, true, false)).get().transactionId()
                    : client.request(SandboxShop.order(run.orderId, true, false)).transactionId();
            run.requested = Said.YES;
        } catch (Exception e) {
            run.requested = said(e);
            return;
        }
        sandbox.approve(run.id);
        try {
            if (async) {
                client.confirmAsync(run.id, SandboxShop.confirmRequest()).get();
            } else {
                client.confirm(run.id, SandboxShop.confirmRequest());
            }
            run.confirmed = Said.YES;
        } catch (Exception e) {
            run.confirmed = said(e);
            return;
        }
        RefundRequest refund = RefundRequest.partial(SandboxShop.PART, Currency.TWD);
        try {
            if (async) {
                client.refundAsync(run.id, refund).get();
            } else {
                client.refund(run.id, refund);
            }
            run.refunded = Said.YES;
        } catch (Exception e) {
            run.refunded = said(e);
        }
        try {
            List<PaymentDetails> read = async
                    ? client.paymentDetailsAsync(PaymentDetailsQuery.ofTransactionIds(run.id)).get()
                    : client.paymentDetails(PaymentDetailsQuery.ofTransactionIds(run.id));
            run.read = read.stream().filter(d -> d.transactionId().equals(run.id)).findFirst();
            run.details = Said.YES;
        } catch (Exception e) {
            run.details = said(e);
        }
    }

    /** NO when LINE Pay cannot have done it, UNKNOWN when it may have; anything but LinePayException rethrown. */
    private static Said said(Exception e) throws Exception {
        Throwable t = e instanceof java.util.concurrent.ExecutionException && e.getCause() != null ? e.getCause() : e;
        if (t instanceof LinePayException l) {
            return l.error().mayHaveBeenProcessed() ? Said.UNKNOWN : Said.NO;
        }
        throw e;
    }
}
