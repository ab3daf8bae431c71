package dev.linepay4j.internal;

import dev.linepay4j.LinePayError;
import java.util.Objects;
import java.util.Optional;

/**
 * How to read a payment back after a call that changes state ended without a clear answer, for one
 * call: which reads to make and what their answers mean ({@link ReadBack}), optionally a read made
 * before the first attempt to compare with afterwards (a refund's list of earlier refunds), and whether
 * the call may be sent again once reading back proved it not done.
 *
 * <pre>{@code
 * Operation<ConfirmResponse> op = confirmOp.withPlan(ReconcilePlans.confirm(id, request, this::detailsOp,
 *         this::requestStatusOp));
 * }</pre>
 *
 * @param <T> the call's result type
 * @param <S> what the snapshot read returns ({@link Void} when the plan takes none)
 */
public interface ReconcilePlan<T, S> {

    /**
     * A read to make before the first attempt, whose result the read-back compares with.
     *
     * @return the read, or empty for none
     */
    default Optional<Operation<S>> snapshot() {
        return Optional.empty();
    }

    /**
     * The reads to make once the call ended without a clear answer.
     *
     * @param snapshot what the snapshot read returned, or why there is none
     * @return the first step
     */
    ReadBack.Step<T> readBack(Snapshot<S> snapshot);

    /**
     * Whether the call may be sent again when reading back found it not done after an unknown outcome:
     * true where LINE Pay refuses a duplicate (confirm, capture, void by transaction id; key payment by
     * order id; key expiry is harmless twice), false for refunds, of which a second is a second refund
     * if the first is still on its way.
     *
     * @return whether to send again after {@code NOT_DONE}
     */
    boolean resendWhenNotDone();

    /**
     * What the snapshot read gave: a value, an error, or nothing because no snapshot was taken.
     *
     * @param value the result, when the read succeeded
     * @param error the error, when it failed
     * @param <S>   the read's result type
     */
    record Snapshot<S>(Optional<S> value, Optional<LinePayError> error) {

        /**
         * Creates the snapshot.
         *
         * @param value the result, when the read succeeded
         * @param error the error, when it failed
         */
        public Snapshot {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(error, "error");
        }

        /**
         * No snapshot was taken.
         *
         * @param <S> the read's result type
         * @return the empty snapshot
         */
        public static <S> Snapshot<S> none() {
            return new Snapshot<>(Optional.empty(), Optional.empty());
        }

        /**
         * Whether a snapshot was attempted at all.
         *
         * @return true when there is a value or an error
         */
        public boolean taken() {
            return value.isPresent() || error.isPresent();
        }
    }
}
