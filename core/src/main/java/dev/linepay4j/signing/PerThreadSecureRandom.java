package dev.linepay4j.signing;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Random version 4 UUIDs from a strong generator of the calling thread's own, so that threads signing at
 * once never wait for each other.
 *
 * <p>Why not {@code UUID.randomUUID()}: it draws from one JVM-wide {@code SecureRandom} behind one
 * monitor. With 64 callers on 2 cores the thread holding it is often descheduled, and a profile of the
 * loopback benchmark showed callers blocked on that monitor for five times the measured time; a few
 * generators behind a lock each only moved the queue. Here each thread has a {@code SHA1PRNG} seeded,
 * once, with 32 bytes from a shared DRBG: the only lock is taken when a thread makes its first nonce, and
 * no thread reads the system's entropy source again after the first.
 */
final class PerThreadSecureRandom {

    private static final int SEED_BYTES = 32;

    private static final SecureRandom SEEDS = seeds();

    private static final ThreadLocal<SecureRandom> GENERATOR = ThreadLocal.withInitial(PerThreadSecureRandom::seeded);

    private PerThreadSecureRandom() {
    }

    /**
     * A random UUID, version 4, variant 2, as {@code UUID.randomUUID()} makes it.
     *
     * @return the UUID
     */
    static UUID nextUuid() {
        byte[] bytes = new byte[16];
        GENERATOR.get().nextBytes(bytes);
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

    private static SecureRandom seeds() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();   // every JDK since 9 has DRBG; a stripped-down one still works
        }
    }

    private static SecureRandom seeded() {
        byte[] seed = new byte[SEED_BYTES];
        synchronized (SEEDS) {
            SEEDS.nextBytes(seed);
        }
        try {
            // Seeded before its first use, a SHA1PRNG draws on that seed alone: no entropy read per thread.
            SecureRandom generator = SecureRandom.getInstance("SHA1PRNG");
            generator.setSeed(seed);
            return generator;
        } catch (NoSuchAlgorithmException e) {
            SecureRandom generator = new SecureRandom();
            generator.setSeed(seed);
            return generator;
        }
    }
}
