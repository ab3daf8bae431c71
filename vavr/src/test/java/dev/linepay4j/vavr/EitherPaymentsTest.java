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
import io.vavr.control.Either;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Either view over a real client and LINE Pay's sandbox on loopback: every operation, every error case. */
@Timeout(60)
class EitherPaymentsTest {

    @RegisterExtension
    static final LinePaySandboxExtension SANDBOX = LinePaySandboxExtension.withOptions(
            SandboxOptions.builder().hangLimit(Duration.ofSeconds(5)).build());

    private Shop shop;
    private EitherPayments either;

    @BeforeEach
    void start(LinePaySandbox sandbox) {
        shop = new Shop(sandbox);
        either = VavrLinePay.of(shop.linePay).either();
    }

    @AfterEach
    void stop() {
        shop.linePay.close();
    }

    @Test
    void requestRegistersThePaymentAndAnswersItsPaymentPage() {
        PaymentRequestResponse requested = value(either.request(Shop.payment()));

        assertThat(shop.state(requested.transactionId())).isEqualTo(PaymentState.REQUESTED);
        assertThat(requested.paymentUrl().web()).isEqualTo(shop.sandbox.paymentPageUri(requested.transactionId()).toString());
    }

    @Test
    void checkRequestStatusAnswersTheStatus() {
        TransactionId id = shop.approved(Shop.payment());

        assertThat(value(either.checkRequestStatus(id))).isEqualTo(RequestStatus.AUTHENTICATED);
    }

    @Test
    void confirmTakesTheApprovedPayment() {
        PaymentRequest request = Shop.payment();
        TransactionId id = shop.approved(request);

        ConfirmResponse confirmed = value(either.confirm(id, CONFIRM));

        assertThat(confirmed.orderId()).isEqualTo(request.orderId());
        assertThat(shop.state(id)).isEqualTo(PaymentState.CAPTURED);
    }

    @Test
    void captureTakesAnAuthorizedPayment() {
        TransactionId id = shop.confirmed(Shop.authorization());

        assertThat(value(either.capture(id, CAPTURE)).transactionId()).isEqualTo(id);
        assertThat(shop.state(id)).isEqualTo(PaymentState.CAPTURED);
    }

    @Test
    void voidAuthorizationReleasesAnAuthorizedPayment() {
        TransactionId id = shop.confirmed(Shop.authorization());

        assertThat(value(either.voidAuthorization(id)).returnCode()).isEqualTo(ReturnCode.SUCCESS);
        assertThat(shop.state(id)).isEqualTo(PaymentState.VOIDED);
    }

    @Test
    void refundGivesPartOfAPaymentBack() {
        TransactionId id = shop.confirmed(Shop.payment());

        RefundResponse refund = value(either.refund(id, RefundRequest.partial(Amount.of(100), Currency.TWD)));

        assertThat(refund.refundTransactionId()).isNotEqualTo(id);
        assertThat(shop.state(id)).isEqualTo(PaymentState.PARTIALLY_REFUNDED);
    }

    @Test
    void paymentDetailsReadsConfirmedPaymentsIntoAVavrList() {
        TransactionId id = shop.confirmed(Shop.payment());

        List<PaymentDetails> details = value(either.paymentDetails(PaymentDetailsQuery.ofTransactionIds(id)));

        assertThat(details.map(PaymentDetails::transactionId)).containsExactly(id);
    }

    @Test
    void checkRegKeyAnswersTheKeysStatus() {
        RegKey key = shop.regKey();

        assertThat(value(either.checkRegKey(key))).isEqualTo(RegKeyStatus.USABLE);
    }

    @Test
    void checkRegKeyWithACardAuthorizationAnswersTheKeysStatus() {
        RegKey key = shop.regKey();

        assertThat(value(either.checkRegKey(key, true))).isEqualTo(RegKeyStatus.USABLE);
    }

    @Test
    void payPreapprovedChargesTheCustomerWithTheKey() {
        RegKey key = shop.regKey();

        PreapprovedPaymentResponse paid = value(either.payPreapproved(key, Shop.keyPayment()));

        assertThat(shop.state(paid.transactionId())).isEqualTo(PaymentState.CAPTURED);
    }

    @Test
    void expireRegKeyDiscardsTheKey() {
        RegKey key = shop.regKey();

        assertThat(value(either.expireRegKey(key)).returnCode()).isEqualTo(ReturnCode.SUCCESS);
        assertThat(shop.state(key)).isEqualTo(RegKeyState.EXPIRED);
    }

    @Test
    void aConfirmBeforeTheCustomerApprovedIsLeftApiError1169() {
        TransactionId id = shop.requested(Shop.payment());

        LinePayError error = either.confirm(id, CONFIRM).getLeft();

        ApiError api = (ApiError) error;
        assertThat(api.returnCode()).isEqualTo(ReturnCode.NOT_AUTHENTICATED_YET);
        assertThat(api.call().endpoint()).isEqualTo(Endpoint.CONFIRM);
        assertThat(api.call().transactionId()).contains(id);
        assertThat(error).as("the very error the client throws").isEqualTo(errorOf(() -> shop.linePay.confirm(id, CONFIRM)));
    }

    @Test
    void aRequestTheApiVersionRefusesIsLeftInvalidRequestAndNothingIsSent() {
        PaymentRequest v4Only = Shop.v4Only();
        long received = shop.received();

        InvalidRequest invalid = (InvalidRequest) either.request(v4Only).getLeft();

        assertThat(invalid.violations()).extracting(v -> v.field()).containsExactly("options.regPayRequest");
        assertThat(shop.received()).isEqualTo(received);
    }

    @Test
    void aClosedClientIsLeftTransportFailure() {
        TransactionId id = shop.requested(Shop.payment());
        shop.linePay.close();

        LinePayError error = either.checkRequestStatus(id).getLeft();

        assertThat(error).isEqualTo(new TransportFailure(error.call(), Kind.TRANSPORT_CLOSED));
    }

    @Test
    void aRefusedConnectionIsLeftTransportFailure() {
        try (LinePay refused = Shop.refusedClient()) {
            LinePayError error = VavrLinePay.of(refused).either().request(Shop.payment()).getLeft();

            assertThat(error).isEqualTo(new TransportFailure(error.call(), Kind.CONNECT_FAILED));
            assertThat(error.mayHaveBeenProcessed()).isFalse();
        }
    }

    @Test
    void anAnswerThatNeverComesIsLeftOutcomeUnknown() {
        shop.sandbox.inject(Fault.of(FaultKind.PROCESS_THEN_HANG, SandboxEndpoint.REQUEST).holdFor(Duration.ofSeconds(3)));
        EitherPayments quick = VavrLinePay.of(shop.linePay)
                .withOptions(CallOptions.none().withReadTimeout(Duration.ofMillis(500))).either();

        long processed = shop.processed(SandboxEndpoint.REQUEST);

        LinePayError error = quick.request(Shop.payment()).getLeft();

        assertThat(error).isEqualTo(OutcomeUnknown.afterTransportFailure(error.call(), Kind.READ_TIMEOUT));
        assertThat(error.endpoint()).isEqualTo(Endpoint.REQUEST);
        assertThat(error.mayHaveBeenProcessed()).isTrue();
        assertThat(shop.processed(SandboxEndpoint.REQUEST)).as("LINE Pay did act on it").isEqualTo(processed + 1);
    }

    @Test
    void aNullArgumentThrowsBeforeAnythingIsSent() {
        TransactionId id = TransactionId.parse("2023042201206549310");
        long received = shop.received();
        assertThatThrownBy(() -> either.confirm(null, CONFIRM)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> either.confirm(id, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> either.paymentDetails(null)).isInstanceOf(NullPointerException.class);
        assertThat(shop.received()).isEqualTo(received);
    }

    private static LinePayError errorOf(Runnable call) {
        return catchThrowableOfType(LinePayException.class, call::run).error();
    }

    /** The result of a Right; a Left fails the test with its description. */
    private static <T> T value(Either<LinePayError, T> result) {
        assertThat(result.isRight()).as("%s is a Right", result).isTrue();
        return result.get();
    }
}
