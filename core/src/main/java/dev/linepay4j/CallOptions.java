package dev.linepay4j;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings for the calls made through one view of a client, over the client's own: a read timeout for
 * a call that must answer quickly (a checkout page that would rather show "try again" than wait 40 s),
 * or a longer one; another {@link RetryPolicy}; reconciliation on or off.
 *
 * <pre>{@code
 * OnlinePayments quick = linePay.withOptions(CallOptions.none().withReadTimeout(Duration.ofSeconds(5)));
 * RequestStatus status = quick.checkRequestStatus(transactionId);
 *
 * OnlinePayments once = linePay.withOptions(CallOptions.none().withRetryPolicy(RetryPolicy.none()));
 * }</pre>
 *
 * <p>A shorter read timeout on an operation that changes state turns a slow answer into an unknown
 * outcome ({@link LinePayError.OutcomeUnknown}), which linepay4j then reconciles by reading the payment
 * back (unless reconciliation is turned off). The JDK transport ({@code jdk}) takes its connect timeout
 * per client only and ignores a per-call one.
 *
 * @param readTimeout    how long to wait for the answer once the request is sent, when set
 * @param connectTimeout how long connecting may take, when set
 * @param retryPolicy    how often and how patiently calls are repeated, when set
 * @param reconciliation whether a payment is read back after an unclear outcome, when set
 */
public record CallOptions(Optional<Duration> readTimeout, Optional<Duration> connectTimeout,
                          Optional<RetryPolicy> retryPolicy, Optional<Boolean> reconciliation) {

    private static final CallOptions NONE = new CallOptions(Optional.empty(), Optional.empty());

    /**
     * Creates options.
     *
     * @param readTimeout how long to wait for the answer once the request is sent, when set
     * @param connectTimeout how long connecting may take, when set
     * @param retryPolicy how often and how patiently calls are repeated, when set
     * @param reconciliation whether a payment is read back after an unclear outcome, when set
     * @throws IllegalArgumentException if a timeout is zero or negative
     * @throws NullPointerException     if a part is null
     */
    public CallOptions {
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(retryPolicy, "retryPolicy");
        Objects.requireNonNull(reconciliation, "reconciliation");
        readTimeout.ifPresent(d -> positive(d, "readTimeout"));
        connectTimeout.ifPresent(d -> positive(d, "connectTimeout"));
    }

    /**
     * Creates options that set timeouts only.
     *
     * @param readTimeout how long to wait for the answer once the request is sent, when set
     * @param connectTimeout how long connecting may take, when set
     * @throws IllegalArgumentException if a timeout is zero or negative
     * @throws NullPointerException     if a part is null
     */
    public CallOptions(Optional<Duration> readTimeout, Optional<Duration> connectTimeout) {
        this(readTimeout, connectTimeout, Optional.empty(), Optional.empty());
    }

    /**
     * No override: the client's settings apply.
     *
     * @return the empty options
     */
    public static CallOptions none() {
        return NONE;
    }

    /**
     * A copy with a read timeout.
     *
     * @param timeout a positive duration
     * @return the new options
     * @throws IllegalArgumentException if the timeout is zero or negative
     */
    public CallOptions withReadTimeout(Duration timeout) {
        return new CallOptions(Optional.of(Objects.requireNonNull(timeout, "timeout")), connectTimeout, retryPolicy,
                reconciliation);
    }

    /**
     * A copy with a connect timeout.
     *
     * @param timeout a positive duration
     * @return the new options
     * @throws IllegalArgumentException if the timeout is zero or negative
     */
    public CallOptions withConnectTimeout(Duration timeout) {
        return new CallOptions(readTimeout, Optional.of(Objects.requireNonNull(timeout, "timeout")), retryPolicy,
                reconciliation);
    }

    /**
     * A copy with a retry policy ({@link RetryPolicy#none()} for a single attempt per call).
     *
     * @param policy the policy
     * @return the new options
     */
    public CallOptions withRetryPolicy(RetryPolicy policy) {
        return new CallOptions(readTimeout, connectTimeout, Optional.of(Objects.requireNonNull(policy, "policy")),
                reconciliation);
    }

    /**
     * A copy that turns reading payments back after unclear outcomes on or off (see {@link Reconciliation}).
     * Off, an unknown outcome reaches the caller as it happened, and codes such as {@code 1172} as plain
     * {@link LinePayError.ApiError}s.
     *
     * @param on whether to reconcile
     * @return the new options
     */
    public CallOptions withReconciliation(boolean on) {
        return new CallOptions(readTimeout, connectTimeout, retryPolicy, Optional.of(on));
    }

    /**
     * These options over others: each setting of this one wins where it is set.
     *
     * @param base the options underneath
     * @return the merged options
     */
    public CallOptions over(CallOptions base) {
        Objects.requireNonNull(base, "base");
        return new CallOptions(readTimeout.or(base::readTimeout), connectTimeout.or(base::connectTimeout),
                retryPolicy.or(base::retryPolicy), reconciliation.or(base::reconciliation));
    }

    private static void positive(Duration d, String name) {
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive, was " + d);
        }
    }
}
