package dev.linepay4j.testkit.sandbox;

import java.util.Objects;
import java.util.Optional;

/**
 * The endpoints the sandbox serves: the ten of the Online API, under both {@code /v3} and {@code /v4},
 * and the Offline API's ({@code OFFLINE_…}), under {@code /v2}, {@code /v2.4} and {@code /v4}. Faults name
 * them by {@link #wireName()}; the books count calls per endpoint.
 *
 * <p>{@code GET /v4/payments} is one endpoint for Online and Offline API v4 alike, as LINE Pay documents
 * the same path for both: {@link #DETAILS}. {@link #OFFLINE_DETAILS} is {@code GET /v2/payments} and
 * {@code GET /v2.4/payments}.
 *
 * <pre>{@code
 * sandbox.inject(Fault.of(FaultKind.CONNECTION_RESET, SandboxEndpoint.CONFIRM));
 * SandboxEndpoint.fromWire("regkey-pay");   // Optional[REGKEY_PAY]
 * SandboxEndpoint.fromWire("offline-pay");  // Optional[OFFLINE_PAY]
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
    REGKEY_EXPIRE("regkey-expire"),
    /** Offline: {@code POST /vN/payments/oneTimeKeys/pay}. */
    OFFLINE_PAY("offline-pay"),
    /** Offline: {@code GET /vN/payments/orders/{orderId}/check}. */
    OFFLINE_CHECK("offline-check"),
    /** Offline: {@code POST /vN/payments/orders/{orderId}/capture}. */
    OFFLINE_CAPTURE("offline-capture"),
    /** Offline: {@code POST /vN/payments/orders/{orderId}/void}. */
    OFFLINE_VOID("offline-void"),
    /** Offline: {@code POST /vN/payments/orders/{orderId}/refund}. */
    OFFLINE_REFUND("offline-refund"),
    /** Offline: {@code GET /vN/payments/authorizations?orderId=…|transactionId=…}. */
    OFFLINE_AUTHORIZATIONS("offline-authorizations"),
    /** Offline v2 and v2.4: {@code GET /vN/payments?orderId=…|transactionId=…} (v4's is {@link #DETAILS}). */
    OFFLINE_DETAILS("offline-details");

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
     * Whether the endpoint belongs to the Offline API.
     *
     * @return true for the {@code OFFLINE_…} endpoints
     */
    public boolean isOffline() {
        return wireName.startsWith("offline-");
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
