package dev.linepay4j.testkit.fake;

import static dev.linepay4j.testkit.fake.Fixtures.CONFIRM;
import static dev.linepay4j.testkit.fake.Fixtures.codeOf;
import static dev.linepay4j.testkit.fake.Fixtures.errorOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.linepay4j.CallOptions;
import dev.linepay4j.Endpoint;
import dev.linepay4j.LinePayError;
import dev.linepay4j.LinePayException;
import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.RegKey;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.code.RegKeyStatus;
import dev.linepay4j.domain.code.RequestStatus;
import dev.linepay4j.domain.code.ReturnCode;
import dev.linepay4j.domain.payment.PayStatus;
import dev.linepay4j.domain.payment.PaymentState;
import dev.linepay4j.domain.request.CaptureRequest;
import dev.linepay4j.domain.request.ConfirmUrlType;
import dev.linepay4j.domain.request.PaymentDetailsQuery;
import dev.linepay4j.domain.request.PaymentRequest;
import dev.linepay4j.domain.request.RefundRequest;
import dev.linepay4j.spi.TransportException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The customer's, LINE Pay's and the test's part: approve, cancel, expire, fail, injected failures, reset, close. */
class FakeLinePayControlsTest {

    private static final TransactionId UNKNOWN = TransactionId.parse("2024050100000000001");

    private final FakeLinePay fake = Fixtures.fake();

    @Nested
    class TheCustomer {

        @Test
        void approvingSendsTheBrowserToTheConfirmUrlWithTheIdsAppended() {
            PaymentRequest order = Fixtures.order();
            TransactionId id = Fixtures.requested(fake, order);

            Optional<URI> back = fake.approve(id);

            assertThat(back).contains(URI.create(Fixtures.CONFIRM_URL + "?transactionId=" + id + "&orderId="
                    + order.orderId().value()));
            assertThat(fake.payment(id).orElseThrow().state()).isEqualTo(PaymentState.AUTHENTICATED);
        }

        @Test
        void theConfirmUrlsOwnQueryIsKeptAndAnOrderIdInItIsNotRepeated() {
            TransactionId kept = fake.request(withConfirmUrl("https://shop.example/confirm?shop=1", null)).transactionId();
            TransactionId own = fake.request(withConfirmUrl("https://shop.example/confirm?orderId=mine", null)).transactionId();

            assertThat(fake.approve(kept).orElseThrow().toString()).startsWith("https://shop.example/confirm?shop=1&transactionId="
                    + kept + "&orderId=");
            assertThat(fake.approve(own)).contains(URI.create("https://shop.example/confirm?orderId=mine&transactionId=" + own));
        }

        @Test
        void anOrderIdIsEncodedInTheRedirect() {
            PaymentRequest order = Fixtures.order("A 1&2").build();
            TransactionId id = Fixtures.requested(fake, order);

            assertThat(fake.approve(id).orElseThrow().getRawQuery()).endsWith("&orderId=A+1%262");
        }

        @Test
        void withConfirmUrlTypeNoneThereIsNoRedirectAndWithServerTheUrlLinePayWouldCall() {
            TransactionId none = fake.request(Fixtures.order(Fixtures.orderId())
                    .redirectUrls(r -> r.confirmUrlType(ConfirmUrlType.NONE)).build()).transactionId();
            TransactionId server = fake.request(withConfirmUrl(Fixtures.CONFIRM_URL, ConfirmUrlType.SERVER)).transactionId();

            assertThat(fake.approve(none)).isEmpty();
            assertThat(fake.checkRequestStatus(none)).isEqualTo(RequestStatus.AUTHENTICATED);
            assertThat(fake.approve(server).orElseThrow().toString()).startsWith(Fixtures.CONFIRM_URL + "?transactionId=" + server);
        }

        @Test
        void cancellingSendsTheBrowserToTheCancelUrl() {
            PaymentRequest order = Fixtures.order();
            TransactionId id = Fixtures.requested(fake, order);

            assertThat(fake.cancel(id)).contains(URI.create(Fixtures.CANCEL_URL + "?transactionId=" + id + "&orderId="
                    + order.orderId().value()));
            assertThat(fake.payment(id).orElseThrow().state()).isEqualTo(PaymentState.CANCELLED);
        }

        @Test
        void approvingTwiceOrAfterCancellingIsTheTestsMistake() {
            TransactionId approved = Fixtures.approved(fake, Fixtures.order());
            TransactionId cancelled = Fixtures.requested(fake, Fixtures.order());
            fake.cancel(cancelled);

            assertThatThrownBy(() -> fake.approve(approved)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("already approved").hasMessageContaining("AUTHENTICATED");
            assertThatThrownBy(() -> fake.approve(cancelled)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("CANCELLED");
            assertThatThrownBy(() -> fake.cancel(approved)).isInstanceOf(IllegalStateException.class);
        }

        @Test
        void anUnknownPaymentCannotBeApproved() {
            assertThatThrownBy(() -> fake.approve(UNKNOWN)).isInstanceOf(NoSuchElementException.class)
                    .hasMessageContaining(UNKNOWN.toString());
            assertThatThrownBy(() -> fake.expire(UNKNOWN)).isInstanceOf(NoSuchElementException.class);
        }

        private PaymentRequest withConfirmUrl(String confirmUrl, ConfirmUrlType type) {
            return Fixtures.order(Fixtures.orderId()).redirectUrls(r -> {
                r.confirmUrl(confirmUrl).cancelUrl(Fixtures.CANCEL_URL);
                if (type != null) {
                    r.confirmUrlType(type);
                }
            }).build();
        }
    }

    @Nested
    class LinePayAndTheClock {

        @Test
        void anAuthorizationThatExpiresCannotBeCaptured() {
            TransactionId id = Fixtures.authorized(fake);

            fake.expireAuthorization(id);

            assertThat(fake.payment(id).orElseThrow().state()).isEqualTo(PaymentState.AUTHORIZATION_EXPIRED);
            assertThat(codeOf(() -> fake.capture(id, CaptureRequest.of(Fixtures.AMOUNT, Currency.TWD)))).isEqualTo("1180");
            assertThat(fake.paymentDetails(PaymentDetailsQuery.ofTransactionIds(id)).get(0).payStatus())
                    .contains(PayStatus.EXPIRED_AUTHORIZATION);
        }

        @Test
        void onlyAnUncapturedAuthorizationCanExpire() {
            TransactionId id = Fixtures.captured(fake);

            assertThatThrownBy(() -> fake.expireAuthorization(id)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("1179").hasMessageContaining("CAPTURED");
        }

        @Test
        void aConfirmedPaymentCannotExpireOrFail() {
            TransactionId id = Fixtures.captured(fake);

            assertThatThrownBy(() -> fake.expire(id)).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> fake.fail(id)).isInstanceOf(IllegalStateException.class);
        }

        @Test
        void aKeyLinePayLetsExpireChecksAsExpired() {
            RegKey key = Fixtures.regKey(fake);

            fake.letRegKeyExpire(key);

            assertThat(fake.checkRegKey(key)).isEqualTo(RegKeyStatus.EXPIRED);
            assertThat(fake.regKeyStatus(key)).contains(RegKeyStatus.EXPIRED);
            assertThatThrownBy(() -> fake.letRegKeyExpire(key)).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> fake.letRegKeyExpire(RegKey.of("RK0000000000000")))
                    .isInstanceOf(NoSuchElementException.class);
        }
    }

    @Nested
    class Failures {

        @Test
        void theNextCallFailsWithTheCodeAndNothingChanges() {
            TransactionId id = Fixtures.approved(fake, Fixtures.order());
            fake.failNextCall(Endpoint.CONFIRM, ReturnCode.of("1141"));

            LinePayError.ApiError e = (LinePayError.ApiError) errorOf(() -> fake.confirm(id, CONFIRM));

            assertThat(e.returnCode()).isEqualTo(ReturnCode.of("1141"));
            assertThat(e.returnMessage()).isEqualTo(ReturnCode.of("1141").description() + ".");
            assertThat(fake.payment(id).orElseThrow().state()).isEqualTo(PaymentState.AUTHENTICATED);
            assertThat(fake.confirm(id, CONFIRM).transactionId()).as("only the next call fails").isEqualTo(id);
        }

        @Test
        void aFailureWaitsForItsOwnEndpoint() {
            TransactionId id = Fixtures.approved(fake, Fixtures.order());
            fake.failNext(Endpoint.REFUND, FakeFailure.returnCode(ReturnCode.INTERNAL_ERROR, "busy"));

            fake.confirm(id, CONFIRM);
            fake.checkRequestStatus(id);

            assertThat(fake.pendingFailures()).containsOnlyKeys(Endpoint.REFUND);
            LinePayError.ApiError e = (LinePayError.ApiError) errorOf(() -> fake.refund(id, RefundRequest.full()));
            assertThat(e.returnMessage()).isEqualTo("busy");
            assertThat(fake.pendingFailures()).isEmpty();
        }

        @Test
        void failuresAreUsedInTheOrderTheyWereAdded() {
            fake.failNext(Endpoint.REQUEST, FakeFailure.notSent(), 2);
            fake.failNextCall(Endpoint.REQUEST, ReturnCode.INTERNAL_ERROR);

            assertThat(fake.pendingFailures().get(Endpoint.REQUEST)).containsExactly(FakeFailure.notSent(),
                    FakeFailure.notSent(), FakeFailure.returnCode(ReturnCode.INTERNAL_ERROR));
            assertThat(errorOf(() -> fake.request(Fixtures.order()))).isInstanceOf(LinePayError.TransportFailure.class);
            assertThat(errorOf(() -> fake.request(Fixtures.order()))).isInstanceOf(LinePayError.TransportFailure.class);
            assertThat(codeOf(() -> fake.request(Fixtures.order()))).isEqualTo("9000");
            assertThat(fake.request(Fixtures.order()).transactionId()).isNotNull();
            assertThat(fake.payments()).hasSize(1);
        }

        @Test
        void aRequestNotSentChangesNothingAndCarriesTheTransportsException() {
            TransactionId id = Fixtures.captured(fake);
            fake.failNext(Endpoint.REFUND, FakeFailure.notSent(TransportException.Kind.UNKNOWN_HOST));

            LinePayException e = catchThrowableOfType(LinePayException.class,
                    () -> fake.refund(id, RefundRequest.full()));

            assertThat(e.error()).isEqualTo(new LinePayError.TransportFailure(e.error().call(),
                    TransportException.Kind.UNKNOWN_HOST));
            assertThat(e.getCause()).isInstanceOfSatisfying(TransportException.class,
                    t -> assertThat(t.kind()).isEqualTo(TransportException.Kind.UNKNOWN_HOST));
            assertThat(fake.payment(id).orElseThrow().state()).isEqualTo(PaymentState.CAPTURED);
        }

        @Test
        void anAnswerLostAfterConfirmLeavesThePaymentConfirmedAndTheOutcomeUnknown() {
            TransactionId id = Fixtures.approved(fake, Fixtures.order());
            fake.failNext(Endpoint.CONFIRM, FakeFailure.answerLost());

            LinePayError e = errorOf(() -> fake.confirm(id, CONFIRM));

            assertThat(e).isInstanceOfSatisfying(LinePayError.OutcomeUnknown.class, u ->
                    assertThat(u.transportFailure()).contains(TransportException.Kind.READ_TIMEOUT));
            assertThat(e.mayHaveBeenProcessed()).isTrue();
            assertThat(fake.payment(id).orElseThrow().state()).as("LINE Pay did confirm").isEqualTo(PaymentState.CAPTURED);
            assertThat(fake.paymentDetails(PaymentDetailsQuery.ofTransactionIds(id))).hasSize(1);
            assertThat(fake.calls(Endpoint.CONFIRM)).singleElement().satisfies(c -> assertThat(c.processed()).isTrue());
        }

        @Test
        void aRequestLostOnTheWayIsAnUnknownOutcomeThatChangedNothing() {
            TransactionId id = Fixtures.captured(fake);
            fake.failNext(Endpoint.REFUND, FakeFailure.requestLost());

            LinePayError e = errorOf(() -> fake.refund(id, RefundRequest.full()));

            assertThat(e).isInstanceOfSatisfying(LinePayError.OutcomeUnknown.class, u ->
                    assertThat(u.transportFailure()).contains(TransportException.Kind.CONNECTION_RESET));
            assertThat(fake.payment(id).orElseThrow().state()).isEqualTo(PaymentState.CAPTURED);
            assertThat(fake.calls(Endpoint.REFUND)).singleElement().satisfies(c -> assertThat(c.processed()).isFalse());
        }

        @Test
        void aGatewayPageIsAProtocolErrorOnAReadAndAnUnknownOutcomeOnAWrite() {
            TransactionId id = Fixtures.approved(fake, Fixtures.order());
            fake.failNext(Endpoint.CHECK_REQUEST_STATUS, FakeFailure.gatewayError(502));
            fake.failNext(Endpoint.CONFIRM, FakeFailure.gatewayError(502));

            LinePayError read = errorOf(() -> fake.checkRequestStatus(id));
            LinePayError write = errorOf(() -> fake.confirm(id, CONFIRM));

            assertThat(read).isInstanceOfSatisfying(LinePayError.ProtocolError.class, p -> {
                assertThat(p.problem()).isEqualTo(LinePayError.ProtocolError.Problem.HTTP_STATUS);
                assertThat(p.httpStatus()).isEqualTo(502);
                assertThat(p.excerpt()).startsWith("<html>");
            });
            assertThat(write).isInstanceOfSatisfying(LinePayError.OutcomeUnknown.class, u ->
                    assertThat(u.unreadableAnswer()).hasValueSatisfying(p -> assertThat(p.httpStatus()).isEqualTo(502)));
            assertThat(fake.payment(id).orElseThrow().state()).as("the gateway passed nothing on")
                    .isEqualTo(PaymentState.AUTHENTICATED);
        }

        @Test
        void aGarbledAnswerToARefundHidesARefundThatHappened() {
            TransactionId id = Fixtures.captured(fake);
            fake.failNext(Endpoint.REFUND, FakeFailure.garbledAnswer());

            LinePayError e = errorOf(() -> fake.refund(id, RefundRequest.partial(Amount.of(100), Currency.TWD)));

            assertThat(e).isInstanceOfSatisfying(LinePayError.OutcomeUnknown.class, u -> assertThat(u.unreadableAnswer())
                    .hasValueSatisfying(p -> assertThat(p.problem()).isEqualTo(LinePayError.ProtocolError.Problem.NOT_JSON)));
            assertThat(fake.payment(id).orElseThrow().refundableBalance()).isEqualTo(Amount.of(200));
        }

        @Test
        void aLostAnswerToARefusedCallChangedNothing() {
            TransactionId id = Fixtures.requested(fake, Fixtures.order());
            fake.failNext(Endpoint.CONFIRM, FakeFailure.answerLost());

            assertThat(errorOf(() -> fake.confirm(id, CONFIRM))).isInstanceOf(LinePayError.OutcomeUnknown.class);
            assertThat(fake.calls(Endpoint.CONFIRM)).singleElement().satisfies(c -> assertThat(c.processed()).isFalse());
            assertThat(fake.payment(id).orElseThrow().state()).isEqualTo(PaymentState.REQUESTED);
        }

        @Test
        void onAStatusCheckAStatusCodeIsAnAnswer() {
            RegKey key = Fixtures.regKey(fake);
            TransactionId id = Fixtures.requested(fake, Fixtures.order());
            fake.failNextCall(Endpoint.CHECK_REG_KEY, ReturnCode.of("1141"));
            fake.failNextCall(Endpoint.CHECK_REQUEST_STATUS, ReturnCode.of("0122"));

            assertThat(fake.checkRegKey(key)).isEqualTo(RegKeyStatus.DISCARDED);
            assertThat(fake.checkRequestStatus(id)).isEqualTo(RequestStatus.FAILED);
            assertThat(fake.checkRegKey(key)).as("LINE Pay's books did not change").isEqualTo(RegKeyStatus.USABLE);
        }

        @Test
        void clearingDropsEveryWaitingFailure() {
            fake.failNext(Endpoint.REQUEST, FakeFailure.notSent(), 3);

            fake.clearFailures();

            assertThat(fake.pendingFailures()).isEmpty();
            assertThat(fake.request(Fixtures.order())).isNotNull();
        }

        @Test
        void failuresThatCannotBeAreRefused() {
            assertThatThrownBy(() -> FakeFailure.returnCode(ReturnCode.SUCCESS)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> FakeFailure.notSent(TransportException.Kind.READ_TIMEOUT))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BEFORE_SEND");
            assertThatThrownBy(() -> FakeFailure.answerLost(TransportException.Kind.CONNECT_FAILED))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> FakeFailure.gatewayError(200)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> fake.failNext(Endpoint.RAW, FakeFailure.notSent()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> fake.failNext(Endpoint.REQUEST, FakeFailure.notSent(), 0))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void aFailureSaysWhatItIs() {
            assertThat(FakeFailure.returnCode(ReturnCode.of("1141")).toString()).isEqualTo("FakeFailure[RETURN_CODE 1141]");
            assertThat(FakeFailure.answerLost().toString()).isEqualTo("FakeFailure[ANSWER_LOST READ_TIMEOUT]");
            assertThat(FakeFailure.gatewayError(503).toString()).isEqualTo("FakeFailure[GATEWAY_ERROR HTTP 503]");
            assertThat(FakeFailure.answerLost().processed()).isTrue();
            assertThat(FakeFailure.garbledAnswer().processed()).isTrue();
            assertThat(FakeFailure.requestLost().processed()).isFalse();
            assertThat(FakeFailure.notSent().transportFailure()).contains(TransportException.Kind.CONNECT_FAILED);
        }
    }

    @Nested
    class ResetAndClose {

        @Test
        void resetForgetsEverythingButTheIdsCount() {
            TransactionId before = Fixtures.captured(fake);
            fake.failNext(Endpoint.REQUEST, FakeFailure.notSent());
            fake.advanceClock(Duration.ofHours(1));

            fake.reset();

            assertThat(fake.payments()).isEmpty();
            assertThat(fake.calls()).isEmpty();
            assertThat(fake.pendingFailures()).isEmpty();
            assertThat(fake.now()).isEqualTo(Fixtures.START);
            assertThat(codeOf(() -> fake.confirm(before, CONFIRM))).isEqualTo("1150");
            assertThat(fake.request(Fixtures.order()).transactionId().value()).isGreaterThan(before.value());
        }

        @Test
        void aClosedFakeRefusesCallsAsAClosedClientDoesButKeepsItsBooks() {
            TransactionId id = Fixtures.captured(fake);

            fake.close();
            fake.close();

            LinePayError e = errorOf(() -> fake.refund(id, RefundRequest.full()));
            assertThat(e).isEqualTo(new LinePayError.TransportFailure(e.call(), TransportException.Kind.TRANSPORT_CLOSED));
            assertThat(fake.payment(id).orElseThrow().state()).isEqualTo(PaymentState.CAPTURED);
            assertThat(fake.calls()).last().satisfies(c -> assertThat(c.processed()).isFalse());
            assertThat(fake.toString()).contains("closed");
        }

        @Test
        void theViewWithOptionsSharesTheBooksAndRecordsItsOptions() {
            CallOptions quick = CallOptions.none()
                    .withReadTimeout(Duration.ofSeconds(5));
            TransactionId id = Fixtures.approved(fake, Fixtures.order());

            fake.withOptions(quick).confirm(id, CONFIRM);

            assertThat(fake.payment(id).orElseThrow().state()).isEqualTo(PaymentState.CAPTURED);
            assertThat(fake.calls(Endpoint.CONFIRM)).singleElement().satisfies(c -> assertThat(c.options()).isEqualTo(quick));
            assertThat(fake.withOptions(quick).withOptions(CallOptions.none()
                    .withConnectTimeout(Duration.ofSeconds(1))).toString())
                    .contains("readTimeout=Optional[PT5S]", "connectTimeout=Optional[PT1S]");
        }

        @Test
        void itSaysWhatItPlays() {
            FakeLinePay v4 = FakeLinePay.builder().apiVersion(ApiVersion.ONLINE_V4)
                    .channelId("9876543210").build();
            Fixtures.requested(v4, Fixtures.order());

            assertThat(v4.apiVersion()).isEqualTo(ApiVersion.ONLINE_V4);
            assertThat(v4.channelId().value()).isEqualTo("9876543210");
            assertThat(v4.toString()).isEqualTo("FakeLinePay[channelId=9876543210, apiVersion=ONLINE_V4, payments=1, calls=1]");
            assertThatThrownBy(() -> FakeLinePay.builder().apiVersion(ApiVersion.OFFLINE_V4))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> FakeLinePay.builder().requestLifetime(Duration.ZERO))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> FakeLinePay.builder().merchantName(" ")).isInstanceOf(IllegalArgumentException.class);
            assertThat(List.of(v4.payments().get(0).state())).containsExactly(PaymentState.REQUESTED);
        }
    }
}
