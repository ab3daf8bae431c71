package dev.linepay4j.testkit.fake;

import static dev.linepay4j.testkit.fake.Fixtures.AMOUNT;
import static dev.linepay4j.testkit.fake.Fixtures.CONFIRM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.linepay4j.Endpoint;
import dev.linepay4j.LinePayError;
import dev.linepay4j.LinePayException;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.RegKey;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.code.RegKeyStatus;
import dev.linepay4j.domain.code.RequestStatus;
import dev.linepay4j.domain.code.ReturnCode;
import dev.linepay4j.domain.payment.PaymentState;
import dev.linepay4j.domain.request.CaptureRequest;
import dev.linepay4j.domain.request.PaymentDetailsQuery;
import dev.linepay4j.domain.request.PaymentRequest;
import dev.linepay4j.domain.request.PreapprovedPaymentRequest;
import dev.linepay4j.domain.request.RefundRequest;
import dev.linepay4j.domain.request.RegPayPeriodType;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The async forms: futures already completed, or failed with the LinePayException itself. */
class FakeLinePayAsyncTest {

    private final FakeLinePay fake = Fixtures.fake();

    @Test
    void everyOperationCompletesItsFutureAtOnce() {
        PaymentRequest order = Fixtures.authorizationOnly();
        TransactionId id = fake.requestAsync(order).join().transactionId();
        assertThat(fake.checkRequestStatusAsync(id).join()).isEqualTo(RequestStatus.NOT_YET_AUTHENTICATED);
        fake.approve(id);

        assertThat(fake.confirmAsync(id, CONFIRM)).isCompleted();
        assertThat(fake.captureAsync(id, CaptureRequest.of(AMOUNT, Currency.TWD)).join().transactionId()).isEqualTo(id);
        assertThat(fake.refundAsync(id, RefundRequest.full()).join().refundTransactionId()).isNotEqualTo(id);
        assertThat(fake.paymentDetailsAsync(PaymentDetailsQuery.ofTransactionIds(id)).join()).hasSize(1);

        TransactionId authorized = Fixtures.authorized(fake);
        assertThat(fake.voidAuthorizationAsync(authorized).join().returnCode()).isEqualTo(ReturnCode.SUCCESS);

        RegKey key = Fixtures.regKey(fake);
        assertThat(fake.checkRegKeyAsync(key, false).join()).isEqualTo(RegKeyStatus.USABLE);
        assertThat(fake.payPreapprovedAsync(key, PreapprovedPaymentRequest.builder().productName("Tea").amount(100)
                .currency(Currency.TWD).orderId(Fixtures.orderId()).build()).join().transactionId()).isNotNull();
        assertThat(fake.expireRegKeyAsync(key).join().returnCode()).isEqualTo(ReturnCode.SUCCESS);
        assertThat(fake.payment(id).orElseThrow().state()).isEqualTo(PaymentState.REFUNDED);
    }

    @Test
    void aRefusalFailsTheFutureWithTheExceptionItselfAsTheCause() {
        TransactionId id = Fixtures.requested(fake, Fixtures.order());

        CompletableFuture<?> f = fake.confirmAsync(id, CONFIRM);

        assertThat(f).isCompletedExceptionally();
        ExecutionException e = catchThrowableOfType(ExecutionException.class, f::get);
        assertThat(e.getCause()).isInstanceOfSatisfying(LinePayException.class, lp ->
                assertThat(((LinePayError.ApiError) lp.error()).returnCode().code()).isEqualTo("1169"));
        AtomicReference<Throwable> seen = new AtomicReference<>();
        f.whenComplete((r, t) -> seen.set(t));
        assertThat(seen.get()).isInstanceOf(LinePayException.class);
    }

    @Test
    void anInvalidRequestFailsTheFutureInsteadOfThrowing() {
        PaymentRequest regPay = Fixtures.order(Fixtures.orderId())
                .options(o -> o.regPayRequest(r -> r.regPayPeriodType(RegPayPeriodType.NON_RECURRING))).build();

        CompletableFuture<?> f = fake.requestAsync(regPay);

        ExecutionException e = catchThrowableOfType(ExecutionException.class, f::get);
        assertThat(((LinePayException) e.getCause()).error()).isInstanceOf(LinePayError.InvalidRequest.class);
    }

    @Test
    void anInjectedFailureFailsTheFuture() {
        fake.failNext(Endpoint.REQUEST, FakeFailure.answerLost());

        CompletableFuture<?> f = fake.requestAsync(Fixtures.order());

        ExecutionException e = catchThrowableOfType(ExecutionException.class, f::get);
        assertThat(((LinePayException) e.getCause()).error().mayHaveBeenProcessed()).isTrue();
        assertThat(fake.payments()).as("the request went through").hasSize(1);
    }

    @Test
    void aNullArgumentThrowsAtOnceInBothForms() {
        assertThatThrownBy(() -> fake.requestAsync(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> fake.confirmAsync(null, CONFIRM)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> fake.confirm(TransactionId.of(1), null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> fake.checkRegKeyAsync(null, true)).isInstanceOf(NullPointerException.class);
        assertThat(fake.calls()).isEmpty();
    }
}
