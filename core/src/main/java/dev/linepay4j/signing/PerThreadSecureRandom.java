package dev.linepay4j.signing;

import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * Random version 4 UUIDs, as text, from a strong generator of the calling thread's own, so that threads signing at
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

    private static final ThreadLocal<Drawer> DRAWER = ThreadLocal.withInitial(() -> new Drawer(seeded()));

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.ISO_8859_1);

    private PerThreadSecureRandom() {
    }

    /**
     * A random UUID, version 4, variant 2, as {@code UUID.randomUUID().toString()} writes it: 36 characters,
     * lower-case hex digits in groups of 8-4-4-4-12.
     *
     * @return the UUID's text
     */
    static String nextUuidText() {
        return DRAWER.get().next();
    }

    /** A thread's generator and the two arrays it draws into and writes from, reused for every nonce. */
    private static final class Drawer {

        private final SecureRandom generator;
        private final byte[] random = new byte[16];
        private final byte[] text = new byte[36];

        Drawer(SecureRandom generator) {
            this.generator = generator;
        }

        String next() {
            generator.nextBytes(random);
            random[6] = (byte) ((random[6] & 0x0f) | 0x40);   // version 4
            random[8] = (byte) ((random[8] & 0x3f) | 0x80);   // IETF variant
            int at = 0;
            for (int i = 0; i < 16; i++) {
                if (i == 4 || i == 6 || i == 8 || i == 10) {
                    text[at++] = '-';
                }
                text[at++] = HEX[(random[i] >> 4) & 0x0f];
                text[at++] = HEX[random[i] & 0x0f];
            }
            return new String(text, StandardCharsets.ISO_8859_1);
        }
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
