package dev.linepay4j.testkit.fake;

import dev.linepay4j.domain.RegKey;
import dev.linepay4j.domain.TransactionId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Random;

/**
 * Makes the ids LINE Pay makes, as the sandbox does: 19-digit transaction ids (payments and refunds share
 * one series, so they never collide), 12-digit payment access tokens and 15-character regKeys.
 *
 * <p>A transaction id is the start day's {@code yyyyMMdd} followed by 11 digits: a random start below
 * 10<sup>10</sup> plus a counter ({@code 2023042201206549310}). The random start makes ids differ between
 * runs, so a test cannot pass on a hard-coded id; a seeded {@link Random} makes them repeatable. Not
 * thread-safe: the fake calls it holding its lock.
 */
final class Ids {

    private static final long ELEVEN_DIGITS = 100_000_000_000L;
    private static final String REG_KEY_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private final Random random;
    private long next;

    Ids(Instant start, Random random) {
        this.random = random;
        LocalDate day = LocalDate.ofInstant(start, ZoneOffset.UTC);
        long date = day.getYear() * 10_000L + day.getMonthValue() * 100L + day.getDayOfMonth();
        long offset = (long) (random.nextDouble() * (ELEVEN_DIGITS / 10));
        this.next = date * ELEVEN_DIGITS + offset;
    }

    TransactionId transactionId() {
        return TransactionId.of(++next);
    }

    /** Twelve digits, as a string: LINE Pay sends {@code "056579816895"}, leading zero kept. */
    String paymentAccessToken() {
        StringBuilder b = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            b.append((char) ('0' + random.nextInt(10)));
        }
        return b.toString();
    }

    /** {@code RK} and 13 capitals or digits: the 15 characters of LINE Pay's example {@code RK2AE3519XTFXHM}. */
    RegKey regKey() {
        StringBuilder b = new StringBuilder("RK");
        for (int i = 0; i < 13; i++) {
            b.append(REG_KEY_CHARS.charAt(random.nextInt(REG_KEY_CHARS.length())));
        }
        return RegKey.of(b.toString());
    }
}
