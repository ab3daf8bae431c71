package dev.linepay4j.it.reliability;

import dev.linepay4j.Environment;
import dev.linepay4j.LinePay;
import dev.linepay4j.LinePayListener;
import dev.linepay4j.RetryPolicy;
import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.RegKey;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.request.ConfirmRequest;
import dev.linepay4j.domain.request.PayType;
import dev.linepay4j.domain.request.PaymentRequest;
import dev.linepay4j.domain.request.PreapprovedPaymentRequest;
import dev.linepay4j.testkit.sandbox.LinePaySandbox;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A merchant for the reliability tests: makes clients that talk to a {@link LinePaySandbox} over a
 * named transport, and walks payments to the state a test starts from, through a client of its own that
 * no fault is aimed at (faults are injected after the walk).
 */
final class SandboxShop {

    static final List<String> TRANSPORTS = List.of("okhttp", "apache", "jdk");
    static final Amount PRICE = Amount.of(300);
    static final Amount PART = Amount.of(100);

    private static final AtomicLong ORDERS = new AtomicLong();

    final LinePaySandbox sandbox;
    final LinePay linePay;

    SandboxShop(LinePaySandbox sandbox, LinePay linePay) {
        this.sandbox = sandbox;
        this.linePay = linePay;
    }

    static Stream<String> transports() {
        return TRANSPORTS.stream();
    }

    static LinePay.Builder client(String transport, LinePaySandbox sandbox) {
        return LinePay.builder().channelId(LinePaySandbox.DEFAULT_CHANNEL_ID)
                .channelSecret(LinePaySandbox.DEFAULT_CHANNEL_SECRET)
                .environment(Environment.custom(sandbox.baseUri()))
                .apiVersion(ApiVersion.ONLINE_V3)
                .transport(transport);
    }

    static LinePay client(String transport, LinePaySandbox sandbox, LinePayListener listener, RetryPolicy policy) {
        return client(transport, sandbox).listener(listener).retryPolicy(policy).build();
    }

    static String orderId(String prefix) {
        return prefix + "-" + ORDERS.incrementAndGet() + "-" + System.nanoTime();
    }

    static PaymentRequest order(String orderId, boolean capture, boolean preapproved) {
        PaymentRequest.Builder b = PaymentRequest.builder().orderId(orderId).currency(Currency.TWD).amount(300)
                .addPackage(p -> p.id("pkg-1").amount(300)
                        .addProduct(pr -> pr.name("Pearl milk tea").quantity(2).price(150)))
                .redirectUrls(r -> r.confirmUrl("https://shop.example/pay/confirm")
                        .cancelUrl("https://shop.example/pay/cancel"));
        if (!capture) {
            b.options(o -> o.capture(false));
        } else if (preapproved) {
            b.options(o -> o.payType(PayType.PREAPPROVED));
        }
        return b.build();
    }

    static ConfirmRequest confirmRequest() {
        return ConfirmRequest.of(PRICE, Currency.TWD);
    }

    static PreapprovedPaymentRequest keyPayment(String orderId) {
        return PreapprovedPaymentRequest.builder().productName("Monthly tea").amount(PRICE).currency(Currency.TWD)
                .orderId(orderId).build();
    }

    TransactionId requested(boolean capture, boolean preapproved) {
        return linePay.request(order(orderId("o"), capture, preapproved)).transactionId();
    }

    /** Requested and approved by the customer: ready to confirm. */
    TransactionId approved() {
        TransactionId id = requested(true, false);
        sandbox.approve(id);
        return id;
    }

    /** Confirmed with capture: 300 TWD taken. */
    TransactionId captured() {
        TransactionId id = approved();
        linePay.confirm(id, confirmRequest());
        return id;
    }

    /** Confirmed with capture=false: 300 TWD authorized. */
    TransactionId authorized() {
        TransactionId id = requested(false, false);
        sandbox.approve(id);
        linePay.confirm(id, confirmRequest());
        return id;
    }

    /** A PREAPPROVED payment confirmed: its regKey. */
    RegKey regKey() {
        TransactionId id = requested(true, true);
        sandbox.approve(id);
        return linePay.confirm(id, confirmRequest()).regKey().orElseThrow();
    }
}
