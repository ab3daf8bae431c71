package dev.linepay4j.testkit.fake.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.linepay4j.Endpoint;
import dev.linepay4j.LinePayError;
import dev.linepay4j.LinePayException;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.code.RequestStatus;
import dev.linepay4j.domain.code.ReturnCode;
import dev.linepay4j.domain.payment.PaymentState;
import dev.linepay4j.testkit.fake.FakeFailure;
import dev.linepay4j.testkit.fake.FakeLinePay;
import dev.linepay4j.testkit.fake.example.CheckoutService.Status;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CheckoutServiceTest {

    private final FakeLinePay linePay = FakeLinePay.create();
    private final CheckoutService checkout = new CheckoutService(linePay);

    @Test
    void aCustomerWhoPaysHasAPaidOrder() {
        URI payPage = checkout.checkout("order-1", 300);
        TransactionId id = checkout.order("order-1").transactionId();
        assertThat(payPage.toString()).endsWith("/" + id);

        URI backToShop = linePay.approve(id).orElseThrow();       // the customer presses Pay
        Status status = checkout.confirm(backToShop.getRawQuery());

        assertThat(status).isEqualTo(Status.PAID);
        assertThat(linePay.payment(id).orElseThrow().state()).isEqualTo(PaymentState.CAPTURED);
    }

    @Test
    void aConfirmPageLoadedBeforeThePaymentFails() {
        checkout.checkout("order-2", 300);
        TransactionId id = checkout.order("order-2").transactionId();

        Status status = checkout.confirm("transactionId=" + id + "&orderId=order-2");

        assertThat(status).isEqualTo(Status.PAYMENT_FAILED);
        assertThat(linePay.calls(Endpoint.CONFIRM).get(0).error(LinePayError.ApiError.class))
                .map(e -> e.returnCode().code()).contains("1169");        // not approved yet
    }

    @Test
    void aLostAnswerIsCheckedBeforeTheCustomerIsTold() {
        checkout.checkout("order-3", 300);
        URI backToShop = linePay.approve(checkout.order("order-3").transactionId()).orElseThrow();
        linePay.failNext(Endpoint.CONFIRM, FakeFailure.answerLost());   // confirmed, but the answer is lost

        assertThat(checkout.confirm(backToShop.getRawQuery())).isEqualTo(Status.CHECKING);
        assertThat(checkout.recheck("order-3")).isEqualTo(Status.PAID);
    }

    @Test
    void aRefundGivesEverythingBackAndARefusedOneChangesNothing() {
        checkout.checkout("order-4", 300);
        TransactionId id = checkout.order("order-4").transactionId();
        checkout.confirm(linePay.approve(id).orElseThrow().getRawQuery());

        linePay.failNextCall(Endpoint.REFUND, ReturnCode.INTERNAL_ERROR);
        assertThatThrownBy(() -> checkout.refund("order-4")).isInstanceOf(LinePayException.class);
        assertThat(checkout.order("order-4").status()).isEqualTo(Status.PAID);

        checkout.refund("order-4");
        assertThat(linePay.payment(id).orElseThrow().state()).isEqualTo(PaymentState.REFUNDED);
    }

    @Test
    void aPaymentNobodyApprovesExpiresAfter20Minutes() {
        checkout.checkout("order-5", 300);
        TransactionId id = checkout.order("order-5").transactionId();

        linePay.advanceClock(Duration.ofMinutes(20));

        assertThat(linePay.checkRequestStatus(id)).isEqualTo(RequestStatus.CANCELLED_OR_EXPIRED);
        assertThat(checkout.recheck("order-5")).isEqualTo(Status.PAYMENT_FAILED);
    }
}
