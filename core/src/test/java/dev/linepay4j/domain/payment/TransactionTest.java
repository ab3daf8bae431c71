package dev.linepay4j.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.ValidationException;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TransactionTest {

    private static final TransactionId PAYMENT_ID = TransactionId.of(2023042201206549310L);
    private static final TransactionId REFUND_ID = TransactionId.of(2023042201206549311L);

    @Test
    void aRefundIsWrittenNegativeAsInTheRefundList() {
        Transaction refund = Transaction.refund(REFUND_ID, TransactionType.PARTIAL_REFUND, Amount.parse("12.5"),
                PAYMENT_ID);

        assertThat(refund.signedAmount()).isEqualByComparingTo(new BigDecimal("-12.5"));
    }

    @Test
    void thePaymentIsWrittenPositive() {
        assertThat(Transaction.payment(PAYMENT_ID, Amount.of(300)).signedAmount())
                .isEqualByComparingTo(new BigDecimal("300"));
    }

    @Test
    void aRefundPointsAtThePaymentItRefunds() {
        Transaction refund = Transaction.refund(REFUND_ID, TransactionType.PAYMENT_REFUND, Amount.of(300),
                PAYMENT_ID);

        assertThat(refund.originalTransactionId()).contains(PAYMENT_ID);
    }

    @Test
    void aTransactionOfZeroIsRejected() {
        assertThatThrownBy(() -> Transaction.payment(PAYMENT_ID, Amount.ZERO))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("amount");
    }

    @Test
    void aRefundWithoutOriginalIsRejected() {
        assertThatThrownBy(() -> new Transaction(REFUND_ID, TransactionType.PARTIAL_REFUND, Amount.of(1),
                Optional.empty()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("originalTransactionId");
    }

    @Test
    void aPaymentWithAnOriginalIsRejected() {
        assertThatThrownBy(() -> new Transaction(PAYMENT_ID, TransactionType.PAYMENT, Amount.of(1),
                Optional.of(REFUND_ID)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("originalTransactionId");
    }

    @Test
    void aRefundOfItselfIsRejected() {
        assertThatThrownBy(() -> Transaction.refund(REFUND_ID, TransactionType.PARTIAL_REFUND, Amount.of(1),
                REFUND_ID))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void theRefundFactoryRejectsThePaymentType() {
        assertThatThrownBy(() -> Transaction.refund(REFUND_ID, TransactionType.PAYMENT, Amount.of(1), PAYMENT_ID))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("refund type");
    }

    @ParameterizedTest
    @EnumSource(TransactionType.class)
    void transactionTypeReadsBackFromItsWireName(TransactionType type) {
        assertThat(TransactionType.fromWire(type.wireName())).contains(type);
    }

    @Test
    void anUnknownTransactionTypeIsEmptyNotAnError() {
        assertThat(TransactionType.fromWire("payment")).isEmpty();
    }

    @Test
    void onlyThePaymentIsNotARefund() {
        assertThat(TransactionType.PAYMENT.isRefund()).isFalse();
    }
}
