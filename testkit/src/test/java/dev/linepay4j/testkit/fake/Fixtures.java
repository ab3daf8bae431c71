package dev.linepay4j.testkit.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.linepay4j.LinePayError;
import dev.linepay4j.LinePayException;
import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.RegKey;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.code.ReturnCode;
import dev.linepay4j.domain.request.ConfirmRequest;
import dev.linepay4j.domain.request.PayType;
import dev.linepay4j.domain.request.PaymentRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** A merchant for the tests: fakes on a fixed clock, orders of 300 TWD, payments walked to a state. */
final class Fixtures {

    static final Instant START = Instant.parse("2024-05-01T10:00:00Z");
    static final String CONFIRM_URL = "https://shop.example/pay/confirm";
    static final String CANCEL_URL = "https://shop.example/pay/cancel";
    static final Amount AMOUNT = Amount.of(300);
    static final ConfirmRequest CONFIRM = ConfirmRequest.of(AMOUNT, Currency.TWD);

    private static final AtomicInteger ORDERS = new AtomicInteger();

    private Fixtures() {
    }

    static FakeLinePay fake() {
        return fake(ApiVersion.ONLINE_V3);
    }

    static FakeLinePay fake(ApiVersion version) {
        return FakeLinePay.builder().apiVersion(version).clock(Clock.fixed(START, ZoneOffset.UTC)).build();
    }

    static String orderId() {
        return "order-" + ORDERS.incrementAndGet();
    }

    /** 300 TWD: one package, two products (2 × 100 tea and 1 × 100 cake). */
    static PaymentRequest.Builder order(String orderId) {
        return PaymentRequest.builder().orderId(orderId).currency(Currency.TWD).amount(300)
                .addPackage(p -> p.id("pkg-1").name("Tea shop").amount(300)
                        .addProduct(pr -> pr.id("tea").name("Pearl milk tea").quantity(2).price(100))
                        .addProduct(pr -> pr.name("Cake").quantity(1).price(100)))
                .redirectUrls(r -> r.confirmUrl(CONFIRM_URL).cancelUrl(CANCEL_URL));
    }

    static PaymentRequest order() {
        return order(orderId()).build();
    }

    static PaymentRequest authorizationOnly() {
        return order(orderId()).options(o -> o.capture(false)).build();
    }

    static PaymentRequest preapproved() {
        return order(orderId()).options(o -> o.payType(PayType.PREAPPROVED)).build();
    }

    static TransactionId requested(FakeLinePay fake, PaymentRequest request) {
        return fake.request(request).transactionId();
    }

    static TransactionId approved(FakeLinePay fake, PaymentRequest request) {
        TransactionId id = requested(fake, request);
        fake.approve(id);
        return id;
    }

    static TransactionId confirmed(FakeLinePay fake, PaymentRequest request) {
        TransactionId id = approved(fake, request);
        fake.confirm(id, ConfirmRequest.of(request.amount(), request.currency()));
        return id;
    }

    /** A captured payment of 300 TWD. */
    static TransactionId captured(FakeLinePay fake) {
        return confirmed(fake, order());
    }

    /** An authorization of 300 TWD ({@code capture=false}). */
    static TransactionId authorized(FakeLinePay fake) {
        return confirmed(fake, authorizationOnly());
    }

    /** A regKey issued by confirming a PREAPPROVED request. */
    static RegKey regKey(FakeLinePay fake) {
        PaymentRequest request = preapproved();
        TransactionId id = approved(fake, request);
        return fake.confirm(id, CONFIRM).regKey().orElseThrow();
    }

    static LinePayError errorOf(ThrowingCallable call) {
        LinePayException e = catchThrowableOfType(LinePayException.class, call);
        assertThat(e).as("a LinePayException").isNotNull();
        return e.error();
    }

    /** The code of the {@link LinePayError.ApiError} the call fails with. */
    static String codeOf(ThrowingCallable call) {
        LinePayError error = errorOf(call);
        assertThat(error).isInstanceOf(LinePayError.ApiError.class);
        return ((LinePayError.ApiError) error).returnCode().code();
    }

    static ReturnCode code(String code) {
        return ReturnCode.of(code);
    }
}
