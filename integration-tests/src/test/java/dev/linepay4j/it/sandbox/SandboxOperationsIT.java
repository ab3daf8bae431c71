package dev.linepay4j.it.sandbox;

import static dev.linepay4j.it.sandbox.Shop.CONFIRM;
import static dev.linepay4j.it.sandbox.Shop.TOTAL;
import static dev.linepay4j.it.sandbox.Shop.TWD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linepay4j.LinePay;
import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.domain.OrderId;
import dev.linepay4j.domain.RegKey;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.code.RegKeyStatus;
import dev.linepay4j.domain.code.RequestStatus;
import dev.linepay4j.domain.code.ReturnCode;
import dev.linepay4j.domain.payment.PayStatus;
import dev.linepay4j.domain.payment.PaymentEvent;
import dev.linepay4j.domain.payment.PaymentState;
import dev.linepay4j.domain.payment.TransactionType;
import dev.linepay4j.domain.request.CaptureRequest;
import dev.linepay4j.domain.request.ConfirmRequest;
import dev.linepay4j.domain.request.PayType;
import dev.linepay4j.domain.request.PaymentDetailsQuery;
import dev.linepay4j.domain.request.PaymentRequest;
import dev.linepay4j.domain.request.PreapprovedPaymentRequest;
import dev.linepay4j.domain.request.RefundRequest;
import dev.linepay4j.domain.response.CaptureResponse;
import dev.linepay4j.domain.response.ConfirmResponse;
import dev.linepay4j.domain.response.PayInfo;
import dev.linepay4j.domain.response.PaymentDetails;
import dev.linepay4j.domain.response.PaymentRequestResponse;
import dev.linepay4j.domain.response.PreapprovedPaymentResponse;
import dev.linepay4j.domain.response.RefundInfo;
import dev.linepay4j.domain.response.RefundResponse;
import dev.linepay4j.redirect.RedirectCallback;
import dev.linepay4j.testkit.sandbox.LinePaySandbox;
import dev.linepay4j.testkit.sandbox.SandboxBooks;
import dev.linepay4j.testkit.sandbox.SandboxBooks.BookedPayment;
import dev.linepay4j.testkit.sandbox.SandboxEndpoint;
import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each of the ten Online API operations, over each transport and both versions, against a running
 * {@link LinePaySandbox}: LINE Pay's wire protocol with signatures checked, 19-digit ids and core's state
 * machines. Every id the client reads is compared with the sandbox's own books.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SandboxOperationsIT {

    private static LinePaySandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = Shop.sandbox();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static Amount paid(List<PayInfo> payInfo) {
        return payInfo.stream().map(PayInfo::amount).reduce(Amount.ZERO, Amount::plus);
    }

    private static PaymentDetails only(List<PaymentDetails> found) {
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.linepay4j.it.client.Clients#transportsAndVersions")
    void requestCheckConfirmRefundAndDetails(String transport, ApiVersion v) {
        String orderId = Shop.orderId("pay");
        try (LinePay linePay = Shop.client(sandbox, transport, v)) {
            // request
            PaymentRequestResponse requested = linePay.request(Shop.order(orderId));
            TransactionId id = requested.transactionId();
            BookedPayment booked = sandbox.books().payment(id).orElseThrow();
            assertThat(id.toString()).hasSize(19).isEqualTo(Long.toString(booked.payment().transactionId().value()));
            assertThat(booked.payment().orderId()).isEqualTo(orderId);
            assertThat(booked.requestedWith()).isEqualTo(v);
            assertThat(requested.paymentUrl().web()).isEqualTo(sandbox.paymentPageUri(id).toString());
            assertThat(requested.paymentUrl().app()).contains("line://pay/payment/" + id);
            assertThat(requested.paymentAccessToken()).isPresent();

            // check: not yet approved, then approved
            assertThat(linePay.checkRequestStatus(id)).isEqualTo(RequestStatus.NOT_YET_AUTHENTICATED);
            URI confirmUrl = sandbox.approve(id).orElseThrow();
            RedirectCallback callback = RedirectCallback.parse(confirmUrl.getRawQuery());
            assertThat(callback.transactionId()).isEqualTo(id);
            assertThat(callback.orderId()).isEqualTo(OrderId.of(orderId));
            assertThat(confirmUrl.getRawQuery()).startsWith("shop=7&transactionId=" + id + "&orderId=");
            assertThat(linePay.checkRequestStatus(id)).isEqualTo(RequestStatus.AUTHENTICATED);

            // confirm, with the ids from the redirect
            ConfirmResponse confirmed = linePay.confirm(callback.transactionId(), CONFIRM);
            assertThat(confirmed.transactionId()).isEqualTo(id);
            assertThat(confirmed.orderId()).isEqualTo(OrderId.of(orderId));
            assertThat(paid(confirmed.payInfo())).isEqualTo(TOTAL);
            assertThat(confirmed.authorizationExpireDate()).isEmpty();
            assertThat(confirmed.regKey()).isEmpty();
            assertThat(confirmed.paymentProvider().isPresent()).isEqualTo(v == ApiVersion.ONLINE_V4);
            assertThat(linePay.checkRequestStatus(id)).isEqualTo(RequestStatus.COMPLETED);

            // refund: part, then the rest
            RefundResponse part = linePay.refund(id, RefundRequest.partial(Amount.of(100), TWD));
            RefundResponse rest = linePay.refund(id, RefundRequest.full());
            assertThat(part.refundTransactionId()).isNotEqualTo(rest.refundTransactionId()).isNotEqualTo(id);
            assertThat(part.refundTransactionId().toString()).hasSize(19);

            // details, by transaction id and by order id
            PaymentDetails byId = only(linePay.paymentDetails(PaymentDetailsQuery.ofTransactionIds(id)));
            PaymentDetails byOrder = only(linePay.paymentDetails(PaymentDetailsQuery.ofOrderIds(OrderId.of(orderId))));
            for (PaymentDetails d : List.of(byId, byOrder)) {
                assertThat(d.transactionId()).isEqualTo(id);
                assertThat(d.orderId()).contains(OrderId.of(orderId));
                assertThat(d.transactionType()).contains(TransactionType.PAYMENT);
                assertThat(d.payStatus()).contains(PayStatus.CAPTURE);
                assertThat(d.currency()).contains(TWD);
                assertThat(paid(d.payInfo())).isEqualTo(TOTAL);
                assertThat(d.refundList()).extracting(RefundInfo::refundTransactionId)
                        .containsExactly(part.refundTransactionId(), rest.refundTransactionId());
                assertThat(d.refundList()).extracting(RefundInfo::refundAmount).containsExactly(Amount.of(100), Amount.of(200));
                // The rest after a partial refund is partial too: PAYMENT_REFUND is the whole amount at once
                // (core's PaymentMachine, "Refund type").
                assertThat(d.refundList()).extracting(r -> r.transactionType().orElseThrow())
                        .containsExactly(TransactionType.PARTIAL_REFUND, TransactionType.PARTIAL_REFUND);
                assertThat(d.paymentProvider().isPresent()).isEqualTo(v == ApiVersion.ONLINE_V4);
            }
            PaymentDetails refund = only(linePay.paymentDetails(PaymentDetailsQuery.ofTransactionIds(part.refundTransactionId())));
            assertThat(refund.originalTransactionId()).contains(id);
            assertThat(refund.transactionType()).contains(TransactionType.PARTIAL_REFUND);

            // the sandbox's books agree, id for id
            booked = sandbox.books().payment(id).orElseThrow();
            assertThat(booked.payment().state()).isEqualTo(PaymentState.REFUNDED);
            assertThat(booked.count(PaymentEvent.Confirm.class)).isEqualTo(1);
            assertThat(booked.payment().refunds()).extracting(t -> t.id())
                    .containsExactly(part.refundTransactionId(), rest.refundTransactionId());
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.linepay4j.it.client.Clients#transportsAndVersions")
    void captureAnAuthorizationAndVoidAnother(String transport, ApiVersion v) {
        try (LinePay linePay = Shop.client(sandbox, transport, v)) {
            PaymentRequest toCapture = Shop.order(Shop.orderId("auth"), false, PayType.NORMAL);
            ConfirmResponse authorized = Shop.confirmed(linePay, sandbox, toCapture);
            TransactionId id = authorized.transactionId();
            assertThat(authorized.authorizationExpireDate()).isPresent();
            assertThat(authorized.payInfo()).extracting(PayInfo::method).containsExactly("CREDIT_CARD");
            assertThat(only(linePay.paymentDetails(PaymentDetailsQuery.ofTransactionIds(id))).payStatus())
                    .contains(PayStatus.AUTHORIZATION);

            CaptureResponse captured = linePay.capture(id, CaptureRequest.of(TOTAL, TWD));
            assertThat(captured.transactionId()).isEqualTo(id);
            assertThat(captured.orderId()).isEqualTo(toCapture.orderId());
            assertThat(paid(captured.payInfo())).isEqualTo(TOTAL);
            assertThat(only(linePay.paymentDetails(PaymentDetailsQuery.ofTransactionIds(id))).payStatus())
                    .contains(PayStatus.CAPTURE);
            assertThat(sandbox.books().payment(id).orElseThrow().payment().state()).isEqualTo(PaymentState.CAPTURED);

            // A captured payment is refunded, not voided: all of it at once is a PAYMENT_REFUND.
            TransactionId refundId = linePay.refund(id, RefundRequest.full()).refundTransactionId();
            RefundInfo refund = only(linePay.paymentDetails(PaymentDetailsQuery.ofTransactionIds(id))).refundList().get(0);
            assertThat(refund.refundTransactionId()).isEqualTo(refundId);
            assertThat(refund.transactionType()).contains(TransactionType.PAYMENT_REFUND);
            assertThat(refund.refundAmount()).isEqualTo(TOTAL);

            TransactionId other = Shop.confirmed(linePay, sandbox, Shop.order(Shop.orderId("void"), false, PayType.NORMAL))
                    .transactionId();
            assertThat(linePay.voidAuthorization(other).returnCode()).isEqualTo(ReturnCode.SUCCESS);
            assertThat(only(linePay.paymentDetails(PaymentDetailsQuery.ofTransactionIds(other))).payStatus())
                    .contains(PayStatus.VOIDED_AUTHORIZATION);
            assertThat(sandbox.books().payment(other).orElseThrow().payment().state()).isEqualTo(PaymentState.VOIDED);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.linepay4j.it.client.Clients#transportsAndVersions")
    void aPreapprovedPaymentsKeyCheckedPaidWithAndExpired(String transport, ApiVersion v) {
        try (LinePay linePay = Shop.client(sandbox, transport, v)) {
            ConfirmResponse registered = Shop.confirmed(linePay, sandbox,
                    Shop.order(Shop.orderId("sub"), true, PayType.PREAPPROVED));
            RegKey key = registered.regKey().orElseThrow();
            SandboxBooks.BookedRegKey booked = sandbox.books().regKey(key).orElseThrow();
            assertThat(booked.issuedBy()).isEqualTo(registered.transactionId());
            assertThat(sandbox.books().payment(registered.transactionId()).orElseThrow().issuedRegKey()).contains(key);

            assertThat(linePay.checkRegKey(key)).isEqualTo(RegKeyStatus.USABLE);
            assertThat(linePay.checkRegKey(key, true)).isEqualTo(RegKeyStatus.USABLE);

            String next = Shop.orderId("sub-month-2");
            PreapprovedPaymentResponse charged = linePay.payPreapproved(key, PreapprovedPaymentRequest.builder()
                    .productName("Monthly plan").amount(TOTAL).currency(TWD).orderId(next).build());
            BookedPayment paidWithKey = sandbox.books().payment(charged.transactionId()).orElseThrow();
            assertThat(charged.transactionId().toString()).hasSize(19);
            assertThat(paidWithKey.paidWithRegKey()).contains(key);
            assertThat(paidWithKey.payment().orderId()).isEqualTo(next);
            assertThat(paidWithKey.payment().state()).isEqualTo(PaymentState.CAPTURED);
            assertThat(charged.orderId()).contains(OrderId.of(next));
            assertThat(charged.paymentProvider().isPresent()).isEqualTo(v == ApiVersion.ONLINE_V4);
            assertThat(only(linePay.paymentDetails(PaymentDetailsQuery.ofTransactionIds(charged.transactionId())))
                    .payStatus()).contains(PayStatus.CAPTURE);

            assertThat(linePay.expireRegKey(key).returnCode()).isEqualTo(ReturnCode.SUCCESS);
            assertThat(linePay.checkRegKey(key)).isEqualTo(RegKeyStatus.EXPIRED);
            assertThat(sandbox.books().regKey(key).orElseThrow().state()).isEqualTo(SandboxBooks.RegKeyState.EXPIRED);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.linepay4j.it.client.Clients#transportsAndVersions")
    void theAsyncFormsTakeTheSamePath(String transport, ApiVersion v) throws Exception {
        try (LinePay linePay = Shop.client(sandbox, transport, v)) {
            PaymentRequest order = Shop.order(Shop.orderId("async"));
            TransactionId id = linePay.requestAsync(order).get(10, TimeUnit.SECONDS).transactionId();
            assertThat(linePay.checkRequestStatusAsync(id).get(10, TimeUnit.SECONDS))
                    .isEqualTo(RequestStatus.NOT_YET_AUTHENTICATED);
            sandbox.approve(id);
            assertThat(linePay.confirmAsync(id, ConfirmRequest.of(TOTAL, TWD)).get(10, TimeUnit.SECONDS).transactionId())
                    .isEqualTo(id);
            TransactionId refundId = linePay.refundAsync(id, RefundRequest.partial(Amount.of(1), TWD))
                    .get(10, TimeUnit.SECONDS).refundTransactionId();
            PaymentDetails d = only(linePay.paymentDetailsAsync(PaymentDetailsQuery.ofTransactionIds(id))
                    .get(10, TimeUnit.SECONDS));
            assertThat(d.refundList()).extracting(RefundInfo::refundTransactionId).containsExactly(refundId);
            assertThat(sandbox.books().payment(id).orElseThrow().payment().state())
                    .isEqualTo(PaymentState.PARTIALLY_REFUNDED);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.linepay4j.it.client.Clients#transportsAndVersions")
    void everyCallWasSignedAndProcessed(String transport, ApiVersion v) {
        SandboxBooks before = sandbox.books();
        try (LinePay linePay = Shop.client(sandbox, transport, v)) {
            Shop.confirmed(linePay, sandbox, Shop.order(Shop.orderId("count")));
        }
        SandboxBooks after = sandbox.books();
        for (SandboxEndpoint e : List.of(SandboxEndpoint.REQUEST, SandboxEndpoint.CONFIRM)) {
            assertThat(after.calls(e).received() - before.calls(e).received()).isEqualTo(1);
            assertThat(after.calls(e).processed() - before.calls(e).processed()).isEqualTo(1);
        }
        assertThat(after.recentCalls().subList(after.recentCalls().size() - 2, after.recentCalls().size()))
                .allSatisfy(c -> {
                    assertThat(c.returnCode()).contains(ReturnCode.SUCCESS);
                    assertThat(c.version()).isEqualTo(v);
                    assertThat(c.channelId().orElseThrow().value()).isEqualTo(dev.linepay4j.it.client.Clients.CHANNEL_ID);
                });
    }
}
