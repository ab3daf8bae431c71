package dev.linepay4j;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The two sleepers {@link Sleeper} offers. */
final class Sleepers {

    static final Sleeper SYSTEM = new SystemSleeper();
    static final Sleeper NONE = new NoSleeper();

    private Sleepers() {
    }

    /** {@link Sleeper#system()}. */
    private static final class SystemSleeper implements Sleeper {

        @Override
        public void sleep(Duration duration) throws InterruptedException {
            long nanos = Objects.requireNonNull(duration, "duration").toNanos();
            if (nanos > 0) {
                TimeUnit.NANOSECONDS.sleep(nanos);
            }
        }

        @Override
        public CompletableFuture<Void> delay(Duration duration) {
            long nanos = Objects.requireNonNull(duration, "duration").toNanos();
            if (nanos <= 0) {
                return CompletableFuture.completedFuture(null);
            }
            CompletableFuture<Void> done = new CompletableFuture<>();
            CompletableFuture.delayedExecutor(nanos, TimeUnit.NANOSECONDS).execute(() -> done.complete(null));
            return done;
        }

        /** {@code Sleeper.system()}. */
        @Override
        public String toString() {
            return "Sleeper.system()";
        }
    }

    /** {@link Sleeper#none()}. */
    private static final class NoSleeper implements Sleeper {

        @Override
        public void sleep(Duration duration) {
            Objects.requireNonNull(duration, "duration");
        }

        @Override
        public CompletableFuture<Void> delay(Duration duration) {
            Objects.requireNonNull(duration, "duration");
            return CompletableFuture.completedFuture(null);
        }

        /** {@code Sleeper.none()}. */
        @Override
        public String toString() {
            return "Sleeper.none()";
        }
    }
}
