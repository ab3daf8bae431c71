package dev.linepay4j.testkit.sandbox;

import dev.linepay4j.domain.RegKey;
import dev.linepay4j.domain.TransactionId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes the ids LINE Pay makes: 19-digit transaction ids (payments and refunds share one series, so
 * they never collide), 12-digit payment access tokens and 15-character regKeys.
 *
 * <p>A transaction id is the start day's {@code yyyyMMdd} followed by 11 digits: a random start below
 * 10<sup>10</sup> plus a counter, as LINE Pay's ids begin with their date
 * ({@code 2023042201206549310}). The random start makes ids of two sandbox runs differ, so a test
 * cannot pass by accident on a hard-coded id; the counter leaves room for 9&times;10<sup>10</sup> ids
 * before the 11 digits would run out.
 */
final class Ids {

    private static final long ELEVEN_DIGITS = 100_000_000_000L;
    private static final String REG_KEY_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private final AtomicLong next;
    private final Random random;

    Ids(Clock clock, Random random) {
        this.random = random;
        LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        long date = day.getYear() * 10_000L + day.getMonthValue() * 100L + day.getDayOfMonth();
        long start = (long) (random.nextDouble() * (ELEVEN_DIGITS / 10));
        this.next = new AtomicLong(date * ELEVEN_DIGITS + start);
    }

    static Ids create(Clock clock) {
        return new Ids(clock, new SecureRandom());
    }

    TransactionId transactionId() {
        return TransactionId.of(next.incrementAndGet());
    }

    /** Twelve digits, as a string: LINE Pay sends {@code "056579816895"}, leading zero kept. */
    String paymentAccessToken() {
        StringBuilder b = new StringBuilder(12);
        synchronized (random) {
            for (int i = 0; i < 12; i++) {
                b.append((char) ('0' + random.nextInt(10)));
            }
        }
        return b.toString();
    }

    /** {@code RK} and 13 capitals or digits: the 15 characters of LINE Pay's example {@code RK2AE3519XTFXHM}. */
    RegKey regKey() {
        StringBuilder b = new StringBuilder("RK");
        synchronized (random) {
            for (int i = 0; i < 13; i++) {
                b.append(REG_KEY_CHARS.charAt(random.nextInt(REG_KEY_CHARS.length())));
            }
        }
        return RegKey.of(b.toString());
    }
}
