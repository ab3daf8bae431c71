package dev.linepay4j.codec.jackson;

import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.RecyclerPool;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The codec's pool of Jackson buffers (about 20 KB each): a few slots that threads take in turn, a thread's
 * id picking its slot. A thread takes the recycler in its slot, or in the next one, and gives it back when
 * the parser or generator closes; with both empty it makes a new one, and with both full on the way back
 * the extra one is dropped. Taking is a {@code getAndSet}, so a recycler is never in two threads' hands.
 *
 * <p>Why not Jackson's pools: its default keeps buffers per thread, which a virtual thread (one task long)
 * would make again for every answer; its deque-based pools allocate a node and walk a shared list on every
 * take and give-back (about a microsecond per answer on a thread whose caches went cold waiting for the
 * network); its bounded pool takes a lock, and a holder descheduled on a small machine stops every caller.
 * Platform threads get consecutive ids, so up to as many threads as slots each find their own recycler.
 */
final class RecyclerSlots implements RecyclerPool<BufferRecycler> {

    private static final long serialVersionUID = 1L;

    // Recyclers are not serializable and not worth keeping: a pool read back starts empty (readResolve).
    private final transient AtomicReferenceArray<BufferRecycler> slots;
    private final int mask;

    /** Slots for four threads per processor, at least 8 and at most 256. */
    RecyclerSlots() {
        this(4 * Runtime.getRuntime().availableProcessors());
    }

    /**
     * Slots for a given number of threads.
     *
     * @param threads how many recyclers are kept at most, within 8 to 256, rounded up to a power of two
     */
    RecyclerSlots(int threads) {
        int size = Integer.highestOneBit(Math.min(256, Math.max(8, threads)) - 1) << 1;
        this.slots = new AtomicReferenceArray<>(size);
        this.mask = size - 1;
    }

    @Override
    public BufferRecycler acquirePooled() {
        int home = home();
        BufferRecycler spare = slots.getAndSet(home, null);
        if (spare == null) {
            spare = slots.getAndSet((home + 1) & mask, null);
        }
        return spare != null ? spare : new BufferRecycler();
    }

    @Override
    public void releasePooled(BufferRecycler recycler) {
        int home = home();
        if (!slots.compareAndSet(home, null, recycler)) {
            slots.compareAndSet((home + 1) & mask, null, recycler);
        }
    }

    @Override
    public int pooledCount() {
        int n = 0;
        for (int i = 0; i < slots.length(); i++) {
            if (slots.get(i) != null) {
                n++;
            }
        }
        return n;
    }

    @Override
    public boolean clear() {
        for (int i = 0; i < slots.length(); i++) {
            slots.set(i, null);
        }
        return true;
    }

    /** A pool read back from bytes (Jackson's pools are {@code Serializable}) starts empty, with as many slots. */
    private Object readResolve() {
        return new RecyclerSlots(mask + 1);
    }

    @SuppressWarnings("deprecation") // Thread.threadId() is Java 19; getId() is the same number
    private int home() {
        return (int) Thread.currentThread().getId() & mask;
    }
}
