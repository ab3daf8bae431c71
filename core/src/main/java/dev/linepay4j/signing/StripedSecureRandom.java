package dev.linepay4j.signing;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Random version 4 UUIDs from several independent strong generators, so that threads signing at once do
 * not queue for one.
 *
 * <p>Why not {@code UUID.randomUUID()}: it draws from one JVM-wide {@code SecureRandom} behind one
 * monitor. With 64 callers on 2 cores a thread holding it is often descheduled, and a profile of the
 * loopback benchmark showed callers blocked on that monitor for five times the measured time. Here
 * each stripe is its own DRBG behind its own lock; a caller takes the first free one, starting at a
 * random stripe, and waits only when all are busy.
 */
final class StripedSecureRandom {

    static final StripedSecureRandom INSTANCE = new StripedSecureRandom(
            Integer.highestOneBit(Math.min(64, Math.max(4, 4 * Runtime.getRuntime().availableProcessors()))));

    private final SecureRandom[] randoms;
    private final ReentrantLock[] locks;
    private final int mask;

    StripedSecureRandom(int stripes) {
        if (Integer.bitCount(stripes) != 1) {
            throw new IllegalArgumentException("stripes must be a power of two, was " + stripes);
        }
        randoms = new SecureRandom[stripes];
        locks = new ReentrantLock[stripes];
        for (int i = 0; i < stripes; i++) {
            randoms[i] = strong();
            locks[i] = new ReentrantLock();
        }
        mask = stripes - 1;
    }

    /** A generator with a lock of its own: the default NativePRNG funnels every instance through one. */
    private static SecureRandom strong() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();   // every JDK since 9 has DRBG; a stripped-down one still works
        }
    }

    /**
     * A random UUID, version 4, variant 2, as {@code UUID.randomUUID()} makes it.
     *
     * @return the UUID
     */
    UUID nextUuid() {
        byte[] bytes = new byte[16];
        nextBytes(bytes);
        bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40);   // version 4
        bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80);   // IETF variant
        long msb = 0;
        long lsb = 0;
        for (int i = 0; i < 8; i++) {
            msb = (msb << 8) | (bytes[i] & 0xff);
            lsb = (lsb << 8) | (bytes[i + 8] & 0xff);
        }
        return new UUID(msb, lsb);
    }

    void nextBytes(byte[] bytes) {
        int start = ThreadLocalRandom.current().nextInt();
        for (int i = 0; i <= mask; i++) {
            int stripe = (start + i) & mask;
            if (locks[stripe].tryLock()) {
                try {
                    randoms[stripe].nextBytes(bytes);
                } finally {
                    locks[stripe].unlock();
                }
                return;
            }
        }
        int stripe = start & mask;
        locks[stripe].lock();
        try {
            randoms[stripe].nextBytes(bytes);
        } finally {
            locks[stripe].unlock();
        }
    }
}
