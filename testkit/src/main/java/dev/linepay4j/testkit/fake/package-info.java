/**
 * {@link dev.linepay4j.testkit.fake.FakeLinePay}: LINE Pay's Online API v3 and v4 in memory, for a merchant's
 * unit tests with neither HTTP nor a port. It implements the client's {@link dev.linepay4j.OnlinePayments},
 * runs every payment on core's {@link dev.linepay4j.domain.payment.PaymentMachine} (as the testkit's
 * {@code LinePaySandbox} does, so the two answer alike), and has the controls a test needs: the customer
 * approves or cancels, a request or an authorization expires, the clock moves, the next call fails with a
 * code or any other {@link dev.linepay4j.LinePayError} ({@link dev.linepay4j.testkit.fake.FakeFailure}), and
 * every call is recorded ({@link dev.linepay4j.testkit.fake.RecordedCall}).
 *
 * <pre>{@code
 * FakeLinePay linePay = FakeLinePay.create();
 * PaymentRequestResponse requested = linePay.request(paymentRequest);
 * linePay.approve(requested.transactionId());                 // the customer pays
 * linePay.confirm(requested.transactionId(), ConfirmRequest.of(Amount.of(300), Currency.TWD));
 * linePay.payment(requested.transactionId()).orElseThrow().state();   // CAPTURED
 * }</pre>
 *
 * <p>Which of the two to use: {@code FakeLinePay} when the code under test takes an {@code OnlinePayments}
 * (fast, no threads, no port); {@code LinePaySandbox} when the test must go over HTTP (a transport, a
 * codec, signatures, a browser on the payment page).
 */
package dev.linepay4j.testkit.fake;
