package dev.linepay4j.domain.payment;

import java.util.Objects;
import java.util.Optional;

/**
 * The {@code payStatus} LINE Pay reports for a confirmed payment in the payment-details answer
 * ({@code GET /v3/payments}). The constant names are the wire names.
 *
 * <pre>{@code
 * PaymentState.AUTHORIZED.payStatus();          // Optional[AUTHORIZATION]
 * PayStatus.fromWire("CAPTURE");                 // Optional[CAPTURE]
 * }</pre>
 */
public enum PayStatus {
    /** Confirmed with {@code capture=false}; not captured yet. */
    AUTHORIZATION,
    /** Captured (also after refunds: refunds show in {@code refundList}, not here). */
    CAPTURE,
    /** The authorization was voided by the merchant. */
    VOIDED_AUTHORIZATION,
    /** The authorization ran out before it was captured, and LINE Pay voided it. */
    EXPIRED_AUTHORIZATION;

    /**
     * The name LINE Pay writes in {@code payStatus}.
     *
     * @return for example {@code "VOIDED_AUTHORIZATION"}
     */
    public String wireName() {
        return name();
    }

    /**
     * The status for a {@code payStatus} value.
     *
     * @param wireName the text LINE Pay sent; compared exactly, as LINE Pay writes it in capitals
     * @return the status, or empty for a value linepay4j does not know (LINE Pay may add some)
     * @throws NullPointerException if wireName is null
     */
    public static Optional<PayStatus> fromWire(String wireName) {
        Objects.requireNonNull(wireName, "wireName");
        for (PayStatus s : values()) {
            if (s.name().equals(wireName)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
