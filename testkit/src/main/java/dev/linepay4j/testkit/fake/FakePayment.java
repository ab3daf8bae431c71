package dev.linepay4j.testkit.fake;

import dev.linepay4j.domain.RegKey;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.payment.Payment;
import dev.linepay4j.domain.payment.PaymentEvent;
import dev.linepay4j.domain.payment.Transition;
import dev.linepay4j.domain.request.ConfirmUrlType;
import dev.linepay4j.domain.request.PaymentRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One payment in the fake's books: core's {@link Payment} value, which only {@link #apply} replaces (so
 * every change goes through {@link dev.linepay4j.domain.payment.PaymentMachine}), and what LINE Pay keeps
 * beside it (the request, dates, the regKey). Guarded by the fake's lock.
 */
final class FakePayment {

    final Instant requestedAt;
    /** The payment request; empty for a payment made with a regKey, which has none. */
    final Optional<PaymentRequest> request;
    /** The regKey a pre-approved payment was made with. */
    final Optional<RegKey> paidWith;
    final String productName;
    /** Requested with {@code payType=PREAPPROVED}: confirm issues a regKey. */
    final boolean preapproved;

    private Payment payment;
    private Instant confirmedAt;
    private Instant authorizationExpiresAt;
    private RegKey issuedRegKey;
    private final Map<TransactionId, Instant> refundDates = new LinkedHashMap<>();

    FakePayment(Payment payment, Instant requestedAt, Optional<PaymentRequest> request, Optional<RegKey> paidWith,
                String productName, boolean preapproved) {
        this.payment = payment;
        this.requestedAt = requestedAt;
        this.request = request;
        this.paidWith = paidWith;
        this.productName = productName;
        this.preapproved = preapproved;
    }

    Payment payment() {
        return payment;
    }

    TransactionId id() {
        return payment.transactionId();
    }

    /** Applies an event through core's machine; on a move the new payment replaces the old one. */
    Transition apply(PaymentEvent event) {
        Transition t = payment.apply(event);
        t.movedTo().ifPresent(next -> payment = next);
        return t;
    }

    ConfirmUrlType confirmUrlType() {
        return request.flatMap(r -> r.redirectUrls().confirmUrlType()).orElse(ConfirmUrlType.CLIENT);
    }

    Optional<Instant> confirmedAt() {
        return Optional.ofNullable(confirmedAt);
    }

    /** Dates the confirm (or key payment) that just went through; an authorization runs out after the lifetime. */
    void confirmed(Instant at, Duration authorizationLifetime) {
        this.confirmedAt = at;
        if (!payment.captureOnConfirm()) {
            this.authorizationExpiresAt = at.plus(authorizationLifetime);
        }
    }

    Optional<Instant> authorizationExpiresAt() {
        return Optional.ofNullable(authorizationExpiresAt);
    }

    Optional<RegKey> issuedRegKey() {
        return Optional.ofNullable(issuedRegKey);
    }

    void issuedRegKey(RegKey key) {
        this.issuedRegKey = key;
    }

    void refunded(TransactionId refundId, Instant at) {
        refundDates.put(refundId, at);
    }

    Instant refundDate(TransactionId refundId) {
        Instant at = refundDates.get(refundId);
        if (at == null) {
            throw new IllegalStateException("no date for refund " + refundId + " of payment " + id());
        }
        return at;
    }
}
