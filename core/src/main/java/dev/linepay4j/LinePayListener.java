package dev.linepay4j;

import dev.linepay4j.domain.code.ReturnCode;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Hears about every attempt to call LINE Pay, for logs, metrics and traces: when it started, how long
 * it took, the HTTP status, the return code and how it ended. Events never hold the channel secret, a
 * signature, a nonce, a header, a query or a body, and a {@code regKey} in a path is shown as
 * {@code {regKey}} (see {@link CallInfo}).
 *
 * <p>Besides attempts, a listener hears when a failed attempt is about to be repeated
 * ({@link #retrying}) and when a payment was read back after an unclear outcome ({@link #reconciled}).
 *
 * <p>Every method does nothing by default. They are called on the thread that runs the call: the
 * caller's for sync calls, the transport's for async ones, so keep them quick and non-blocking. An
 * exception thrown by a listener is logged (at WARNING on the {@code dev.linepay4j} logger) and
 * otherwise ignored: a metrics bug must never fail a payment. A call refused before sending
 * ({@link LinePayError.InvalidRequest}, or a closed client) makes no attempt and no event.
 *
 * <pre>{@code
 * LinePay linePay = LinePay.builder()
 *         ...
 *         .listener(new LinePayListener() {
 *             public void attemptFinished(AttemptFinished e) {
 *                 metrics.timer("linepay", "endpoint", e.call().endpoint().name(), "outcome", e.outcome().name())
 *                        .record(e.duration());
 *             }
 *         })
 *         .build();
 * }</pre>
 */
public interface LinePayListener {

    /**
     * An attempt is about to be sent.
     *
     * @param event the call and when it started
     */
    default void attemptStarted(AttemptStarted event) {
    }

    /**
     * An attempt has ended, with a result or an error.
     *
     * @param event the call, timings, status, code and outcome
     */
    default void attemptFinished(AttemptFinished event) {
    }

    /**
     * A failed attempt is about to be followed by another, after a wait (see {@link RetryPolicy}). Called
     * before the wait.
     *
     * @param event the call, the attempt that failed, why it is repeated and how long the wait is
     */
    default void retrying(RetryScheduled event) {
    }

    /**
     * A call that changes state ended without a clear answer and linepay4j read the payment back (see
     * {@link Reconciliation}). Called once the read-back is over, before the call returns or fails.
     *
     * @param event what was found, when and how long it took
     */
    default void reconciled(Reconciled event) {
    }

    /**
     * A listener that does nothing: the default. Always the same instance, so that the client can tell it
     * apart and skip building events nobody hears.
     *
     * @return the listener whose methods do nothing
     */
    static LinePayListener noOp() {
        return NoOpListener.INSTANCE;
    }

    /** How an attempt ended, as the caller saw it. */
    enum Outcome {
        /** The call returned its result (for the status checks, any status). */
        SUCCESS,
        /** LINE Pay answered a code that is not a result: {@link LinePayError.ApiError}. */
        API_ERROR,
        /** A read got something that is not a LINE Pay answer: {@link LinePayError.ProtocolError}. */
        PROTOCOL_ERROR,
        /** The request could not be sent: {@link LinePayError.TransportFailure}. */
        TRANSPORT_FAILURE,
        /** The request was sent and its outcome is unknown: {@link LinePayError.OutcomeUnknown}. */
        OUTCOME_UNKNOWN;

        /**
         * The outcome an error stands for.
         *
         * @param error the error
         * @return its outcome; never {@link #SUCCESS}
         */
        public static Outcome of(LinePayError error) {
            if (error instanceof LinePayError.ApiError) {
                return API_ERROR;
            } else if (error instanceof LinePayError.ProtocolError) {
                return PROTOCOL_ERROR;
            } else if (error instanceof LinePayError.TransportFailure) {
                return TRANSPORT_FAILURE;
            } else if (error instanceof LinePayError.OutcomeUnknown) {
                return OUTCOME_UNKNOWN;
            }
            throw new IllegalArgumentException("an invalid request makes no attempt: " + error.getClass().getSimpleName());
        }
    }

    /**
     * An attempt is about to be sent.
     *
     * <pre>{@code
     * public void attemptStarted(AttemptStarted e) { log.debug("-> {}", e.call()); }
     * }</pre>
     *
     * @param call    the call
     * @param attempt which attempt of the call this is, from 1
     * @param start   when it started, by the client's clock
     */
    record AttemptStarted(CallInfo call, int attempt, Instant start) {

        /**
         * Creates the event.
         *
         * @param call the call
         * @param attempt which attempt of the call this is, from 1
         * @param start when it started, by the client's clock
         * @throws NullPointerException if a part is null
         */
        public AttemptStarted {
            Objects.requireNonNull(call, "call");
            Objects.requireNonNull(start, "start");
        }
    }

    /**
     * An attempt has ended.
     *
     * <pre>{@code
     * public void attemptFinished(AttemptFinished e) {
     *     log.info("<- {} {} in {} ms: {}", e.call(), e.returnCode().map(ReturnCode::code).orElse("-"),
     *             e.duration().toMillis(), e.outcome());
     * }
     * }</pre>
     *
     * @param call       the call
     * @param attempt    which attempt of the call this is, from 1
     * @param start      when it started, by the client's clock
     * @param duration   how long it took, measured with a monotonic clock
     * @param httpStatus the HTTP status, when an answer came
     * @param returnCode LINE Pay's code, when the answer could be read that far
     * @param outcome    how it ended
     * @param error      the error, unless the outcome is {@link Outcome#SUCCESS}
     */
    record AttemptFinished(CallInfo call, int attempt, Instant start, Duration duration, OptionalInt httpStatus,
                           Optional<ReturnCode> returnCode, Outcome outcome, Optional<LinePayError> error) {

        /**
         * Creates the event.
         *
         * @param call the call
         * @param attempt which attempt of the call this is, from 1
         * @param start when it started, by the client's clock
         * @param duration how long it took
         * @param httpStatus the HTTP status, when an answer came
         * @param returnCode LINE Pay's code, when the answer could be read that far
         * @param outcome how it ended
         * @param error the error, unless the outcome is SUCCESS
         * @throws NullPointerException if a part is null
         */
        public AttemptFinished {
            Objects.requireNonNull(call, "call");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(duration, "duration");
            Objects.requireNonNull(httpStatus, "httpStatus");
            Objects.requireNonNull(returnCode, "returnCode");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(error, "error");
        }
    }

    /** Why a call is sent again (see the README's "When things go wrong" for the table per endpoint). */
    enum RetryReason {
        /** The request could not be sent ({@link LinePayError.TransportFailure}): it never reached LINE Pay. */
        NOT_SENT,
        /**
         * A read (payment details, a status check, a raw GET) lost its answer or got an unreadable one:
         * reading again changes nothing.
         */
        READ_FAILED,
        /**
         * LINE Pay answered a code that says the request was not done and may be repeated: {@code 190X}
         * and {@code 1999} on void and refund; on a read, any retryable code, internal errors
         * ({@code 9000}, {@code 1199}) and {@code 1106}.
         */
        RETRYABLE_CODE,
        /**
         * The outcome was unknown, the payment was read back and LINE Pay's books showed the operation not
         * done; the endpoint refuses duplicates, so sending it again cannot do it twice.
         */
        NOT_DONE
    }

    /**
     * A failed attempt is about to be followed by another.
     *
     * <pre>{@code
     * public void retrying(RetryScheduled e) {
     *     log.info("{} attempt {} failed ({}), again in {} ms", e.call(), e.failedAttempt(), e.reason(),
     *             e.backoff().toMillis());
     * }
     * }</pre>
     *
     * @param call          the call
     * @param failedAttempt the attempt that failed, from 1; the next one is {@code failedAttempt + 1}
     * @param reason        why the call may be sent again
     * @param error         how the failed attempt ended
     * @param backoff       how long linepay4j waits before the next attempt (not waited with
     *                      {@link Sleeper#none()})
     */
    record RetryScheduled(CallInfo call, int failedAttempt, RetryReason reason, LinePayError error,
                          Duration backoff) {

        /**
         * Creates the event.
         *
         * @param call the call
         * @param failedAttempt the attempt that failed, from 1
         * @param reason why the call may be sent again
         * @param error how the failed attempt ended
         * @param backoff the wait before the next attempt
         * @throws NullPointerException if a part is null
         */
        public RetryScheduled {
            Objects.requireNonNull(call, "call");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(backoff, "backoff");
        }
    }

    /**
     * A payment was read back after an unclear outcome.
     *
     * <pre>{@code
     * public void reconciled(Reconciled e) {
     *     metrics.counter("linepay.reconciliations", "endpoint", e.reconciliation().endpoint().name(),
     *             "verdict", e.reconciliation().verdict().name()).increment();
     * }
     * }</pre>
     *
     * @param reconciliation what was read back and found
     * @param start          when reading back started, by the client's clock
     * @param duration       how long it took, measured with a monotonic clock
     */
    record Reconciled(Reconciliation reconciliation, Instant start, Duration duration) {

        /**
         * Creates the event.
         *
         * @param reconciliation what was read back and found
         * @param start when reading back started
         * @param duration how long it took
         * @throws NullPointerException if a part is null
         */
        public Reconciled {
            Objects.requireNonNull(reconciliation, "reconciliation");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(duration, "duration");
        }
    }
}
