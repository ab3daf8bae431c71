package dev.linepay4j.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.ValidationException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentTest {

    private static final TransactionId ID = TransactionId.of(2023042201206549310L);
    private static final TransactionId REFUND_ID = TransactionId.of(2023042201206549311L);

    private static Transaction refund(long amount) {
        return Transaction.refund(REFUND_ID, TransactionType.PARTIAL_REFUND, Amount.of(amount), ID);
    }

    @Test
    void aNewPaymentWaitsForTheCustomerWithNothingMoved() {
        Payment p = Payment.requested(ID, "order-1", Amount.of(300), Currency.TWD, true);

        assertThat(p.state()).isEqualTo(PaymentState.REQUESTED);
        assertThat(p.transactions()).isEmpty();
        assertThat(p.authorizedAmount()).isEqualTo(Amount.ZERO);
        assertThat(p.capturedAmount()).isEqualTo(Amount.ZERO);
    }

    @Test
    void aRequestOfZeroIsRejected() {
        assertThatThrownBy(() -> Payment.requested(ID, "order-1", Amount.ZERO, Currency.TWD, true))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("amount");
    }

    @Test
    void aRequestWithCentsInTaiwanDollarsIsRejected() {
        assertThatThrownBy(() -> Payment.requested(ID, "order-1", Amount.parse("10.5"), Currency.TWD, true))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("decimal places");
    }

    @Test
    void aBlankOrderIdIsRejected() {
        assertThatThrownBy(() -> Payment.requested(ID, " ", Amount.of(300), Currency.TWD, true))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("orderId");
    }

    @Test
    void theBalanceIsTheCapturedAmountLessTheRefunds() {
        Payment p = new Payment(ID, "order-1", Currency.TWD, Amount.of(300), true, PaymentState.PARTIALLY_REFUNDED,
                Amount.of(300), Amount.of(300), List.of(Transaction.payment(ID, Amount.of(300)), refund(120)));

        assertThat(p.refundedTotal()).isEqualTo(Amount.of(120));
        assertThat(p.refundableBalance()).isEqualTo(Amount.of(180));
    }

    @Test
    void refundsAboveTheCapturedAmountCannotBeBuilt() {
        List<Transaction> transactions = List.of(Transaction.payment(ID, Amount.of(300)), refund(301));

        assertThatThrownBy(() -> new Payment(ID, "order-1", Currency.TWD, Amount.of(300), true,
                PaymentState.PARTIALLY_REFUNDED, Amount.of(300), Amount.of(300), transactions))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("refunds of 301");
    }

    @Test
    void aCapturedPaymentWithoutItsPaymentTransactionCannotBeBuilt() {
        assertThatThrownBy(() -> new Payment(ID, "order-1", Currency.TWD, Amount.of(300), true, PaymentState.CAPTURED,
                Amount.of(300), Amount.of(300), List.of()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("PAYMENT transaction");
    }

    @Test
    void aSecondPaymentTransactionCannotBeBuilt() {
        List<Transaction> twice = List.of(Transaction.payment(ID, Amount.of(300)), Transaction.payment(ID,
                Amount.of(300)));

        assertThatThrownBy(() -> new Payment(ID, "order-1", Currency.TWD, Amount.of(300), true, PaymentState.CAPTURED,
                Amount.of(300), Amount.of(300), twice))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("one PAYMENT transaction");
    }

    @Test
    void aRequestedPaymentWithTransactionsCannotBeBuilt() {
        assertThatThrownBy(() -> new Payment(ID, "order-1", Currency.TWD, Amount.of(300), true,
                PaymentState.REQUESTED, Amount.ZERO, Amount.ZERO, List.of(Transaction.payment(ID, Amount.of(300)))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("before confirm");
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () ->
                new Payment(ID, " ", Currency.TWD, Amount.parse("0.5"), true, PaymentState.REQUESTED, Amount.ZERO,
                        Amount.ZERO, List.of()));

        assertThat(e.violations()).hasSize(2);
    }

    @Test
    void laterChangesToTheCallersListDoNotReachThePayment() {
        List<Transaction> mine = new ArrayList<>(List.of(Transaction.payment(ID, Amount.of(300))));
        Payment p = new Payment(ID, "order-1", Currency.TWD, Amount.of(300), true, PaymentState.CAPTURED,
                Amount.of(300), Amount.of(300), mine);

        mine.add(refund(100));

        assertThat(p.transactions()).hasSize(1);
    }

    @Test
    void theTransactionListCannotBeModified() {
        Payment p = Payment.requested(ID, "order-1", Amount.of(300), Currency.TWD, true);

        assertThatThrownBy(() -> p.transactions().add(Transaction.payment(ID, Amount.of(300))))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
