package dev.linepay4j.testkit.fake;

import dev.linepay4j.domain.RegKey;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.code.RegKeyStatus;
import dev.linepay4j.domain.payment.PaymentEvent;
import dev.linepay4j.domain.payment.PaymentState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fake's books: payments by transaction id, order id and refund id, and the regKeys it issued. Not
 * thread-safe: the fake holds its lock around every use.
 *
 * <p>Time-based changes are applied lazily, whenever a payment is looked at, as the sandbox does: a request
 * not confirmed within the request lifetime receives {@link PaymentEvent.Expire}, an authorization past its
 * expiry {@link PaymentEvent.ExpireAuthorization}. So a test that advances the clock sees the effect on its
 * next call or snapshot, with no timer thread.
 */
final class Books {

    private final Clock clock;
    private final Duration requestLifetime;
    private final Map<TransactionId, FakePayment> payments = new LinkedHashMap<>();
    private final Map<String, FakePayment> byOrderId = new HashMap<>();
    /** Refund transaction id → the payment it refunds, for details queried by a refund's id. */
    private final Map<TransactionId, FakePayment> byRefundId = new HashMap<>();
    /** Each issued key: {@link RegKeyStatus#USABLE} or {@link RegKeyStatus#EXPIRED}. */
    private final Map<RegKey, RegKeyStatus> regKeys = new LinkedHashMap<>();

    Books(Clock clock, Duration requestLifetime) {
        this.clock = clock;
        this.requestLifetime = requestLifetime;
    }

    Instant now() {
        return clock.instant();
    }

    Optional<FakePayment> payment(TransactionId id) {
        return Optional.ofNullable(payments.get(id)).map(this::refreshed);
    }

    Optional<FakePayment> paymentByOrderId(String orderId) {
        return Optional.ofNullable(byOrderId.get(orderId)).map(this::refreshed);
    }

    Optional<FakePayment> paymentByRefundId(TransactionId refundId) {
        return Optional.ofNullable(byRefundId.get(refundId)).map(this::refreshed);
    }

    boolean orderIdTaken(String orderId) {
        return byOrderId.containsKey(orderId);
    }

    void add(FakePayment p) {
        payments.put(p.id(), p);
        byOrderId.put(p.payment().orderId(), p);
    }

    void refunded(FakePayment p, TransactionId refundId, Instant at) {
        byRefundId.put(refundId, p);
        p.refunded(refundId, at);
    }

    /** Every payment, in the order they were requested, each with its due expiries applied. */
    List<FakePayment> payments() {
        List<FakePayment> all = new ArrayList<>(payments.size());
        for (FakePayment p : payments.values()) {
            all.add(refreshed(p));
        }
        return all;
    }

    Optional<RegKeyStatus> regKey(RegKey key) {
        return Optional.ofNullable(regKeys.get(key));
    }

    void issue(RegKey key) {
        regKeys.put(key, RegKeyStatus.USABLE);
    }

    void expire(RegKey key) {
        regKeys.put(key, RegKeyStatus.EXPIRED);
    }

    void clear() {
        payments.clear();
        byOrderId.clear();
        byRefundId.clear();
        regKeys.clear();
    }

    private FakePayment refreshed(FakePayment p) {
        Instant now = now();
        PaymentState s = p.payment().state();
        if ((s == PaymentState.REQUESTED || s == PaymentState.AUTHENTICATED)
                && !now.isBefore(p.requestedAt.plus(requestLifetime))) {
            p.apply(new PaymentEvent.Expire());
        } else if (s == PaymentState.AUTHORIZED
                && p.authorizationExpiresAt().filter(at -> !now.isBefore(at)).isPresent()) {
            p.apply(new PaymentEvent.ExpireAuthorization());
        }
        return p;
    }
}
