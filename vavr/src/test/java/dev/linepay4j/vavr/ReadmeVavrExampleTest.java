package dev.linepay4j.vavr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linepay4j.LinePay;
import dev.linepay4j.LinePayError;
import dev.linepay4j.LinePayException;
import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.request.ConfirmRequest;
import dev.linepay4j.domain.request.PaymentDetailsQuery;
import dev.linepay4j.domain.request.PaymentRequest;
import dev.linepay4j.domain.request.RefundRequest;
import dev.linepay4j.domain.response.PaymentDetails;
import dev.linepay4j.domain.response.RefundResponse;
import dev.linepay4j.testkit.sandbox.LinePaySandbox;
import dev.linepay4j.testkit.sandbox.LinePaySandboxExtension;
import io.vavr.collection.List;
import io.vavr.concurrent.Future;
import io.vavr.control.Either;
import io.vavr.control.Try;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** The README's "Vavr" example, kept compiling and true against the sandbox. */
@Timeout(60)
@ExtendWith(LinePaySandboxExtension.class)
class ReadmeVavrExampleTest {

    /** The shop's own record of an order, as the README's example assumes it. */
    record Order(Amount amount, Currency currency) {
    }

    @Test
    void theReadmeExample(LinePaySandbox sandbox) {
        Shop shop = new Shop(sandbox);
        PaymentRequest request = Shop.payment();
        Order order = new Order(request.amount(), request.currency());
        TransactionId transactionId = shop.approved(request);
        try (LinePay linePay = shop.linePay) {
            // --- README ---
            VavrLinePay vavr = VavrLinePay.of(linePay);            // linePay stays yours to close

            // Either: a failed call is a Left holding the LinePayError
            String page = vavr.either()
                    .confirm(transactionId, ConfirmRequest.of(order.amount(), order.currency()))
                    .fold(error -> error.mayHaveBeenProcessed() ? "checking" : "failed",
                          confirmed -> "thanks");

            // Try: a failed call is a Failure holding the LinePayException
            Try<List<PaymentDetails>> details = vavr.attempt()
                    .paymentDetails(PaymentDetailsQuery.ofTransactionIds(transactionId));   // a Vavr List

            // Future: answers at once, and no thread waits for LINE Pay
            Future<RefundResponse> refunded = vavr.future().refund(transactionId, RefundRequest.full());
            Future<Either<LinePayError, RefundResponse>> settled = VavrCalls.futureEither(refunded);
            // --- end ---

            assertThat(page).isEqualTo("thanks");
            assertThat(details.get().map(PaymentDetails::transactionId)).containsExactly(transactionId);
            assertThat(FuturePaymentsTest.settled(settled).get().isRight()).isTrue();

            String again = vavr.either().confirm(transactionId, ConfirmRequest.of(order.amount(), order.currency()))
                    .fold(error -> error.mayHaveBeenProcessed() ? "checking" : "failed", confirmed -> "thanks");
            // LINE Pay answers 1172; the client reads the payment back, finds it confirmed and says so.
            assertThat(again).as("a repeated confirm of a confirmed payment is read back as done").isEqualTo("thanks");
            Try<RefundResponse> twice = vavr.attempt().refund(transactionId, RefundRequest.full());
            assertThat(twice.getCause()).isInstanceOf(LinePayException.class);
        }
    }
}
