package dev.linepay4j.internal;

import dev.linepay4j.LinePayError;
import dev.linepay4j.Reconciliation.Verdict;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The steps of a read-back, as data, so that the {@link RetryingExecutor} can run them the sync way or
 * the async way: a {@link Read} makes one call and turns its result or error into the next step; a
 * {@link Found} ends the read-back with a verdict.
 *
 * <pre>{@code
 * ReadBack.Step<CaptureResponse> step = ReadBack.read(detailsOp,
 *         list -> ReadBack.done(captureResponseOf(list), "payStatus CAPTURE"),
 *         error -> ReadBack.failed(error, "payment details failed"));
 * }</pre>
 */
public final class ReadBack {

    private ReadBack() {
    }

    /**
     * One step of a read-back.
     *
     * @param <T> the call's result type
     */
    public sealed interface Step<T> permits Read, Found {
    }

    /**
     * Make a read, then go on by its outcome.
     *
     * @param <T> the call's result type
     * @param <R> the read's result type
     */
    public static final class Read<T, R> implements Step<T> {

        private final Operation<R> operation;
        private final Function<R, Step<T>> onResult;
        private final Function<LinePayError, Step<T>> onError;

        Read(Operation<R> operation, Function<R, Step<T>> onResult, Function<LinePayError, Step<T>> onError) {
            this.operation = Objects.requireNonNull(operation, "operation");
            this.onResult = Objects.requireNonNull(onResult, "onResult");
            this.onError = Objects.requireNonNull(onError, "onError");
        }

        /**
         * The read.
         *
         * @return the operation to run
         */
        public Operation<R> operation() {
            return operation;
        }

        /**
         * The next step after a result.
         *
         * @param result the read's result
         * @return the next step
         */
        public Step<T> next(R result) {
            return onResult.apply(result);
        }

        /**
         * The next step after a failed read.
         *
         * @param error how the read failed (after its own retries)
         * @return the next step
         */
        public Step<T> failed(LinePayError error) {
            return onError.apply(error);
        }
    }

    /**
     * The end of a read-back.
     *
     * @param verdict       what was found
     * @param value         the call's result, for {@link Verdict#DONE}; null otherwise
     * @param finding       one line saying what was read and what it means
     * @param readBackError the error of the read that failed, when that is why the verdict is UNKNOWN
     * @param <T>           the call's result type
     */
    public record Found<T>(Verdict verdict, T value, String finding, Optional<LinePayError> readBackError)
            implements Step<T> {

        /**
         * Creates the end.
         *
         * @param verdict what was found
         * @param value the result for DONE, else null
         * @param finding what was read and what it means
         * @param readBackError the failed read's error, when any
         */
        public Found {
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(finding, "finding");
            Objects.requireNonNull(readBackError, "readBackError");
            if ((verdict == Verdict.DONE) != (value != null)) {
                throw new IllegalArgumentException("a value exactly when the verdict is DONE");
            }
        }
    }

    /**
     * A read.
     *
     * @param operation the read
     * @param onResult  the next step after a result
     * @param onError   the next step after an error
     * @param <T>       the call's result type
     * @param <R>       the read's result type
     * @return the step
     */
    public static <T, R> Step<T> read(Operation<R> operation, Function<R, Step<T>> onResult,
                                      Function<LinePayError, Step<T>> onError) {
        return new Read<>(operation, onResult, onError);
    }

    /**
     * Done, with the result.
     *
     * @param value   the call's result
     * @param finding what was read
     * @param <T>     the result type
     * @return the end
     */
    public static <T> Found<T> done(T value, String finding) {
        return new Found<>(Verdict.DONE, Objects.requireNonNull(value, "value"), finding, Optional.empty());
    }

    /**
     * Not done.
     *
     * @param finding what was read
     * @param <T>     the result type
     * @return the end
     */
    public static <T> Found<T> notDone(String finding) {
        return new Found<>(Verdict.NOT_DONE, null, finding, Optional.empty());
    }

    /**
     * Read, but settling nothing.
     *
     * @param finding what was read and why it settles nothing
     * @param <T>     the result type
     * @return the end
     */
    public static <T> Found<T> unknown(String finding) {
        return new Found<>(Verdict.UNKNOWN, null, finding, Optional.empty());
    }

    /**
     * The read failed.
     *
     * @param error   how it failed
     * @param finding what was being read
     * @param <T>     the result type
     * @return the end
     */
    public static <T> Found<T> failed(LinePayError error, String finding) {
        return new Found<>(Verdict.UNKNOWN, null, finding, Optional.of(error));
    }
}
