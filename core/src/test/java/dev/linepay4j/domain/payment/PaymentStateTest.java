package dev.linepay4j.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class PaymentStateTest {

    @Test
    void theTerminalStatesAreTheSixEnds() {
        assertThat(Arrays.stream(PaymentState.values()).filter(PaymentState::isTerminal))
                .containsExactlyInAnyOrder(PaymentState.REFUNDED, PaymentState.CANCELLED, PaymentState.EXPIRED,
                        PaymentState.FAILED, PaymentState.VOIDED, PaymentState.AUTHORIZATION_EXPIRED);
    }

    @ParameterizedTest
    @CsvSource({
            "REQUESTED, 0000",
            "AUTHENTICATED, 0110",
            "CANCELLED, 0121",
            "EXPIRED, 0121",
            "FAILED, 0122",
            "AUTHORIZED, 0123",
            "CAPTURED, 0123",
            "PARTIALLY_REFUNDED, 0123",
            "REFUNDED, 0123",
            "VOIDED, 0123",
            "AUTHORIZATION_EXPIRED, 0123",
    })
    void theRequestStatusCheckAnswersTheDocumentedCodeInEachState(PaymentState state, String code) {
        assertThat(state.requestStatus().code()).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({
            "AUTHORIZED, AUTHORIZATION",
            "CAPTURED, CAPTURE",
            "PARTIALLY_REFUNDED, CAPTURE",
            "REFUNDED, CAPTURE",
            "VOIDED, VOIDED_AUTHORIZATION",
            "AUTHORIZATION_EXPIRED, EXPIRED_AUTHORIZATION",
    })
    void confirmedStatesShowTheirPayStatusInTheDetails(PaymentState state, PayStatus payStatus) {
        assertThat(state.payStatus()).contains(payStatus);
    }

    @ParameterizedTest
    @EnumSource(names = {"REQUESTED", "AUTHENTICATED", "CANCELLED", "EXPIRED", "FAILED"})
    void statesBeforeConfirmHaveNoPayStatusBecauseDetailsDoNotShowThem(PaymentState state) {
        assertThat(state.payStatus()).isEmpty();
    }

    @Test
    void exactlyTheStatesWithAPayStatusAreConfirmed() {
        EnumSet<PaymentState> confirmed = EnumSet.noneOf(PaymentState.class);
        for (PaymentState s : PaymentState.values()) {
            if (s.isConfirmed()) {
                confirmed.add(s);
            }
        }
        EnumSet<PaymentState> withPayStatus = EnumSet.noneOf(PaymentState.class);
        for (PaymentState s : PaymentState.values()) {
            s.payStatus().ifPresent(ignored -> withPayStatus.add(s));
        }
        assertThat(confirmed).isEqualTo(withPayStatus);
    }

    @ParameterizedTest
    @EnumSource(PayStatus.class)
    void payStatusReadsBackFromItsWireName(PayStatus status) {
        assertThat(PayStatus.fromWire(status.wireName())).contains(status);
    }

    @Test
    void anUnknownPayStatusIsEmptyNotAnError() {
        assertThat(PayStatus.fromWire("REAUTHORIZATION")).isEqualTo(Optional.empty());
    }
}
