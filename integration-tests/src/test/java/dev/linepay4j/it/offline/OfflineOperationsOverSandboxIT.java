package dev.linepay4j.it.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linepay4j.LinePay;
import dev.linepay4j.OfflinePayments;
import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.MerchantDevice;
import dev.linepay4j.domain.OneTimeKey;
import dev.linepay4j.domain.OrderId;
import dev.linepay4j.domain.payment.OfflineStatus;
import dev.linepay4j.domain.payment.PayStatus;
import dev.linepay4j.domain.payment.PaymentState;
import dev.linepay4j.domain.payment.TransactionType;
import dev.linepay4j.domain.request.CaptureRequest;
import dev.linepay4j.domain.request.RefundRequest;
import dev.linepay4j.domain.response.CaptureResponse;
import dev.linepay4j.domain.response.OfflinePaymentResponse;
import dev.linepay4j.domain.response.OfflinePaymentStatus;
import dev.linepay4j.domain.response.PaymentDetails;
import dev.linepay4j.domain.response.RefundResponse;
import dev.linepay4j.testkit.sandbox.LinePaySandbox;
import dev.linepay4j.testkit.sandbox.SandboxPaymentMethod;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Offline API operation, for each generation (v2, v2.4, v4) over each transport (okhttp, apache,
 * jdk), sync and async, against the testkit's LinePaySandbox on loopback: the sandbox checks each
 * generation's authentication (the secret header, or HMAC) and runs the payments on core's state machine.
 */
class OfflineOperationsOverSandboxIT {

    private static LinePaySandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = LinePaySandbox.start();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.linepay4j.it.offline.OfflineClients#transportsAndGenerations")
    void everyOperationSucceedsSync(String transport, ApiVersion version) {
        try (LinePay linePay = OfflineClients.builder(transport, version, sandbox)
                .merchantDevice(MerchantDevice.of("POS-0042", "POS")).build()) {
            OfflinePayments offline = linePay.offline();

            // Pay and capture at once; status, partial refund, details by order and by transaction id.
            OrderId paidOrder = OrderId.of(OfflineClients.orderId("pay"));
            OfflinePaymentResponse paid = offline.pay(OfflineClients.payment(paidOrder.value(),
                    sandbox.issueOneTimeKey(OneTimeKey.Country.TW), 300, true));
            assertThat(paid.orderId()).isEqualTo(paidOrder);
            assertThat(paid.totalPaid()).isEqualTo(Amount.of(300));
            assertThat(paid.balance().isPresent()).isEqualTo(version == ApiVersion.OFFLINE_V2);
            assertThat(paid.paymentProvider().isPresent()).isEqualTo(version != ApiVersion.OFFLINE_V2);
            assertThat(paid.transactionId().toString()).hasSize(19);

            OfflinePaymentStatus status = offline.checkPaymentStatus(paidOrder);
            assertThat(status.status()).contains(OfflineStatus.COMPLETE);
            assertThat(status.transactionId()).contains(paid.transactionId());

            RefundResponse refund = offline.refund(paidOrder, RefundRequest.partial(Amount.of(100), Currency.TWD));
            assertThat(refund.refundTransactionId()).isNotEqualTo(paid.transactionId());

            List<PaymentDetails> byOrder = offline.paymentDetails(paidOrder);
            assertThat(byOrder).singleElement().satisfies(d -> {
                assertThat(d.transactionId()).isEqualTo(paid.transactionId());
                assertThat(d.payStatus()).contains(PayStatus.CAPTURE);
                assertThat(d.refundList()).singleElement().satisfies(r -> {
                    assertThat(r.refundAmount()).isEqualTo(Amount.of(100));
                    assertThat(r.refundTransactionId()).isEqualTo(refund.refundTransactionId());
                });
            });
            assertThat(offline.paymentDetails(refund.refundTransactionId())).singleElement()
                    .satisfies(d -> assertThat(d.transactionType()).contains(TransactionType.PARTIAL_REFUND));
            offline.refund(paidOrder, RefundRequest.full());
            assertThat(offline.checkPaymentStatus(paidOrder).status()).contains(OfflineStatus.REFUND);

            // Authorize; authorization details by order and by transaction id; capture.
            OrderId authorizedOrder = OrderId.of(OfflineClients.orderId("auth"));
            OfflinePaymentResponse authorized = offline.pay(OfflineClients.payment(authorizedOrder.value(),
                    sandbox.issueOneTimeKey(OneTimeKey.Country.TH, SandboxPaymentMethod.CARD), 500, false));
            assertThat(authorized.authorizationExpireDate()).isPresent();
            assertThat(offline.checkPaymentStatus(authorizedOrder).status()).contains(OfflineStatus.AUTH_READY);
            assertThat(offline.authorizationDetails(authorizedOrder)).singleElement()
                    .satisfies(d -> assertThat(d.payStatus()).contains(PayStatus.AUTHORIZATION));
            assertThat(offline.authorizationDetails(authorized.transactionId())).singleElement()
                    .satisfies(d -> assertThat(d.authorizationExpireDate()).isPresent());
            CaptureResponse captured = offline.capture(authorizedOrder, CaptureRequest.of(Amount.of(450), Currency.TWD));
            assertThat(captured.transactionId()).isEqualTo(authorized.transactionId());
            assertThat(captured.payInfo()).singleElement().satisfies(p -> {
                assertThat(p.method()).isEqualTo("CREDIT_CARD");
                assertThat(p.amount()).isEqualTo(Amount.of(450));
            });
            assertThat(sandbox.books().payment(authorized.transactionId()).orElseThrow().payment().state())
                    .isEqualTo(PaymentState.CAPTURED);

            // Authorize and void.
            OrderId voidedOrder = OrderId.of(OfflineClients.orderId("void"));
            offline.pay(OfflineClients.payment(voidedOrder.value(), sandbox.issueOneTimeKey(OneTimeKey.Country.TW), 200,
                    false));
            assertThat(offline.voidAuthorization(voidedOrder).returnCode().isSuccess()).isTrue();
            assertThat(offline.checkPaymentStatus(voidedOrder).status()).contains(OfflineStatus.CANCEL);
            assertThat(offline.authorizationDetails(voidedOrder)).singleElement()
                    .satisfies(d -> assertThat(d.payStatus()).contains(PayStatus.VOIDED_AUTHORIZATION));
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.linepay4j.it.offline.OfflineClients#transportsAndGenerations")
    void everyOperationSucceedsAsync(String transport, ApiVersion version) throws Exception {
        try (LinePay linePay = OfflineClients.builder(transport, version, sandbox).build()) {
            OfflinePayments offline = linePay.offline();
            OrderId order = OrderId.of(OfflineClients.orderId("async"));

            OfflinePaymentResponse authorized = offline.payAsync(OfflineClients.payment(order.value(),
                    sandbox.issueOneTimeKey(OneTimeKey.Country.TW), 300, false)).get(30, TimeUnit.SECONDS);
            assertThat(offline.checkPaymentStatusAsync(order).get(30, TimeUnit.SECONDS).status())
                    .contains(OfflineStatus.AUTH_READY);
            assertThat(offline.authorizationDetailsAsync(order).get(30, TimeUnit.SECONDS)).hasSize(1);
            assertThat(offline.authorizationDetailsAsync(authorized.transactionId()).get(30, TimeUnit.SECONDS)).hasSize(1);
            assertThat(offline.captureAsync(order, CaptureRequest.of(Amount.of(300), Currency.TWD))
                    .get(30, TimeUnit.SECONDS).transactionId()).isEqualTo(authorized.transactionId());
            RefundResponse refund = offline.refundAsync(order, RefundRequest.full()).get(30, TimeUnit.SECONDS);
            assertThat(offline.paymentDetailsAsync(order).get(30, TimeUnit.SECONDS)).singleElement()
                    .satisfies(d -> assertThat(d.refundList()).hasSize(1));
            assertThat(offline.paymentDetailsAsync(refund.refundTransactionId()).get(30, TimeUnit.SECONDS)).hasSize(1);

            OrderId voided = OrderId.of(OfflineClients.orderId("async-void"));
            offline.payAsync(OfflineClients.payment(voided.value(), sandbox.issueOneTimeKey(OneTimeKey.Country.TH), 100,
                    false)).get(30, TimeUnit.SECONDS);
            assertThat(offline.voidAuthorizationAsync(voided).get(30, TimeUnit.SECONDS).returnCode().isSuccess()).isTrue();
            assertThat(offline.checkPaymentStatusAsync(voided).get(30, TimeUnit.SECONDS).status())
                    .contains(OfflineStatus.CANCEL);
        }
    }
}
