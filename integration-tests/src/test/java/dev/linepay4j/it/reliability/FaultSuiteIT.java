package dev.linepay4j.it.reliability;

import dev.linepay4j.CallOptions;
import dev.linepay4j.Endpoint;
import dev.linepay4j.LinePay;
import dev.linepay4j.LinePayError;
import dev.linepay4j.LinePayException;
import dev.linepay4j.LinePayListener;
import dev.linepay4j.OnlinePayments;
import dev.linepay4j.Reconciliation;
import dev.linepay4j.Reconciliation.Verdict;
import dev.linepay4j.RetryPolicy;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.RegKey;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.code.RegKeyStatus;
import dev.linepay4j.domain.code.RequestStatus;
import dev.linepay4j.domain.code.ReturnCode;
import dev.linepay4j.domain.payment.PaymentEvent;
import dev.linepay4j.domain.request.CaptureRequest;
import dev.linepay4j.domain.request.PaymentDetailsQuery;
import dev.linepay4j.domain.request.RefundRequest;
import dev.linepay4j.domain.response.ConfirmResponse;
import dev.linepay4j.domain.response.PaymentDetails;
import dev.linepay4j.testkit.sandbox.Fault;
import dev.linepay4j.testkit.sandbox.FaultKind;
import dev.linepay4j.testkit.sandbox.LinePaySandbox;
import dev.linepay4j.testkit.sandbox.SandboxBooks;
import dev.linepay4j.testkit.sandbox.SandboxEndpoint;
import dev.linepay4j.testkit.sandbox.SandboxOptions;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fault suite: every Online API operation under every fault LinePaySandbox can inject, over every
 * transport, sync and async. For each pair it checks what the caller sees and how many calls reached
 * the sandbox (received/processed on the operation's endpoint, and the reads made to reconcile), and
 * prints the matrix. Cells read {@code <outcome> <received>/<processed> [reads]}:
 * <ul>
 *   <li>{@code OK}: the result, from LINE Pay's own answer; {@code RB}: the result, read back after the
 *       answer was lost or ambiguous;</li>
 *   <li>{@code API:<code>}: an {@code ApiError}; {@code ND}: an {@code OutcomeUnknown} whose read-back
 *       found the operation not done after a complete answer ({@code mayHaveBeenProcessed()} false);
 *       {@code UNK}: an {@code OutcomeUnknown} that may have been processed;</li>
 *   <li>reads: {@code d} payment details, {@code c} request-status check, {@code k} regKey check, each
 *       with the calls the sandbox received.</li>
 * </ul>
 * The client repeats without sleeping ({@code RetryPolicy.defaults().withoutSleeping()}: 3 attempts) and
 * the operation under test has a 400 ms read timeout, so that {@code PROCESS_THEN_HANG} (held 1.5 s)
 * ends in a read timeout quickly. Besides the matrix, every cell checks that no transport sent a call
 * the client did not make, that no operation was processed twice, that nothing was sent again after an
 * unknown outcome without a read-back finding it not done, and the books: one confirm, one refund, the
 * balance left.
 *
 * <p>One difference between transports is expected and kept visible: the JDK's {@code HttpClient} sends
 * a GET once more by itself when a kept-alive connection closes without an answer
 * ({@code CONNECTION_RESET} on a read), with the same signed headers; the sandbox refuses the repeated
 * nonce with {@code 1106}, and the client reads again with a fresh nonce. That is a read sent twice by
 * the transport, never a payment: the JDK repeats only GET and HEAD this way, and offers no per-client
 * switch for it (see the README's "When things go wrong").
 */
class FaultSuiteIT {

    static final Duration READ_TIMEOUT = Duration.ofMillis(400);
    static final Duration HOLD = Duration.ofMillis(1500);
    static final Duration DELAY = Duration.ofMillis(50);

    /** How an endpoint is treated by the rules under test. */
    enum Kind { READ, REQUEST, RESENDS, REFUND }

    /** The operations, each with the state it starts from. */
    enum Op {
        REQUEST(Endpoint.REQUEST, SandboxEndpoint.REQUEST, Kind.REQUEST),
        CONFIRM(Endpoint.CONFIRM, SandboxEndpoint.CONFIRM, Kind.RESENDS),
        CAPTURE(Endpoint.CAPTURE, SandboxEndpoint.CAPTURE, Kind.RESENDS),
        VOID(Endpoint.VOID, SandboxEndpoint.VOID, Kind.RESENDS),
        REFUND(Endpoint.REFUND, SandboxEndpoint.REFUND, Kind.REFUND),
        DETAILS(Endpoint.PAYMENT_DETAILS, SandboxEndpoint.DETAILS, Kind.READ),
        CHECK(Endpoint.CHECK_REQUEST_STATUS, SandboxEndpoint.CHECK, Kind.READ),
        REGKEY_CHECK(Endpoint.CHECK_REG_KEY, SandboxEndpoint.REGKEY_CHECK, Kind.READ),
        REGKEY_PAY(Endpoint.PAY_PREAPPROVED, SandboxEndpoint.REGKEY_PAY, Kind.RESENDS),
        REGKEY_EXPIRE(Endpoint.EXPIRE_REG_KEY, SandboxEndpoint.REGKEY_EXPIRE, Kind.RESENDS);

        final Endpoint endpoint;
        final SandboxEndpoint sandboxEndpoint;
        final Kind kind;

        Op(Endpoint endpoint, SandboxEndpoint sandboxEndpoint, Kind kind) {
            this.endpoint = endpoint;
            this.sandboxEndpoint = sandboxEndpoint;
            this.kind = kind;
        }

        /** The reads of one read-back that finds the operation done. */
        String doneRound() {
            return this == REGKEY_EXPIRE ? "k1" : "d1";
        }

        /** The reads of one read-back that finds the operation not done. */
        String notDoneRound(int rounds) {
            return switch (this) {
                case CONFIRM -> "d" + rounds + "c" + rounds;
                case REGKEY_EXPIRE -> "k" + rounds;
                default -> "d" + rounds;
            };
        }
    }

    /** The faults, as columns. */
    enum F {
        DELAY(true), HTTP_500_HTML(false), MALFORMED_JSON(true), TRUNCATED_JSON(true), EMPTY_BODY(true),
        CONNECTION_RESET(true), PROCESS_THEN_HANG(true), CODE_1900(false), CODE_1198(false), CODE_9000(false);

        final boolean processes;

        F(boolean processes) {
            this.processes = processes;
        }

        Fault fault(SandboxEndpoint e) {
            return switch (this) {
                case DELAY -> Fault.delay(e, FaultSuiteIT.DELAY);
                case PROCESS_THEN_HANG -> Fault.of(FaultKind.PROCESS_THEN_HANG, e).holdFor(HOLD);
                case CODE_1900 -> Fault.returnCode(e, ReturnCode.of("1900"));
                case CODE_1198 -> Fault.returnCode(e, ReturnCode.DUPLICATE_REQUEST);
                case CODE_9000 -> Fault.returnCode(e, ReturnCode.INTERNAL_ERROR);
                default -> Fault.of(FaultKind.valueOf(name()), e);
            };
        }

        String label() {
            return switch (this) {
                case HTTP_500_HTML -> "500_HTML";
                case MALFORMED_JSON -> "MALFORMED";
                case TRUNCATED_JSON -> "TRUNCATED";
                case CONNECTION_RESET -> "RESET";
                case PROCESS_THEN_HANG -> "PROC_HANG";
                default -> name();
            };
        }
    }

    /** What the rules say the caller sees and the sandbox counts, over a transport. */
    static String expected(String transport, Op op, F f) {
        if (jdkRepeatsTheGet(transport, op, f)) {
            return "OK 3/3";        // ours, the JDK's (refused: 1106, nonce used), ours again with a fresh nonce
        }
        return expected(op, f);
    }

    /** The JDK's HttpClient repeats a GET whose kept-alive connection closed unanswered, nonce and all. */
    static boolean jdkRepeatsTheGet(String transport, Op op, F f) {
        return transport.equals("jdk") && op.kind == Kind.READ && f == F.CONNECTION_RESET;
    }

    /** What the rules say the caller sees and the sandbox counts. */
    static String expected(Op op, F f) {
        boolean broken = f.processes && f != F.DELAY;       // processed, answer lost or unreadable
        switch (op.kind) {
            case READ:
                // Repeated after anything but DELAY; a processed read counts as processed twice.
                return f == F.DELAY ? "OK 1/1" : "OK 2/" + (f.processes ? 2 : 1);
            case REQUEST:
                if (f == F.DELAY) {
                    return "OK 1/1";
                }
                if (f == F.CODE_1900 || f == F.CODE_1198 || f == F.CODE_9000) {
                    return "API:" + code(f) + " 1/0";
                }
                return "UNK 1/" + (broken ? 1 : 0);
            case REFUND:
                // The snapshot of refunds made so far: one details call before every refund.
                if (f == F.DELAY) {
                    return "OK 1/1 d1";
                }
                if (f == F.HTTP_500_HTML) {
                    return "ND 1/0 d2";                // read back: not done; a refund is never sent again
                }
                if (broken) {
                    return "RB 1/1 d2";
                }
                if (f == F.CODE_1900) {
                    return "OK 2/1 d1";
                }
                if (f == F.CODE_9000) {
                    return "API:9000 1/0 d1";
                }
                return "API:1198 1/0 d3";              // not done, read again after a wait: still not done
            default:
                if (f == F.DELAY) {
                    return "OK 1/1";
                }
                if (f == F.HTTP_500_HTML) {
                    return "OK 2/1 " + op.notDoneRound(1);   // not done, LINE Pay refuses duplicates: sent again
                }
                if (broken) {
                    return "RB 1/1 " + op.doneRound();
                }
                if (f == F.CODE_1900) {
                    return op == Op.VOID ? "OK 2/1" : "API:1900 1/0";
                }
                if (f == F.CODE_9000) {
                    return "API:9000 1/0";
                }
                return op == Op.REGKEY_EXPIRE ? "API:1198 1/0" : "API:1198 1/0 " + op.notDoneRound(2);
        }
    }

    private static String code(F f) {
        return f.name().substring("CODE_".length());
    }

    static Stream<Arguments> transportsAndModes() {
        return SandboxShop.transports().flatMap(t -> Stream.of(Arguments.of(t, false), Arguments.of(t, true)));
    }

    @ParameterizedTest(name = "{0}, async={1}")
    @MethodSource("transportsAndModes")
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void everyOperationUnderEveryFault(String transport, boolean async) throws Exception {
        Recorder recorder = new Recorder(true);
        SandboxOptions options = SandboxOptions.builder().hangLimit(Duration.ofSeconds(5)).build();
        SoftAssertions soft = new SoftAssertions();
        Map<Op, Map<F, String>> matrix = new EnumMap<>(Op.class);
        List<Object[]> timings = new java.util.ArrayList<>();
        List<String> reruns = new java.util.ArrayList<>();
        long start = System.nanoTime();
        try (LinePaySandbox sandbox = LinePaySandbox.start(options);
             LinePay shopClient = SandboxShop.client(transport, sandbox).build();
             LinePay linePay = SandboxShop.client(transport, sandbox, recorder, RetryPolicy.defaults().withoutSleeping())) {
            SandboxShop shop = new SandboxShop(sandbox, shopClient);
            OnlinePayments quick = linePay.withOptions(CallOptions.none().withReadTimeout(READ_TIMEOUT));
            // A first call opens connections and loads classes, which can take longer than the short timeout.
            linePay.checkRequestStatus(shop.approved());
            linePay.checkRequestStatusAsync(shop.approved()).get(30, TimeUnit.SECONDS);
            for (Op op : Op.values()) {
                Map<F, String> row = new EnumMap<>(F.class);
                matrix.put(op, row);
                for (F f : F.values()) {
                    String expected = expected(transport, op, f);
                    // A loaded machine can make a normal answer miss the short read timeout; the outcome then
                    // differs (correctly: the client reconciles). Such a run is repeated, at most twice; the
                    // safety checks hold on every run.
                    for (int run = 1; ; run++) {
                        String where = transport + (async ? " async " : " sync ") + op + " × " + f.label()
                                + (run > 1 ? " (run " + run + ")" : "");
                        long cellStart = System.nanoTime();
                        Start s = prepare(op, shop);
                        recorder.clear();
                        SandboxBooks before = sandbox.books();
                        sandbox.inject(f.fault(op.sandboxEndpoint));
                        long opStart = System.nanoTime();
                        Seen seen = run(op, s, quick, async);
                        long opMillis = (System.nanoTime() - opStart) / 1_000_000;
                        sandbox.clearFaults();
                        SandboxBooks after = sandbox.books();

                        String cell = cell(op, seen, before, after, recorder);
                        timings.add(new Object[] {(System.nanoTime() - cellStart) / 1_000_000, opMillis,
                                op + "×" + f.label(), (opStart - cellStart) / 1_000_000});
                        soft.assertThat(seen.unexpected).as(where + ": only LinePayException escapes").isNull();
                        checkInvariants(soft, where, op, s, seen, before, after, recorder,
                                jdkRepeatsTheGet(transport, op, f));
                        boolean disturbed = recorder.timeouts.get() > (f == F.PROCESS_THEN_HANG ? 1 : 0)
                                || recorder.notSent() > 0;
                        if (!cell.equals(expected) && disturbed && run < 3) {
                            reruns.add(where + ": " + cell + " after a timeout or connection failure the fault did not"
                                    + " cause");
                            continue;
                        }
                        row.put(f, cell);
                        soft.assertThat(cell).as(where + (seen.failure == null ? "" : ": " + seen.failure.getMessage()))
                                .isEqualTo(expected);
                        break;
                    }
                }
            }
        }
        print(transport, async, matrix, Duration.ofNanos(System.nanoTime() - start));
        timings.sort((x, y) -> Long.compare((Long) y[1], (Long) x[1]));
        System.out.println("  operations " + timings.stream().mapToLong(x -> (Long) x[1]).sum() + " ms, their set-up "
                + timings.stream().mapToLong(x -> (Long) x[3]).sum() + " ms; slowest: " + timings.get(0)[2] + " "
                + timings.get(0)[1] + " ms");
        reruns.forEach(r -> System.out.println("  run again: " + r));
        soft.assertAll();
    }

    /** The state an operation starts from. */
    record Start(TransactionId transactionId, RegKey regKey) {
    }

    static Start prepare(Op op, SandboxShop shop) {
        return switch (op) {
            case REQUEST -> new Start(null, null);
            case CONFIRM, CHECK -> new Start(shop.approved(), null);
            case CAPTURE, VOID -> new Start(shop.authorized(), null);
            case REFUND, DETAILS -> new Start(shop.captured(), null);
            case REGKEY_CHECK, REGKEY_PAY, REGKEY_EXPIRE -> new Start(null, shop.regKey());
        };
    }

    /** What the caller saw. */
    static final class Seen {
        Object result;
        LinePayException failure;
        Throwable unexpected;
    }

    static Seen run(Op op, Start s, OnlinePayments p, boolean async) {
        Seen seen = new Seen();
        try {
            seen.result = async ? callAsync(op, s, p).get(30, TimeUnit.SECONDS) : call(op, s, p);
        } catch (LinePayException e) {
            seen.failure = e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof LinePayException l) {
                seen.failure = l;
            } else {
                seen.unexpected = e.getCause();
            }
        } catch (Throwable t) {
            seen.unexpected = t;
        }
        return seen;
    }

    static Object call(Op op, Start s, OnlinePayments p) {
        return switch (op) {
            case REQUEST -> p.request(SandboxShop.order(SandboxShop.orderId("r"), true, false));
            case CONFIRM -> p.confirm(s.transactionId(), SandboxShop.confirmRequest());
            case CAPTURE -> p.capture(s.transactionId(), CaptureRequest.of(SandboxShop.PRICE, Currency.TWD));
            case VOID -> p.voidAuthorization(s.transactionId());
            case REFUND -> p.refund(s.transactionId(), RefundRequest.partial(SandboxShop.PART, Currency.TWD));
            case DETAILS -> p.paymentDetails(PaymentDetailsQuery.ofTransactionIds(s.transactionId()));
            case CHECK -> p.checkRequestStatus(s.transactionId());
            case REGKEY_CHECK -> p.checkRegKey(s.regKey(), false);
            case REGKEY_PAY -> p.payPreapproved(s.regKey(), SandboxShop.keyPayment(SandboxShop.orderId("k")));
            case REGKEY_EXPIRE -> p.expireRegKey(s.regKey());
        };
    }

    static CompletableFuture<?> callAsync(Op op, Start s, OnlinePayments p) {
        return switch (op) {
            case REQUEST -> p.requestAsync(SandboxShop.order(SandboxShop.orderId("r"), true, false));
            case CONFIRM -> p.confirmAsync(s.transactionId(), SandboxShop.confirmRequest());
            case CAPTURE -> p.captureAsync(s.transactionId(), CaptureRequest.of(SandboxShop.PRICE, Currency.TWD));
            case VOID -> p.voidAuthorizationAsync(s.transactionId());
            case REFUND -> p.refundAsync(s.transactionId(), RefundRequest.partial(SandboxShop.PART, Currency.TWD));
            case DETAILS -> p.paymentDetailsAsync(PaymentDetailsQuery.ofTransactionIds(s.transactionId()));
            case CHECK -> p.checkRequestStatusAsync(s.transactionId());
            case REGKEY_CHECK -> p.checkRegKeyAsync(s.regKey(), false);
            case REGKEY_PAY -> p.payPreapprovedAsync(s.regKey(), SandboxShop.keyPayment(SandboxShop.orderId("k")));
            case REGKEY_EXPIRE -> p.expireRegKeyAsync(s.regKey());
        };
    }

    static String cell(Op op, Seen seen, SandboxBooks before, SandboxBooks after, Recorder recorder) {
        String outcome;
        if (seen.unexpected != null) {
            outcome = "EXC:" + seen.unexpected.getClass().getSimpleName();
        } else if (seen.failure == null) {
            boolean readBack = recorder.reconciliationsList().stream().anyMatch(r -> r.verdict() == Verdict.DONE);
            outcome = readBack ? "RB" : "OK";
        } else {
            LinePayError e = seen.failure.error();
            if (e instanceof LinePayError.ApiError api) {
                outcome = "API:" + api.returnCode().code();
            } else if (e instanceof LinePayError.OutcomeUnknown u) {
                outcome = u.mayHaveBeenProcessed() ? "UNK" : "ND";
            } else {
                outcome = e.getClass().getSimpleName();
            }
        }
        SandboxBooks.CallCount c = diff(before, after, op.sandboxEndpoint);
        StringBuilder b = new StringBuilder(outcome).append(' ').append(c.received()).append('/').append(c.processed());
        StringBuilder reads = new StringBuilder();
        for (SandboxEndpoint e : List.of(SandboxEndpoint.DETAILS, SandboxEndpoint.CHECK, SandboxEndpoint.REGKEY_CHECK)) {
            long n = e == op.sandboxEndpoint ? 0 : diff(before, after, e).received();
            if (n > 0) {
                reads.append(e == SandboxEndpoint.DETAILS ? "d" : e == SandboxEndpoint.CHECK ? "c" : "k").append(n);
            }
        }
        if (reads.length() > 0) {
            b.append(' ').append(reads);
        }
        return b.toString();
    }

    static SandboxBooks.CallCount diff(SandboxBooks before, SandboxBooks after, SandboxEndpoint e) {
        return new SandboxBooks.CallCount(after.calls(e).received() - before.calls(e).received(),
                after.calls(e).processed() - before.calls(e).processed());
    }

    static void checkInvariants(SoftAssertions soft, String where, Op op, Start s, Seen seen, SandboxBooks before,
                                SandboxBooks after, Recorder recorder, boolean transportRepeats) {
        SandboxBooks.CallCount c = diff(before, after, op.sandboxEndpoint);
        // Every call the sandbox received on the endpoint was an attempt of the client that left it: no
        // transport resends (but the one the JDK makes of a GET, see the class comment).
        soft.assertThat(c.received()).as(where + ": calls received = attempts sent")
                .isEqualTo(recorder.started(op.endpoint) - recorder.notSent(op.endpoint) + (transportRepeats ? 1 : 0));
        soft.assertThat(recorder.violations).as(where + ": never sent again after an unknown outcome unless not done")
                .isEmpty();
        if (op.kind != Kind.READ) {
            soft.assertThat(c.processed()).as(where + ": processed at most once").isLessThanOrEqualTo(1);
            // An attempt beyond the first happens only as an announced retry: after a read-back found the
            // operation not done, after a code that says it was not done (void/refund 1900), or after a
            // failure before sending.
            long retries = recorder.retries.stream().filter(r -> r.call().endpoint() == op.endpoint).count();
            soft.assertThat(recorder.started(op.endpoint) - 1).as(where + ": attempts beyond the first, each announced")
                    .isEqualTo(retries);
            List<Reconciliation> readBacks = recorder.reconciliationsList();
            long resentAfterNotDone = recorder.retries.stream().filter(r -> r.call().endpoint() == op.endpoint)
                    .filter(r -> r.reason() == LinePayListener.RetryReason.NOT_DONE).count();
            soft.assertThat(resentAfterNotDone).as(where + ": sent again only after NOT_DONE read-backs")
                    .isLessThanOrEqualTo(readBacks.stream().filter(r -> r.verdict() == Verdict.NOT_DONE).count());
            for (int i = 0; i < readBacks.size(); i++) {
                if (readBacks.get(i).verdict() == Verdict.DONE) {
                    soft.assertThat(i).as(where + ": nothing after a DONE read-back").isEqualTo(readBacks.size() - 1);
                    soft.assertThat(c.processed()).as(where + ": read back DONE, processed once").isEqualTo(1);
                }
            }
        }
        if (seen.result instanceof ConfirmResponse confirmed) {
            soft.assertThat(confirmed.transactionId()).as(where).isEqualTo(s.transactionId());
            soft.assertThat(after.payment(s.transactionId()).orElseThrow().count(PaymentEvent.Confirm.class))
                    .as(where + ": confirmed once").isEqualTo(1);
        }
        if (op == Op.REFUND) {
            SandboxBooks.BookedPayment p = after.payment(s.transactionId()).orElseThrow();
            long refunds = p.count(PaymentEvent.Refund.class);
            soft.assertThat(refunds).as(where + ": one refund at most").isLessThanOrEqualTo(1);
            if (seen.failure == null) {
                soft.assertThat(refunds).as(where + ": refunded once").isEqualTo(1);
                soft.assertThat(p.payment().refundableBalance()).as(where + ": balance left")
                        .isEqualTo(SandboxShop.PRICE.minus(SandboxShop.PART));
            } else if (!seen.failure.error().mayHaveBeenProcessed()) {
                soft.assertThat(refunds).as(where + ": not refunded, as the error says").isZero();
            }
        }
        if (seen.result instanceof List<?> list && op == Op.DETAILS) {
            soft.assertThat(list).as(where).hasSize(1);
            soft.assertThat(((PaymentDetails) list.get(0)).transactionId()).as(where).isEqualTo(s.transactionId());
        }
        if (op == Op.CHECK && seen.result != null) {
            soft.assertThat(seen.result).as(where).isEqualTo(RequestStatus.AUTHENTICATED);
        }
        if (op == Op.REGKEY_CHECK && seen.result != null) {
            soft.assertThat(seen.result).as(where).isEqualTo(RegKeyStatus.USABLE);
        }
    }

    static void print(String transport, boolean async, Map<Op, Map<F, String>> matrix, Duration took) {
        StringBuilder b = new StringBuilder();
        b.append("\n== fault suite: ").append(transport).append(async ? ", async" : ", sync").append(" (")
                .append(took.toMillis()).append(" ms); cell = outcome received/processed [reads]\n");
        b.append(String.format("%-14s", "operation"));
        for (F f : F.values()) {
            b.append(String.format("%-18s", f.label()));
        }
        b.append('\n');
        for (Map.Entry<Op, Map<F, String>> row : matrix.entrySet()) {
            b.append(String.format("%-14s", row.getKey()));
            for (F f : F.values()) {
                b.append(String.format("%-18s", row.getValue().get(f)));
            }
            b.append('\n');
        }
        System.out.print(b);
    }
}
