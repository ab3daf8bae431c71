package dev.linepay4j.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SparesTest {

    /** Knows whether some thread holds it, and fails the test if two ever do. */
    static final class Held {
        final AtomicBoolean inUse = new AtomicBoolean();
    }

    @Test
    void aThreadGetsBackWhatItPutBackAndMakesOneOnlyWhenNoneIsSpare() {
        AtomicInteger made = new AtomicInteger();
        Spares<Object> spares = new Spares<>(() -> {
            made.incrementAndGet();
            return new Object();
        }, 8);

        Object first = spares.take();
        Object second = spares.take();   // the first is still held: a new one
        assertThat(second).isNotSameAs(first);
        assertThat(made).hasValue(2);

        spares.putBack(first);
        spares.putBack(second);
        assertThat(spares.waiting()).isEqualTo(2);
        assertThat(List.of(spares.take(), spares.take())).containsExactlyInAnyOrder(first, second);
        assertThat(made).hasValue(2);
        assertThat(spares.waiting()).isZero();
    }

    @Test
    void whatFindsItsSlotsFullIsDroppedSoTheSparesStayBounded() {
        Spares<Object> spares = new Spares<>(Object::new, 8);
        List<Object> taken = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            taken.add(spares.take());
        }
        taken.forEach(spares::putBack);
        // One thread has two slots: its own and the next.
        assertThat(spares.waiting()).isEqualTo(2);
    }

    @Test
    void threadsWithConsecutiveIdsEachKeepTheirOwn() throws Exception {
        Spares<Object> spares = new Spares<>(Object::new, 16);
        int threads = 8;
        List<Thread> started = new ArrayList<>();
        ConcurrentHashMap<Object, Boolean> seen = new ConcurrentHashMap<>();
        CountDownLatch allTaken = new CountDownLatch(threads);
        CountDownLatch allPutBack = new CountDownLatch(threads);
        CountDownLatch checked = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(() -> {
                try {
                    Object mine = spares.take();
                    seen.put(mine, true);
                    allTaken.countDown();
                    // Nothing goes back before everyone has taken, so no thread takes another's.
                    allTaken.await(10, TimeUnit.SECONDS);
                    spares.putBack(mine);
                    allPutBack.countDown();
                    checked.await(10, TimeUnit.SECONDS);
                    // Each thread kept its own in its own slot while the others put theirs back.
                    if (spares.take() != mine) {
                        failure.compareAndSet(null, new AssertionError("a thread lost its spare"));
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            });
            started.add(thread);
        }
        // Threads made one after the other get consecutive ids, hence slots.
        started.forEach(Thread::start);
        assertThat(allPutBack.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).hasSize(threads);
        assertThat(spares.waiting()).isEqualTo(threads);
        checked.countDown();
        for (Thread t : started) {
            t.join(TimeUnit.SECONDS.toMillis(10));
        }
        assertThat(failure.get()).isNull();
    }

    @Test
    void noObjectIsEverInTwoThreadsHandsAtOnce() throws Exception {
        AtomicInteger made = new AtomicInteger();
        Spares<Held> spares = new Spares<>(() -> {
            made.incrementAndGet();
            return new Held();
        }, 8);
        int threads = 16;
        int rounds = 20_000;
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> started = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(() -> {
                try {
                    start.await(10, TimeUnit.SECONDS);
                    for (int i = 0; i < rounds && failure.get() == null; i++) {
                        Held held = spares.take();
                        if (!held.inUse.compareAndSet(false, true)) {
                            throw new AssertionError("an object two threads held at once");
                        }
                        Thread.onSpinWait();
                        held.inUse.set(false);
                        spares.putBack(held);
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            });
            thread.start();
            started.add(thread);
        }
        start.countDown();
        for (Thread t : started) {
            t.join(TimeUnit.SECONDS.toMillis(30));
        }
        assertThat(failure.get()).isNull();
        // Reused far more often than made: 320,000 takes.
        assertThat(made.get()).isLessThan(threads * rounds / 10);
        assertThat(spares.waiting()).isBetween(1, 8);
    }
}
