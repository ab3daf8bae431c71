package dev.linepay4j.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.TransactionId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class PaymentMachineTest {

    private static final TransactionId ID = TransactionId.of(2023042201206549310L);
    private static final Amount PRICE = Amount.of(300);

    // ---- fixtures: each state reached through the machine itself, never built by hand ----

    private static TransactionId refundId(int n) {
        return TransactionId.of(ID.value() + n);
    }

    private static Payment requested(boolean capture) {
        return Payment.requested(ID, "order-1", PRICE, Currency.TWD, capture);
    }

    private static Payment step(Payment p, PaymentEvent e) {
        Transition t = p.apply(e);
        assertThat(t).as("%s on %s", e, p.state()).isInstanceOf(Transition.Moved.class);
        return ((Transition.Moved) t).next();
    }

    private static PaymentEvent.Confirm confirmPrice() {
        return new PaymentEvent.Confirm(PRICE, Currency.TWD);
    }

    private static Payment authenticated(boolean capture) {
        return step(requested(capture), new PaymentEvent.Authenticate());
    }

    private static Payment in(PaymentState state) {
        return switch (state) {
            case REQUESTED -> requested(true);
            case AUTHENTICATED -> authenticated(true);
            case CANCELLED -> step(requested(true), new PaymentEvent.Cancel());
            case EXPIRED -> step(requested(true), new PaymentEvent.Expire());
            case FAILED -> step(requested(true), new PaymentEvent.Fail());
            case AUTHORIZED -> step(authenticated(false), confirmPrice());
            case CAPTURED -> step(authenticated(true), confirmPrice());
            case PARTIALLY_REFUNDED -> step(in(PaymentState.CAPTURED), PaymentEvent.refund(Amount.of(100), refundId(1)));
            case REFUNDED -> step(in(PaymentState.CAPTURED), PaymentEvent.refundRemaining(refundId(1)));
            case VOIDED -> step(in(PaymentState.AUTHORIZED), new PaymentEvent.Void());
            case AUTHORIZATION_EXPIRED -> step(in(PaymentState.AUTHORIZED), new PaymentEvent.ExpireAuthorization());
        };
    }

    private static String codeOf(Transition t) {
        assertThat(t).isInstanceOf(Transition.Refused.class);
        return ((Transition.Refused) t).code().code();
    }

    // ---- happy paths ----

    @Test
    void confirmWithCaptureTakesTheWholeAmountAtOnce() {
        Payment p = step(authenticated(true), confirmPrice());

        assertThat(p.state()).isEqualTo(PaymentState.CAPTURED);
        assertThat(p.capturedAmount()).isEqualTo(PRICE);
        assertThat(p.transactions()).containsExactly(Transaction.payment(ID, PRICE));
    }

    @Test
    void aCapturedPaymentIsRefundedPartlyThenFully() {
        Payment p = requested(true);
        p = step(p, new PaymentEvent.Authenticate());
        p = step(p, confirmPrice());
        p = step(p, PaymentEvent.refund(Amount.of(100), refundId(1)));
        assertThat(p.state()).isEqualTo(PaymentState.PARTIALLY_REFUNDED);
        assertThat(p.refundableBalance()).isEqualTo(Amount.of(200));

        p = step(p, PaymentEvent.refund(Amount.of(200), refundId(2)));

        assertThat(p.state()).isEqualTo(PaymentState.REFUNDED);
        assertThat(p.refundableBalance()).isEqualTo(Amount.ZERO);
        assertThat(p.refunds()).extracting(Transaction::type)
                .containsExactly(TransactionType.PARTIAL_REFUND, TransactionType.PARTIAL_REFUND);
    }

    @Test
    void refundingEverythingAtOnceIsAFullPaymentRefund() {
        Payment p = step(in(PaymentState.CAPTURED), PaymentEvent.refundRemaining(refundId(1)));

        assertThat(p.state()).isEqualTo(PaymentState.REFUNDED);
        assertThat(p.refunds()).containsExactly(
                Transaction.refund(refundId(1), TransactionType.PAYMENT_REFUND, PRICE, ID));
    }

    @Test
    void refundingTheWholeAmountByNumberIsAlsoAFullPaymentRefund() {
        Payment p = step(in(PaymentState.CAPTURED), PaymentEvent.refund(PRICE, refundId(1)));

        assertThat(p.refunds()).extracting(Transaction::type).containsExactly(TransactionType.PAYMENT_REFUND);
    }

    @Test
    void refundingTheRemainderAfterAPartialRefundIsAPartialRefundOfWhatIsLeft() {
        Payment p = step(in(PaymentState.PARTIALLY_REFUNDED), PaymentEvent.refundRemaining(refundId(2)));

        assertThat(p.state()).isEqualTo(PaymentState.REFUNDED);
        assertThat(p.refunds().get(1)).isEqualTo(
                Transaction.refund(refundId(2), TransactionType.PARTIAL_REFUND, Amount.of(200), ID));
    }

    @Test
    void confirmWithoutCaptureOnlyAuthorizes() {
        Payment p = step(authenticated(false), confirmPrice());

        assertThat(p.state()).isEqualTo(PaymentState.AUTHORIZED);
        assertThat(p.authorizedAmount()).isEqualTo(PRICE);
        assertThat(p.capturedAmount()).isEqualTo(Amount.ZERO);
    }

    @Test
    void aPartialCaptureTakesLessAndOnlyThatCanBeRefunded() {
        Payment p = step(in(PaymentState.AUTHORIZED), new PaymentEvent.Capture(Amount.of(250), Currency.TWD));

        assertThat(p.state()).isEqualTo(PaymentState.CAPTURED);
        assertThat(p.capturedAmount()).isEqualTo(Amount.of(250));
        assertThat(p.refundableBalance()).isEqualTo(Amount.of(250));
    }

    @Test
    void refundingAllOfAPartialCaptureIsAFullPaymentRefund() {
        Payment captured = step(in(PaymentState.AUTHORIZED), new PaymentEvent.Capture(Amount.of(250), Currency.TWD));

        Payment p = step(captured, PaymentEvent.refundRemaining(refundId(1)));

        assertThat(p.refunds()).containsExactly(
                Transaction.refund(refundId(1), TransactionType.PAYMENT_REFUND, Amount.of(250), ID));
    }

    @Test
    void anAuthorizationCanBeVoided() {
        assertThat(step(in(PaymentState.AUTHORIZED), new PaymentEvent.Void()).state())
                .isEqualTo(PaymentState.VOIDED);
    }

    @Test
    void anUncapturedAuthorizationExpires() {
        assertThat(step(in(PaymentState.AUTHORIZED), new PaymentEvent.ExpireAuthorization()).state())
                .isEqualTo(PaymentState.AUTHORIZATION_EXPIRED);
    }

    @Test
    void aRequestTheMerchantNeverConfirmsExpiresEvenAfterApproval() {
        assertThat(step(authenticated(true), new PaymentEvent.Expire()).state()).isEqualTo(PaymentState.EXPIRED);
    }

    @Test
    void centsAreAcceptedInACurrencyThatHasThem() {
        Payment usd = step(Payment.requested(ID, "order-1", Amount.parse("12.34"), Currency.USD, true),
                new PaymentEvent.Authenticate());

        assertThat(step(usd, new PaymentEvent.Confirm(Amount.parse("12.34"), Currency.USD)).state())
                .isEqualTo(PaymentState.CAPTURED);
    }

    @Test
    void anAcceptedEventAnswers0000() {
        assertThat(requested(true).apply(new PaymentEvent.Authenticate()).returnCode().code()).isEqualTo("0000");
    }

    // ---- confirm refusals ----

    @Test
    void confirmBeforeTheCustomerApprovedIsRefusedWith1169() {
        assertThat(codeOf(requested(true).apply(confirmPrice()))).isEqualTo("1169");
    }

    @Test
    void confirmWithADifferentAmountIsRefusedWith1153() {
        assertThat(codeOf(authenticated(true).apply(new PaymentEvent.Confirm(Amount.of(299), Currency.TWD))))
                .isEqualTo("1153");
    }

    @Test
    void confirmWithADifferentCurrencyIsRefusedWith1153() {
        assertThat(codeOf(authenticated(true).apply(new PaymentEvent.Confirm(PRICE, Currency.USD))))
                .isEqualTo("1153");
    }

    @ParameterizedTest
    @EnumSource(names = {"AUTHORIZED", "CAPTURED", "PARTIALLY_REFUNDED", "REFUNDED", "VOIDED",
            "AUTHORIZATION_EXPIRED"})
    void secondConfirmIsRefusedWith1172(PaymentState confirmed) {
        assertThat(codeOf(in(confirmed).apply(confirmPrice()))).isEqualTo("1172");
    }

    @Test
    void confirmOfACancelledRequestIsRefusedWith1180() {
        assertThat(codeOf(in(PaymentState.CANCELLED).apply(confirmPrice()))).isEqualTo("1180");
    }

    @Test
    void confirmOfAnExpiredRequestIsRefusedWith1180() {
        assertThat(codeOf(in(PaymentState.EXPIRED).apply(confirmPrice()))).isEqualTo("1180");
    }

    @Test
    void confirmOfAFailedRequestIsRefusedWith1179() {
        assertThat(codeOf(in(PaymentState.FAILED).apply(confirmPrice()))).isEqualTo("1179");
    }

    @Test
    void confirmWithMoreDecimalsThanTheCurrencyAllowsIsRefusedWith1124() {
        assertThat(codeOf(authenticated(true).apply(new PaymentEvent.Confirm(Amount.parse("300.5"), Currency.TWD))))
                .isEqualTo("1124");
    }

    // ---- capture refusals ----

    @Test
    void captureOverTheAuthorizedAmountIsRefusedWith1184() {
        assertThat(codeOf(in(PaymentState.AUTHORIZED).apply(new PaymentEvent.Capture(Amount.of(301), Currency.TWD))))
                .isEqualTo("1184");
    }

    @Test
    void captureOfZeroIsRefusedWith1183() {
        assertThat(codeOf(in(PaymentState.AUTHORIZED).apply(new PaymentEvent.Capture(Amount.ZERO, Currency.TWD))))
                .isEqualTo("1183");
    }

    @Test
    void captureInADifferentCurrencyIsRefusedWith1153() {
        assertThat(codeOf(in(PaymentState.AUTHORIZED).apply(new PaymentEvent.Capture(PRICE, Currency.THB))))
                .isEqualTo("1153");
    }

    @Test
    void captureWithMoreDecimalsThanTheCurrencyAllowsIsRefusedWith1124() {
        assertThat(codeOf(in(PaymentState.AUTHORIZED).apply(
                new PaymentEvent.Capture(Amount.parse("0.5"), Currency.TWD)))).isEqualTo("1124");
    }

    @ParameterizedTest
    @EnumSource(names = {"REQUESTED", "AUTHENTICATED", "CANCELLED", "EXPIRED", "FAILED"})
    void captureBeforeConfirmIsRefusedWith1150(PaymentState unconfirmed) {
        assertThat(codeOf(in(unconfirmed).apply(new PaymentEvent.Capture(PRICE, Currency.TWD)))).isEqualTo("1150");
    }

    @ParameterizedTest
    @EnumSource(names = {"CAPTURED", "PARTIALLY_REFUNDED", "REFUNDED"})
    void captureOfACapturedPaymentIsRefusedWith1172(PaymentState captured) {
        assertThat(codeOf(in(captured).apply(new PaymentEvent.Capture(Amount.of(1), Currency.TWD))))
                .isEqualTo("1172");
    }

    @Test
    void captureOfAVoidedAuthorizationIsRefusedWith1165() {
        assertThat(codeOf(in(PaymentState.VOIDED).apply(new PaymentEvent.Capture(PRICE, Currency.TWD))))
                .isEqualTo("1165");
    }

    @Test
    void captureAfterTheAuthorizationExpiredIsRefusedWith1180() {
        assertThat(codeOf(in(PaymentState.AUTHORIZATION_EXPIRED).apply(new PaymentEvent.Capture(PRICE,
                Currency.TWD)))).isEqualTo("1180");
    }

    // ---- void refusals ----

    @Test
    void voidOfAVoidedAuthorizationIsRefusedWith1165() {
        assertThat(codeOf(in(PaymentState.VOIDED).apply(new PaymentEvent.Void()))).isEqualTo("1165");
    }

    @Test
    void voidOfAnExpiredAuthorizationIsRefusedWith1165() {
        assertThat(codeOf(in(PaymentState.AUTHORIZATION_EXPIRED).apply(new PaymentEvent.Void()))).isEqualTo("1165");
    }

    @Test
    void voidOfARefundedPaymentIsRefusedWith1165() {
        assertThat(codeOf(in(PaymentState.REFUNDED).apply(new PaymentEvent.Void()))).isEqualTo("1165");
    }

    @ParameterizedTest
    @EnumSource(names = {"CAPTURED", "PARTIALLY_REFUNDED"})
    void voidOfACapturedPaymentIsRefusedWith1155(PaymentState captured) {
        assertThat(codeOf(in(captured).apply(new PaymentEvent.Void()))).isEqualTo("1155");
    }

    @ParameterizedTest
    @EnumSource(names = {"REQUESTED", "AUTHENTICATED", "CANCELLED", "EXPIRED", "FAILED"})
    void voidBeforeConfirmIsRefusedWith1150(PaymentState unconfirmed) {
        assertThat(codeOf(in(unconfirmed).apply(new PaymentEvent.Void()))).isEqualTo("1150");
    }

    // ---- refund refusals ----

    @Test
    void refundLargerThanRemainingIsRefusedWith1164() {
        Payment partlyRefunded = in(PaymentState.PARTIALLY_REFUNDED);   // 200 of 300 left

        assertThat(codeOf(partlyRefunded.apply(PaymentEvent.refund(Amount.of(201), refundId(2))))).isEqualTo("1164");
    }

    @Test
    void refundLargerThanAPartialCaptureIsRefusedWith1164() {
        Payment captured = step(in(PaymentState.AUTHORIZED), new PaymentEvent.Capture(Amount.of(250), Currency.TWD));

        assertThat(codeOf(captured.apply(PaymentEvent.refund(Amount.of(251), refundId(1))))).isEqualTo("1164");
    }

    @Test
    void refundAfterFullRefundIsRefusedWith1165() {
        assertThat(codeOf(in(PaymentState.REFUNDED).apply(PaymentEvent.refundRemaining(refundId(2)))))
                .isEqualTo("1165");
    }

    @Test
    void refundOfAnUncapturedAuthorizationIsRefusedWith1155() {
        assertThat(codeOf(in(PaymentState.AUTHORIZED).apply(PaymentEvent.refundRemaining(refundId(1)))))
                .isEqualTo("1155");
    }

    @ParameterizedTest
    @EnumSource(names = {"VOIDED", "AUTHORIZATION_EXPIRED"})
    void refundOfAnAuthorizationNeverCapturedIsRefusedWith1155(PaymentState ended) {
        assertThat(codeOf(in(ended).apply(PaymentEvent.refundRemaining(refundId(1))))).isEqualTo("1155");
    }

    @Test
    void refundOfZeroIsRefusedWith1124() {
        assertThat(codeOf(in(PaymentState.CAPTURED).apply(PaymentEvent.refund(Amount.ZERO, refundId(1)))))
                .isEqualTo("1124");
    }

    @Test
    void refundWithMoreDecimalsThanTheCurrencyAllowsIsRefusedWith1124() {
        assertThat(codeOf(in(PaymentState.CAPTURED).apply(PaymentEvent.refund(Amount.parse("0.5"), refundId(1)))))
                .isEqualTo("1124");
    }

    @ParameterizedTest
    @EnumSource(names = {"REQUESTED", "AUTHENTICATED", "CANCELLED", "EXPIRED", "FAILED"})
    void refundBeforeConfirmIsRefusedWith1150(PaymentState unconfirmed) {
        assertThat(codeOf(in(unconfirmed).apply(PaymentEvent.refundRemaining(refundId(1))))).isEqualTo("1150");
    }

    @Test
    void refundReusingARefundTransactionIdIsRefusedWith1152() {
        Payment partlyRefunded = in(PaymentState.PARTIALLY_REFUNDED);   // refundId(1) already used

        assertThat(codeOf(partlyRefunded.apply(PaymentEvent.refund(Amount.of(1), refundId(1))))).isEqualTo("1152");
    }

    @Test
    void refundReusingThePaymentsOwnIdIsRefusedWith1152() {
        assertThat(codeOf(in(PaymentState.CAPTURED).apply(PaymentEvent.refund(Amount.of(1), ID)))).isEqualTo("1152");
    }

    // ---- customer and clock events out of place ----

    @Test
    void approvingTwiceIsRefusedWith1179() {
        assertThat(codeOf(authenticated(true).apply(new PaymentEvent.Authenticate()))).isEqualTo("1179");
    }

    @Test
    void cancellingAfterApprovalIsRefusedWith1179() {
        assertThat(codeOf(authenticated(true).apply(new PaymentEvent.Cancel()))).isEqualTo("1179");
    }

    @Test
    void expiringAConfirmedPaymentIsRefusedWith1179() {
        assertThat(codeOf(in(PaymentState.CAPTURED).apply(new PaymentEvent.Expire()))).isEqualTo("1179");
    }

    @Test
    void failingAConfirmedPaymentIsRefusedWith1179() {
        assertThat(codeOf(in(PaymentState.AUTHORIZED).apply(new PaymentEvent.Fail()))).isEqualTo("1179");
    }

    @Test
    void expiringTheAuthorizationOfACapturedPaymentIsRefusedWith1179() {
        assertThat(codeOf(in(PaymentState.CAPTURED).apply(new PaymentEvent.ExpireAuthorization()))).isEqualTo("1179");
    }

    @Test
    void anUnknownTransactionIdIsRefusedWith1150() {
        assertThat(PaymentMachine.unknownTransaction().code().code()).isEqualTo("1150");
    }

    // ---- the whole table, as written in PaymentMachine's Javadoc ----

    private static PaymentEvent event(String name) {
        return switch (name) {
            case "Authenticate" -> new PaymentEvent.Authenticate();
            case "Cancel" -> new PaymentEvent.Cancel();
            case "Expire" -> new PaymentEvent.Expire();
            case "Fail" -> new PaymentEvent.Fail();
            case "Confirm" -> confirmPrice();
            case "Capture" -> new PaymentEvent.Capture(PRICE, Currency.TWD);
            case "Void" -> new PaymentEvent.Void();
            case "Refund" -> PaymentEvent.refundRemaining(refundId(9));
            case "ExpireAuthorization" -> new PaymentEvent.ExpireAuthorization();
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static final String[] EVENTS = {"Authenticate", "Cancel", "Expire", "Fail", "Confirm", "Capture", "Void",
            "Refund", "ExpireAuthorization"};

    // One row per state, one column per event in EVENTS' order; a state name is where the event moves
    // the payment, four digits the refusal code. Fixtures: capture=true except AUTHORIZED's line.
    private static final String TABLE = """
            REQUESTED             AUTHENTICATED CANCELLED EXPIRED FAILED 1169     1150     1150   1150               1179
            AUTHENTICATED         1179          1179      EXPIRED FAILED CAPTURED 1150     1150   1150               1179
            AUTHORIZED            1179          1179      1179    1179   1172     CAPTURED VOIDED 1155 AUTHORIZATION_EXPIRED
            CAPTURED              1179          1179      1179    1179   1172     1172     1155   REFUNDED           1179
            PARTIALLY_REFUNDED    1179          1179      1179    1179   1172     1172     1155   REFUNDED           1179
            REFUNDED              1179          1179      1179    1179   1172     1172     1165   1165               1179
            CANCELLED             1179          1179      1179    1179   1180     1150     1150   1150               1179
            EXPIRED               1179          1179      1179    1179   1180     1150     1150   1150               1179
            FAILED                1179          1179      1179    1179   1179     1150     1150   1150               1179
            VOIDED                1179          1179      1179    1179   1172     1165     1165   1155               1179
            AUTHORIZATION_EXPIRED 1179          1179      1179    1179   1172     1180     1165   1155               1179
            """;

    static Stream<Arguments> table() {
        List<Arguments> cells = new ArrayList<>();
        for (String line : TABLE.strip().split("\n")) {
            String[] cols = line.trim().split("\\s+");
            for (int i = 0; i < EVENTS.length; i++) {
                cells.add(Arguments.of(PaymentState.valueOf(cols[0]), EVENTS[i], cols[i + 1]));
            }
        }
        return cells.stream();
    }

    @Test
    void theTableCoversEveryStateTimesEveryEvent() {
        assertThat(table()).hasSize(PaymentState.values().length * EVENTS.length);
    }

    @ParameterizedTest(name = "{0} x {1} -> {2}")
    @MethodSource("table")
    void everyCellOfTheTableHolds(PaymentState state, String eventName, String expected) {
        Transition t = in(state).apply(event(eventName));

        String actual = t instanceof Transition.Moved moved ? moved.next().state().name()
                : ((Transition.Refused) t).code().code();
        assertThat(actual).isEqualTo(expected);
    }

    // ---- terminal states and purity ----

    @ParameterizedTest
    @CsvSource({"REFUNDED", "CANCELLED", "EXPIRED", "FAILED", "VOIDED", "AUTHORIZATION_EXPIRED"})
    void aTerminalStateRefusesEveryEvent(PaymentState terminal) {
        Payment p = in(terminal);

        for (String name : EVENTS) {
            assertThat(p.apply(event(name)).isMoved()).as(name).isFalse();
        }
    }

    @Test
    void applyNeverChangesItsInput() {
        Payment before = in(PaymentState.CAPTURED);
        Payment copy = new Payment(before.transactionId(), before.orderId(), before.currency(), before.amount(),
                before.captureOnConfirm(), before.state(), before.authorizedAmount(), before.capturedAmount(),
                new ArrayList<>(before.transactions()));

        before.apply(PaymentEvent.refund(Amount.of(100), refundId(1)));

        assertThat(before).isEqualTo(copy);
    }

    @Test
    void aRefusalLeavesThePaymentAsItWas() {
        Payment p = in(PaymentState.REQUESTED);

        assertThat(p.apply(confirmPrice()).orElse(p)).isSameAs(p);
    }

    @Test
    void aNullEventIsAProgrammingErrorNotARefusal() {
        assertThatThrownBy(() -> PaymentMachine.apply(requested(true), null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aNullPaymentIsAProgrammingErrorNotARefusal() {
        assertThatThrownBy(() -> PaymentMachine.apply(null, new PaymentEvent.Void()))
                .isInstanceOf(NullPointerException.class);
    }
}
