package dev.linepay4j.domain.code;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the pre-approved key check ({@code GET /v3/payments/preapprovedPay/{regKey}/check}) says about
 * a {@code regKey}, the key a customer grants for later payments without their presence.
 *
 * <p>Only answers that tell something about the key itself map to a status. Everything else (a bad
 * signature {@code 1106}, an unknown merchant {@code 1104}, a card that merely lacks funds
 * {@code 1288}, an internal error) is an ordinary error answer and maps to an empty {@link Optional}:
 * the key may still be good.
 *
 * <p>The non-{@code 0000} codes mean the same on the key payment and key expiry endpoints, so
 * {@link #of(ReturnCode)} can also read their error answers; but {@code 0000} there means "paid" or
 * "discarded", so read a {@code 0000} as {@link #USABLE} only on the check.
 *
 * <pre>{@code
 * RegKeyStatus.of(envelope.returnCode())
 *         .filter(RegKeyStatus::requiresNewKey)
 *         .ifPresent(s -> subscriptions.askCustomerToRegisterAgain(customerId));
 * }</pre>
 */
public enum RegKeyStatus {

    /** {@code 0000} on the check: the key can be used for a payment. */
    USABLE,

    /** {@code 1190}: LINE Pay knows no such key. Ask the customer to register again. */
    NOT_FOUND,

    /** {@code 1193}: the key has expired. Ask the customer to register again. */
    EXPIRED,

    /**
     * The key has been discarded by LINE Pay because of the customer's account or card: {@code 1141}
     * (account status), {@code 1282}–{@code 1287} and {@code 1290}–{@code 1295} (card authorization
     * failed, fraud suspicion, card suspended, card details missing or wrong, card expired, limits,
     * stolen, blocked, blacklisted, wrong number). LINE Pay documents these as invalidating the key; ask
     * the customer to register again.
     */
    DISCARDED,

    /**
     * {@code 1154}: the payment method registered with the key cannot be used now. LINE Pay lists this
     * code for the check but does not say the key is discarded (unlike {@code 1141}), so it is kept
     * apart: ask the customer to fix the payment method in LINE Pay; the key may work again afterwards.
     */
    METHOD_UNAVAILABLE;

    /** The codes LINE Pay lists as voiding the key (LINEPAY-API.md §4.10, §4.11, §9). */
    private static final Set<String> DISCARDING = Set.of("1141",
            "1282", "1283", "1284", "1285", "1286", "1287",
            "1290", "1291", "1292", "1293", "1294", "1295");

    /**
     * The key status an answer reports.
     *
     * @param code the {@code returnCode} of the check's answer
     * @return the status, or empty when the code says nothing about the key (an ordinary error answer,
     *         or a code not in the catalogue)
     * @throws NullPointerException if code is null
     */
    public static Optional<RegKeyStatus> of(ReturnCode code) {
        Objects.requireNonNull(code, "code");
        switch (code.code()) {
            case "0000":
                return Optional.of(USABLE);
            case "1190":
                return Optional.of(NOT_FOUND);
            case "1193":
                return Optional.of(EXPIRED);
            case "1154":
                return Optional.of(METHOD_UNAVAILABLE);
            default:
                return DISCARDING.contains(code.code()) ? Optional.of(DISCARDED) : Optional.empty();
        }
    }

    /**
     * Whether the key is gone for good and the customer has to register a new one.
     *
     * @return true for {@link #NOT_FOUND}, {@link #EXPIRED} and {@link #DISCARDED}
     */
    public boolean requiresNewKey() {
        return this == NOT_FOUND || this == EXPIRED || this == DISCARDED;
    }
}
