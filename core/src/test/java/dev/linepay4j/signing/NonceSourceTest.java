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
