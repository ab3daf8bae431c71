package dev.linepay4j.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NonceSourceTest {

    @Test
    void uuidNoncesAreVersion4AndDistinct() {
        NonceSource nonces = NonceSource.uuidV4();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String nonce = nonces.next();
            assertThat(UUID.fromString(nonce).version()).isEqualTo(4);
            assertThat(seen.add(nonce)).isTrue();
        }
    }

    @Test
    void uuidNoncesAreWrittenAsTheJdkWritesAUuid() {
        NonceSource nonces = NonceSource.uuidV4();
        for (int i = 0; i < 1000; i++) {
            String nonce = nonces.next();
            // Parsed and written again by the JDK: 36 characters, lower-case hex, dashes at 8-4-4-4-12.
            assertThat(UUID.fromString(nonce).toString()).isEqualTo(nonce);
            assertThat(nonce).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        }
    }

    @Test
    void uuidNoncesStayDistinctAndVersion4WhenManyThreadsDrawAtOnce() throws Exception {
        NonceSource nonces = NonceSource.uuidV4();
        Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            java.util.List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (int t = 0; t < 16; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 5_000; i++) {
                        UUID uuid = UUID.fromString(nonces.next());
                        assertThat(uuid.version()).isEqualTo(4);
                        assertThat(uuid.variant()).isEqualTo(2);
                        seen.add(uuid.toString());
                    }
                }));
            }
            for (java.util.concurrent.Future<?> f : done) {
                f.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(seen).hasSize(16 * 5_000);
    }

    @Test
    void eachRandomBitIsSetAboutHalfTheTime() {
        int[] ones = new int[128];
        int draws = 4_000;
        for (int i = 0; i < draws; i++) {
            UUID u = UUID.fromString(RandomUuids.nextUuidText());
            for (int bit = 0; bit < 64; bit++) {
                ones[bit] += (int) ((u.getMostSignificantBits() >>> bit) & 1);
                ones[64 + bit] += (int) ((u.getLeastSignificantBits() >>> bit) & 1);
            }
        }
        // The six fixed bits (version 0100 at msb bits 12-15, variant 10 at lsb bits 62-63) aside, each bit is
        // set about half the time: 2,000 ± 5 standard deviations (about 160).
        for (int bit = 0; bit < 128; bit++) {
            boolean fixed = (bit >= 12 && bit <= 15) || bit == 64 + 62 || bit == 64 + 63;
            if (!fixed) {
                assertThat(ones[bit]).as("bit %d", bit).isBetween(draws / 2 - 160, draws / 2 + 160);
            }
        }
    }

    @Test
    void timestampNoncesAreTheClocksMillisecondsWhenItMoves() {
        NonceSource nonces = NonceSource.timestamp(Clock.fixed(Instant.ofEpochMilli(1_700_000_000_123L), ZoneOffset.UTC));

        assertThat(nonces.next()).isEqualTo("1700000000123");
    }

    @Test
    void timestampNoncesNeverRepeatWithinOneMillisecond() {
        NonceSource nonces = NonceSource.timestamp(Clock.fixed(Instant.ofEpochMilli(1_700_000_000_123L), ZoneOffset.UTC));

        assertThat(nonces.next()).isEqualTo("1700000000123");
        assertThat(nonces.next()).isEqualTo("1700000000124");
        assertThat(nonces.next()).isEqualTo("1700000000125");
    }
}
