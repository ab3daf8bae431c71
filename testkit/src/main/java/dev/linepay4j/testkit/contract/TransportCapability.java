package dev.linepay4j.testkit.contract;

/**
 * Abilities an {@link dev.linepay4j.spi.HttpTransport} may lack. An adapter declares what it has in
 * {@link HttpTransportContract#capabilities()}; the tests that need a missing ability show as skipped,
 * never as silently absent.
 */
public enum TransportCapability {
    /** {@code sendAsync} runs on the library's own asynchronous machinery and never blocks the caller. */
    NATIVE_ASYNC,
    /** Keeps connections alive and sends later requests over them. */
    CONNECTION_REUSE,
    /** Refuses response bodies above {@link dev.linepay4j.spi.TransportSettings#maxResponseBytes()}. */
    RESPONSE_SIZE_CAP
}
