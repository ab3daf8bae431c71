package dev.linepay4j.vavr;

import static dev.linepay4j.vavr.Shop.CAPTURE;
import static dev.linepay4j.vavr.Shop.CONFIRM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.linepay4j.CallOptions;
import dev.linepay4j.Endpoint;
import dev.linepay4j.LinePay;
import dev.linepay4j.LinePayError;
import dev.linepay4j.LinePayError.ApiError;
import dev.linepay4j.LinePayError.InvalidRequest;
import dev.linepay4j.LinePayError.OutcomeUnknown;
import dev.linepay4j.LinePayError.TransportFailure;
import dev.linepay4j.LinePayException;
import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.RegKey;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.code.RegKeyStatus;
import dev.linepay4j.domain.code.RequestStatus;
import dev.linepay4j.domain.code.ReturnCode;
import dev.linepay4j.domain.payment.PaymentState;
import dev.linepay4j.domain.request.PaymentDetailsQuery;
import dev.linepay4j.domain.request.PaymentRequest;
import dev.linepay4j.domain.request.RefundRequest;
import dev.linepay4j.domain.response.ConfirmResponse;
import dev.linepay4j.domain.response.PaymentDetails;
import dev.linepay4j.domain.response.PaymentRequestResponse;
import dev.linepay4j.domain.response.PreapprovedPaymentResponse;
import dev.linepay4j.domain.response.RefundResponse;
import dev.linepay4j.spi.TransportException.Kind;
import dev.linepay4j.testkit.sandbox.Fault;
import dev.linepay4j.testkit.sandbox.FaultKind;
import dev.linepay4j.testkit.sandbox.LinePaySandbox;
import dev.linepay4j.testkit.sandbox.LinePaySandboxExtension;
import dev.linepay4j.testkit.sandbox.SandboxBooks.RegKeyState;
import dev.linepay4j.testkit.sandbox.SandboxEndpoint;
import dev.linepay4j.testkit.sandbox.SandboxOptions;
import io.vavr.collection.List;
import io.vavr.concurrent.Future;
import io.vavr.control.Either;
import io.vavr.control.Try;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Future view over a real client and LINE Pay's sandbox on loopback: every operation, every error
 * case, and futures that complete without any thread waiting for the answer.
 */
@Timeout(60)
class FuturePaymentsTest {

    @RegisterExtension
    static final LinePaySandboxExtension SANDBOX = LinePaySandboxExtension.withOptions(
            SandboxOptions.builder().hangLimit(Duration.ofSeconds(5)).build());

    /** Counts the tasks given to it: a thread parked waiting for an answer would be one of them. */
    private final AtomicInteger tasks = new AtomicInteger();
    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "vavr-callbacks");
        t.setDaemon(true);
        return t;
    });
    private Shop shop;
    private VavrLinePay vavr;
    private FuturePayments future;

    @BeforeEach
    void start(LinePaySandbox sandbox) {
        shop = new Shop(sandbox);
        vavr = VavrLinePay.of(shop.linePay, task -> {
            tasks.incrementAndGet();
            pool.execute(task);
        });
        future = vavr.future();
    }

    @AfterEach
    void stop() {
        shop.linePay.close();
        pool.shutdownNow();
    }

    @Test
    void requestRegistersThePaymentAndAnswersItsPaymentPage() {
        PaymentRequestResponse requested = value(future.request(Shop.payment()));

        assertThat(shop.state(requested.transactionId())).isEqualTo(PaymentState.REQUESTED);
        assertThat(requested.paymentUrl().web()).isEqualTo(shop.sandbox.paymentPageUri(requested.transactionId()).toString());
    }

    @Test
    void checkRequestStatusAnswersTheStatus() {
        TransactionId id = shop.approved(Shop.payment());

        assertThat(value(future.checkRequestStatus(id))).isEqualTo(RequestStatus.AUTHENTICATED);
    }

    @Test
    void confirmTakesTheApprovedPayment() {
        PaymentRequest request = Shop.payment();
        TransactionId id = shop.approved(request);

        ConfirmResponse confirmed = value(future.confirm(id, CONFIRM));

        assertThat(confirmed.orderId()).isEqualTo(request.orderId());
        assertThat(shop.state(id)).isEqualTo(PaymentState.CAPTURED);
    }

    @Test
    void captureTakesAnAuthorizedPayment() {
        TransactionId id = shop.confirmed(Shop.authorization());

        assertThat(value(future.capture(id, CAPTURE)).transactionId()).isEqualTo(id);
        assertThat(shop.state(id)).isEqualTo(PaymentState.CAPTURED);
    }

    @Test
    void voidAuthorizationReleasesAnAuthorizedPayment() {
        TransactionId id = shop.confirmed(Shop.authorization());

        assertThat(value(future.voidAuthorization(id)).returnCode()).isEqualTo(ReturnCode.SUCCESS);
        assertThat(shop.state(id)).isEqualTo(PaymentState.VOIDED);
    }

    @Test
    void refundGivesPartOfAPaymentBack() {
        TransactionId id = shop.confirmed(Shop.payment());

        RefundResponse refund = value(future.refund(id, RefundRequest.partial(Amount.of(100), Currency.TWD)));

        assertThat(refund.refundTransactionId()).isNotEqualTo(id);
        assertThat(shop.state(id)).isEqualTo(PaymentState.PARTIALLY_REFUNDED);
    }

    @Test
    void paymentDetailsReadsConfirmedPaymentsIntoAVavrList() {
        TransactionId id = shop.confirmed(Shop.payment());

        List<PaymentDetails> details = value(future.paymentDetails(PaymentDetailsQuery.ofTransactionIds(id)));

        assertThat(details.map(PaymentDetails::transactionId)).containsExactly(id);
    }

    @Test
    void checkRegKeyAnswersTheKeysStatus() {
        RegKey key = shop.regKey();

        assertThat(value(future.checkRegKey(key))).isEqualTo(RegKeyStatus.USABLE);
    }

    @Test
    void checkRegKeyWithACardAuthorizationAnswersTheKeysStatus() {
        RegKey key = shop.regKey();

        assertThat(value(future.checkRegKey(key, true))).isEqualTo(RegKeyStatus.USABLE);
    }

    @Test
    void payPreapprovedChargesTheCustomerWithTheKey() {
        RegKey key = shop.regKey();

        PreapprovedPaymentResponse paid = value(future.payPreapproved(key, Shop.keyPayment()));

        assertThat(shop.state(paid.transactionId())).isEqualTo(PaymentState.CAPTURED);
    }

    @Test
    void expireRegKeyDiscardsTheKey() {
        RegKey key = shop.regKey();

        assertThat(value(future.expireRegKey(key)).returnCode()).isEqualTo(ReturnCode.SUCCESS);
        assertThat(shop.state(key)).isEqualTo(RegKeyState.EXPIRED);
    }

    @Test
    void operationsComposeWithFlatMapWithoutBlocking() {
        PaymentRequest request = Shop.payment();
        TransactionId id = shop.approved(request);

        Future<List<PaymentDetails>> flow = future.checkRequestStatus(id)
                .filter(RequestStatus.AUTHENTICATED::equals)
                .flatMap(status -> future.confirm(id, CONFIRM))
                .flatMap(confirmed -> future.paymentDetails(PaymentDetailsQuery.ofTransactionIds(confirmed.transactionId())));

        assertThat(value(flow).map(PaymentDetails::orderId)).containsExactly(Optional.of(request.orderId()));
    }

    @Test
    void aCallAnswersAtOnceAndNoThreadWaitsForLinePay() throws InterruptedException {
        TransactionId id = shop.requested(Shop.payment());
        shop.sandbox.inject(Fault.delay(SandboxEndpoint.CHECK, Duration.ofMillis(1500)));
        int tasksBefore = tasks.get();
        AtomicReference<String> callbackThread = new AtomicReference<>();

        long start = System.nanoTime();
        Future<RequestStatus> status = future.checkRequestStatus(id);
        Duration returnedAfter = Duration.ofNanos(System.nanoTime() - start);
        status.onComplete(done -> callbackThread.set(Thread.currentThread().getName()));

        assertThat(status.isCompleted()).as("still waiting for the sandbox").isFalse();
        assertThat(returnedAfter).as("the caller is not held for the sandbox's delay").isLessThan(Duration.ofMillis(1000));
        Thread.sleep(200);
        assertThat(tasks.get()).as("no executor thread is parked on the call").isEqualTo(tasksBefore);

        assertThat(settled(status)).isEqualTo(Try.success(RequestStatus.NOT_YET_AUTHENTICATED));
        awaitCallback(callbackThread);
        assertThat(callbackThread.get()).as("callbacks run on the executor given").isEqualTo("vavr-callbacks");
        assertThat(status.executor()).isSameAs(vavr.executor());
    }

    @Test
    void aConfirmBeforeTheCustomerApprovedFailsWithApiError1169() {
        TransactionId id = shop.requested(Shop.payment());

        Future<ConfirmResponse> confirmed = future.confirm(id, CONFIRM);
        LinePayError error = errorIn(settled(confirmed));

        assertThat(((ApiError) error).returnCode()).isEqualTo(ReturnCode.NOT_AUTHENTICATED_YET);
        assertThat(error.call().transactionId()).contains(id);
        assertThat(error).as("the very error the client throws")
                .isEqualTo(catchThrowableOfType(LinePayException.class, () -> shop.linePay.confirm(id, CONFIRM)).error());
        assertThat(settled(VavrCalls.futureEither(confirmed))).isEqualTo(Try.success(Either.left(error)));
    }

    @Test
    void aRequestTheApiVersionRefusesFailsWithInvalidRequestAndNothingIsSent() {
        long received = shop.received();

        InvalidRequest invalid = (InvalidRequest) errorIn(settled(future.request(Shop.v4Only())));

        assertThat(invalid.violations()).extracting(v -> v.field()).containsExactly("options.regPayRequest");
        assertThat(shop.received()).isEqualTo(received);
    }

    @Test
    void aClosedClientFailsWithTransportFailure() {
        TransactionId id = shop.confirmed(Shop.payment());
        shop.linePay.close();

        LinePayError error = errorIn(settled(future.refund(id, RefundRequest.full())));

        assertThat(error).isEqualTo(new TransportFailure(error.call(), Kind.TRANSPORT_CLOSED));
    }

    @Test
    void aRefusedConnectionFailsWithTransportFailure() {
        try (LinePay refused = Shop.refusedClient()) {
            LinePayError error = errorIn(settled(VavrLinePay.of(refused).future()
                    .paymentDetails(PaymentDetailsQuery.ofOrderIds(Shop.orderId()))));

            assertThat(error).isEqualTo(new TransportFailure(error.call(), Kind.CONNECT_FAILED));
        }
    }

    @Test
    void anAnswerThatNeverComesFailsWithOutcomeUnknown() {
        shop.sandbox.inject(Fault.of(FaultKind.PROCESS_THEN_HANG, SandboxEndpoint.REQUEST).holdFor(Duration.ofSeconds(3)));
        FuturePayments quick = vavr.withOptions(CallOptions.none().withReadTimeout(Duration.ofMillis(500))).future();
        long processed = shop.processed(SandboxEndpoint.REQUEST);

        LinePayError error = errorIn(settled(quick.request(Shop.payment())));

        assertThat(error).isEqualTo(OutcomeUnknown.afterTransportFailure(error.call(), Kind.READ_TIMEOUT));
        assertThat(error.endpoint()).isEqualTo(Endpoint.REQUEST);
        assertThat(shop.processed(SandboxEndpoint.REQUEST)).isEqualTo(processed + 1);
    }

    @Test
    void aSuccessIsARightThroughFutureEither() {
        TransactionId id = shop.requested(Shop.payment());

        assertThat(settled(VavrCalls.futureEither(future.checkRequestStatus(id))))
                .isEqualTo(Try.success(Either.right(RequestStatus.NOT_YET_AUTHENTICATED)));
    }

    @Test
    void aNullArgumentThrowsAtOnceRatherThanFailing() {
        long received = shop.received();
        assertThatThrownBy(() -> future.capture(null, CAPTURE)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> future.payPreapproved(RegKey.of("RK9A7B2C3D4E5F6"), null))
                .isInstanceOf(NullPointerException.class);
        assertThat(shop.received()).isEqualTo(received);
    }

    /** The outcome of a future, waiting a bounded time for it. */
    static <T> Try<T> settled(Future<T> future) {
        return future.await(Shop.WAIT.toMillis(), TimeUnit.MILLISECONDS).getValue()
                .getOrElseThrow(() -> new AssertionError("not completed within " + Shop.WAIT));
    }

    /** The error of a failure, which must hold the LinePayException itself. */
    static LinePayError errorIn(Try<?> result) {
        assertThat(result.isFailure()).as("%s is a failure", result).isTrue();
        assertThat(result.getCause()).isInstanceOf(LinePayException.class);
        return ((LinePayException) result.getCause()).error();
    }

    private static void awaitCallback(AtomicReference<String> seen) throws InterruptedException {
        long deadline = System.nanoTime() + Shop.WAIT.toNanos();
        while (seen.get() == null && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    /** The value of a future, waiting a bounded time for it; a failure fails the test. */
    private static <T> T value(Future<T> future) {
        Try<T> result = settled(future);
        assertThat(result.isSuccess()).as("%s is a Success", result).isTrue();
        return result.get();
    }
}
