package dev.linepay4j.testkit.sandbox;

import dev.linepay4j.domain.ChannelId;
import dev.linepay4j.domain.RegKey;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.payment.PaymentEvent;
import dev.linepay4j.domain.payment.PaymentState;
import dev.linepay4j.domain.payment.Transition;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The sandbox's books: payments and regKeys, kept apart per channel as LINE Pay keeps each merchant's.
 * One lock guards them all ({@link #locked}): an operation reads, decides and writes under it, so two
 * concurrent confirms of one payment cannot both pass the machine. Simplicity over speed: a sandbox
 * call takes microseconds under the lock, and no I/O ever happens under it.
 *
 * <p>Time-based changes are applied lazily, whenever a payment is looked at: a request not confirmed
 * within the request lifetime receives {@link PaymentEvent.Expire}, an authorization past its expiry
 * {@link PaymentEvent.ExpireAuthorization}. So a test that moves its {@link Clock} sees the effect on its
 * next call, with no timer thread.
 */
final class Ledger {

    /** One merchant's books. */
    private static final class Book {
        final Map<TransactionId, PaymentRecord> payments = new LinkedHashMap<>();
        final Map<String, PaymentRecord> byOrderId = new HashMap<>();
        /** Refund transaction id → the payment it refunds, for details queried by a refund's id. */
        final Map<TransactionId, PaymentRecord> byRefundId = new HashMap<>();
        final Map<RegKey, RegKeyRecord> regKeys = new LinkedHashMap<>();
    }

    private final Object lock = new Object();
    private final Clock clock;
    private final Duration requestLifetime;
    private final Map<ChannelId, Book> books = new LinkedHashMap<>();
    /** Every payment of every channel by its id, for the customer's side and the control API. */
    private final Map<TransactionId, PaymentRecord> everyPayment = new HashMap<>();

    Ledger(Clock clock, Duration requestLifetime, Iterable<ChannelId> channels) {
        this.clock = clock;
        this.requestLifetime = requestLifetime;
        channels.forEach(c -> books.put(c, new Book()));
    }

    /** Runs the work holding the books' lock. */
    <T> T locked(Supplier<T> work) {
        synchronized (lock) {
            return work.get();
        }
    }

    Instant now() {
        return clock.instant();
    }

    // Everything below must be called holding the lock (inside locked()).

    Optional<PaymentRecord> payment(ChannelId channel, TransactionId id) {
        return Optional.ofNullable(book(channel).payments.get(id)).map(this::refreshed);
    }

    Optional<PaymentRecord> paymentByOrderId(ChannelId channel, String orderId) {
        return Optional.ofNullable(book(channel).byOrderId.get(orderId)).map(this::refreshed);
    }

    Optional<PaymentRecord> paymentByRefundId(ChannelId channel, TransactionId refundId) {
        return Optional.ofNullable(book(channel).byRefundId.get(refundId)).map(this::refreshed);
    }

    /** A payment of any channel, for the customer's page and the control API. */
    Optional<PaymentRecord> anyPayment(TransactionId id) {
        return Optional.ofNullable(everyPayment.get(id)).map(this::refreshed);
    }

    boolean orderIdTaken(ChannelId channel, String orderId) {
        return book(channel).byOrderId.containsKey(orderId);
    }

    void add(PaymentRecord record) {
        Book b = book(record.channel);
        b.payments.put(record.id(), record);
        b.byOrderId.put(record.payment().orderId(), record);
        everyPayment.put(record.id(), record);
    }

    /** Applies an event to a payment, after any expiry that is due; see the class description. */
    Transition apply(PaymentRecord record, PaymentEvent event) {
        refreshed(record);
        return record.apply(event, now());
    }

    void refunded(PaymentRecord record, TransactionId refundId) {
        book(record.channel).byRefundId.put(refundId, record);
        record.refunded(refundId, now());
    }

    Optional<RegKeyRecord> regKey(ChannelId channel, RegKey key) {
        return Optional.ofNullable(book(channel).regKeys.get(key));
    }

    Optional<RegKeyRecord> anyRegKey(RegKey key) {
        for (Book b : books.values()) {
            RegKeyRecord r = b.regKeys.get(key);
            if (r != null) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    boolean regKeyTaken(RegKey key) {
        return anyRegKey(key).isPresent();
    }

    void add(RegKeyRecord record) {
        book(record.channel).regKeys.put(record.regKey, record);
    }

    /** A copy of everything, with every due expiry applied first. */
    SandboxBooksParts snapshot() {
        List<SandboxBooks.BookedPayment> payments = new ArrayList<>();
        List<SandboxBooks.BookedRegKey> regKeys = new ArrayList<>();
        for (Book b : books.values()) {
            for (PaymentRecord p : b.payments.values()) {
                payments.add(refreshed(p).snapshot());
            }
            b.regKeys.values().forEach(r -> regKeys.add(r.snapshot()));
        }
        return new SandboxBooksParts(payments, regKeys);
    }

    /** What {@link #snapshot()} copies, before the call counts are added. */
    record SandboxBooksParts(List<SandboxBooks.BookedPayment> payments, List<SandboxBooks.BookedRegKey> regKeys) {
    }

    private PaymentRecord refreshed(PaymentRecord p) {
        Instant now = now();
        PaymentState s = p.payment().state();
        if ((s == PaymentState.REQUESTED || s == PaymentState.AUTHENTICATED)
                && !now.isBefore(p.requestedAt.plus(requestLifetime))) {
            p.apply(new PaymentEvent.Expire(), now);
        } else if (s == PaymentState.AUTHORIZED && p.authorizationExpiresAt().filter(at -> !now.isBefore(at)).isPresent()) {
            p.apply(new PaymentEvent.ExpireAuthorization(), now);
        }
        return p;
    }

    private Book book(ChannelId channel) {
        Book b = books.get(channel);
        if (b == null) {
            // Authentication admits configured channels only, so this is a bug in the sandbox.
            throw new IllegalStateException("no books for channel " + channel);
        }
        return b;
    }
}
