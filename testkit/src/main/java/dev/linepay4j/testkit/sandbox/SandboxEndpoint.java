package dev.linepay4j.testkit.sandbox;

import java.util.Objects;
import java.util.Optional;

/**
 * The ten Online API endpoints the sandbox serves, under both {@code /v3} and {@code /v4}. Faults name
 * them by {@link #wireName()}; the books count calls per endpoint.
 *
 * <pre>{@code
 * sandbox.inject(Fault.of(FaultKind.CONNECTION_RESET, SandboxEndpoint.CONFIRM));
 * SandboxEndpoint.fromWire("regkey-pay");   // Optional[REGKEY_PAY]
 * }</pre>
 */
public enum SandboxEndpoint {
    /** {@code POST /vN/payments/request}. */
    REQUEST("request"),
    /** {@code GET /vN/payments/requests/{transactionId}/check}. */
    CHECK("check"),
    /** {@code POST /vN/payments/{transactionId}/confirm}. */
    CONFIRM("confirm"),
    /** {@code POST /vN/payments/authorizations/{transactionId}/capture}. */
    CAPTURE("capture"),
    /** {@code POST /vN/payments/authorizations/{transactionId}/void}. */
    VOID("void"),
    /** {@code POST /vN/payments/{transactionId}/refund}. */
    REFUND("refund"),
    /** {@code GET /vN/payments?transactionId=…&orderId=…}. */
    DETAILS("details"),
    /** {@code GET /vN/payments/preapprovedPay/{regKey}/check}. */
    REGKEY_CHECK("regkey-check"),
    /** {@code POST /vN/payments/preapprovedPay/{regKey}/payment}. */
    REGKEY_PAY("regkey-pay"),
    /** {@code POST /vN/payments/preapprovedPay/{regKey}/expire}. */
    REGKEY_EXPIRE("regkey-expire");

    private final String wireName;

    SandboxEndpoint(String wireName) {
        this.wireName = wireName;
    }

    /**
     * The name used in the control API's fault JSON ({@code "endpoint": "regkey-pay"}).
     *
     * @return the lower-case name
     */
    public String wireName() {
        return wireName;
    }

    /**
     * The endpoint with a wire name.
     *
     * @param wireName such as {@code "confirm"}; compared exactly
     * @return the endpoint, or empty for an unknown name
     */
    public static Optional<SandboxEndpoint> fromWire(String wireName) {
        Objects.requireNonNull(wireName, "wireName");
        for (SandboxEndpoint e : values()) {
            if (e.wireName.equals(wireName)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
