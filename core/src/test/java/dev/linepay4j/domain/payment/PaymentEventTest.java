package dev.linepay4j.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.TransactionId;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentEventTest {

    @Test
    void refundingTheRemainderLeavesTheAmountOut() {
        assertThat(PaymentEvent.refundRemaining(TransactionId.of(7)).amount()).isEmpty();
    }

    @Test
    void aPartialRefundCarriesItsAmount() {
        assertThat(PaymentEvent.refund(Amount.of(100), TransactionId.of(7)).amount()).contains(Amount.of(100));
    }

    @Test
    void onlyTheMerchantsFourOperationsAreApiCalls() {
        List<PaymentEvent> calls = List.of(new PaymentEvent.Confirm(Amount.of(1), Currency.TWD),
                new PaymentEvent.Capture(Amount.of(1), Currency.TWD), new PaymentEvent.Void(),
                PaymentEvent.refundRemaining(TransactionId.of(1)));
        List<PaymentEvent> others = List.of(new PaymentEvent.Authenticate(), new PaymentEvent.Cancel(),
                new PaymentEvent.Expire(), new PaymentEvent.Fail(), new PaymentEvent.ExpireAuthorization());

        assertThat(calls).allMatch(PaymentEvent::isApiCall);
        assertThat(others).noneMatch(PaymentEvent::isApiCall);
    }
}
