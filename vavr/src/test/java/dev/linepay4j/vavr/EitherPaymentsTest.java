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
import dev.linepay4j.domain.request.PaymentDetailsQuery;
import dev.linepay4j.domain.request.PaymentRequest;
import dev.linepay4j.domain.request.RefundRequest;
import dev.linepay4j.domain.response.PaymentDetails;
import dev.linepay4j.domain.response.PaymentRequestResponse;
import dev.linepay4j.spi.TransportException.Kind;
import dev.linepay4j.testkit.sandbox.Fault;
import dev.linepay4j.testkit.sandbox.FaultKind;
import dev.linepay4j.testkit.sandbox.LinePaySandbox;
import dev.linepay4j.testkit.sandbox.LinePaySandboxExtension;
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
    void aPaymentIsRequestedCheckedConfirmedReadAndRefunded() {
        PaymentRequest request = Shop.payment();

        PaymentRequestResponse requested = either.request(request).get();
        TransactionId id = requested.transactionId();
        assertThat(either.checkRequestStatus(id)).isEqualTo(Either.right(RequestStatus.NOT_YET_AUTHENTICATED));

        shop.sandbox.approve(id);
        assertThat(either.checkRequestStatus(id)).isEqualTo(Either.right(RequestStatus.AUTHENTICATED));
        assertThat(either.confirm(id, CONFIRM).map(c -> c.orderId())).isEqualTo(Either.right(request.orderId()));

        Either<LinePayError, List<PaymentDetails>> details = either.paymentDetails(PaymentDetailsQuery.ofTransactionIds(id));
        assertThat(details.get().map(PaymentDetails::transactionId)).containsExactly(id);

        assertThat(either.refund(id, RefundRequest.partial(Amount.of(100), Currency.TWD)).isRight()).isTrue();
        assertThat(either.refund(id, RefundRequest.full()).get().refundTransactionId()).isNotEqualTo(id);
    }

    @Test
    void anAuthorizationIsCapturedOrVoided() {
        TransactionId captured = shop.confirmed(Shop.authorization());
        assertThat(either.capture(captured, CAPTURE).map(c -> c.transactionId())).isEqualTo(Either.right(captured));

        TransactionId voided = shop.confirmed(Shop.authorization());
        assertThat(either.voidAuthorization(voided).map(a -> a.returnCode())).isEqualTo(Either.right(ReturnCode.SUCCESS));
    }

    @Test
    void aPreapprovedKeyIsCheckedChargedAndExpired() {
        RegKey key = shop.regKey();

        assertThat(either.checkRegKey(key)).isEqualTo(Either.right(RegKeyStatus.USABLE));
        assertThat(either.checkRegKey(key, true)).isEqualTo(Either.right(RegKeyStatus.USABLE));
        assertThat(either.payPreapproved(key, Shop.keyPayment()).get().transactionId()).isNotNull();
        assertThat(either.expireRegKey(key).map(a -> a.returnCode())).isEqualTo(Either.right(ReturnCode.SUCCESS));
        assertThat(either.checkRegKey(key)).isEqualTo(Either.right(RegKeyStatus.EXPIRED));
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
}
