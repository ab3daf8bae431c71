package dev.linepay4j.spi;

import java.time.Duration;
import java.util.Objects;

/**
 * How a transport is set up when it is created: its default connect timeout and the largest response
 * body it accepts. Per-call timeouts travel in each {@link HttpRequest}.
 *
 * <pre>{@code
 * TransportSettings settings = TransportSettings.defaults().withMaxResponseBytes(2 * 1024 * 1024);
 * }</pre>
 *
 * @param connectTimeout   how long opening a connection may take
 * @param maxResponseBytes the largest response body accepted; larger ones fail with
 *                         {@link TransportException.Kind#RESPONSE_TOO_LARGE}
 * @param maxConnections   the most connections kept open at once (pool size)
 */
public record TransportSettings(Duration connectTimeout, int maxResponseBytes, int maxConnections) {

    /** LINE Pay's answers are small; a megabyte leaves room for 100 detailed transactions. */
    public static final int DEFAULT_MAX_RESPONSE_BYTES = 1024 * 1024;

    /**
     * Creates settings.
     *
     * @param connectTimeout how long opening a connection may take
     * @param maxResponseBytes the largest response body accepted; larger ones fail with {@link TransportException.Kind#RESPONSE_TOO_LARGE}
     * @param maxConnections the most connections kept open at once (pool size)
     * @throws IllegalArgumentException if a value is not positive
     */
    public TransportSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("connectTimeout must be positive");
        }
        if (maxResponseBytes <= 0 || maxConnections <= 0) {
            throw new IllegalArgumentException("maxResponseBytes and maxConnections must be positive");
        }
    }

    /**
     * Connect timeout 5 s, responses up to 1 MiB, 64 connections.
     *
     * @return the defaults
     */
    public static TransportSettings defaults() {
        return new TransportSettings(Duration.ofSeconds(5), DEFAULT_MAX_RESPONSE_BYTES, 64);
    }

    /**
     * A copy with another response cap.
     *
     * @param bytes the cap
     * @return the new settings
     */
    public TransportSettings withMaxResponseBytes(int bytes) {
        return new TransportSettings(connectTimeout, bytes, maxConnections);
    }

    /**
     * A copy with another connect timeout.
     *
     * @param timeout the timeout
     * @return the new settings
     */
    public TransportSettings withConnectTimeout(Duration timeout) {
        return new TransportSettings(timeout, maxResponseBytes, maxConnections);
    }

    /**
     * A copy with another pool size.
     *
     * @param connections the most connections at once
     * @return the new settings
     */
    public TransportSettings withMaxConnections(int connections) {
        return new TransportSettings(connectTimeout, maxResponseBytes, connections);
    }
}
