package dev.linepay4j.domain.code;

import java.util.Objects;
import java.util.Optional;

/**
 * What the payment-request status check ({@code GET /v3/payments/requests/{transactionId}/check})
 * reports about a payment request. That endpoint answers with a status code instead of {@code info},
 * and reads {@code 0000} differently from every other endpoint: there it means "not yet
 * authenticated", not "done".
 *
 * <pre>{@code
 * Optional<RequestStatus> status = RequestStatus.of(envelope.returnCode());
 * if (status.isEmpty()) {
 *     // 1104, 9000...: the check itself failed; handle it as an error answer
 * } else if (status.get() == RequestStatus.AUTHENTICATED) {
 *     // call confirm
 * }
 * }</pre>
 */
public enum RequestStatus {

    /**
     * {@code 0000}: the customer has not finished authenticating in LINE Pay yet. Check again later
     * (LINE Pay asks for at least a second between checks); do not confirm yet.
     */
    NOT_YET_AUTHENTICATED(ReturnCode.SUCCESS, false),

    /** {@code 0110}: the customer has authenticated. Confirm the payment now. */
    AUTHENTICATED(ReturnCode.of("0110"), false),

    /**
     * {@code 0121}: the customer cancelled, or the time to authenticate (about 20 minutes) ran out. The
     * request is over; start a new payment request if the customer still wants to pay.
     */
    CANCELLED_OR_EXPIRED(ReturnCode.of("0121"), true),

    /** {@code 0122}: the payment failed. The request is over; start a new one to try again. */
    FAILED(ReturnCode.of("0122"), true),

    /**
     * {@code 0123}: the payment is complete (it has been confirmed already, perhaps by an earlier
     * confirm whose answer was lost). Do not confirm again; read the payment details if you need them.
     */
    COMPLETED(ReturnCode.of("0123"), true);

    private final ReturnCode returnCode;
    private final boolean terminal;

    RequestStatus(ReturnCode returnCode, boolean terminal) {
        this.returnCode = returnCode;
        this.terminal = terminal;
    }

    /**
     * The status a request-status check answer reports.
     *
     * @param code the {@code returnCode} of the check's answer
     * @return the status, or empty when the code is not a status (an error answer such as {@code 1104}
     *         or {@code 9000}, or a code not in the catalogue)
     * @throws NullPointerException if code is null
     */
    public static Optional<RequestStatus> of(ReturnCode code) {
        Objects.requireNonNull(code, "code");
        for (RequestStatus s : values()) {
            if (s.returnCode.equals(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * The code LINE Pay sends for this status.
     *
     * @return the catalogued code, such as {@code 0110} for {@link #AUTHENTICATED}
     */
    public ReturnCode returnCode() {
        return returnCode;
    }

    /**
     * Whether the request has reached its end: checking again will report the same status.
     *
     * @return true for {@link #CANCELLED_OR_EXPIRED}, {@link #FAILED} and {@link #COMPLETED}
     */
    public boolean isFinal() {
        return terminal;
    }
}
