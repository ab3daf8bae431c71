package dev.linepay4j;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings for the calls made through one view of a client, over the client's own: a read timeout for
 * a call that must answer quickly (a checkout page that would rather show "try again" than wait 40 s),
 * or a longer one.
 *
 * <pre>{@code
 * OnlinePayments quick = linePay.withOptions(CallOptions.none().withReadTimeout(Duration.ofSeconds(5)));
 * RequestStatus status = quick.checkRequestStatus(transactionId);
 * }</pre>
 *
 * <p>A shorter read timeout on an operation that changes state turns a slow answer into an unknown
 * outcome ({@link LinePayError.OutcomeUnknown}); keep LINE Pay's documented timeouts for those unless
 * you reconcile. The JDK transport ({@code jdk}) takes its connect timeout per client only and ignores
 * a per-call one.
 *
 * @param readTimeout    how long to wait for the answer once the request is sent, when set
 * @param connectTimeout how long connecting may take, when set
 */
public record CallOptions(Optional<Duration> readTimeout, Optional<Duration> connectTimeout) {

    private static final CallOptions NONE = new CallOptions(Optional.empty(), Optional.empty());

    /**
     * Creates options.
     *
     * @param readTimeout how long to wait for the answer once the request is sent, when set
     * @param connectTimeout how long connecting may take, when set
     * @throws IllegalArgumentException if a timeout is zero or negative
     * @throws NullPointerException     if a part is null
     */
    public CallOptions {
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        readTimeout.ifPresent(d -> positive(d, "readTimeout"));
        connectTimeout.ifPresent(d -> positive(d, "connectTimeout"));
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
        return new CallOptions(Optional.of(Objects.requireNonNull(timeout, "timeout")), connectTimeout);
    }

    /**
     * A copy with a connect timeout.
     *
     * @param timeout a positive duration
     * @return the new options
     * @throws IllegalArgumentException if the timeout is zero or negative
     */
    public CallOptions withConnectTimeout(Duration timeout) {
        return new CallOptions(readTimeout, Optional.of(Objects.requireNonNull(timeout, "timeout")));
    }

    private static void positive(Duration d, String name) {
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive, was " + d);
        }
    }
}
