package dev.linepay4j;

import dev.linepay4j.domain.OrderId;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.spi.HttpMethod;
import java.util.Objects;
import java.util.Optional;

/**
 * Which call an error or a listener event is about: the endpoint, the method and API path, and the ids
 * of the payment it concerns. It names the call without giving anything away: the path never holds a
 * query, and a pre-approved key ({@code regKey}) in a path is shown as {@code {regKey}}, as LINE Pay's
 * documentation writes it, because the key lets its holder charge the customer.
 *
 * <pre>{@code
 * catch (LinePayException e) {
 *     CallInfo call = e.error().call();
 *     log.warn("{} failed for order {}", call.endpoint(), call.orderId().orElse(null));
 * }
 * }</pre>
 *
 * @param endpoint      the endpoint
 * @param method        the HTTP method
 * @param path          the API path as sent, without query, a {@code regKey} shown as {@code {regKey}}
 * @param transactionId the transaction the call concerns, when it names exactly one
 * @param orderId       the order the call concerns, when it names exactly one
 */
public record CallInfo(Endpoint endpoint, HttpMethod method, String path, Optional<TransactionId> transactionId,
                       Optional<OrderId> orderId) {

    /**
     * Creates the description.
     *
     * @param endpoint the endpoint
     * @param method the HTTP method
     * @param path the API path as sent, without query, a regKey shown as {@code {regKey}}
     * @param transactionId the transaction the call concerns, when it names exactly one
     * @param orderId the order the call concerns, when it names exactly one
     * @throws NullPointerException if a part is null
     */
    public CallInfo {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(orderId, "orderId");
    }

    /**
     * The ids, as messages show them.
     *
     * @return for example {@code transactionId=2023042201206549310, orderId=A-1}; empty when there are none
     */
    public String ids() {
        StringBuilder b = new StringBuilder();
        transactionId.ifPresent(id -> b.append("transactionId=").append(id));
        orderId.ifPresent(id -> b.append(b.length() > 0 ? ", " : "").append("orderId=").append(printable(id.value())));
        return b.toString();
    }

    /** For example {@code CONFIRM POST /v3/payments/2023042201206549310/confirm (transactionId=2023042201206549310)}. */
    @Override
    public String toString() {
        String ids = ids();
        return endpoint + " " + method + " " + path + (ids.isEmpty() ? "" : " (" + ids + ")");
    }

    /** Order ids hold no control characters (OrderId refuses them); this only bounds the length shown. */
    private static String printable(String s) {
        return s.length() > 100 ? s.substring(0, 100) + "…" : s;
    }
}
