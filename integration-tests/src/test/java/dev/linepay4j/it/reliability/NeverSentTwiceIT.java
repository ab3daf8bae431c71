package dev.linepay4j.it.reliability;

import dev.linepay4j.CallOptions;
import dev.linepay4j.LinePay;
import dev.linepay4j.LinePayError;
import dev.linepay4j.LinePayListener.RetryReason;
import dev.linepay4j.LinePayListener.RetryScheduled;
import dev.linepay4j.OnlinePayments;
import dev.linepay4j.Reconciliation;
import dev.linepay4j.Reconciliation.Verdict;
import dev.linepay4j.RetryPolicy;
import dev.linepay4j.it.reliability.FaultSuiteIT.F;
import dev.linepay4j.it.reliability.FaultSuiteIT.Op;
import dev.linepay4j.it.reliability.FaultSuiteIT.Seen;
import dev.linepay4j.it.reliability.FaultSuiteIT.Start;
import dev.linepay4j.testkit.sandbox.LinePaySandbox;
import dev.linepay4j.testkit.sandbox.SandboxBooks;
import dev.linepay4j.testkit.sandbox.SandboxOptions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The proof the issue asks for: no operation that changes state is ever sent again after an unknown
 * outcome unless reading the payment back showed it not done. Every operation that changes state meets
 * sequences of faults, one per send (the answer lost after processing, a gateway page before it, both,
 * three in a row), under a patient policy (5 attempts) and under {@link RetryPolicy#none()}. For each
 * run, from the sandbox's books and the client's events:
 * <ul>
 *   <li>the sandbox received exactly the attempts the client sent, and every attempt beyond the first
 *       was announced as a retry: either a resend after a {@code NOT_DONE} read-back, or the repeat of an
 *       attempt that never left (which a loaded machine can cause); every retry that follows an unknown
 *       outcome has the reason {@code NOT_DONE} and an error whose read-back says {@code NOT_DONE};</li>
 *   <li>resends after {@code NOT_DONE} are at most the {@code NOT_DONE} read-backs (refunds, and any
 *       operation under {@code RetryPolicy.none()}: none);</li>
 *   <li>after a {@code DONE} read-back nothing is sent; the operation was processed at most once.</li>
 * </ul>
 */
class NeverSentTwiceIT {

    /** Fault sequences: the i-th fault hits the i-th send. */
    static final List<List<F>> SEQUENCES = List.of(
            List.of(F.PROCESS_THEN_HANG),
            List.of(F.CONNECTION_RESET),
            List.of(F.TRUNCATED_JSON),
            List.of(F.HTTP_500_HTML, F.PROCESS_THEN_HANG),
            List.of(F.HTTP_500_HTML, F.HTTP_500_HTML, F.HTTP_500_HTML));

    static final List<Op> MUTATING = List.of(Op.CONFIRM, Op.CAPTURE, Op.VOID, Op.REFUND, Op.REGKEY_PAY,
            Op.REGKEY_EXPIRE);

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.linepay4j.it.reliability.SandboxShop#transports")
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void noOperationIsSentAgainAfterAnUnknownOutcomeUnlessReadBackSaidNotDone(String transport) throws Exception {
        Recorder recorder = new Recorder(true);
        SoftAssertions soft = new SoftAssertions();
        StringBuilder table = new StringBuilder("\n== never sent twice: " + transport
                + "; sends/processed, read-back verdicts in order, what the caller got\n");
        SandboxOptions options = SandboxOptions.builder().hangLimit(Duration.ofSeconds(5)).build();
        try (LinePaySandbox sandbox = LinePaySandbox.start(options);
             LinePay shopClient = SandboxShop.client(transport, sandbox).build();
             LinePay linePay = SandboxShop.client(transport, sandbox, recorder, RetryPolicy.defaults().withoutSleeping())) {
            SandboxShop shop = new SandboxShop(sandbox, shopClient);
            linePay.checkRequestStatus(shop.approved());    // warm up: the first call may be slow
            for (RetryPolicy policy : List.of(RetryPolicy.builder().maxAttempts(5).build().withoutSleeping(),
                    RetryPolicy.none())) {
                OnlinePayments view = linePay.withOptions(CallOptions.none().withReadTimeout(FaultSuiteIT.READ_TIMEOUT)
                        .withRetryPolicy(policy));
                for (Op op : MUTATING) {
                    for (List<F> sequence : SEQUENCES) {
                        Start s = FaultSuiteIT.prepare(op, shop);
                        recorder.clear();
                        SandboxBooks before = sandbox.books();
                        sequence.forEach(f -> sandbox.inject(f.fault(op.sandboxEndpoint)));
                        Seen seen = FaultSuiteIT.run(op, s, view, false);
                        sandbox.clearFaults();
                        SandboxBooks.CallCount c = FaultSuiteIT.diff(before, sandbox.books(), op.sandboxEndpoint);

                        String where = transport + " " + op + " " + sequence + " maxAttempts=" + policy.maxAttempts();
                        List<Reconciliation> readBacks = recorder.reconciliationsList();
                        List<RetryScheduled> retries = recorder.retries.stream()
                                .filter(r -> r.call().endpoint() == op.endpoint).toList();
                        long resentAfterNotDone = retries.stream().filter(r -> r.reason() == RetryReason.NOT_DONE).count();

                        soft.assertThat(seen.unexpected).as(where + ": only LinePayException escapes").isNull();
                        soft.assertThat(recorder.violations).as(where).isEmpty();
                        // Sends the client made and the sandbox got (an attempt that failed before sending, as a
                        // loaded machine can make one, counts as neither).
                        soft.assertThat(c.received()).as(where + ": calls received = attempts sent")
                                .isEqualTo(recorder.started(op.endpoint) - recorder.notSent(op.endpoint));
                        soft.assertThat(recorder.started(op.endpoint) - 1).as(where + ": attempts beyond the first,"
                                + " each announced").isEqualTo(retries.size());
                        soft.assertThat(retries.size() - resentAfterNotDone).as(where + ": every other retry was"
                                + " of an attempt not sent").isEqualTo(retries.stream()
                                        .filter(r -> r.reason() == RetryReason.NOT_SENT).count());
                        soft.assertThat(c.processed()).as(where + ": processed at most once").isLessThanOrEqualTo(1);
                        for (int i = 0; i < readBacks.size(); i++) {
                            if (readBacks.get(i).verdict() == Verdict.DONE) {
                                soft.assertThat(i).as(where + ": DONE is the last read-back").isEqualTo(readBacks.size() - 1);
                                soft.assertThat(c.processed()).as(where + ": DONE means processed once").isEqualTo(1);
                            }
                        }
                        long notDone = readBacks.stream().filter(r -> r.verdict() == Verdict.NOT_DONE).count();
                        soft.assertThat(resentAfterNotDone).as(where + ": a resend only after a NOT_DONE")
                                .isLessThanOrEqualTo(notDone);
                        if (op == Op.REFUND || policy.maxAttempts() == 1) {
                            soft.assertThat(resentAfterNotDone).as(where + ": never sent again").isZero();
                        }
                        table.append(String.format("%-14s %-50s %-14s %-4s %-28s %s%n", op, sequence,
                                "maxAttempts=" + policy.maxAttempts(), c.received() + "/" + c.processed(),
                                readBacks.stream().map(r -> r.verdict().name()).collect(Collectors.joining(",")),
                                outcome(seen)));
                    }
                }
            }
        }
        System.out.print(table);
        soft.assertAll();
    }

    private static String outcome(Seen seen) {
        if (seen.unexpected != null) {
            return "unexpected " + seen.unexpected;
        }
        if (seen.failure == null) {
            return "result";
        }
        LinePayError e = seen.failure.error();
        if (e instanceof LinePayError.OutcomeUnknown u) {
            return "OutcomeUnknown" + u.reconciliation().map(r -> "[" + r.verdict() + "]").orElse("");
        }
        return e.getClass().getSimpleName();
    }
}
