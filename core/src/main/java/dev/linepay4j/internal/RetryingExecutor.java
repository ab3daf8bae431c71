package dev.linepay4j.internal;

import dev.linepay4j.LinePayError;
import dev.linepay4j.LinePayError.ApiError;
import dev.linepay4j.LinePayError.OutcomeUnknown;
import dev.linepay4j.LinePayException;
import dev.linepay4j.LinePayListener;
import dev.linepay4j.LinePayListener.Reconciled;
import dev.linepay4j.LinePayListener.RetryReason;
import dev.linepay4j.LinePayListener.RetryScheduled;
import dev.linepay4j.Reconciliation;
import dev.linepay4j.Reconciliation.Verdict;
import dev.linepay4j.RetryPolicy;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Repeats and reconciles operations, above the transport so that every adapter behaves the same. It
 * wraps the executor of single attempts ({@link HttpCallExecutor}), which signs every attempt afresh
 * (a new nonce, a new signature), and for each failed attempt asks {@link RetryRules} what to do:
 * <ul>
 *   <li><b>retry</b>: wait {@link RetryPolicy#backoff(int)} (through the policy's {@link dev.linepay4j.Sleeper};
 *       async calls wait on a timer, never on a thread) and send attempt {@code n + 1}, while the policy
 *       allows another attempt;</li>
 *   <li><b>reconcile</b> (when reconciliation is on and the operation has a {@link ReconcilePlan}): read the
 *       payment back, reads retried by the same policy; {@code DONE} returns the result read back;
 *       {@code NOT_DONE} after an unknown outcome sends the operation again when the plan allows it (LINE Pay
 *       refuses duplicates there) and the policy has an attempt left, else fails with the original error
 *       carrying the reconciliation; {@code UNKNOWN} fails with an {@link OutcomeUnknown} carrying the
 *       original reason and the reconciliation. After {@code 1198} or {@code 1145} ("being processed") a
 *       {@code NOT_DONE} read-back is repeated once after a wait;</li>
 *   <li><b>fail</b>: the caller gets the error of the last attempt.</li>
 * </ul>
 * An operation is therefore never sent again after an unknown outcome unless reading back showed it not
 * done. When an attempt whose answer was lost was sent again, that first request may still arrive, so
 * the call never ends in an error that says the operation was not done: the caller gets that attempt's
 * unknown outcome, the last failure as its cause. A refund's plan first reads the refunds already made (the snapshot), when reconciliation is on.
 * Listener events: {@link LinePayListener#retrying} before each wait, {@link LinePayListener#reconciled}
 * after each read-back.
 *
 * <pre>{@code
 * CallExecutor executor = new RetryingExecutor(new HttpCallExecutor(...), listener, clock);
 * ConfirmResponse confirmed = executor.execute(confirmOp.withRetry(RetryPolicy.defaults(), true).withPlan(plan));
 * }</pre>
 */
public final class RetryingExecutor implements CallExecutor {

    private static final System.Logger LOG = System.getLogger("dev.linepay4j");

    private final CallExecutor delegate;
    private final LinePayListener listener;
    private final Clock clock;

    /**
     * Creates the executor.
     *
     * @param delegate runs single attempts
     * @param listener hears retries and reconciliations
     * @param clock    stamps the events
     */
    public RetryingExecutor(CallExecutor delegate, LinePayListener listener, Clock clock) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    // ---- sync ----------------------------------------------------------------------------------

    @Override
    public <T> T execute(Operation<T> operation) {
        return run(operation, operation.plan());
    }

    private <T, S> T run(Operation<T> op, ReconcilePlan<T, S> plan) {
        RetryPolicy policy = op.retryPolicy();
        ReconcilePlan.Snapshot<S> snapshot = op.reconciles() ? snapshot(plan) : ReconcilePlan.Snapshot.none();
        int attempt = 1;
        LinePayException unsettled = null;     // an earlier attempt whose request may still arrive
        while (true) {
            LinePayException failure;
            try {
                return delegate.execute(op.withAttempt(attempt));
            } catch (LinePayException e) {
                failure = e;
            }
            LinePayError error = failure.error();
            RetryRules.Decision decision = RetryRules.decide(op, error);
            if (decision.action() == RetryRules.Action.RECONCILE && op.reconciles()) {
                Outcome<T> outcome = reconcile(op, plan, snapshot, error);
                if (outcome.reconciliation.verdict() == Verdict.DONE) {
                    return outcome.value;
                }
                LinePayException reported = afterReadBack(failure, outcome.reconciliation);
                if (unsettled == null && reported.error().mayHaveBeenProcessed()) {
                    unsettled = reported;
                }
                if (resend(op, plan, error, outcome.reconciliation, attempt)
                        && pause(op, attempt, RetryReason.NOT_DONE, reported.error())) {
                    attempt++;
                    continue;
                }
                throw conclude(reported, unsettled);
            }
            if (decision.action() == RetryRules.Action.RETRY && attempt < policy.maxAttempts()
                    && pause(op, attempt, decision.reason(), error)) {
                attempt++;
                continue;
            }
            throw conclude(failure, unsettled);
        }
    }

    private <T, S> ReconcilePlan.Snapshot<S> snapshot(ReconcilePlan<T, S> plan) {
        if (plan.snapshot().isEmpty()) {
            return ReconcilePlan.Snapshot.none();
        }
        try {
            return new ReconcilePlan.Snapshot<>(Optional.of(execute(plan.snapshot().get())),
                    Optional.empty());
        } catch (LinePayException e) {
            return new ReconcilePlan.Snapshot<>(Optional.empty(), Optional.of(e.error()));
        }
    }

    /** Waits before the next attempt; false when interrupted (the flag is restored, the call gives up). */
    private boolean pause(Operation<?> op, int failedAttempt, RetryReason reason, LinePayError error) {
        Duration backoff = op.retryPolicy().backoff(failedAttempt);
        tell(() -> listener.retrying(new RetryScheduled(op.call(), failedAttempt, reason, error, backoff)));
        try {
            op.retryPolicy().sleeper().sleep(backoff);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private <T, S> Outcome<T> reconcile(Operation<T> op, ReconcilePlan<T, S> plan, ReconcilePlan.Snapshot<S> snapshot,
                                        LinePayError trigger) {
        Instant start = clock.instant();
        long startNanos = System.nanoTime();
        AtomicInteger reads = new AtomicInteger();
        ReadBack.Found<T> found = readBack(plan, snapshot, reads);
        if (found.verdict() == Verdict.NOT_DONE && RetryRules.inProgress(trigger)) {
            // "Being processed": once more after a wait, in case it has finished since.
            try {
                op.retryPolicy().sleeper().sleep(op.retryPolicy().backoff(1));
                String first = found.finding();
                ReadBack.Found<T> again = readBack(plan, snapshot, reads);
                found = again.verdict() == Verdict.NOT_DONE
                        ? new ReadBack.Found<>(Verdict.NOT_DONE, null, first + "; read again: " + again.finding(),
                                again.readBackError())
                        : again;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return reconciled(op, trigger, found, reads.get(), start, startNanos);
    }

    private <T, S> ReadBack.Found<T> readBack(ReconcilePlan<T, S> plan, ReconcilePlan.Snapshot<S> snapshot,
                                             AtomicInteger reads) {
        ReadBack.Step<T> step;
        try {
            step = plan.readBack(snapshot);
            while (step instanceof ReadBack.Read<T, ?> read) {
                reads.incrementAndGet();
                step = readOnce(read);
            }
        } catch (RuntimeException e) {
            return ReadBack.unknown("the read-back could not be judged: " + e.getClass().getSimpleName());
        }
        return (ReadBack.Found<T>) step;
    }

    private <T, R> ReadBack.Step<T> readOnce(ReadBack.Read<T, R> read) {
        R value;
        try {
            value = execute(read.operation());
        } catch (LinePayException e) {
            return read.failed(e.error());
        }
        return read.next(value);
    }

    // ---- async ---------------------------------------------------------------------------------

    @Override
    public <T> CompletableFuture<T> executeAsync(Operation<T> operation) {
        return new AsyncRun<>(operation, operation.plan()).start();
    }

    /** One async call: its attempts, waits and read-backs, chained on futures, holding no thread. */
    private final class AsyncRun<T, S> {

        final Operation<T> op;
        final ReconcilePlan<T, S> plan;
        final CompletableFuture<T> result = new CompletableFuture<>();
        volatile CompletableFuture<?> current;
        volatile ReconcilePlan.Snapshot<S> snapshot = ReconcilePlan.Snapshot.none();
        volatile int attempt = 1;
        volatile LinePayException unsettled;

        AsyncRun(Operation<T> op, ReconcilePlan<T, S> plan) {
            this.op = op;
            this.plan = plan;
        }

        CompletableFuture<T> start() {
            result.whenComplete((v, e) -> {
                CompletableFuture<?> c = current;
                if (result.isCancelled() && c != null) {
                    c.cancel(true);
                }
            });
            if (op.reconciles() && plan.snapshot().isPresent()) {
                track(executeAsync(plan.snapshot().get())).whenComplete((value, failure) -> {
                    Throwable t = unwrap(failure);
                    if (t instanceof LinePayException e) {
                        snapshot = new ReconcilePlan.Snapshot<>(Optional.empty(),
                                Optional.of(e.error()));
                    } else if (t == null) {
                        snapshot = new ReconcilePlan.Snapshot<>(Optional.of(value), Optional.empty());
                    }
                    send();
                });
            } else {
                send();
            }
            return result;
        }

        <F> CompletableFuture<F> track(CompletableFuture<F> f) {
            current = f;
            return f;
        }

        void send() {
            if (result.isDone()) {
                return;
            }
            CompletableFuture<T> sent;
            try {
                sent = track(delegate.executeAsync(op.withAttempt(attempt)));
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
                return;
            }
            sent.whenComplete((value, failure) -> {
                if (failure == null) {
                    result.complete(value);
                } else {
                    guarded(() -> failed(unwrap(failure)));
                }
            });
        }

        void failed(Throwable t) {
            if (!(t instanceof LinePayException failure)) {
                result.completeExceptionally(t);
                return;
            }
            LinePayError error = failure.error();
            RetryRules.Decision decision = RetryRules.decide(op, error);
            if (decision.action() == RetryRules.Action.RECONCILE && op.reconciles()) {
                reconcileAsync(error).whenComplete((outcome, broken) -> guarded(() -> {
                    if (broken != null) {
                        result.completeExceptionally(unwrap(broken));
                        return;
                    }
                    if (outcome.reconciliation.verdict() == Verdict.DONE) {
                        result.complete(outcome.value);
                        return;
                    }
                    LinePayException reported = afterReadBack(failure, outcome.reconciliation);
                    if (unsettled == null && reported.error().mayHaveBeenProcessed()) {
                        unsettled = reported;
                    }
                    if (resend(op, plan, error, outcome.reconciliation, attempt)) {
                        again(RetryReason.NOT_DONE, reported.error());
                    } else {
                        result.completeExceptionally(conclude(reported, unsettled));
                    }
                }));
                return;
            }
            if (decision.action() == RetryRules.Action.RETRY && attempt < op.retryPolicy().maxAttempts()) {
                again(decision.reason(), error);
                return;
            }
            result.completeExceptionally(conclude(failure, unsettled));
        }

        void again(RetryReason reason, LinePayError error) {
            int failedAttempt = attempt;
            Duration backoff = op.retryPolicy().backoff(failedAttempt);
            tell(() -> listener.retrying(new RetryScheduled(op.call(), failedAttempt, reason, error, backoff)));
            track(op.retryPolicy().sleeper().delay(backoff)).whenComplete((x, e) -> guarded(() -> {
                attempt = failedAttempt + 1;
                send();
            }));
        }

        CompletableFuture<Outcome<T>> reconcileAsync(LinePayError trigger) {
            Instant start = clock.instant();
            long startNanos = System.nanoTime();
            AtomicInteger reads = new AtomicInteger();
            CompletableFuture<ReadBack.Found<T>> first = readBackAsync(reads);
            CompletableFuture<ReadBack.Found<T>> found = first.thenCompose(f -> {
                if (f.verdict() != Verdict.NOT_DONE || !RetryRules.inProgress(trigger)) {
                    return CompletableFuture.completedFuture(f);
                }
                return track(op.retryPolicy().sleeper().delay(op.retryPolicy().backoff(1)))
                        .thenCompose(x -> readBackAsync(reads))
                        .thenApply(again -> again.verdict() == Verdict.NOT_DONE
                                ? new ReadBack.Found<T>(Verdict.NOT_DONE, null, f.finding() + "; read again: "
                                        + again.finding(), again.readBackError())
                                : again);
            });
            return found.thenApply(f -> reconciled(op, trigger, f, reads.get(), start, startNanos));
        }

        CompletableFuture<ReadBack.Found<T>> readBackAsync(AtomicInteger reads) {
            ReadBack.Step<T> step;
            try {
                step = plan.readBack(snapshot);
            } catch (RuntimeException e) {
                return CompletableFuture.completedFuture(
                        ReadBack.unknown("the read-back could not be judged: " + e.getClass().getSimpleName()));
            }
            return steps(step, reads);
        }

        CompletableFuture<ReadBack.Found<T>> steps(ReadBack.Step<T> step, AtomicInteger reads) {
            if (step instanceof ReadBack.Read<T, ?> read) {
                reads.incrementAndGet();
                return readAsync(read, reads);
            }
            return CompletableFuture.completedFuture((ReadBack.Found<T>) step);
        }

        <R> CompletableFuture<ReadBack.Found<T>> readAsync(ReadBack.Read<T, R> read, AtomicInteger reads) {
            return track(executeAsync(read.operation())).handle((value, failure) -> {
                try {
                    Throwable t = unwrap(failure);
                    if (t == null) {
                        return read.next(value);
                    }
                    if (t instanceof LinePayException e) {
                        return read.failed(e.error());
                    }
                    return ReadBack.<T>unknown("the read-back failed: " + t.getClass().getSimpleName());
                } catch (RuntimeException e) {
                    return ReadBack.<T>unknown("the read-back could not be judged: " + e.getClass().getSimpleName());
                }
            }).thenCompose(next -> steps(next, reads));
        }

        /** Runs a continuation; anything it throws fails the call instead of vanishing in a callback. */
        void guarded(Runnable r) {
            try {
                r.run();
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }
    }

    // ---- shared --------------------------------------------------------------------------------

    /** A read-back's result: the value for DONE, and the reconciliation. */
    private static final class Outcome<T> {
        final T value;
        final Reconciliation reconciliation;

        Outcome(T value, Reconciliation reconciliation) {
            this.value = value;
            this.reconciliation = reconciliation;
        }
    }

    private <T> Outcome<T> reconciled(Operation<T> op, LinePayError trigger, ReadBack.Found<T> found, int reads,
                                      Instant start, long startNanos) {
        Reconciliation r = new Reconciliation(op.call(), trigger, found.verdict(), reads, found.finding(),
                found.readBackError());
        Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
        tell(() -> listener.reconciled(new Reconciled(r, start, took)));
        return new Outcome<>(found.value(), r);
    }

    /**
     * Whether to send again after a read-back: only after an unknown outcome (a code answer was an answer),
     * only when the read-back proved the operation not done, only where LINE Pay refuses duplicates, and
     * only while the policy has an attempt left.
     */
    private static boolean resend(Operation<?> op, ReconcilePlan<?, ?> plan, LinePayError trigger,
                                  Reconciliation reconciliation, int attempt) {
        return trigger instanceof OutcomeUnknown && reconciliation.verdict() == Verdict.NOT_DONE
                && plan.resendWhenNotDone() && attempt < op.retryPolicy().maxAttempts();
    }

    /**
     * The error the caller gets after a read-back that did not find the operation done: an unknown outcome
     * carries the reconciliation; an ambiguous code found not done stays the code; an ambiguous code that
     * reading back could not settle becomes an unknown outcome.
     */
    private static LinePayException afterReadBack(LinePayException failure, Reconciliation reconciliation) {
        LinePayError error = failure.error();
        if (error instanceof OutcomeUnknown unknown) {
            return copy(failure, unknown.withReconciliation(reconciliation));
        }
        if (error instanceof ApiError api && reconciliation.verdict() == Verdict.UNKNOWN) {
            return copy(failure, OutcomeUnknown.afterAmbiguousAnswer(api, reconciliation));
        }
        return failure;
    }

    /**
     * The failure the caller gets. When an earlier attempt's answer was lost and it was sent again, that
     * first request may still arrive; a later attempt's definite failure (a code, a complete answer found
     * not done, a failure before sending) then does not tell the outcome of the call: the caller gets the
     * earlier unknown outcome, with the last failure as its cause.
     */
    private static LinePayException conclude(LinePayException last, LinePayException unsettled) {
        if (unsettled == null || unsettled == last || last.error().mayHaveBeenProcessed()) {
            return last;
        }
        LinePayException e = new LinePayException(unsettled.error(), last);
        e.setStackTrace(last.getStackTrace());
        return e;
    }

    private static LinePayException copy(LinePayException failure, LinePayError error) {
        LinePayException e = new LinePayException(error, failure.getCause());
        e.setStackTrace(failure.getStackTrace());
        return e;
    }

    private static Throwable unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static void tell(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a LinePayListener threw; the call goes on as if it had not", e);
        }
    }

    /** The executor it wraps. */
    @Override
    public String toString() {
        return "RetryingExecutor[" + delegate + "]";
    }
}
