package dev.linepay4j.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.code.ReturnCode;
import org.junit.jupiter.api.Test;

class TransitionTest {

    private static final Payment PAYMENT = Payment.requested(TransactionId.of(2023042201206549310L), "order-1",
            Amount.of(300), Currency.TWD, true);

    @Test
    void aMoveAnswers0000() {
        assertThat(new Transition.Moved(PAYMENT).returnCode().code()).isEqualTo("0000");
    }

    @Test
    void aMoveCarriesTheNextPaymentAndNoRefusal() {
        Transition t = new Transition.Moved(PAYMENT);

        assertThat(t.movedTo()).contains(PAYMENT);
        assertThat(t.refusal()).isEmpty();
    }

    @Test
    void aRefusalAnswersItsCodeAndCarriesNoPayment() {
        Transition t = new Transition.Refused(ReturnCode.of("1169"), "confirm before approval");

        assertThat(t.returnCode().code()).isEqualTo("1169");
        assertThat(t.movedTo()).isEmpty();
    }

    @Test
    void orElseGivesTheCurrentPaymentBackAfterARefusal() {
        Transition t = new Transition.Refused(ReturnCode.of("1169"), "confirm before approval");

        assertThat(t.orElse(PAYMENT)).isSameAs(PAYMENT);
    }

    @Test
    void aRefusalMustSayWhichRuleWasBroken() {
        assertThatThrownBy(() -> new Transition.Refused(ReturnCode.of("1179"), " "))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
