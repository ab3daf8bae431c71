package dev.linepay4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The policy's numbers: caps, jitter from a seeded generator, validation, and the two sleepers. Nothing sleeps long. */
class RetryPolicyTest {

    @Test
    void theDefaultsAreThreeAttemptsWithCapsDoublingFrom200MillisTo2Seconds() {
        RetryPolicy p = RetryPolicy.defaults();

        assertThat(p.maxAttempts()).isEqualTo(3);
        assertThat(p.initialBackoff()).isEqualTo(Duration.ofMillis(200));
        assertThat(p.maxBackoff()).isEqualTo(Duration.ofSeconds(2));
        assertThat(p.multiplier()).isEqualTo(2.0);
        assertThat(p.jitter()).isEqualTo(RetryPolicy.Jitter.FULL);
        assertThat(p.sleeper()).isSameAs(Sleeper.system());
        List<Long> caps = new ArrayList<>();
        for (int n = 1; n <= 7; n++) {
            caps.add(p.backoffCap(n).toMillis());
        }
        assertThat(caps).containsExactly(200L, 400L, 800L, 1600L, 2000L, 2000L, 2000L);
        assertThat(p.backoffCap(1_000)).isEqualTo(Duration.ofSeconds(2));   // no overflow far out
    }

    @Test
    void noneIsOneAttempt() {
        assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
    }

    @Test
    void fullJitterDrawsBelowTheCapFromTheGivenGeneratorSoATestCanPredictIt() {
        RetryPolicy a = RetryPolicy.builder().random(new Random(42)).build();
        RetryPolicy b = RetryPolicy.builder().random(new Random(42)).build();

        for (int n = 1; n <= 6; n++) {
            Duration d = a.backoff(n);
            assertThat(d).isEqualTo(b.backoff(n));
            assertThat(d).isBetween(Duration.ZERO, a.backoffCap(n));
        }
        // Spread out, not stuck at an end: 200 draws below a 2 s cap cover most of it.
        RetryPolicy c = RetryPolicy.builder().random(new Random(7)).build();
        long min = Long.MAX_VALUE;
        long max = 0;
        for (int i = 0; i < 200; i++) {
            long ms = c.backoff(5).toMillis();
            min = Math.min(min, ms);
            max = Math.max(max, ms);
        }
        assertThat(min).isLessThan(200);
        assertThat(max).isGreaterThan(1800);
    }

    @Test
    void withoutJitterTheWaitIsTheCap() {
        RetryPolicy p = RetryPolicy.builder().jitter(RetryPolicy.Jitter.NONE).initialBackoff(Duration.ofMillis(100))
                .multiplier(3).maxBackoff(Duration.ofSeconds(1)).build();

        assertThat(p.backoff(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(p.backoff(2)).isEqualTo(Duration.ofMillis(300));
        assertThat(p.backoff(3)).isEqualTo(Duration.ofMillis(900));
        assertThat(p.backoff(4)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aZeroBackoffNeverWaits() {
        RetryPolicy p = RetryPolicy.builder().initialBackoff(Duration.ZERO).maxBackoff(Duration.ZERO).build();
        assertThat(p.backoff(3)).isZero();
    }

    @Test
    void badSettingsAreRefusedAtOnce() {
        assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryPolicy.builder().multiplier(0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryPolicy.builder().multiplier(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(Duration.ofSeconds(5)).maxBackoff(Duration.ofSeconds(1))
                .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxBackoff");
        assertThatThrownBy(() -> RetryPolicy.defaults().backoff(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryPolicy.builder().sleeper(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void withoutSleepingKeepsEverythingButTheSleeper() {
        RetryPolicy p = RetryPolicy.builder().maxAttempts(5).build();
        RetryPolicy fast = p.withoutSleeping();

        assertThat(fast.sleeper()).isSameAs(Sleeper.none());
        assertThat(fast.maxAttempts()).isEqualTo(5);
        assertThat(fast.backoffCap(2)).isEqualTo(p.backoffCap(2));
        assertThat(p.sleeper()).isSameAs(Sleeper.system());
        assertThat(fast.toString()).contains("maxAttempts=5", "Sleeper.none()");
    }

    @Test
    void theNoSleeperReturnsAtOnceBothWays() throws Exception {
        long start = System.nanoTime();
        Sleeper.none().sleep(Duration.ofHours(1));
        CompletableFuture<Void> later = Sleeper.none().delay(Duration.ofHours(1));

        assertThat(later).isDone();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void theSystemSleeperDelaysAsyncCallsOnATimerWithoutBlockingTheCaller() throws Exception {
        long start = System.nanoTime();
        CompletableFuture<Void> later = Sleeper.system().delay(Duration.ofMillis(50));
        long returnedAfter = System.nanoTime() - start;

        later.get(5, TimeUnit.SECONDS);
        assertThat(Duration.ofNanos(returnedAfter)).isLessThan(Duration.ofMillis(50));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(50));
        assertThat(Sleeper.system().delay(Duration.ZERO)).isDone();
    }
}
