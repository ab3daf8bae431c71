package dev.linepay4j.testkit.sandbox;

import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.domain.ChannelId;
import dev.linepay4j.domain.RegKey;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.payment.Payment;
import dev.linepay4j.domain.payment.PaymentEvent;
import dev.linepay4j.domain.payment.Transition;
import dev.linepay4j.domain.request.ConfirmUrlType;
import dev.linepay4j.domain.request.PaymentRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One payment in the sandbox's books: core's {@link Payment} value, which only {@link #apply} replaces
 * (so every change goes through {@link dev.linepay4j.domain.payment.PaymentMachine}), and what LINE Pay
 * keeps beside it (the request, dates, the regKey). Guarded by the {@link Ledger}'s lock.
 */
final class PaymentRecord {

    final ChannelId channel;
    final String merchantName;
    final ApiVersion requestedWith;
    final Instant requestedAt;
    /** The payment request; empty for a payment made with a regKey, which has none. */
    final Optional<PaymentRequest> request;
    /** The regKey a pre-approved payment was made with. */
    final Optional<RegKey> paidWith;
    final String productName;
    final String paymentAccessToken;
    final boolean preapproved;

    private Payment payment;
    private Instant confirmedAt;
    private Instant authorizationExpiresAt;
    private RegKey issuedRegKey;
    /** For a payment made with a My Code (Offline API): how the customer paid, as {@code payInfo[].method}. */
    private String offlineMethod;
    private final Map<TransactionId, Instant> refundDates = new LinkedHashMap<>();
    private final List<SandboxBooks.Movement> movements = new ArrayList<>();

    PaymentRecord(ChannelId channel, String merchantName, ApiVersion requestedWith, Instant requestedAt, Optional<PaymentRequest> request,
                  Optional<RegKey> paidWith, String productName, String paymentAccessToken, boolean preapproved,
                  Payment payment) {
        this.channel = channel;
        this.merchantName = merchantName;
        this.requestedWith = requestedWith;
        this.requestedAt = requestedAt;
        this.request = request;
        this.paidWith = paidWith;
        this.productName = productName;
        this.paymentAccessToken = paymentAccessToken;
        this.preapproved = preapproved;
        this.payment = payment;
    }

    Payment payment() {
        return payment;
    }

    TransactionId id() {
        return payment.transactionId();
    }

    /** Applies an event through core's machine; on a move the new payment replaces the old one. */
    Transition apply(PaymentEvent event, Instant at) {
        Transition t = payment.apply(event);
        t.movedTo().ifPresent(next -> {
            movements.add(new SandboxBooks.Movement(at, event, payment.state(), next.state()));
            payment = next;
        });
        return t;
    }

    ConfirmUrlType confirmUrlType() {
        return request.flatMap(r -> r.redirectUrls().confirmUrlType()).orElse(ConfirmUrlType.CLIENT);
    }

    Optional<Instant> confirmedAt() {
        return Optional.ofNullable(confirmedAt);
    }

    void confirmedAt(Instant at) {
        this.confirmedAt = at;
    }

    Optional<Instant> authorizationExpiresAt() {
        return Optional.ofNullable(authorizationExpiresAt);
    }

    void authorizationExpiresAt(Instant at) {
        this.authorizationExpiresAt = at;
    }

    Optional<RegKey> issuedRegKey() {
        return Optional.ofNullable(issuedRegKey);
    }

    void issuedRegKey(RegKey key) {
        this.issuedRegKey = key;
    }

    /** How the customer paid a My Code payment; empty for a payment of the Online API. */
    Optional<String> offlineMethod() {
        return Optional.ofNullable(offlineMethod);
    }

    void offlineMethod(String method) {
        this.offlineMethod = method;
    }

    /** Whether the payment was made through the Offline API (with a My Code). */
    boolean isOffline() {
        return !requestedWith.isOnline();
    }

    void refunded(TransactionId refundId, Instant at) {
        refundDates.put(refundId, at);
    }

    Optional<Instant> refundDate(TransactionId refundId) {
        return Optional.ofNullable(refundDates.get(refundId));
    }

    SandboxBooks.BookedPayment snapshot() {
        return new SandboxBooks.BookedPayment(channel, requestedWith, payment, requestedAt, Optional.ofNullable(confirmedAt),
                Optional.ofNullable(authorizationExpiresAt), Optional.ofNullable(issuedRegKey), paidWith,
                List.copyOf(movements));
    }
}
