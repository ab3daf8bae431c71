package dev.linepay4j.internal;

import dev.linepay4j.Endpoint;
import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.domain.TransactionId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The Online API paths of one API version, made once per client instead of once per call: a confirm's
 * path is then one string made from its two fixed parts and the id's digits, with no intermediate text.
 *
 * <pre>{@code
 * OnlinePaths paths = new OnlinePaths(ApiVersion.ONLINE_V3);
 * paths.of(Endpoint.REQUEST);                                                  // "/v3/payments/request"
 * paths.withTransactionId(Endpoint.CONFIRM, TransactionId.of(2026112204412563051L));
 *                                                // "/v3/payments/2026112204412563051/confirm"
 * }</pre>
 */
final class OnlinePaths {

    private static final String TRANSACTION_ID = "{transactionId}";

    private final ApiVersion version;
    private final Map<Endpoint, String> paths = new EnumMap<>(Endpoint.class);
    private final Map<Endpoint, String> beforeId = new EnumMap<>(Endpoint.class);
    private final Map<Endpoint, String> afterId = new EnumMap<>(Endpoint.class);

    /**
     * Makes the paths of every Online API endpoint the version has; none for an Offline API version.
     *
     * @param version the API version
     */
    OnlinePaths(ApiVersion version) {
        this.version = Objects.requireNonNull(version, "version");
        if (!version.isOnline()) {
            return;
        }
        for (Endpoint e : Endpoint.values()) {
            if (e.isOffline() || e == Endpoint.RAW) {
                continue;
            }
            String path = e.path(version);
            paths.put(e, path);
            int at = path.indexOf(TRANSACTION_ID);
            if (at >= 0) {
                beforeId.put(e, path.substring(0, at));
                afterId.put(e, path.substring(at + TRANSACTION_ID.length()));
            }
        }
    }

    /**
     * An endpoint's path template.
     *
     * @param endpoint the endpoint
     * @return its path under this version, placeholders included
     * @throws IllegalArgumentException as {@link Endpoint#path(ApiVersion)} when the version does not have it
     */
    String of(Endpoint endpoint) {
        String path = paths.get(endpoint);
        return path != null ? path : endpoint.path(version);
    }

    /**
     * An endpoint's path with a transaction id in its place.
     *
     * @param endpoint an endpoint whose path holds {@code {transactionId}}
     * @param id       the id
     * @return the path, as sent and signed
     * @throws IllegalArgumentException when the version does not have the endpoint, or its path has no id
     */
    String withTransactionId(Endpoint endpoint, TransactionId id) {
        String before = beforeId.get(endpoint);
        if (before == null) {
            String template = of(endpoint);
            if (!template.contains(TRANSACTION_ID)) {
                throw new IllegalArgumentException(endpoint + "'s path " + template + " holds no transaction id");
            }
            return template.replace(TRANSACTION_ID, id.toString());
        }
        // The id's digits as TransactionId.toString() writes them, made straight into the one string.
        return before + id.value() + afterId.get(endpoint);
    }

    /** The version only. */
    @Override
    public String toString() {
        return "OnlinePaths[" + version + "]";
    }
}
