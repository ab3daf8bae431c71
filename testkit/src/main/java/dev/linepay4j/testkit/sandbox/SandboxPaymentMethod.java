package dev.linepay4j.testkit.sandbox;

import java.util.Objects;
import java.util.Optional;

/**
 * How the customer whose My Code the sandbox issues pays, as LINE Pay's sandbox generator lets one choose
 * ({@code paymentMethod=balance|card}); the payment's {@code payInfo[].method} follows it.
 *
 * <pre>{@code
 * OneTimeKey key = sandbox.issueOneTimeKey(OneTimeKey.Country.TW, SandboxPaymentMethod.CARD);
 * SandboxPaymentMethod.fromWire("card");   // Optional[CARD]
 * }</pre>
 */
public enum SandboxPaymentMethod {
    /** The customer's LINE Pay balance: {@code payInfo[].method} {@code BALANCE}. */
    BALANCE("balance", "BALANCE"),
    /** A credit card: {@code payInfo[].method} {@code CREDIT_CARD}. */
    CARD("card", "CREDIT_CARD"),
    /** LINE Points: {@code payInfo[].method} {@code POINT}. */
    POINT("point", "POINT");

    private final String wireName;
    private final String payInfoMethod;

    SandboxPaymentMethod(String wireName, String payInfoMethod) {
        this.wireName = wireName;
        this.payInfoMethod = payInfoMethod;
    }

    /**
     * The name in the control API's JSON ({@code "paymentMethod": "card"}).
     *
     * @return the lower-case name
     */
    public String wireName() {
        return wireName;
    }

    /**
     * What LINE Pay writes in {@code payInfo[].method} for a payment made this way.
     *
     * @return {@code BALANCE}, {@code CREDIT_CARD} or {@code POINT}
     */
    public String payInfoMethod() {
        return payInfoMethod;
    }

    /**
     * The method with a control-API name.
     *
     * @param wireName such as {@code "balance"}; compared exactly
     * @return the method, or empty for an unknown name
     */
    public static Optional<SandboxPaymentMethod> fromWire(String wireName) {
        Objects.requireNonNull(wireName, "wireName");
        for (SandboxPaymentMethod m : values()) {
            if (m.wireName.equals(wireName)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
