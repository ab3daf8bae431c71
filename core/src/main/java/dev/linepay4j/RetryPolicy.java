package dev.linepay4j;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * How often and how patiently a call is repeated when it may be repeated: at most
 * {@link #maxAttempts()} sends of one operation, with a bounded exponential backoff and full jitter
 * between two of them. Immutable and thread-safe; set it per client
 * ({@link LinePay.Builder#retryPolicy(RetryPolicy)}) or per call ({@link CallOptions#withRetryPolicy}).
 *
 * <p><b>What</b> is repeated is not the policy's choice but LINE Pay's facts, the same for every
 * transport (the README's "When things go wrong" has the same table): reads are repeated after any
 * failure that may pass; an operation that changes something only when it provably was not sent, when
 * LINE Pay's code says it was not done and may be repeated, or when reading the payment back showed it
 * was not done. The policy only bounds the count and the waiting; {@link #none()} turns repeating off.
 * <table>
 *   <caption>After a failed attempt</caption>
 *   <tr><th>Endpoint</th><th>not sent ({@link LinePayError.TransportFailure})</th>
 *       <th>answer lost or unreadable ({@link LinePayError.OutcomeUnknown}, {@link LinePayError.ProtocolError})</th>
 *       <th>code ({@link LinePayError.ApiError})</th></tr>
 *   <tr><td>reads: payment details, request status, regKey check, raw GET</td><td>retry</td><td>retry</td>
 *       <td>retry when the catalogue marks the code retryable, on an internal error ({@code 9000},
 *       {@code 1199}), and on {@code 1106} (a transport that repeats a GET by itself repeats its nonce; a
 *       fresh attempt has a fresh one)</td></tr>
 *   <tr><td>confirm, capture</td><td>retry</td><td>reconcile</td>
 *       <td>{@code 1172}, {@code 1198}, {@code 1145}: reconcile</td></tr>
 *   <tr><td>void</td><td>retry</td><td>reconcile</td><td>{@code 190X}, {@code 1999}: retry;
 *       {@code 1165}, {@code 1198}, {@code 1145}: reconcile</td></tr>
 *   <tr><td>refund</td><td>retry</td><td>reconcile (never sent again automatically)</td>
 *       <td>{@code 190X}, {@code 1999}: retry; {@code 1198}, {@code 1145}: reconcile</td></tr>
 *   <tr><td>regKey payment</td><td>retry</td><td>reconcile</td>
 *       <td>{@code 1172}, {@code 1197}, {@code 1198}, {@code 1145}: reconcile</td></tr>
 *   <tr><td>regKey expiry</td><td>retry</td><td>reconcile</td><td>-</td></tr>
 *   <tr><td>request, raw POST</td><td>retry</td><td>-</td><td>-</td></tr>
 * </table>
 * "-" means the error reaches the caller. "Reconcile" means the payment is read back (see
 * {@link Reconciliation}); after an unknown outcome, an operation that reading back found not done is
 * sent again within {@link #maxAttempts()} where LINE Pay refuses duplicates (all but refund). A closed
 * client and an interrupted thread are never repeated; codes not named above (say {@code 1169}, or
 * {@code 9000} and {@code 190X} on confirm) reach the caller as they are.
 *
 * <p>The wait before attempt {@code n + 1} is drawn uniformly from {@code [0, cap]} ("full jitter"),
 * where {@code cap = min(maxBackoff, initialBackoff × multiplier^(n-1))}: with the defaults (200 ms,
 * ×2, at most 2 s) the caps are 200 ms, 400 ms, 800 ms, 1.6 s, 2 s, 2 s… Jitter keeps many clients
 * that failed together from coming back together. {@link Jitter#NONE} waits the cap itself.
 *
 * <pre>{@code
 * RetryPolicy patient = RetryPolicy.builder()
 *         .maxAttempts(5)
 *         .initialBackoff(Duration.ofMillis(500))
 *         .maxBackoff(Duration.ofSeconds(5))
 *         .build();
 * LinePay linePay = LinePay.builder()...retryPolicy(patient).build();
 *
 * // in tests: compute and report the waits, never sleep them
 * LinePay fast = LinePay.builder()...retryPolicy(RetryPolicy.defaults().withoutSleeping()).build();
 * }</pre>
 */
public final class RetryPolicy {

    /** How a wait is drawn below its cap. */
    public enum Jitter {
        /** Uniformly between zero and the cap (the default). */
        FULL,
        /** The cap itself: waits grow exactly exponentially. */
        NONE
    }

    private static final RetryPolicy DEFAULTS = new Builder().build();
    private static final RetryPolicy NONE = new Builder().maxAttempts(1).build();

    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final double multiplier;
    private final Jitter jitter;
    private final Sleeper sleeper;
    private final RandomGenerator random;

    private RetryPolicy(Builder b) {
        this.maxAttempts = b.maxAttempts;
        this.initialBackoff = b.initialBackoff;
        this.maxBackoff = b.maxBackoff;
        this.multiplier = b.multiplier;
        this.jitter = b.jitter;
        this.sleeper = b.sleeper;
        this.random = b.random;
    }

    /**
     * The default policy: at most 3 attempts, waits capped at 200 ms, 400 ms… up to 2 s, full jitter,
     * really sleeping.
     *
     * @return the default policy
     */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /**
     * No repeating: one attempt per call. Reconciliation (reading the payment back after an unknown
     * outcome) still happens unless it is turned off on its own.
     *
     * @return the policy of one attempt
     */
    public static RetryPolicy none() {
        return NONE;
    }

    /**
     * A builder starting from the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder starting from this policy's settings.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.maxAttempts = maxAttempts;
        b.initialBackoff = initialBackoff;
        b.maxBackoff = maxBackoff;
        b.multiplier = multiplier;
        b.jitter = jitter;
        b.sleeper = sleeper;
        b.random = random;
        return b;
    }

    /**
     * The same policy with a sleeper that never waits ({@link Sleeper#none()}): for tests. Waits are still
     * computed and reported to {@link LinePayListener#retrying}.
     *
     * @return the changed copy
     */
    public RetryPolicy withoutSleeping() {
        return withSleeper(Sleeper.none());
    }

    /**
     * The same policy with another sleeper.
     *
     * @param sleeper how to wait
     * @return the changed copy
     */
    public RetryPolicy withSleeper(Sleeper sleeper) {
        return toBuilder().sleeper(sleeper).build();
    }

    /**
     * The most sends of one operation, the first included; read-backs count their own.
     *
     * @return at least 1
     */
    public int maxAttempts() {
        return maxAttempts;
    }

    /**
     * The cap of the first wait.
     *
     * @return a duration of zero or more
     */
    public Duration initialBackoff() {
        return initialBackoff;
    }

    /**
     * The cap of every wait.
     *
     * @return a duration of at least {@link #initialBackoff()}
     */
    public Duration maxBackoff() {
        return maxBackoff;
    }

    /**
     * By how much the cap grows from one wait to the next.
     *
     * @return at least 1
     */
    public double multiplier() {
        return multiplier;
    }

    /**
     * How a wait is drawn below its cap.
     *
     * @return the jitter
     */
    public Jitter jitter() {
        return jitter;
    }

    /**
     * How the waits are waited.
     *
     * @return the sleeper
     */
    public Sleeper sleeper() {
        return sleeper;
    }

    /**
     * The cap of the wait after a number of failed attempts: {@code min(maxBackoff, initialBackoff ×
     * multiplier^(failedAttempts-1))}.
     *
     * @param failedAttempts how many attempts have failed so far, at least 1
     * @return the cap
     * @throws IllegalArgumentException if failedAttempts is below 1
     */
    public Duration backoffCap(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("failedAttempts must be at least 1, was " + failedAttempts);
        }
        double nanos = initialBackoff.toNanos() * Math.pow(multiplier, failedAttempts - 1);
        long max = maxBackoff.toNanos();
        return Duration.ofNanos(nanos >= max ? max : (long) nanos);
    }

    /**
     * The wait before the next attempt after a number of failed attempts: {@link #backoffCap(int)}, with
     * the jitter applied (drawn from the random generator given to the builder, else
     * {@link ThreadLocalRandom}).
     *
     * @param failedAttempts how many attempts have failed so far, at least 1
     * @return the wait, between zero and the cap
     * @throws IllegalArgumentException if failedAttempts is below 1
     */
    public Duration backoff(int failedAttempts) {
        Duration cap = backoffCap(failedAttempts);
        if (jitter == Jitter.NONE || cap.isZero()) {
            return cap;
        }
        RandomGenerator r = random != null ? random : ThreadLocalRandom.current();
        return Duration.ofNanos(r.nextLong(cap.toNanos() + 1));
    }

    /** The settings, such as {@code RetryPolicy[maxAttempts=3, backoff=PT0.2S×2.0..PT2S, jitter=FULL, Sleeper.system()]}. */
    @Override
    public String toString() {
        return "RetryPolicy[maxAttempts=" + maxAttempts + ", backoff=" + initialBackoff + "×" + multiplier + ".."
                + maxBackoff + ", jitter=" + jitter + ", " + sleeper + "]";
    }

    /**
     * Builds a {@link RetryPolicy}; every setter checks its value at once. Not thread-safe; the policy it
     * builds is.
     *
     * <pre>{@code
     * RetryPolicy p = RetryPolicy.builder().maxAttempts(4).jitter(RetryPolicy.Jitter.NONE).build();
     * }</pre>
     */
    public static final class Builder {

        private int maxAttempts = 3;
        private Duration initialBackoff = Duration.ofMillis(200);
        private Duration maxBackoff = Duration.ofSeconds(2);
        private double multiplier = 2.0;
        private Jitter jitter = Jitter.FULL;
        private Sleeper sleeper = Sleeper.system();
        private RandomGenerator random;

        private Builder() {
        }

        /**
         * Sets the most sends of one operation, the first included (default 3).
         *
         * @param maxAttempts at least 1; 1 means no repeating
         * @return this builder
         * @throws IllegalArgumentException if below 1
         */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * Sets the cap of the first wait (default 200 ms).
         *
         * @param initialBackoff zero or more
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder initialBackoff(Duration initialBackoff) {
            this.initialBackoff = notNegative(initialBackoff, "initialBackoff");
            return this;
        }

        /**
         * Sets the cap of every wait (default 2 s).
         *
         * @param maxBackoff zero or more
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = notNegative(maxBackoff, "maxBackoff");
            return this;
        }

        /**
         * Sets by how much the cap grows from one wait to the next (default 2).
         *
         * @param multiplier at least 1, finite
         * @return this builder
         * @throws IllegalArgumentException if below 1 or not finite
         */
        public Builder multiplier(double multiplier) {
            if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
                throw new IllegalArgumentException("multiplier must be a finite number of at least 1, was " + multiplier);
            }
            this.multiplier = multiplier;
            return this;
        }

        /**
         * Sets how a wait is drawn below its cap (default {@link Jitter#FULL}).
         *
         * @param jitter the jitter
         * @return this builder
         */
        public Builder jitter(Jitter jitter) {
            this.jitter = Objects.requireNonNull(jitter, "jitter");
            return this;
        }

        /**
         * Sets how waits are waited (default {@link Sleeper#system()}; {@link Sleeper#none()} in tests).
         *
         * @param sleeper the sleeper
         * @return this builder
         */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /**
         * Sets where the jitter comes from, for waits a test can predict ({@code new Random(42)}). The
         * generator is shared by every call of the client, so it must be thread-safe
         * ({@link java.util.Random} is; {@link java.util.SplittableRandom} is not). Default:
         * {@link ThreadLocalRandom}.
         *
         * @param random the generator
         * @return this builder
         */
        public Builder random(RandomGenerator random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy
         * @throws IllegalArgumentException if the maximum backoff is below the initial one
         */
        public RetryPolicy build() {
            if (maxBackoff.compareTo(initialBackoff) < 0) {
                throw new IllegalArgumentException("maxBackoff (" + maxBackoff + ") is below initialBackoff ("
                        + initialBackoff + ")");
            }
            return new RetryPolicy(this);
        }

        private static Duration notNegative(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative, was " + d);
            }
            return d;
        }
    }
}
