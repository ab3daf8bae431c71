package dev.linepay4j.testkit.sandbox;

import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.OneTimeKey;
import dev.linepay4j.domain.code.ReturnCode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The customers' My Codes the sandbox has handed out, as LINE Pay's own sandbox generator does
 * ({@code sandbox-web-pay.line.me/web/sandbox/payment/oneTimeKey?countryCode=TW&paymentMethod=card}): each
 * is a fresh run of digits of its country's length (18 for Taiwan, 12 for Thailand), pays once, and runs
 * out {@value #LIFETIME_MINUTES} minutes after it was issued, by the sandbox's clock, as a code the
 * customer opened in the LINE app does (LINEPAY-API.md §9).
 *
 * <p>Each key carries the way the customer pays ({@link SandboxPaymentMethod}) and, for a balance, a
 * simulated wallet of {@value #WALLET} in the payment's currency, which Offline API v2 reports as
 * {@code balance} after the payment; a balance payment above it is refused with {@code 1142}. Keys are
 * not tied to a channel: a customer's code can be scanned at any shop. Thread-safe.
 */
final class OneTimeKeys {

    static final int LIFETIME_MINUTES = 5;
    static final long WALLET = 100_000;
    static final Duration LIFETIME = Duration.ofMinutes(LIFETIME_MINUTES);

    /** What became of one issued key. */
    enum State {
        /** Issued and waiting to be scanned. */
        ISSUED,
        /** Paid an order; it cannot pay again. */
        USED,
        /** Not used within its lifetime. */
        EXPIRED
    }

    /** One issued key. */
    static final class Issued {
        final OneTimeKey key;
        final SandboxPaymentMethod method;
        final Instant issuedAt;
        final Instant expiresAt;
        private String usedFor;

        Issued(OneTimeKey key, SandboxPaymentMethod method, Instant issuedAt) {
            this.key = key;
            this.method = method;
            this.issuedAt = issuedAt;
            this.expiresAt = issuedAt.plus(LIFETIME);
        }

        synchronized State state(Instant now) {
            if (usedFor != null) {
                return State.USED;
            }
            return now.isBefore(expiresAt) ? State.ISSUED : State.EXPIRED;
        }

        synchronized Optional<String> usedFor() {
            return Optional.ofNullable(usedFor);
        }
    }

    private final Clock clock;
    private final Random random;
    private final Map<String, Issued> keys = new HashMap<>();

    OneTimeKeys(Clock clock, Random random) {
        this.clock = clock;
        this.random = random;
    }

    static OneTimeKeys create(Clock clock) {
        return new OneTimeKeys(clock, new SecureRandom());
    }

    /** A fresh key of the country's length, never issued before by this sandbox. */
    synchronized Issued issue(OneTimeKey.Country country, SandboxPaymentMethod method) {
        for (int attempt = 0; attempt < 100; attempt++) {
            StringBuilder b = new StringBuilder(country.length());
            for (int i = 0; i < country.length(); i++) {
                b.append((char) ('0' + random.nextInt(10)));
            }
            if (!keys.containsKey(b.toString())) {
                Issued issued = new Issued(OneTimeKey.of(b.toString()), method, clock.instant());
                keys.put(issued.key.value(), issued);
                return issued;
            }
        }
        throw new IllegalStateException("no fresh one-time key after 100 attempts");
    }

    synchronized Optional<Issued> find(String digits) {
        return Optional.ofNullable(keys.get(digits));
    }

    /**
     * Takes a key for a payment of the order: the key as issued, or a refusal with {@code 1133} when this
     * sandbox never issued it (a real LINE app code, say), it paid an order already, or it ran out. Called
     * under the ledger's lock, after every other check of the payment has passed, so that a refused
     * payment leaves the key usable.
     */
    synchronized Issued use(OneTimeKey key, String orderId, Amount amount) {
        Issued issued = keys.get(key.value());
        if (issued == null) {
            throw new Refusal(ReturnCode.of("1133"), "The oneTimeKey is not a My Code of this sandbox; issue one with"
                    + " POST /sandbox/one-time-keys.");
        }
        switch (issued.state(clock.instant())) {
            case USED -> throw new Refusal(ReturnCode.of("1133"), "The oneTimeKey has been used already.");
            case EXPIRED -> throw new Refusal(ReturnCode.of("1133"), "The oneTimeKey has expired; a My Code is valid for "
                    + LIFETIME_MINUTES + " minutes.");
            case ISSUED -> { }
        }
        if (issued.method == SandboxPaymentMethod.BALANCE && amount.compareTo(Amount.of(WALLET)) > 0) {
            throw new Refusal(ReturnCode.of("1142"), "Insufficient balance.");
        }
        synchronized (issued) {
            issued.usedFor = orderId;
        }
        return issued;
    }
}
