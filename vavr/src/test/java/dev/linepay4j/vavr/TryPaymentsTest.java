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
import dev.linepay4j.spi.TransportException.Kind;
import dev.linepay4j.testkit.sandbox.Fault;
import dev.linepay4j.testkit.sandbox.FaultKind;
import dev.linepay4j.testkit.sandbox.LinePaySandbox;
import dev.linepay4j.testkit.sandbox.LinePaySandboxExtension;
import dev.linepay4j.testkit.sandbox.SandboxEndpoint;
import dev.linepay4j.testkit.sandbox.SandboxOptions;
import io.vavr.control.Try;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Try view over a real client and LINE Pay's sandbox on loopback: every operation, every error case. */
@Timeout(60)
class TryPaymentsTest {

    @RegisterExtension
    static final LinePaySandboxExtension SANDBOX = LinePaySandboxExtension.withOptions(
            SandboxOptions.builder().hangLimit(Duration.ofSeconds(5)).build());

    private Shop shop;
    private TryPayments attempt;

    @BeforeEach
    void start(LinePaySandbox sandbox) {
        shop = new Shop(sandbox);
        attempt = VavrLinePay.of(shop.linePay).attempt();
    }

    @AfterEach
    void stop() {
        shop.linePay.close();
    }

    @Test
    void aPaymentIsRequestedCheckedConfirmedReadAndRefunded() {
        PaymentRequest request = Shop.payment();

        TransactionId id = attempt.request(request).get().transactionId();
        assertThat(attempt.checkRequestStatus(id)).isEqualTo(Try.success(RequestStatus.NOT_YET_AUTHENTICATED));

        shop.sandbox.approve(id);
        assertThat(attempt.checkRequestStatus(id)).isEqualTo(Try.success(RequestStatus.AUTHENTICATED));
        assertThat(attempt.confirm(id, CONFIRM).map(c -> c.orderId())).isEqualTo(Try.success(request.orderId()));

        assertThat(attempt.paymentDetails(PaymentDetailsQuery.ofTransactionIds(id)).get().map(PaymentDetails::transactionId))
                .containsExactly(id);
        assertThat(attempt.refund(id, RefundRequest.partial(Amount.of(100), Currency.TWD)).isSuccess()).isTrue();
        assertThat(attempt.refund(id, RefundRequest.full()).get().refundTransactionId()).isNotEqualTo(id);
    }

    @Test
    void anAuthorizationIsCapturedOrVoided() {
        TransactionId captured = shop.confirmed(Shop.authorization());
        assertThat(attempt.capture(captured, CAPTURE).map(c -> c.transactionId())).isEqualTo(Try.success(captured));

        TransactionId voided = shop.confirmed(Shop.authorization());
        assertThat(attempt.voidAuthorization(voided).map(a -> a.returnCode())).isEqualTo(Try.success(ReturnCode.SUCCESS));
    }

    @Test
    void aPreapprovedKeyIsCheckedChargedAndExpired() {
        RegKey key = shop.regKey();

        assertThat(attempt.checkRegKey(key)).isEqualTo(Try.success(RegKeyStatus.USABLE));
        assertThat(attempt.checkRegKey(key, true)).isEqualTo(Try.success(RegKeyStatus.USABLE));
        assertThat(attempt.payPreapproved(key, Shop.keyPayment()).get().transactionId()).isNotNull();
        assertThat(attempt.expireRegKey(key).map(a -> a.returnCode())).isEqualTo(Try.success(ReturnCode.SUCCESS));
        assertThat(attempt.checkRegKey(key)).isEqualTo(Try.success(RegKeyStatus.EXPIRED));
    }

    @Test
    void aConfirmBeforeTheCustomerApprovedFailsWithApiError1169() {
        TransactionId id = shop.requested(Shop.payment());

        LinePayError error = errorIn(attempt.confirm(id, CONFIRM));

        assertThat(((ApiError) error).returnCode()).isEqualTo(ReturnCode.NOT_AUTHENTICATED_YET);
        assertThat(error.call().transactionId()).contains(id);
        assertThat(error).as("the very error the client throws")
                .isEqualTo(catchThrowableOfType(LinePayException.class, () -> shop.linePay.confirm(id, CONFIRM)).error());
    }

    @Test
    void aRequestTheApiVersionRefusesFailsWithInvalidRequestAndNothingIsSent() {
        long received = shop.received();

        InvalidRequest invalid = (InvalidRequest) errorIn(attempt.request(Shop.v4Only()));

        assertThat(invalid.violations()).extracting(v -> v.field()).containsExactly("options.regPayRequest");
        assertThat(shop.received()).isEqualTo(received);
    }

    @Test
    void aClosedClientFailsWithTransportFailure() {
        TransactionId id = shop.requested(Shop.payment());
        shop.linePay.close();

        LinePayError error = errorIn(attempt.voidAuthorization(id));

        assertThat(error).isEqualTo(new TransportFailure(error.call(), Kind.TRANSPORT_CLOSED));
    }

    @Test
    void aRefusedConnectionFailsWithTransportFailure() {
        try (LinePay refused = Shop.refusedClient()) {
            LinePayError error = errorIn(VavrLinePay.of(refused).attempt().checkRegKey(RegKey.of("RK9A7B2C3D4E5F6")));

            assertThat(error).isEqualTo(new TransportFailure(error.call(), Kind.CONNECT_FAILED));
        }
    }

    @Test
    void anAnswerThatNeverComesFailsWithOutcomeUnknown() {
        shop.sandbox.inject(Fault.of(FaultKind.PROCESS_THEN_HANG, SandboxEndpoint.REQUEST).holdFor(Duration.ofSeconds(3)));
        TryPayments quick = VavrLinePay.of(shop.linePay)
                .withOptions(CallOptions.none().withReadTimeout(Duration.ofMillis(500))).attempt();
        long processed = shop.processed(SandboxEndpoint.REQUEST);

        LinePayError error = errorIn(quick.request(Shop.payment()));

        assertThat(error).isEqualTo(OutcomeUnknown.afterTransportFailure(error.call(), Kind.READ_TIMEOUT));
        assertThat(error.endpoint()).isEqualTo(Endpoint.REQUEST);
        assertThat(shop.processed(SandboxEndpoint.REQUEST)).isEqualTo(processed + 1);
    }

    @Test
    void aNullArgumentThrowsAtOnceRatherThanFailing() {
        long received = shop.received();
        assertThatThrownBy(() -> attempt.request(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> attempt.checkRegKey(null)).isInstanceOf(NullPointerException.class);
        assertThat(shop.received()).isEqualTo(received);
    }

    /** The error of a failure, which must hold a LinePayException. */
    private static LinePayError errorIn(Try<?> result) {
        assertThat(result.isFailure()).as("%s is a failure", result).isTrue();
        assertThat(result.getCause()).isInstanceOf(LinePayException.class);
        return ((LinePayException) result.getCause()).error();
    }
}
