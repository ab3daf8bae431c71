package dev.linepay4j.vavr;

import dev.linepay4j.Environment;
import dev.linepay4j.LinePay;
import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.OrderId;
import dev.linepay4j.domain.RegKey;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.payment.PaymentState;
import dev.linepay4j.domain.request.CaptureRequest;
import dev.linepay4j.domain.request.ConfirmRequest;
import dev.linepay4j.domain.request.PayType;
import dev.linepay4j.domain.request.PaymentRequest;
import dev.linepay4j.domain.request.PreapprovedPaymentRequest;
import dev.linepay4j.domain.request.RegPayPeriodType;
import dev.linepay4j.testkit.sandbox.LinePaySandbox;
import dev.linepay4j.testkit.sandbox.SandboxBooks.RegKeyState;
import dev.linepay4j.testkit.sandbox.SandboxEndpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.UUID;

/**
 * A merchant for the tests: makes real clients (JDK transport, Jackson codec) pointed at a sandbox, and
 * builds the requests and the payments in the state a test needs, through the plain client, so that
 * each test exercises one view of the façade only where it means to.
 */
final class Shop {

    /** A payment of 300 TWD. */
    static final Amount AMOUNT = Amount.of(300);
    static final ConfirmRequest CONFIRM = ConfirmRequest.of(AMOUNT, Currency.TWD);
    static final CaptureRequest CAPTURE = CaptureRequest.of(AMOUNT, Currency.TWD);
    /** Every wait in the tests is bounded by this. */
    static final Duration WAIT = Duration.ofSeconds(10);

    final LinePaySandbox sandbox;
    final LinePay linePay;

    Shop(LinePaySandbox sandbox) {
        this.sandbox = sandbox;
        this.linePay = client(Environment.custom(sandbox.baseUri()));
    }

    static LinePay client(Environment environment) {
        return LinePay.builder()
                .channelId(LinePaySandbox.DEFAULT_CHANNEL_ID)
                .channelSecret(LinePaySandbox.DEFAULT_CHANNEL_SECRET)
                .environment(environment)
                .apiVersion(ApiVersion.ONLINE_V3)
                .transport("jdk")
                .codec("jackson")
                .build();
    }

    /** A client for a loopback port where nothing listens: every call is refused. */
    static LinePay refusedClient() {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return client(Environment.custom("http://127.0.0.1:" + closedPort));
    }

    static OrderId orderId() {
        return OrderId.of("vavr-" + UUID.randomUUID());
    }

    private static PaymentRequest.Builder basic(OrderId orderId) {
        return PaymentRequest.builder().orderId(orderId).currency(Currency.TWD).amount(AMOUNT)
                .addPackage(p -> p.id("pkg-1").amount(AMOUNT).name("Tea shop")
                        .addProduct(pr -> pr.name("Pearl milk tea").quantity(2).price(150)))
                .redirectUrls(r -> r.confirmUrl("https://shop.example/pay/confirm")
                        .cancelUrl("https://shop.example/pay/cancel"));
    }

    /** Paid at confirm. */
    static PaymentRequest payment() {
        return basic(orderId()).build();
    }

    /** Authorized at confirm, captured later. */
    static PaymentRequest authorization() {
        return basic(orderId()).options(o -> o.capture(false)).build();
    }

    /** Confirming it issues a regKey. */
    static PaymentRequest preapproved() {
        return basic(orderId()).options(o -> o.payType(PayType.PREAPPROVED)).build();
    }

    /** A field Online API v3 does not accept: the client refuses it before sending. */
    static PaymentRequest v4Only() {
        return basic(orderId()).options(o -> o.regPayRequest(r -> r.regPayPeriodType(RegPayPeriodType.NON_RECURRING)))
                .build();
    }

    static PreapprovedPaymentRequest keyPayment() {
        return PreapprovedPaymentRequest.builder().productName("Monthly tea").amount(AMOUNT).currency(Currency.TWD)
                .orderId(orderId()).build();
    }

    /** Requested, not yet approved by the customer. */
    TransactionId requested(PaymentRequest request) {
        return linePay.request(request).transactionId();
    }

    /** Requested and approved by the customer: ready to confirm. */
    TransactionId approved(PaymentRequest request) {
        TransactionId id = requested(request);
        sandbox.approve(id);
        return id;
    }

    /** Confirmed: paid or, for {@link #authorization()}, authorized. */
    TransactionId confirmed(PaymentRequest request) {
        TransactionId id = approved(request);
        linePay.confirm(id, CONFIRM);
        return id;
    }

    /** How many API calls the sandbox has received, on every endpoint. */
    long received() {
        return sandbox.books().callCounts().values().stream().mapToLong(c -> c.received()).sum();
    }

    /** How many calls to one endpoint the sandbox has processed. */
    long processed(SandboxEndpoint endpoint) {
        return sandbox.books().calls(endpoint).processed();
    }

    /** Where a payment stands in the sandbox's books. */
    PaymentState state(TransactionId id) {
        return sandbox.books().payment(id).orElseThrow().payment().state();
    }

    /** Where a key stands in the sandbox's books. */
    RegKeyState state(RegKey key) {
        return sandbox.books().regKey(key).orElseThrow().state();
    }

    /** A usable pre-approved key. */
    RegKey regKey() {
        TransactionId id = approved(preapproved());
        return linePay.confirm(id, CONFIRM).regKey().orElseThrow();
    }
}
