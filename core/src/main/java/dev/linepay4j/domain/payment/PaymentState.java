package dev.linepay4j.domain.payment;

import dev.linepay4j.domain.code.ReturnCode;
import java.util.Optional;

/**
 * Where an online payment is in its life, from the reservation ({@code POST /v3/payments/request}) to
 * its end. {@link PaymentMachine} says which events move a payment between these states.
 *
 * <pre>{@code
 * PaymentState.REQUESTED.isTerminal();              // false
 * PaymentState.AUTHENTICATED.requestStatus();       // 0110: the customer approved, call confirm
 * PaymentState.CAPTURED.payStatus();                // Optional[CAPTURE]
 * }</pre>
 */
public enum PaymentState {
    /** Reserved; waiting for the customer to approve it in LINE Pay. */
    REQUESTED(false, false, "0000"),
    /** The customer approved it in LINE Pay; the merchant may now call confirm. */
    AUTHENTICATED(false, false, "0110"),
    /** Confirmed with {@code options.payment.capture=false}: the money is held, not taken yet. */
    AUTHORIZED(false, true, "0123"),
    /** The money is taken: confirmed with capture, or captured after authorization. */
    CAPTURED(false, true, "0123"),
    /** Part of the captured amount was refunded; the rest can still be refunded. */
    PARTIALLY_REFUNDED(false, true, "0123"),
    /** The whole captured amount was refunded. */
    REFUNDED(true, true, "0123"),
    /** The customer cancelled on LINE Pay's payment page. */
    CANCELLED(true, false, "0121"),
    /** The customer never approved it in time (legacy documents: 20 minutes). */
    EXPIRED(true, false, "0121"),
    /** The payment failed before it was confirmed (for example after a too early confirm). */
    FAILED(true, false, "0122"),
    /** The merchant voided the authorization; no money was taken. */
    VOIDED(true, true, "0123"),
    /** The authorization ran out before capture and LINE Pay voided it; no money was taken. */
    AUTHORIZATION_EXPIRED(true, true, "0123");

    private final boolean terminal;
    private final boolean confirmed;
    private final String requestStatus;

    PaymentState(boolean terminal, boolean confirmed, String requestStatus) {
        this.terminal = terminal;
        this.confirmed = confirmed;
        this.requestStatus = requestStatus;
    }

    /**
     * Whether the payment's life is over: every further event is refused and changes nothing.
     *
     * @return true for {@link #REFUNDED}, {@link #CANCELLED}, {@link #EXPIRED}, {@link #FAILED},
     *         {@link #VOIDED} and {@link #AUTHORIZATION_EXPIRED}
     */
    public boolean isTerminal() {
        return terminal;
    }

    /**
     * Whether confirm succeeded at some point, so that the payment has its {@link TransactionType#PAYMENT}
     * transaction and appears in the payment details.
     *
     * @return true from {@link #AUTHORIZED} or {@link #CAPTURED} on, including the states after them
     */
    public boolean isConfirmed() {
        return confirmed;
    }

    /**
     * What the request-status check ({@code GET /v3/payments/requests/{transactionId}/check}) answers
     * in this state. Note that {@code 0000} there means "not authenticated yet", not success.
     *
     * <p>Every state after a successful confirm answers {@code 0123} ("payment completed"): the check
     * is about the customer's part, which is over once confirm went through. A void, capture or refund
     * afterwards does not change that answer as far as the documentation says.
     *
     * @return {@code 0000} requested, {@code 0110} authenticated, {@code 0121} cancelled or expired,
     *         {@code 0122} failed, {@code 0123} confirmed
     */
    public ReturnCode requestStatus() {
        return ReturnCode.of(requestStatus);
    }

    /**
     * The {@code payStatus} the payment-details answer shows in this state.
     *
     * @return {@link PayStatus#AUTHORIZATION}, {@link PayStatus#CAPTURE} (also once refunded),
     *         {@link PayStatus#VOIDED_AUTHORIZATION} or {@link PayStatus#EXPIRED_AUTHORIZATION}; empty
     *         before confirm, because LINE Pay then has no payment to show (details answer {@code 1150})
     */
    public Optional<PayStatus> payStatus() {
        // A switch expression without default: a new state does not compile until it says its status.
        return switch (this) {
            case REQUESTED, AUTHENTICATED, CANCELLED, EXPIRED, FAILED -> Optional.empty();
            case AUTHORIZED -> Optional.of(PayStatus.AUTHORIZATION);
            case CAPTURED, PARTIALLY_REFUNDED, REFUNDED -> Optional.of(PayStatus.CAPTURE);
            case VOIDED -> Optional.of(PayStatus.VOIDED_AUTHORIZATION);
            case AUTHORIZATION_EXPIRED -> Optional.of(PayStatus.EXPIRED_AUTHORIZATION);
        };
    }
}
