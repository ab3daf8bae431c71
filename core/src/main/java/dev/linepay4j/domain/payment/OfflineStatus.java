package dev.linepay4j.domain.payment;

import java.util.Objects;
import java.util.Optional;

/**
 * The {@code status} the Offline API's status check ({@code GET /v2/payments/orders/{orderId}/check})
 * reports for an order paid with a My Code. The constant names are the wire names.
 *
 * <p>LINE Pay's pages disagree on the list: the integration guide names {@code AUTH_READY},
 * {@code COMPLETE}, {@code CANCEL} and {@code FAIL}, an SDK in production {@code COMPLETE}, {@code FAIL}
 * and {@code REFUND} (LINEPAY-API.md §6.2, §13). linepay4j knows all five and reads any other value as
 * unknown, keeping its text. The meanings below are linepay4j's reading, which the testkit's sandbox
 * follows.
 *
 * <pre>{@code
 * OfflineStatus.fromWire("COMPLETE");            // Optional[COMPLETE]
 * OfflineStatus.COMPLETE.paymentWentThrough();   // true
 * }</pre>
 */
public enum OfflineStatus {
    /** The payment is authorized ({@code capture=false}) and waits to be captured or voided. */
    AUTH_READY,
    /** The payment is complete: the money is taken (some of it may have been refunded since). */
    COMPLETE,
    /** The authorization was voided, by the merchant or because it ran out; no money was taken. */
    CANCEL,
    /** The payment failed; no money was taken. */
    FAIL,
    /** The payment was refunded in full. */
    REFUND;

    /**
     * Whether the pay call that made the order took effect: the customer was charged (or, for an
     * authorization, the money is held), whatever happened to the payment afterwards.
     *
     * @return true for {@link #AUTH_READY}, {@link #COMPLETE} and {@link #REFUND}
     */
    public boolean paymentWentThrough() {
        return this == AUTH_READY || this == COMPLETE || this == REFUND;
    }

    /**
     * The name LINE Pay writes in {@code status}.
     *
     * @return for example {@code "AUTH_READY"}
     */
    public String wireName() {
        return name();
    }

    /**
     * The status for a {@code status} value.
     *
     * @param wireName the text LINE Pay sent; compared exactly, as LINE Pay writes it in capitals
     * @return the status, or empty for a value linepay4j does not know
     * @throws NullPointerException if wireName is null
     */
    public static Optional<OfflineStatus> fromWire(String wireName) {
        Objects.requireNonNull(wireName, "wireName");
        for (OfflineStatus s : values()) {
            if (s.name().equals(wireName)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
