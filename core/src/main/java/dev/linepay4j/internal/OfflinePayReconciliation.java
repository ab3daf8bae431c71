package dev.linepay4j.internal;

import dev.linepay4j.LinePayError.ApiError;
import dev.linepay4j.LinePayError.OutcomeUnknown;
import dev.linepay4j.LinePayException;
import dev.linepay4j.domain.payment.OfflineStatus;
import dev.linepay4j.domain.request.OfflinePaymentRequest;
import dev.linepay4j.domain.response.OfflinePaymentResponse;
import dev.linepay4j.domain.response.OfflinePaymentStatus;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The Offline API's own rule for a pay call whose answer was lost: "if a read timeout occurs during a
 * payment request and no response is received, call the status check" (LINE Pay's check-payment-status
 * page; LINEPAY-API.md §8.2). The status check finds the payment by the order id the pay call carried.
 *
 * <p>Up to {@link #checks()} status checks are made, {@link #pause()} apart (LINE Pay's guide polls every
 * second), until one answers for certain:
 * <table>
 *   <caption>What each status-check answer means for the lost pay call</caption>
 *   <tr><th>answer</th><th>outcome</th></tr>
 *   <tr><td>{@code COMPLETE} or {@code REFUND}; {@code AUTH_READY} when the pay asked {@code capture=false}</td>
 *       <td>the payment went through: the pay call returns it, built from the status answer</td></tr>
 *   <tr><td>{@code FAIL} or {@code CANCEL}</td>
 *       <td>settled, but with no payment to return and no LINE Pay code for why: the original
 *       {@link OutcomeUnknown} is thrown, and the caller's own status check shows the failure</td></tr>
 *   <tr><td>{@code AUTH_READY} after a pay with capture, a status linepay4j does not know, {@code 1150}
 *       (no payment for the order yet), or a check that fails</td>
 *       <td>not settled yet: check again; after the last check the original {@link OutcomeUnknown} is
 *       thrown, with the last check's failure (if any) attached as suppressed</td></tr>
 * </table>
 * A status answer that lacks the transaction id or date cannot make a payment answer and counts as not
 * settled. The rule never repeats the pay call itself: the customer's key may pay only once.
 *
 * <p>{@link OfflineService} applies this rule to {@code OFFLINE_PAY}. A retry layer wrapping the
 * {@link CallExecutor} can take it over: it is stateless, and needs only the pay request (for the order
 * id and {@code capture}) and a way to run the status check.
 *
 * <pre>{@code
 * OfflinePaymentResponse paid = OfflinePayReconciliation.standard()
 *         .resolve(lostAnswer, request, () -> executor.execute(statusCheckOf(request.orderId())));
 * }</pre>
 */
public final class OfflinePayReconciliation {

    /** Three checks, a second apart: long enough for LINE Pay to settle, short enough for a till. */
    private static final OfflinePayReconciliation STANDARD = new OfflinePayReconciliation(3, Duration.ofSeconds(1));

    private final int checks;
    private final Duration pause;

    /**
     * Creates the rule.
     *
     * @param checks how many status checks to make at most; at least 1
     * @param pause  how long to wait between two checks; not negative
     * @throws IllegalArgumentException if {@code checks} is below 1 or {@code pause} is negative
     */
    public OfflinePayReconciliation(int checks, Duration pause) {
        if (checks < 1) {
            throw new IllegalArgumentException("at least one status check, was " + checks);
        }
        if (Objects.requireNonNull(pause, "pause").isNegative()) {
            throw new IllegalArgumentException("the pause must not be negative, was " + pause);
        }
        this.checks = checks;
        this.pause = pause;
    }

    /**
     * Three checks, one second apart.
     *
     * @return the standard rule
     */
    public static OfflinePayReconciliation standard() {
        return STANDARD;
    }

    /**
     * How many status checks are made at most.
     *
     * @return at least 1
     */
    public int checks() {
        return checks;
    }

    /**
     * The wait between two checks.
     *
     * @return not negative
     */
    public Duration pause() {
        return pause;
    }

    /**
     * Resolves a lost pay answer, blocking.
     *
     * @param lost    the pay call's failure; its error is an {@link OutcomeUnknown}
     * @param request the pay request
     * @param check   runs one status check for the request's order id
     * @return the payment, when the status check shows it went through
     * @throws LinePayException {@code lost} itself when the outcome cannot be settled as a payment
     */
    public OfflinePaymentResponse resolve(LinePayException lost, OfflinePaymentRequest request,
                                          Supplier<OfflinePaymentStatus> check) {
        requireUnknown(lost);
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(check, "check");
        LinePayException lastFailure = null;
        for (int i = 1; i <= checks; i++) {
            if (i > 1 && !sleep()) {
                break;
            }
            Verdict v;
            try {
                v = verdict(check.get(), request);
                lastFailure = null;
            } catch (LinePayException e) {
                v = Verdict.PENDING;
                lastFailure = e;
            }
            if (v.paid.isPresent()) {
                return v.paid.get();
            }
            if (v.settled) {
                break;
            }
        }
        throw unresolved(lost, lastFailure);
    }

    /**
     * Resolves a lost pay answer, without blocking a thread while it waits between checks.
     *
     * @param lost    the pay call's failure; its error is an {@link OutcomeUnknown}
     * @param request the pay request
     * @param check   starts one status check for the request's order id
     * @return the payment, or {@code lost} itself when the outcome cannot be settled as a payment
     */
    public CompletableFuture<OfflinePaymentResponse> resolveAsync(LinePayException lost, OfflinePaymentRequest request,
                                                                  Supplier<CompletableFuture<OfflinePaymentStatus>> check) {
        requireUnknown(lost);
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(check, "check");
        return attempt(1, lost, request, check);
    }

    private CompletableFuture<OfflinePaymentResponse> attempt(int i, LinePayException lost, OfflinePaymentRequest request,
                                                              Supplier<CompletableFuture<OfflinePaymentStatus>> check) {
        CompletableFuture<OfflinePaymentStatus> started;
        try {
            started = check.get();
        } catch (LinePayException e) {
            started = CompletableFuture.failedFuture(e);
        }
        return started.handle((status, failure) -> {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (cause != null && !(cause instanceof LinePayException)) {
                return CompletableFuture.<OfflinePaymentResponse>failedFuture(cause);
            }
            Verdict v = cause == null ? verdict(status, request) : Verdict.PENDING;
            if (v.paid.isPresent()) {
                return CompletableFuture.completedFuture(v.paid.get());
            }
            if (v.settled || i >= checks) {
                return CompletableFuture.<OfflinePaymentResponse>failedFuture(unresolved(lost, (LinePayException) cause));
            }
            return CompletableFuture.supplyAsync(() -> null,
                            CompletableFuture.delayedExecutor(pause.toMillis(), TimeUnit.MILLISECONDS))
                    .thenCompose(ignored -> attempt(i + 1, lost, request, check));
        }).thenCompose(f -> f);
    }

    /** What one status answer says about the lost pay call. */
    private record Verdict(Optional<OfflinePaymentResponse> paid, boolean settled) {
        static final Verdict PENDING = new Verdict(Optional.empty(), false);
        static final Verdict NOT_PAID = new Verdict(Optional.empty(), true);
    }

    private static Verdict verdict(OfflinePaymentStatus status, OfflinePaymentRequest request) {
        Optional<OfflineStatus> s = status.status();
        if (s.isEmpty()) {
            return Verdict.PENDING;
        }
        boolean wentThrough = switch (s.get()) {
            case COMPLETE, REFUND -> true;
            // An authorization is the result of a pay without capture; after a pay with capture the status
            // can only mean the payment is still on its way.
            case AUTH_READY -> !request.capture();
            case FAIL, CANCEL -> false;
        };
        if (!wentThrough) {
            return s.get() == OfflineStatus.AUTH_READY ? Verdict.PENDING : Verdict.NOT_PAID;
        }
        if (status.transactionId().isEmpty() || status.transactionDate().isEmpty()) {
            return Verdict.PENDING;
        }
        return new Verdict(Optional.of(new OfflinePaymentResponse(status.transactionId().get(),
                status.orderId().orElse(request.orderId()), status.transactionDate().get(), status.payInfo(),
                Optional.empty(), status.paymentProvider(), Optional.empty(), status.raw())), true);
    }

    private boolean sleep() {
        try {
            TimeUnit.MILLISECONDS.sleep(pause.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static LinePayException unresolved(LinePayException lost, LinePayException lastCheckFailure) {
        if (lastCheckFailure != null && lastCheckFailure != lost && !isNoPaymentYet(lastCheckFailure)) {
            lost.addSuppressed(lastCheckFailure);
        }
        return lost;
    }

    /** {@code 1150} to a check right after a lost pay is the expected "not there (yet)", not news. */
    private static boolean isNoPaymentYet(LinePayException e) {
        return e.error() instanceof ApiError api && api.returnCode().code().equals("1150");
    }

    private static void requireUnknown(LinePayException lost) {
        Objects.requireNonNull(lost, "lost");
        if (!(lost.error() instanceof OutcomeUnknown)) {
            throw new IllegalArgumentException("only an unknown outcome is reconciled, not " + lost.error().getClass()
                    .getSimpleName());
        }
    }

    /** The number of checks and the pause. */
    @Override
    public String toString() {
        return "OfflinePayReconciliation[checks=" + checks + ", pause=" + pause + "]";
    }
}
