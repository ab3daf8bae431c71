package dev.linepay4j.it.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linepay4j.Environment;
import dev.linepay4j.LinePay;
import dev.linepay4j.OfflinePayments;
import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.MerchantDevice;
import dev.linepay4j.domain.OneTimeKey;
import dev.linepay4j.domain.payment.OfflineStatus;
import dev.linepay4j.domain.request.OfflinePaymentRequest;
import dev.linepay4j.domain.request.RefundRequest;
import dev.linepay4j.domain.response.OfflinePaymentResponse;
import dev.linepay4j.domain.response.OfflinePaymentStatus;
import dev.linepay4j.domain.response.PaymentDetails;
import dev.linepay4j.testkit.sandbox.LinePaySandbox;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's "Taking a payment at the till" example, kept compiling and true against the sandbox: the
 * same few calls a demo's {@code offline} mode makes (a My Code from the sandbox, pay, status, refund,
 * details).
 */
class ReadmeOfflineExampleIT {

    @Test
    void theTillExampleRunsAgainstTheSandbox() {
        try (LinePaySandbox sandbox = LinePaySandbox.start();
             LinePay linePay = LinePay.builder()
                     .channelId(LinePaySandbox.DEFAULT_CHANNEL_ID)
                     .channelSecret(LinePaySandbox.DEFAULT_CHANNEL_SECRET)
                     .environment(Environment.custom(sandbox.baseUri()))
                     .apiVersion(ApiVersion.OFFLINE_V4)
                     .merchantDevice(MerchantDevice.of("POS-0042", "POS"))
                     .build()) {
            OfflinePayments till = linePay.offline();
            Scanner scanner = () -> sandbox.issueOneTimeKey(OneTimeKey.Country.TW).value();

            OfflinePaymentRequest sale = OfflinePaymentRequest.builder()
                    .productName("Pearl milk tea")
                    .amount(120).currency(Currency.TWD)
                    .orderId("POS7-20261122-0042")
                    .oneTimeKey(scanner.read())
                    .build();

            OfflinePaymentResponse paid = till.pay(sale);
            if (paid.totalPaid().compareTo(sale.amount()) != 0) {
                till.refund(sale.orderId(), RefundRequest.full());
            }
            OfflinePaymentStatus status = till.checkPaymentStatus(sale.orderId());
            till.refund(sale.orderId(), RefundRequest.partial(Amount.of(20), Currency.TWD));
            List<PaymentDetails> details = till.paymentDetails(sale.orderId());

            assertThat(paid.totalPaid()).isEqualTo(Amount.of(120));
            assertThat(status.status()).contains(OfflineStatus.COMPLETE);
            assertThat(details).singleElement().satisfies(d -> assertThat(d.refundList()).hasSize(1));
        }
    }

    /** The shop's barcode scanner, as the README's example assumes it. */
    interface Scanner {
        String read();
    }
}
