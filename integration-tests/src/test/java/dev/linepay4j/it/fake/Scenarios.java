package dev.linepay4j.it.fake;

import dev.linepay4j.Endpoint;
import dev.linepay4j.OnlinePayments;
import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.OrderId;
import dev.linepay4j.domain.RegKey;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.code.ReturnCode;
import dev.linepay4j.domain.request.CaptureRequest;
import dev.linepay4j.domain.request.ConfirmRequest;
import dev.linepay4j.domain.request.ConfirmUrlType;
import dev.linepay4j.domain.request.PayType;
import dev.linepay4j.domain.request.PaymentDetailsQuery;
import dev.linepay4j.domain.request.PaymentRequest;
import dev.linepay4j.domain.request.PreapprovedPaymentRequest;
import dev.linepay4j.domain.request.RefundRequest;
import dev.linepay4j.domain.request.RegPayPeriodType;
import dev.linepay4j.domain.response.ConfirmResponse;
import dev.linepay4j.domain.response.RefundResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/** The scripted scenarios, each run on the fake and on the sandbox. */
final class Scenarios {

    static final TransactionId UNKNOWN = TransactionId.parse("2024050100000000001");
    static final RegKey NO_SUCH_KEY = RegKey.of("RK0000000000000");
    static final ConfirmRequest CONFIRM = ConfirmRequest.of(Amount.of(300), Currency.TWD);

    private Scenarios() {
    }

    /** 300 TWD, one package of two products. */
    static PaymentRequest.Builder order(String orderId) {
        return PaymentRequest.builder().orderId(orderId).currency(Currency.TWD).amount(300)
                .addPackage(p -> p.id("pkg-1").name("Tea shop").amount(300)
                        .addProduct(pr -> pr.id("tea").name("Pearl milk tea").quantity(2).price(100)
                                .imageUrl("https://shop.example/tea.png").originalPrice(120))
                        .addProduct(pr -> pr.name("Cake").quantity(1).price(100)))
                .redirectUrls(r -> r.confirmUrl("https://shop.example/pay/confirm").cancelUrl("https://shop.example/pay/cancel"));
    }

    static void captureAndRefund(Script s) {
        OnlinePayments api = s.api();
        PaymentRequest order = order("A-1").build();
        TransactionId id = s.must("request", () -> api.request(order)).transactionId();
        s.step("status", () -> api.checkRequestStatus(id));
        s.step("details before confirm", () -> api.paymentDetails(PaymentDetailsQuery.ofTransactionIds(id)));
        s.step("customer approves", () -> s.world.approve(id));
        s.step("status", () -> api.checkRequestStatus(id));
        s.must("confirm", () -> api.confirm(id, CONFIRM));
        s.step("status", () -> api.checkRequestStatus(id));
        s.step("details by id", () -> api.paymentDetails(PaymentDetailsQuery.ofTransactionIds(id)));
        s.step("details by order id", () -> api.paymentDetails(PaymentDetailsQuery.ofOrderIds(order.orderId())));
        RefundResponse partial = s.must("refund 100", () -> api.refund(id, RefundRequest.partial(Amount.of(100), Currency.TWD)));
        s.step("details after a refund", () -> api.paymentDetails(PaymentDetailsQuery.ofTransactionIds(id)));
        s.step("details of the refund", () -> api.paymentDetails(PaymentDetailsQuery.ofTransactionIds(partial.refundTransactionId())));
        s.step("refund 201", () -> api.refund(id, RefundRequest.partial(Amount.of(201), Currency.TWD)));
        s.step("refund the rest", () -> api.refund(id, RefundRequest.full()));
        s.step("refund again", () -> api.refund(id, RefundRequest.full()));
        s.step("details of payment, refund and order", () -> api.paymentDetails(new PaymentDetailsQuery(
                List.of(partial.refundTransactionId(), id), List.of(order.orderId()))));
        s.step("status", () -> api.checkRequestStatus(id));
        s.books(id);
    }

    static void refusals(Script s) {
        OnlinePayments api = s.api();
        PaymentRequest order = order("B-1").build();
        TransactionId id = s.must("request", () -> api.request(order)).transactionId();
        s.step("confirm before approval", () -> api.confirm(id, CONFIRM));
        s.step("customer approves", () -> s.world.approve(id));
        s.step("customer approves again", () -> s.world.approve(id));
        s.step("capture before confirm", () -> api.capture(id, CaptureRequest.of(Amount.of(300), Currency.TWD)));
        s.step("void before confirm", () -> api.voidAuthorization(id));
        s.step("refund before confirm", () -> api.refund(id, RefundRequest.full()));
        s.step("details by order id before confirm", () -> api.paymentDetails(PaymentDetailsQuery.ofOrderIds(order.orderId())));
        s.step("confirm 299", () -> api.confirm(id, ConfirmRequest.of(Amount.of(299), Currency.TWD)));
        s.step("confirm in USD", () -> api.confirm(id, ConfirmRequest.of(Amount.of(300), Currency.USD)));
        s.step("confirm", () -> api.confirm(id, CONFIRM));
        s.step("confirm again", () -> api.confirm(id, CONFIRM));
        s.step("request the same order id", () -> api.request(order));
        s.step("capture a captured payment", () -> api.capture(id, CaptureRequest.of(Amount.of(300), Currency.TWD)));
        s.step("void a captured payment", () -> api.voidAuthorization(id));
        s.step("refund 301", () -> api.refund(id, RefundRequest.partial(Amount.of(301), Currency.TWD)));
        s.step("confirm unknown", () -> api.confirm(UNKNOWN, CONFIRM));
        s.step("capture unknown", () -> api.capture(UNKNOWN, CaptureRequest.of(Amount.of(1), Currency.TWD)));
        s.step("void unknown", () -> api.voidAuthorization(UNKNOWN));
        s.step("refund unknown", () -> api.refund(UNKNOWN, RefundRequest.full()));
        s.step("status unknown", () -> api.checkRequestStatus(UNKNOWN));
        s.step("details unknown", () -> api.paymentDetails(new PaymentDetailsQuery(List.of(UNKNOWN), List.of(OrderId.of("none")))));
        s.step("customer approves unknown", () -> s.world.approve(UNKNOWN));
        s.books(id);
    }

    static void authorizations(Script s) {
        OnlinePayments api = s.api();
        Consumer<PaymentRequest.Builder> none = b -> { };
        TransactionId first = authorized(s, "C-1", none);
        s.step("details of an authorization", () -> api.paymentDetails(PaymentDetailsQuery.ofTransactionIds(first)));
        s.step("refund an authorization", () -> api.refund(first, RefundRequest.full()));
        s.step("capture 301", () -> api.capture(first, CaptureRequest.of(Amount.of(301), Currency.TWD)));
        s.step("capture in USD", () -> api.capture(first, CaptureRequest.of(Amount.of(250), Currency.USD)));
        s.step("capture 250", () -> api.capture(first, CaptureRequest.of(Amount.of(250), Currency.TWD)));
        s.step("details after capture", () -> api.paymentDetails(PaymentDetailsQuery.ofTransactionIds(first)));
        s.step("refund 251", () -> api.refund(first, RefundRequest.partial(Amount.of(251), Currency.TWD)));
        s.step("refund everything", () -> api.refund(first, RefundRequest.full()));
        s.step("void a refunded payment", () -> api.voidAuthorization(first));
        s.books(first);

        TransactionId second = authorized(s, "C-2", none);
        s.step("void", () -> api.voidAuthorization(second));
        s.step("void again", () -> api.voidAuthorization(second));
        s.step("capture a voided authorization", () -> api.capture(second, CaptureRequest.of(Amount.of(300), Currency.TWD)));
        s.step("refund a voided authorization", () -> api.refund(second, RefundRequest.full()));
        s.step("details of a voided authorization", () -> api.paymentDetails(PaymentDetailsQuery.ofTransactionIds(second)));

        TransactionId third = authorized(s, "C-3", none);
        s.step("LINE Pay lets the authorization expire", () -> s.world.expireAuthorization(third));
        s.step("capture an expired authorization", () -> api.capture(third, CaptureRequest.of(Amount.of(300), Currency.TWD)));
        s.step("void an expired authorization", () -> api.voidAuthorization(third));
        s.step("LINE Pay lets it expire again", () -> s.world.expireAuthorization(third));

        TransactionId fourth = authorized(s, "C-4", none);
        s.step("four days on", () -> s.world.advance(Duration.ofDays(4)));
        s.step("details before the expiry", () -> api.paymentDetails(PaymentDetailsQuery.ofTransactionIds(fourth)));
        s.step("a day on", () -> s.world.advance(Duration.ofDays(1)));
        s.step("details after the expiry", () -> api.paymentDetails(PaymentDetailsQuery.ofTransactionIds(fourth)));
        s.books(fourth);
    }

    private static TransactionId authorized(Script s, String orderId, Consumer<PaymentRequest.Builder> more) {
        PaymentRequest.Builder b = order(orderId).options(o -> o.capture(false));
        more.accept(b);
        PaymentRequest order = b.build();
        TransactionId id = s.must("request " + orderId + " (capture=false)", () -> s.api().request(order)).transactionId();
        s.step("customer approves", () -> s.world.approve(id));
        s.must("confirm", () -> s.api().confirm(id, CONFIRM));
        return id;
    }

    static void customerAndClock(Script s) {
        OnlinePayments api = s.api();
        TransactionId cancelled = s.must("request D-1", () -> api.request(order("D-1").build())).transactionId();
        s.step("customer cancels", () -> s.world.cancel(cancelled));
        s.step("status", () -> api.checkRequestStatus(cancelled));
        s.step("confirm a cancelled request", () -> api.confirm(cancelled, CONFIRM));
        s.step("customer approves a cancelled request", () -> s.world.approve(cancelled));

        TransactionId failed = s.must("request D-2", () -> api.request(order("D-2").build())).transactionId();
        s.step("LINE Pay fails it", () -> s.world.fail(failed));
        s.step("status", () -> api.checkRequestStatus(failed));
        s.step("confirm a failed request", () -> api.confirm(failed, CONFIRM));

        TransactionId expired = s.must("request D-3", () -> api.request(order("D-3").build())).transactionId();
        s.step("LINE Pay lets it expire", () -> s.world.expire(expired));
        s.step("status", () -> api.checkRequestStatus(expired));
        s.step("confirm an expired request", () -> api.confirm(expired, CONFIRM));

        TransactionId late = s.must("request D-4", () -> api.request(order("D-4").build())).transactionId();
        s.step("customer approves", () -> s.world.approve(late));
        s.step("19 minutes 59 on", () -> s.world.advance(Duration.ofMinutes(20).minusSeconds(1)));
        s.step("status", () -> api.checkRequestStatus(late));
        TransactionId waiting = s.must("request D-5", () -> api.request(order("D-5").build())).transactionId();
        s.step("a second on", () -> s.world.advance(Duration.ofSeconds(1)));
        s.step("status after 20 minutes", () -> api.checkRequestStatus(late));
        s.step("confirm after 20 minutes", () -> api.confirm(late, CONFIRM));
        s.step("customer approves the later request", () -> s.world.approve(waiting));
        s.step("confirm it", () -> api.confirm(waiting, CONFIRM));
        s.books(late);

        TransactionId ownQuery = s.must("request D-6 with a query in confirmUrl", () -> api.request(order("D-6")
                .redirectUrls(r -> r.confirmUrl("https://shop.example/pay/confirm?shop=7&lang=zh")
                        .cancelUrl("https://shop.example/pay/cancel?shop=7")).build())).transactionId();
        s.step("customer approves", () -> s.world.approve(ownQuery));
        TransactionId ownOrderId = s.must("request D-7 with an orderId in confirmUrl", () -> api.request(order("D-7")
                .redirectUrls(r -> r.confirmUrl("https://shop.example/pay/confirm?orderId=D-7")
                        .cancelUrl("https://shop.example/pay/cancel?orderId=D-7")).build())).transactionId();
        s.step("customer cancels", () -> s.world.cancel(ownOrderId));
        TransactionId odd = s.must("request with an order id to encode", () -> api.request(order("D 8&9/ü").build()))
                .transactionId();
        s.step("customer approves", () -> s.world.approve(odd));
        TransactionId polled = s.must("request D-10 with confirmUrlType NONE", () -> api.request(order("D-10")
                .redirectUrls(r -> r.confirmUrlType(ConfirmUrlType.NONE)).build())).transactionId();
        s.step("customer approves", () -> s.world.approve(polled));
        s.step("status", () -> api.checkRequestStatus(polled));
        s.step("customer cancels an approved request", () -> s.world.cancel(polled));
        s.step("LINE Pay fails a confirmed payment", () -> s.world.fail(waiting));
    }

    static void preapproved(Script s) {
        OnlinePayments api = s.api();
        PaymentRequest subscribe = order("E-1").options(o -> o.payType(PayType.PREAPPROVED)).build();
        TransactionId first = s.must("request E-1 (PREAPPROVED)", () -> api.request(subscribe)).transactionId();
        s.step("customer approves", () -> s.world.approve(first));
        ConfirmResponse confirmed = s.must("confirm", () -> api.confirm(first, CONFIRM));
        RegKey key = confirmed.regKey().orElseThrow();
        s.step("check the key", () -> api.checkRegKey(key));
        s.step("check the key with card authorization", () -> api.checkRegKey(key, true));
        TransactionId charged = s.must("pay S-1 with the key", () -> api.payPreapproved(key, charge("S-1", true)))
                .transactionId();
        TransactionId held = s.must("pay S-2 with the key, capture=false", () -> api.payPreapproved(key, charge("S-2", false)))
                .transactionId();
        s.step("details of both", () -> api.paymentDetails(PaymentDetailsQuery.ofTransactionIds(charged, held)));
        s.step("pay S-1 again", () -> api.payPreapproved(key, charge("S-1", true)));
        s.step("pay with the order id of the first request", () -> api.payPreapproved(key, charge("E-1", true)));
        s.step("capture S-2", () -> api.capture(held, CaptureRequest.of(Amount.of(150), Currency.TWD)));
        s.step("refund S-1", () -> api.refund(charged, RefundRequest.full()));
        s.books(charged);
        s.step("expire the key", () -> api.expireRegKey(key));
        s.step("check the expired key", () -> api.checkRegKey(key));
        s.step("pay with the expired key", () -> api.payPreapproved(key, charge("S-3", true)));
        s.step("expire it again", () -> api.expireRegKey(key));
        s.step("check an unknown key", () -> api.checkRegKey(NO_SUCH_KEY));
        s.step("pay with an unknown key", () -> api.payPreapproved(NO_SUCH_KEY, charge("S-4", true)));
        s.step("expire an unknown key", () -> api.expireRegKey(NO_SUCH_KEY));

        TransactionId second = s.must("request E-2 (PREAPPROVED)", () -> api.request(order("E-2")
                .options(o -> o.payType(PayType.PREAPPROVED)).build())).transactionId();
        s.step("customer approves", () -> s.world.approve(second));
        RegKey other = s.must("confirm", () -> api.confirm(second, CONFIRM)).regKey().orElseThrow();
        s.step("LINE Pay lets the key expire", () -> s.world.letRegKeyExpire(other));
        s.step("check it", () -> api.checkRegKey(other));
        s.step("LINE Pay lets it expire again", () -> s.world.letRegKeyExpire(other));
        s.step("LINE Pay lets an unknown key expire", () -> s.world.letRegKeyExpire(NO_SUCH_KEY));
    }

    private static PreapprovedPaymentRequest charge(String orderId, boolean capture) {
        return PreapprovedPaymentRequest.builder().productName("Monthly tea").amount(150).currency(Currency.TWD)
                .orderId(orderId).capture(capture).build();
    }

    static void clientChecks(Script s) {
        OnlinePayments api = s.api();
        s.step("request with a v4-only field", () -> api.request(order("F-1")
                .options(o -> o.regPayRequest(r -> r.regPayPeriodType(RegPayPeriodType.NON_RECURRING))).build()));
        s.step("request with a v3-only field", () -> api.request(PaymentRequest.builder().orderId("F-2")
                .currency(Currency.TWD).amount(310)
                .addPackage(p -> p.id("pkg-1").amount(300).userFee(10).addProduct(pr -> pr.name("Tea").quantity(3).price(100)))
                .redirectUrls(r -> r.confirmUrl("https://shop.example/c").cancelUrl("https://shop.example/x")).build()));
        s.step("details after both", () -> api.paymentDetails(PaymentDetailsQuery.ofOrderIds(OrderId.of("F-1"), OrderId.of("F-2"))));
    }

    static void asyncForms(Script s) {
        OnlinePayments api = s.api();
        TransactionId id = s.must("request async", () -> api.requestAsync(order("G-1").options(o -> o.capture(false)).build())
                .join()).transactionId();
        s.step("status async", () -> api.checkRequestStatusAsync(id).join());
        s.step("confirm async before approval", () -> api.confirmAsync(id, CONFIRM).join());
        s.step("customer approves", () -> s.world.approve(id));
        s.step("confirm async", () -> api.confirmAsync(id, CONFIRM).join());
        s.step("capture async", () -> api.captureAsync(id, CaptureRequest.of(Amount.of(300), Currency.TWD)).join());
        s.step("void async", () -> api.voidAuthorizationAsync(id).join());
        s.step("refund async", () -> api.refundAsync(id, RefundRequest.partial(Amount.of(10), Currency.TWD)).join());
        s.step("details async", () -> api.paymentDetailsAsync(PaymentDetailsQuery.ofTransactionIds(id)).join());
        s.step("key check async", () -> api.checkRegKeyAsync(NO_SUCH_KEY, false).join());
        s.step("key payment async", () -> api.payPreapprovedAsync(NO_SUCH_KEY, charge("G-2", true)).join());
        s.step("key expiry async", () -> api.expireRegKeyAsync(NO_SUCH_KEY).join());
        s.step("request async with a field the version lacks", () -> api.requestAsync(order("G-3")
                .options(o -> o.regPayRequest(r -> r.regPayPeriodType(RegPayPeriodType.NON_RECURRING))).build()).join());
    }

    static void failures(Script s) {
        OnlinePayments api = s.api();
        TransactionId id = s.must("request H-1", () -> api.request(order("H-1").options(o -> o.capture(false)).build()))
                .transactionId();
        s.step("customer approves", () -> s.world.approve(id));
        s.world.answerCode(Endpoint.CONFIRM, ReturnCode.of("1141"), "Payment account status error.");
        s.step("confirm answered 1141", () -> api.confirm(id, CONFIRM));
        s.world.answerCode(Endpoint.CHECK_REQUEST_STATUS, ReturnCode.of("0122"), "Payment failed.");
        s.step("status answered 0122", () -> api.checkRequestStatus(id));
        s.step("status", () -> api.checkRequestStatus(id));
        s.world.answerCode(Endpoint.CHECK_REQUEST_STATUS, ReturnCode.of("1104"), "Merchant not found.");
        s.step("status answered 1104", () -> api.checkRequestStatus(id));
        s.world.loseAnswer(Endpoint.CONFIRM);
        s.step("confirm, answer lost", () -> s.quick().confirm(id, CONFIRM));
        s.books(id);
        s.step("details show the confirm", () -> api.paymentDetails(PaymentDetailsQuery.ofTransactionIds(id)));
        s.world.gatewayError(Endpoint.CAPTURE);
        s.step("capture, gateway error", () -> api.capture(id, CaptureRequest.of(Amount.of(300), Currency.TWD)));
        s.world.gatewayError(Endpoint.PAYMENT_DETAILS);
        s.step("details, gateway error", () -> api.paymentDetails(PaymentDetailsQuery.ofTransactionIds(id)));
        s.books(id);
        s.world.garbleAnswer(Endpoint.CAPTURE);
        s.step("capture, answer garbled", () -> api.capture(id, CaptureRequest.of(Amount.of(300), Currency.TWD)));
        s.books(id);
        s.world.answerCode(Endpoint.REFUND, ReturnCode.of("9000"), "Internal error.");
        s.step("refund answered 9000", () -> api.refund(id, RefundRequest.full()));
        s.step("refund", () -> api.refund(id, RefundRequest.full()));

        RegKey key = regKey(s, "H-2");
        s.world.answerCode(Endpoint.CHECK_REG_KEY, ReturnCode.of("1141"), "Payment account status error.");
        s.step("key check answered 1141", () -> api.checkRegKey(key));
        s.world.answerCode(Endpoint.PAY_PREAPPROVED, ReturnCode.of("1141"), "Payment account status error.");
        s.step("key payment answered 1141", () -> api.payPreapproved(key, charge("S-9", true)));
        s.step("key check", () -> api.checkRegKey(key));
    }

    private static RegKey regKey(Script s, String orderId) {
        TransactionId id = s.must("request " + orderId + " (PREAPPROVED)", () -> s.api().request(order(orderId)
                .options(o -> o.payType(PayType.PREAPPROVED)).build())).transactionId();
        s.step("customer approves", () -> s.world.approve(id));
        return s.must("confirm", () -> s.api().confirm(id, CONFIRM)).regKey().orElseThrow();
    }

    /** Every scenario by name. */
    static List<Object[]> all() {
        List<Object[]> out = new java.util.ArrayList<>();
        for (ApiVersion v : List.of(ApiVersion.ONLINE_V3, ApiVersion.ONLINE_V4)) {
            out.add(new Object[] {"captureAndRefund", v, (Consumer<Script>) Scenarios::captureAndRefund});
            out.add(new Object[] {"refusals", v, (Consumer<Script>) Scenarios::refusals});
            out.add(new Object[] {"authorizations", v, (Consumer<Script>) Scenarios::authorizations});
            out.add(new Object[] {"customerAndClock", v, (Consumer<Script>) Scenarios::customerAndClock});
            out.add(new Object[] {"preapproved", v, (Consumer<Script>) Scenarios::preapproved});
            out.add(new Object[] {"clientChecks", v, (Consumer<Script>) Scenarios::clientChecks});
            out.add(new Object[] {"asyncForms", v, (Consumer<Script>) Scenarios::asyncForms});
            out.add(new Object[] {"failures", v, (Consumer<Script>) Scenarios::failures});
        }
        return out;
    }
}
