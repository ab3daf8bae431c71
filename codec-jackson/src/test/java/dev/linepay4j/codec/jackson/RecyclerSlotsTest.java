package dev.linepay4j.codec.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.util.BufferRecycler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecyclerSlotsTest {

    @Test
    void aThreadGetsBackTheRecyclerItGaveBack() {
        RecyclerSlots pool = new RecyclerSlots(8);
        BufferRecycler first = pool.acquireAndLinkPooled();
        assertThat(pool.pooledCount()).isZero();

        first.releaseToPool();   // what Jackson does when a parser or generator closes

        assertThat(pool.pooledCount()).isEqualTo(1);
        assertThat(pool.acquireAndLinkPooled()).isSameAs(first);
        assertThat(pool.pooledCount()).isZero();
    }

    @Test
    void recyclersHeldAtOnceAreDistinctAndTheOnesNoSlotTakesAreDropped() {
        RecyclerSlots pool = new RecyclerSlots(8);
        List<BufferRecycler> held = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            held.add(pool.acquirePooled());
        }
        Set<BufferRecycler> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
        distinct.addAll(held);
        assertThat(distinct).hasSize(4);

        held.forEach(pool::releasePooled);

        // One thread gives back into its own slot and the next: two kept, two dropped.
        assertThat(pool.pooledCount()).isEqualTo(2);
        assertThat(pool.clear()).isTrue();
        assertThat(pool.pooledCount()).isZero();
    }

    @Test
    void theSlotCountIsAPowerOfTwoWithinItsBounds() {
        assertThat(slotsOf(new RecyclerSlots(1))).isEqualTo(8);
        assertThat(slotsOf(new RecyclerSlots(9))).isEqualTo(16);
        assertThat(slotsOf(new RecyclerSlots(16))).isEqualTo(16);
        assertThat(slotsOf(new RecyclerSlots(10_000))).isEqualTo(256);
    }

    @Test
    void aPoolReadBackFromBytesStartsEmptyWithAsManySlots() throws Exception {
        RecyclerSlots pool = new RecyclerSlots(16);
        pool.releasePooled(new BufferRecycler());   // not serializable itself: left behind

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(pool);
        }
        RecyclerSlots read;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            read = (RecyclerSlots) in.readObject();
        }

        assertThat(read.pooledCount()).isZero();
        assertThat(slotsOf(read)).isEqualTo(16);
    }

    @Test
    void noRecyclerIsEverInTwoThreadsHandsAtOnce() throws Exception {
        RecyclerSlots pool = new RecyclerSlots(8);   // fewer slots than threads: takers collide
        Set<BufferRecycler> inUse = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
        AtomicInteger doubleUse = new AtomicInteger();
        int threads = 24;
        CountDownLatch done = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                try {
                    for (int i = 0; i < 2_000; i++) {
                        BufferRecycler r = pool.acquireAndLinkPooled();
                        if (!inUse.add(r)) {
                            doubleUse.incrementAndGet();
                        }
                        Thread.yield();
                        inUse.remove(r);
                        r.releaseToPool();
                    }
                } finally {
                    done.countDown();
                }
            });
            worker.setDaemon(true);
            worker.start();
        }
        assertThat(done.await(60, TimeUnit.SECONDS)).isTrue();
        assertThat(doubleUse).hasValue(0);
        assertThat(pool.pooledCount()).isBetween(1, 8);
    }

    /** Gives back from more consecutive thread ids than the largest pool has slots, then counts what was kept. */
    private static int slotsOf(RecyclerSlots pool) {
        for (int i = 0; i < 600; i++) {
            Thread t = new Thread(() -> pool.releasePooled(new BufferRecycler()));
            t.start();
            try {
                t.join();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        return pool.pooledCount();
    }
}
