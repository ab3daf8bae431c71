package dev.linepay4j.internal;

import dev.linepay4j.Endpoint;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The timeouts of one client: a read timeout per endpoint (the client's override, else the endpoint's
 * documented default) and one connect timeout.
 *
 * <pre>{@code
 * Timeouts timeouts = new Timeouts(Map.of(Endpoint.CONFIRM, Duration.ofSeconds(60)), Duration.ofSeconds(5));
 * timeouts.read(Endpoint.CONFIRM);   // PT1M
 * timeouts.read(Endpoint.REFUND);    // PT20S, the default
 * }</pre>
 */
public final class Timeouts {

    private final Map<Endpoint, Duration> read = new EnumMap<>(Endpoint.class);
    private final Duration connect;

    /**
     * Creates the timeouts.
     *
     * @param overrides read timeouts that replace the defaults, per endpoint
     * @param connect   the connect timeout
     */
    public Timeouts(Map<Endpoint, Duration> overrides, Duration connect) {
        for (Endpoint e : Endpoint.values()) {
            read.put(e, overrides.getOrDefault(e, e.defaultReadTimeout()));
        }
        this.connect = Objects.requireNonNull(connect, "connect");
    }

    /**
     * The read timeout of an endpoint.
     *
     * @param endpoint the endpoint
     * @return the client's timeout for it
     */
    public Duration read(Endpoint endpoint) {
        return read.get(endpoint);
    }

    /**
     * The connect timeout.
     *
     * @return the client's connect timeout
     */
    public Duration connect() {
        return connect;
    }

    /** Every read timeout and the connect timeout. */
    @Override
    public String toString() {
        return "Timeouts[read=" + read + ", connect=" + connect + "]";
    }
}
