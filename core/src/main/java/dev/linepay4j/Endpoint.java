package dev.linepay4j;

import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.spi.HttpMethod;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The LINE Pay operations this client calls, each with its HTTP method, its path (after the version
 * prefix), the read timeout LINE Pay documents for it, and whether it changes anything at LINE Pay.
 * Every error and every listener event names the endpoint it happened on.
 *
 * <p>Default read timeouts (LINEPAY-API.md §7). Where LINE Pay's current pages and its legacy pages or
 * the SDKs in production use differ, the larger value is taken: a read timeout shorter than LINE Pay's
 * own processing time turns a payment that went through into an unknown outcome.
 * <table>
 *   <caption>Default read timeouts</caption>
 *   <tr><th>Endpoint</th><th>Default</th><th>Why</th></tr>
 *   <tr><td>{@link #REQUEST}</td><td>20 s</td><td>current pages say at least 10 s; legacy pages and SDKs 20 s</td></tr>
 *   <tr><td>{@link #CONFIRM}</td><td>40 s</td><td>every source</td></tr>
 *   <tr><td>{@link #CAPTURE}</td><td>60 s</td><td>every source</td></tr>
 *   <tr><td>{@link #VOID}</td><td>20 s</td><td>every source</td></tr>
 *   <tr><td>{@link #REFUND}</td><td>20 s</td><td>every source</td></tr>
 *   <tr><td>{@link #PAYMENT_DETAILS}</td><td>60 s</td><td>current pages 20 s; legacy pages 60 s</td></tr>
 *   <tr><td>{@link #CHECK_REQUEST_STATUS}</td><td>20 s</td><td>every source</td></tr>
 *   <tr><td>{@link #CHECK_REG_KEY}</td><td>20 s</td><td>every source</td></tr>
 *   <tr><td>{@link #PAY_PREAPPROVED}</td><td>40 s</td><td>current pages 20 s; legacy pages and SDKs 40 s</td></tr>
 *   <tr><td>{@link #EXPIRE_REG_KEY}</td><td>20 s</td><td>every source</td></tr>
 *   <tr><td>{@link #RAW}</td><td>60 s</td><td>an unknown path gets the longest documented timeout</td></tr>
 *   <tr><td>{@link #OFFLINE_PAY}</td><td>40 s</td><td>current pages 40 s; the legacy page 20 s</td></tr>
 *   <tr><td>the other {@code OFFLINE_…}</td><td>20 s</td><td>every source</td></tr>
 * </table>
 * The connect timeout is 5 s for every endpoint, as LINE Pay's SDKs use. Both can be changed per
 * client ({@link LinePay.Builder#readTimeout(Endpoint, Duration)}) and per call
 * ({@link CallOptions}).
 *
 * <pre>{@code
 * Endpoint.CONFIRM.path(ApiVersion.ONLINE_V4);   // "/v4/payments/{transactionId}/confirm"
 * Endpoint.CONFIRM.defaultReadTimeout();         // PT40S
 * Endpoint.OFFLINE_PAY.path(ApiVersion.OFFLINE_V2_4);   // "/v2.4/payments/oneTimeKeys/pay"
 * }</pre>
 *
 * <p>The {@code OFFLINE_…} endpoints belong to the Offline API (My Code payments, {@link OfflinePayments}),
 * under {@code /v2}, {@code /v2.4} and {@code /v4}; the others to the Online API, under {@code /v3} and
 * {@code /v4}. {@link #isOffline()} tells them apart.
 */
public enum Endpoint {

    /** Request a payment: {@code POST /v3/payments/request}. */
    REQUEST(HttpMethod.POST, "/payments/request", 20, true),

    /** Confirm a payment the customer approved: {@code POST /v3/payments/{transactionId}/confirm}. */
    CONFIRM(HttpMethod.POST, "/payments/{transactionId}/confirm", 40, true),

    /** Capture an authorized payment: {@code POST /v3/payments/authorizations/{transactionId}/capture}. */
    CAPTURE(HttpMethod.POST, "/payments/authorizations/{transactionId}/capture", 60, true),

    /** Void an authorized, uncaptured payment: {@code POST /v3/payments/authorizations/{transactionId}/void}. */
    VOID(HttpMethod.POST, "/payments/authorizations/{transactionId}/void", 20, true),

    /** Refund a captured payment, fully or in part: {@code POST /v3/payments/{transactionId}/refund}. */
    REFUND(HttpMethod.POST, "/payments/{transactionId}/refund", 20, true),

    /** Read payments by transaction or order id: {@code GET /v3/payments}. */
    PAYMENT_DETAILS(HttpMethod.GET, "/payments", 60, false),

    /** Ask whether the customer has approved a request: {@code GET /v3/payments/requests/{transactionId}/check}. */
    CHECK_REQUEST_STATUS(HttpMethod.GET, "/payments/requests/{transactionId}/check", 20, false),

    /** Ask whether a pre-approved key can be used: {@code GET /v3/payments/preapprovedPay/{regKey}/check}. */
    CHECK_REG_KEY(HttpMethod.GET, "/payments/preapprovedPay/{regKey}/check", 20, false),

    /** Charge a pre-approved key: {@code POST /v3/payments/preapprovedPay/{regKey}/payment}. */
    PAY_PREAPPROVED(HttpMethod.POST, "/payments/preapprovedPay/{regKey}/payment", 40, true),

    /** Discard a pre-approved key: {@code POST /v3/payments/preapprovedPay/{regKey}/expire}. */
    EXPIRE_REG_KEY(HttpMethod.POST, "/payments/preapprovedPay/{regKey}/expire", 20, true),

    /**
     * A raw call to a path the typed API lacks ({@link LinePay#raw(RawRequest)}): method and path are the
     * caller's. A raw POST is taken to change state (an answer that cannot be read is an unknown outcome);
     * a raw GET is taken to be a read.
     */
    RAW(null, "{apiPath}", 60, true),

    /** Pay with the customer's My Code (Offline API): {@code POST /v2/payments/oneTimeKeys/pay}. */
    OFFLINE_PAY(HttpMethod.POST, "/payments/oneTimeKeys/pay", 40, true, true),

    /** Ask what became of an order's payment (Offline API): {@code GET /v2/payments/orders/{orderId}/check}. */
    OFFLINE_CHECK_PAYMENT_STATUS(HttpMethod.GET, "/payments/orders/{orderId}/check", 20, false, true),

    /** Capture an authorized order (Offline API): {@code POST /v2/payments/orders/{orderId}/capture}. */
    OFFLINE_CAPTURE(HttpMethod.POST, "/payments/orders/{orderId}/capture", 20, true, true),

    /** Void an authorized, uncaptured order (Offline API): {@code POST /v2/payments/orders/{orderId}/void}. */
    OFFLINE_VOID(HttpMethod.POST, "/payments/orders/{orderId}/void", 20, true, true),

    /** Refund a captured order, fully or in part (Offline API): {@code POST /v2/payments/orders/{orderId}/refund}. */
    OFFLINE_REFUND(HttpMethod.POST, "/payments/orders/{orderId}/refund", 20, true, true),

    /** Read authorizations by order or transaction id (Offline API): {@code GET /v2/payments/authorizations}. */
    OFFLINE_AUTHORIZATION_DETAILS(HttpMethod.GET, "/payments/authorizations", 20, false, true),

    /** Read payments by order or transaction id (Offline API): {@code GET /v2/payments}. */
    OFFLINE_PAYMENT_DETAILS(HttpMethod.GET, "/payments", 20, false, true);

    private final HttpMethod method;
    private final String pathTemplate;
    private final Duration defaultReadTimeout;
    private final boolean changesState;
    private final boolean offline;

    Endpoint(HttpMethod method, String pathTemplate, int readTimeoutSeconds, boolean changesState) {
        this(method, pathTemplate, readTimeoutSeconds, changesState, false);
    }

    Endpoint(HttpMethod method, String pathTemplate, int readTimeoutSeconds, boolean changesState, boolean offline) {
        this.method = method;
        this.pathTemplate = pathTemplate;
        this.defaultReadTimeout = Duration.ofSeconds(readTimeoutSeconds);
        this.changesState = changesState;
        this.offline = offline;
    }

    /** The connect timeout used unless the client or the call sets another: 5 s. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);

    /**
     * The HTTP method.
     *
     * @return GET or POST; empty for {@link #RAW}, whose method each call gives
     */
    public Optional<HttpMethod> method() {
        return Optional.ofNullable(method);
    }

    /**
     * The path after the version prefix, with placeholders.
     *
     * @return for example {@code /payments/{transactionId}/confirm}; {@code {apiPath}} for {@link #RAW}
     */
    public String pathTemplate() {
        return pathTemplate;
    }

    /**
     * The path for an API version, with placeholders.
     *
     * @param version a version of the API the endpoint belongs to
     * @return for example {@code /v4/payments/{transactionId}/confirm}; {@code {apiPath}} for {@link #RAW}
     * @throws IllegalArgumentException if the endpoint does not exist in that version: an Online API endpoint
     *                                  with an Offline API version, or the other way round
     */
    public String path(ApiVersion version) {
        Objects.requireNonNull(version, "version");
        if (this == RAW) {
            return pathTemplate;
        }
        if (version.isOnline() == offline) {
            throw new IllegalArgumentException(this + " is an " + (offline ? "Offline" : "Online") + " API endpoint; "
                    + version + " does not have it");
        }
        return version.pathPrefix() + pathTemplate;
    }

    /**
     * Whether the endpoint belongs to the Offline API (My Code payments) rather than the Online API.
     *
     * @return true for the {@code OFFLINE_…} endpoints
     */
    public boolean isOffline() {
        return offline;
    }

    /**
     * The read timeout used unless the client or the call sets another (see the table above).
     *
     * @return a positive duration
     */
    public Duration defaultReadTimeout() {
        return defaultReadTimeout;
    }

    /**
     * Whether a call can change something at LINE Pay: create, confirm, capture, void or refund a payment,
     * charge or discard a key. For such calls an answer that cannot be read (not HTTP 200, not JSON, no code,
     * wrong shape) is an {@link LinePayError.OutcomeUnknown}: LINE Pay may have acted on the request. For
     * reads it is a {@link LinePayError.ProtocolError}: nothing changed, and reading again is safe. (An answer
     * lost after sending, a read timeout say, is an unknown outcome on every endpoint.)
     *
     * @return false for {@link #PAYMENT_DETAILS}, {@link #CHECK_REQUEST_STATUS}, {@link #CHECK_REG_KEY},
     *         {@link #OFFLINE_CHECK_PAYMENT_STATUS}, {@link #OFFLINE_AUTHORIZATION_DETAILS} and
     *         {@link #OFFLINE_PAYMENT_DETAILS}; true for the others (a raw GET is still a read, see {@link #RAW})
     */
    public boolean changesState() {
        return changesState;
    }
}
