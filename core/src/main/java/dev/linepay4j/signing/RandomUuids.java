package dev.linepay4j.signing;

import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * Random version 4 UUIDs, as text, from strong generators that threads take in turn without waiting for
 * each other.
 *
 * <p>Why not {@code UUID.randomUUID()}: it draws from one JVM-wide {@code SecureRandom} behind one
 * monitor. With 64 callers on 2 cores the thread holding it is often descheduled, and a profile of the
 * loopback benchmark showed callers blocked on that monitor for five times the measured time; a few
 * generators behind a lock each only moved the queue. Here a thread takes a {@code SHA1PRNG} from
 * {@link Spares}, which no other thread then holds, and puts it back: about one per thread for platform
 * threads, and shared by virtual threads, which would otherwise seed a new one for every nonce. Each is
 * seeded, once, with 32 bytes from a shared DRBG: the only lock is taken when a generator is made, and the
 * system's entropy source is not read again after the first.
 */
final class RandomUuids {

    private static final int SEED_BYTES = 32;

    private static final SecureRandom SEEDS = seeds();

    private static final Spares<Drawer> DRAWERS = new Spares<>(() -> new Drawer(seeded()));

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.ISO_8859_1);

    private RandomUuids() {
    }

    /**
     * A random UUID, version 4, variant 2, as {@code UUID.randomUUID().toString()} writes it: 36 characters,
     * lower-case hex digits in groups of 8-4-4-4-12.
     *
     * @return the UUID's text
     */
    static String nextUuidText() {
        Drawer drawer = DRAWERS.take();
        String text = drawer.next();
        DRAWERS.putBack(drawer);
        return text;
    }

    /** A generator and the two arrays it draws into and writes from, reused for every nonce. */
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
            // Seeded before its first use, a SHA1PRNG draws on that seed alone: no entropy read per generator.
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
