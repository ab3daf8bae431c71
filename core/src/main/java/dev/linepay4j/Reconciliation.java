package dev.linepay4j;

import java.util.Objects;
import java.util.Optional;

/**
 * What reading a payment back found after a call that changes state ended without a clear answer: an
 * unknown outcome (read timeout, reset, an unreadable answer) or a code that may mean "already done"
 * ({@code 1172}, {@code 1198}, {@code 1145}…). linepay4j reads the payment back before the call
 * returns (payment details, the request-status check or the regKey check, see the README's "When
 * things go wrong") and says what it found:
 * <table>
 *   <caption>Verdicts</caption>
 *   <tr><th>Verdict</th><th>Meaning</th><th>The caller gets</th></tr>
 *   <tr><td>{@link Verdict#DONE}</td><td>LINE Pay's books show the operation done</td>
 *       <td>the result, built from what was read back</td></tr>
 *   <tr><td>{@link Verdict#NOT_DONE}</td><td>LINE Pay's books show it not done</td>
 *       <td>the original error (an {@link LinePayError.OutcomeUnknown} carries this reconciliation; its
 *       {@link LinePayError#mayHaveBeenProcessed()} is false when the first attempt had a complete answer,
 *       true when the answer was lost and the request may still arrive), unless linepay4j could send the
 *       operation again safely and did</td></tr>
 *   <tr><td>{@link Verdict#UNKNOWN}</td><td>reading back failed, or found something that settles nothing</td>
 *       <td>an {@link LinePayError.OutcomeUnknown} carrying the original error's reason and this
 *       reconciliation</td></tr>
 * </table>
 * Every reconciliation is also reported to {@link LinePayListener#reconciled}. It holds no secret: no
 * {@code regKey}, signature, header or body, only a short finding.
 *
 * <pre>{@code
 * catch (LinePayException e) {
 *     if (e.error() instanceof LinePayError.OutcomeUnknown u && u.reconciliation().isPresent()) {
 *         log.warn("read back: {} ({})", u.reconciliation().get().verdict(), u.reconciliation().get().finding());
 *     }
 * }
 * }</pre>
 *
 * @param call          the call that was reconciled
 * @param trigger       the error that started it: an {@link LinePayError.OutcomeUnknown} or an
 *                      {@link LinePayError.ApiError} with a code that may mean "already done"
 * @param verdict       what was found
 * @param reads         how many read-back calls were made (each with its own retries)
 * @param finding       one line saying what was read and what it means, for logs
 * @param readBackError the error of the read that failed, when the verdict is {@link Verdict#UNKNOWN}
 *                      because reading back failed
 */
public record Reconciliation(CallInfo call, LinePayError trigger, Verdict verdict, int reads, String finding,
                             Optional<LinePayError> readBackError) {

    /** What reading back found. */
    public enum Verdict {
        /** The operation is done at LINE Pay: the caller gets its result. */
        DONE,
        /**
         * LINE Pay's books, read back, show the operation not done. A request whose answer was lost may
         * still be processed after the read (see {@link LinePayError.OutcomeUnknown#mayHaveBeenProcessed()}).
         */
        NOT_DONE,
        /** Reading back failed or settled nothing: the outcome stays unknown. */
        UNKNOWN
    }

    /**
     * Creates the reconciliation.
     *
     * @param call the call that was reconciled
     * @param trigger the error that started it
     * @param verdict what was found
     * @param reads how many read-back calls were made
     * @param finding one line saying what was read and what it means
     * @param readBackError the error of the read that failed, when that is why the verdict is UNKNOWN
     * @throws NullPointerException     if a part is null
     * @throws IllegalArgumentException if reads is negative
     */
    public Reconciliation {
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(readBackError, "readBackError");
        if (reads < 0) {
            throw new IllegalArgumentException("reads must not be negative, was " + reads);
        }
    }

    /**
     * The endpoint of the call that was reconciled.
     *
     * @return the endpoint
     */
    public Endpoint endpoint() {
        return call.endpoint();
    }

    /**
     * One line for logs and messages.
     *
     * @return for example {@code read back (2 reads): NOT_DONE, payment details 1150; request status AUTHENTICATED}
     */
    public String describe() {
        return "read back (" + reads + (reads == 1 ? " read" : " reads") + "): " + verdict + ", " + finding
                + readBackError.map(e -> "; the read failed: " + e.describe()).orElse("");
    }
}
