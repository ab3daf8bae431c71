package dev.linepay4j.it.sandbox;

import dev.linepay4j.Environment;
import dev.linepay4j.LinePay;
import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.request.ConfirmRequest;
import dev.linepay4j.domain.request.PayType;
import dev.linepay4j.domain.request.PaymentRequest;
import dev.linepay4j.domain.request.PaymentSettings;
import dev.linepay4j.domain.response.ConfirmResponse;
import dev.linepay4j.it.client.Clients;
import dev.linepay4j.testkit.sandbox.LinePaySandbox;
import dev.linepay4j.testkit.sandbox.SandboxOptions;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A merchant for the tests against {@link LinePaySandbox}: the sandbox with {@link Clients}' channel, clients
 * with short timeouts (a hung call fails the test in seconds, not LINE Pay's minute), unique order ids and
 * the payments the tests start from.
 */
final class Shop {

    static final Amount TOTAL = Amount.of(300);
    static final Currency TWD = Currency.TWD;
    static final ConfirmRequest CONFIRM = ConfirmRequest.of(TOTAL, TWD);

    private static final AtomicLong ORDERS = new AtomicLong();
    /** Distinguishes the order ids of runs sharing a sandbox (there is one sandbox per class). */
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36);

    private Shop() {
    }

    static LinePaySandbox sandbox() {
        return LinePaySandbox.start(SandboxOptions.builder().channel(Clients.CHANNEL_ID, Clients.SECRET).build());
    }

    static LinePay.Builder builder(LinePaySandbox sandbox, String transport, ApiVersion version) {
        return Clients.builder(transport, version, Environment.custom(sandbox.baseUri()))
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(10));
    }

    /**
     * A client that shows LINE Pay's answers as they are: no retries, no read-backs, so a refusal such as
     * a second confirm's 1172 arrives as the code (the reliability suites test what is layered on top).
     */
    static LinePay client(LinePaySandbox sandbox, String transport, ApiVersion version) {
        return builder(sandbox, transport, version).retryPolicy(dev.linepay4j.RetryPolicy.none()).reconciliation(false)
                .build();
    }

    static String orderId(String what) {
        return what + "-" + RUN + "-" + ORDERS.incrementAndGet();
    }

    /** 2 × 120 + 60 = 300 TWD, with the shop's confirm and cancel URLs. */
    static PaymentRequest order(String orderId, boolean capture, PayType payType) {
        PaymentRequest.Builder b = PaymentRequest.builder().orderId(orderId).currency(TWD).amount(TOTAL)
                .addPackage(p -> p.id("pkg-1").name("Tea stand").amount(TOTAL)
                        .addProduct(pr -> pr.name("Pearl milk tea").quantity(2).price(120))
                        .addProduct(pr -> pr.name("Egg tart").quantity(1).price(60)))
                .redirectUrls(r -> r.confirmUrl("https://shop.example/pay/confirm?shop=7")
                        .cancelUrl("https://shop.example/pay/cancel"));
        if (!capture || payType != PayType.NORMAL) {
            b.options(o -> o.payment(PaymentSettings.of(capture, payType)));
        }
        return b.build();
    }

    static PaymentRequest order(String orderId) {
        return order(orderId, true, PayType.NORMAL);
    }

    /** Requested, approved by the customer, not confirmed. */
    static TransactionId approved(LinePay linePay, LinePaySandbox sandbox, PaymentRequest order) {
        TransactionId id = linePay.request(order).transactionId();
        sandbox.approve(id);
        return id;
    }

    /** Requested, approved and confirmed. */
    static ConfirmResponse confirmed(LinePay linePay, LinePaySandbox sandbox, PaymentRequest order) {
        return linePay.confirm(approved(linePay, sandbox, order), ConfirmRequest.of(order.amount(), order.currency()));
    }
}
