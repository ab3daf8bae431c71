package dev.linepay4j.signing;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;

/**
 * Reusable objects that one thread at a time may use (a keyed {@code Mac}, a random generator), kept in a
 * few slots rather than one per thread. A thread takes the object in the slot its id picks, or in the next
 * one, and puts it back when done; when both are empty it makes a new object, and when both are full on
 * the way back the extra object is dropped. Taking is a {@code getAndSet}, so an object is never in two
 * threads' hands at once.
 *
 * <p>Why not a {@code ThreadLocal}: a virtual thread lives for one task, so a per-thread object would be
 * made again for every call (a seeded generator, a keyed {@code Mac}); a pool that grows to hundreds of
 * threads would keep one per thread; and a thread's first lookup takes a path that, never seen while the
 * JIT compiled the call, threw the compiled call away when a burst of new threads arrived. Platform
 * threads get consecutive ids, so up to as many threads as slots each find their own.
 *
 * @param <T> what is reused
 */
final class Spares<T> {

    private final AtomicReferenceArray<T> slots;
    private final int mask;
    private final Supplier<T> maker;

    /**
     * Slots for four threads per processor, at least 8 and at most 256, filled as they are first given back.
     *
     * @param maker makes an object when no spare is at hand
     */
    Spares(Supplier<T> maker) {
        this(maker, Math.min(256, Math.max(8, 4 * Runtime.getRuntime().availableProcessors())));
    }

    /**
     * Slots for a given number of threads.
     *
     * @param maker makes an object when no spare is at hand
     * @param size  how many spares are kept at most, rounded up to a power of two
     */
    Spares(Supplier<T> maker, int size) {
        int slotCount = Integer.highestOneBit(Math.max(2, size) - 1) << 1;
        this.slots = new AtomicReferenceArray<>(slotCount);
        this.mask = slotCount - 1;
        this.maker = maker;
    }

    /**
     * A spare object that no other thread holds until it is {@linkplain #putBack put back}, or a new one.
     *
     * @return the object, the caller's alone
     */
    T take() {
        int home = home();
        T spare = slots.getAndSet(home, null);
        if (spare == null) {
            spare = slots.getAndSet((home + 1) & mask, null);
        }
        return spare != null ? spare : maker.get();
    }

    /**
     * Gives an object back for the next caller; dropped when its slots are full.
     *
     * @param spare an object taken from this pool, no longer used by the caller
     */
    void putBack(T spare) {
        int home = home();
        if (!slots.compareAndSet(home, null, spare)) {
            slots.compareAndSet((home + 1) & mask, null, spare);
        }
    }

    /** How many spares are waiting; for tests. */
    int waiting() {
        int n = 0;
        for (int i = 0; i < slots.length(); i++) {
            if (slots.get(i) != null) {
                n++;
            }
        }
        return n;
    }

    @SuppressWarnings("deprecation") // Thread.threadId() is Java 19; getId() is the same number
    private int home() {
        return (int) Thread.currentThread().getId() & mask;
    }
}
