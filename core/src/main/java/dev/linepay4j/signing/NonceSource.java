package dev.linepay4j.signing;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Supplies the {@code X-LINE-Authorization-Nonce}: a one-time value that makes each signature unique.
 * LINE Pay accepts a UUID (version 1 or 4) or a timestamp. Implementations are thread-safe and never
 * return the same value twice.
 *
 * <pre>{@code
 * NonceSource nonces = NonceSource.uuidV4();            // the default
 * NonceSource clockBased = NonceSource.timestamp(Clock.systemUTC());
 * }</pre>
 */
@FunctionalInterface
public interface NonceSource {

    /**
     * The next nonce.
     *
     * @return a value never returned before by this source
     */
    String next();

    /**
     * Random UUIDs (version 4) from cryptographically strong generators: the default, as LINE Pay's
     * own samples use. Unlike {@code UUID.randomUUID()}, a thread draws from a generator no other thread
     * holds meanwhile (a few are kept, each seeded once from the JDK's DRBG), so that many threads signing
     * at once never queue behind one lock, and virtual threads do not seed a new one for every nonce.
     *
     * @return the source
     */
    static NonceSource uuidV4() {
        return () -> RandomUuids.nextUuidText();
    }

    /**
     * Milliseconds since the epoch, as LINE Pay allows "a timestamp". Two calls in the same millisecond
     * (or a clock that steps back) would repeat a value and LINE Pay could reject the replay, so each
     * value is at least one more than the previous one.
     *
     * @param clock the clock to read
     * @return the source
     */
    static NonceSource timestamp(Clock clock) {
        Objects.requireNonNull(clock, "clock");
        AtomicLong last = new AtomicLong(Long.MIN_VALUE);
        return () -> Long.toString(last.updateAndGet(previous -> Math.max(clock.millis(), previous + 1)));
    }
}
