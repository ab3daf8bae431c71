package dev.linepay4j.testkit.fake;

import static dev.linepay4j.testkit.fake.Fixtures.CONFIRM;
import static dev.linepay4j.testkit.fake.Fixtures.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.linepay4j.CallInfo;
import dev.linepay4j.CallOptions;
import dev.linepay4j.Endpoint;
import dev.linepay4j.LinePayError;
import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.RegKey;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.code.RegKeyStatus;
import dev.linepay4j.domain.request.ConfirmRequest;
import dev.linepay4j.domain.request.PaymentDetailsQuery;
import dev.linepay4j.domain.request.PaymentRequest;
import dev.linepay4j.domain.request.PreapprovedPaymentRequest;
import dev.linepay4j.domain.request.RefundRequest;
import dev.linepay4j.domain.response.ConfirmResponse;
import dev.linepay4j.domain.response.PaymentRequestResponse;
import dev.linepay4j.spi.HttpMethod;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every call is recorded: the call as an error names it, the arguments, the options, the outcome, the time. */
class FakeLinePayCallsTest {

    private final FakeLinePay fake = Fixtures.fake();

    @Test
    void aSuccessfulCallIsRecordedWithItsArgumentsAndResult() {
        PaymentRequest order = Fixtures.order();

        PaymentRequestResponse answer = fake.request(order);

        assertThat(fake.calls()).singleElement().satisfies(c -> {
            assertThat(c.at()).isEqualTo(START);
            assertThat(c.endpoint()).isEqualTo(Endpoint.REQUEST);
            assertThat(c.call()).isEqualTo(new CallInfo(Endpoint.REQUEST, HttpMethod.POST, "/v3/payments/request",
                    Optional.empty(), Optional.of(order.orderId())));
            assertThat(c.arguments()).containsExactly(order);
            assertThat(c.argument(PaymentRequest.class)).contains(order);
            assertThat(c.options()).isEqualTo(CallOptions.none());
            assertThat(c.result(PaymentRequestResponse.class)).contains(answer);
            assertThat(c.result(ConfirmResponse.class)).isEmpty();
            assertThat(c.error()).isEmpty();
            assertThat(c.succeeded()).isTrue();
            assertThat(c.processed()).isTrue();
        });
    }

    @Test
    void aRefusedCallIsRecordedWithItsErrorAndAsNotProcessed() {
        TransactionId id = Fixtures.requested(fake, Fixtures.order());

        assertThatThrownBy(() -> fake.confirm(id, CONFIRM));

        assertThat(fake.calls(Endpoint.CONFIRM)).singleElement().satisfies(c -> {
            assertThat(c.arguments()).containsExactly(id, CONFIRM);
            assertThat(c.argument(TransactionId.class)).contains(id);
            assertThat(c.argument(ConfirmRequest.class)).contains(CONFIRM);
            assertThat(c.succeeded()).isFalse();
            assertThat(c.processed()).isFalse();
            assertThat(c.error(LinePayError.ApiError.class)).hasValueSatisfying(e ->
                    assertThat(e.returnCode().code()).isEqualTo("1169"));
            assertThat(c.error(LinePayError.OutcomeUnknown.class)).isEmpty();
            assertThat(c.toString()).contains("CONFIRM", "failed: ApiError 1169");
        });
    }

    @Test
    void callsAreKeptInOrderAndCanBePickedByEndpoint() {
        PaymentRequest order = Fixtures.order();
        TransactionId id = Fixtures.confirmed(fake, order);
        fake.refund(id, RefundRequest.partial(Amount.of(100), Currency.TWD));
        fake.refund(id, RefundRequest.full());
        fake.paymentDetails(PaymentDetailsQuery.ofOrderIds(order.orderId()));

        assertThat(fake.calls()).extracting(RecordedCall::endpoint).containsExactly(Endpoint.REQUEST, Endpoint.CONFIRM,
                Endpoint.REFUND, Endpoint.REFUND, Endpoint.PAYMENT_DETAILS);
        assertThat(fake.calls(Endpoint.REFUND)).extracting(c -> c.argument(RefundRequest.class).orElseThrow().isFull())
                .containsExactly(false, true);
        assertThat(fake.calls(Endpoint.PAYMENT_DETAILS).get(0).call().orderId()).contains(order.orderId());
        assertThat(fake.calls(Endpoint.VOID)).isEmpty();
    }

    @Test
    void aRegKeyIsAnArgumentButNeverInTheRecordsPathOrText() {
        RegKey key = Fixtures.regKey(fake);
        fake.checkRegKey(key, true);
        fake.payPreapproved(key, PreapprovedPaymentRequest.builder().productName("Tea").amount(100)
                .currency(Currency.TWD).orderId(Fixtures.orderId()).build());

        List<RecordedCall> keyCalls = fake.calls().subList(2, 4);

        assertThat(keyCalls.get(0).arguments()).containsExactly(key, true);
        assertThat(keyCalls.get(0).result(RegKeyStatus.class)).contains(RegKeyStatus.USABLE);
        assertThat(keyCalls).extracting(c -> c.call().path()).containsExactly(
                "/v3/payments/preapprovedPay/{regKey}/check", "/v3/payments/preapprovedPay/{regKey}/payment");
        assertThat(keyCalls).allSatisfy(c -> assertThat(c.toString()).doesNotContain(key.value()));
    }

    @Test
    void theCopyDoesNotChangeWithLaterCalls() {
        Fixtures.requested(fake, Fixtures.order());
        List<RecordedCall> before = fake.calls();

        Fixtures.requested(fake, Fixtures.order());

        assertThat(before).hasSize(1);
        assertThat(fake.calls()).hasSize(2);
        assertThatThrownBy(() -> before.add(before.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aRecordHasEitherAResultOrAnError() {
        CallInfo call = new CallInfo(Endpoint.VOID, HttpMethod.POST, "/v3/x", Optional.empty(), Optional.empty());

        assertThatThrownBy(() -> new RecordedCall(START, call, List.of(), CallOptions.none(), Optional.empty(),
                Optional.empty(), false)).isInstanceOf(IllegalArgumentException.class);
    }
}
