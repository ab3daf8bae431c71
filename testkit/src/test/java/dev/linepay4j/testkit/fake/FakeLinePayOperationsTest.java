package dev.linepay4j.testkit.fake;

import static dev.linepay4j.testkit.fake.Fixtures.AMOUNT;
import static dev.linepay4j.testkit.fake.Fixtures.CONFIRM;
import static dev.linepay4j.testkit.fake.Fixtures.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.OrderId;
import dev.linepay4j.domain.RegKey;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.code.RegKeyStatus;
import dev.linepay4j.domain.code.RequestStatus;
import dev.linepay4j.domain.code.ReturnCode;
import dev.linepay4j.domain.json.JsonNumber;
import dev.linepay4j.domain.payment.PayStatus;
import dev.linepay4j.domain.payment.PaymentState;
import dev.linepay4j.domain.payment.TransactionType;
import dev.linepay4j.domain.request.CaptureRequest;
import dev.linepay4j.domain.request.PaymentDetailsQuery;
import dev.linepay4j.domain.request.PaymentRequest;
import dev.linepay4j.domain.request.PreapprovedPaymentRequest;
import dev.linepay4j.domain.request.RefundRequest;
import dev.linepay4j.domain.response.Acknowledgement;
import dev.linepay4j.domain.response.CaptureResponse;
import dev.linepay4j.domain.response.ConfirmResponse;
import dev.linepay4j.domain.response.PackageInfo;
import dev.linepay4j.domain.response.PayInfo;
import dev.linepay4j.domain.response.PaymentDetails;
import dev.linepay4j.domain.response.PaymentRequestResponse;
import dev.linepay4j.domain.response.PreapprovedPaymentResponse;
import dev.linepay4j.domain.response.ProductInfo;
import dev.linepay4j.domain.response.RefundInfo;
import dev.linepay4j.domain.response.RefundResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every operation's success, answered with LINE Pay's shape (and the sandbox's choices), v3 and v4. */
class FakeLinePayOperationsTest {

    private final FakeLinePay fake = Fixtures.fake();

    @Nested
    class Request {

        @Test
        void answersA19DigitIdStartingWithTheDayAnAccessTokenAndThePaymentUrls() {
            PaymentRequestResponse r = fake.request(Fixtures.order());

            assertThat(r.transactionId().toString()).hasSize(19).startsWith("20240501");
            assertThat(r.paymentAccessToken()).hasValueSatisfying(t -> assertThat(t).matches("\\d{12}"));
            assertThat(r.paymentUrl().web()).isEqualTo("https://fake-linepay.invalid/pay/" + r.transactionId());
            assertThat(r.paymentUrl().app()).contains("line://pay/payment/" + r.transactionId());
            assertThat(r.raw().number("transactionId")).contains(JsonNumber.of(r.transactionId().value()));
            assertThat(r.raw().string("paymentAccessToken")).isEqualTo(r.paymentAccessToken());
        }

        @Test
        void reservesAPaymentWaitingForTheCustomer() {
            PaymentRequest order = Fixtures.order();
            TransactionId id = fake.request(order).transactionId();

            assertThat(fake.payment(id)).hasValueSatisfying(p -> {
                assertThat(p.state()).isEqualTo(PaymentState.REQUESTED);
                assertThat(p.orderId()).isEqualTo(order.orderId().value());
                assertThat(p.amount()).isEqualTo(AMOUNT);
                assertThat(p.currency()).isEqualTo(Currency.TWD);
                assertThat(p.captureOnConfirm()).isTrue();
            });
            assertThat(fake.checkRequestStatus(id)).isEqualTo(RequestStatus.NOT_YET_AUTHENTICATED);
        }

        @Test
        void eachRequestGetsItsOwnId() {
            TransactionId a = fake.request(Fixtures.order()).transactionId();
            TransactionId b = fake.request(Fixtures.order()).transactionId();

            assertThat(a).isNotEqualTo(b);
            assertThat(fake.payments()).extracting(p -> p.transactionId()).containsExactly(a, b);
        }
    }

    @Nested
    class Confirm {

        @ParameterizedTest
        @EnumSource(value = ApiVersion.class, names = {"ONLINE_V3", "ONLINE_V4"})
        void takesTheApprovedPayment(ApiVersion version) {
            FakeLinePay fake = Fixtures.fake(version);
            PaymentRequest order = Fixtures.order();
            TransactionId id = Fixtures.approved(fake, order);

            ConfirmResponse c = fake.confirm(id, CONFIRM);

            assertThat(c.transactionId()).isEqualTo(id);
            assertThat(c.orderId()).isEqualTo(order.orderId());
            assertThat(c.payInfo()).containsExactly(new PayInfo("BALANCE", AMOUNT, Optional.empty(), Optional.empty(),
                    Optional.empty()));
            assertThat(c.authorizationExpireDate()).isEmpty();
            assertThat(c.regKey()).isEmpty();
            Optional<Amount> fee = version == ApiVersion.ONLINE_V3 ? Optional.of(Amount.ZERO) : Optional.empty();
            assertThat(c.packages()).containsExactly(new PackageInfo("pkg-1", AMOUNT, fee, Optional.empty(), List.of()));
            assertThat(c.paymentProvider()).isEqualTo(version == ApiVersion.ONLINE_V4 ? Optional.of("TSP") : Optional.empty());
            assertThat(c.raw().string("orderId")).contains(order.orderId().value());
            assertThat(c.raw().has("userFeeAmount")).isFalse();
            assertThat(fake.payment(id).orElseThrow().state()).isEqualTo(PaymentState.CAPTURED);
            assertThat(fake.checkRequestStatus(id)).isEqualTo(RequestStatus.COMPLETED);
        }

        @Test
        void withCaptureFalseAuthorizesByCardUntilFiveDaysLater() {
            TransactionId id = Fixtures.approved(fake, Fixtures.authorizationOnly());

            ConfirmResponse c = fake.confirm(id, CONFIRM);

            assertThat(c.payInfo()).containsExactly(new PayInfo("CREDIT_CARD", AMOUNT, Optional.of(""),
                    Optional.of("VISA"), Optional.empty()));
            assertThat(c.authorizationExpireDate()).contains(START.plus(Duration.ofDays(5)));
            assertThat(c.raw().string("authorizationExpireDate")).contains("2024-05-06T10:00:00Z");
            assertThat(fake.payment(id).orElseThrow().state()).isEqualTo(PaymentState.AUTHORIZED);
        }

        @Test
        void ofAPreapprovedRequestIssuesAUsableRegKey() {
            TransactionId id = Fixtures.approved(fake, Fixtures.preapproved());

            ConfirmResponse c = fake.confirm(id, CONFIRM);

            assertThat(c.regKey()).hasValueSatisfying(k -> assertThat(k.value()).matches("RK[A-Z0-9]{13}"));
            assertThat(c.payInfo().get(0).method()).isEqualTo("CREDIT_CARD");
            assertThat(fake.checkRegKey(c.regKey().orElseThrow())).isEqualTo(RegKeyStatus.USABLE);
            assertThat(fake.regKeyStatus(c.regKey().orElseThrow())).contains(RegKeyStatus.USABLE);
            assertThat(c.toString()).doesNotContain(c.regKey().orElseThrow().value());
        }
    }

    @Nested
    class CaptureAndVoid {

        @ParameterizedTest
        @EnumSource(value = ApiVersion.class, names = {"ONLINE_V3", "ONLINE_V4"})
        void captureTakesTheAuthorizedAmount(ApiVersion version) {
            FakeLinePay fake = Fixtures.fake(version);
            TransactionId id = Fixtures.authorized(fake);

            CaptureResponse c = fake.capture(id, CaptureRequest.of(AMOUNT, Currency.TWD));

            assertThat(c.transactionId()).isEqualTo(id);
            assertThat(c.payInfo()).containsExactly(new PayInfo("CREDIT_CARD", AMOUNT, Optional.empty(),
                    Optional.empty(), Optional.empty()));
            assertThat(c.paymentProvider()).isEqualTo(version == ApiVersion.ONLINE_V4 ? Optional.of("TSP") : Optional.empty());
            assertThat(fake.payment(id).orElseThrow().state()).isEqualTo(PaymentState.CAPTURED);
        }

        @Test
        void aPartialCaptureReleasesTheRest() {
            TransactionId id = Fixtures.authorized(fake);

            CaptureResponse c = fake.capture(id, CaptureRequest.of(Amount.of(250), Currency.TWD));

            assertThat(c.payInfo().get(0).amount()).isEqualTo(Amount.of(250));
            assertThat(fake.payment(id).orElseThrow().refundableBalance()).isEqualTo(Amount.of(250));
            assertThat(fake.paymentDetails(PaymentDetailsQuery.ofTransactionIds(id)).get(0).payInfo().get(0).amount())
                    .isEqualTo(Amount.of(250));
        }

        @Test
        void voidReleasesAnAuthorization() {
            TransactionId id = Fixtures.authorized(fake);

            Acknowledgement a = fake.voidAuthorization(id);

            assertThat(a.returnCode()).isEqualTo(ReturnCode.SUCCESS);
            assertThat(a.returnMessage()).isEqualTo("Success.");
            assertThat(fake.payment(id).orElseThrow().state()).isEqualTo(PaymentState.VOIDED);
            assertThat(fake.paymentDetails(PaymentDetailsQuery.ofTransactionIds(id)).get(0).payStatus())
                    .contains(PayStatus.VOIDED_AUTHORIZATION);
        }
    }

    @Nested
    class Refund {

        @Test
        void aPartialRefundIsATransactionOfItsOwn() {
            TransactionId id = Fixtures.captured(fake);

            RefundResponse r = fake.refund(id, RefundRequest.partial(Amount.of(100), Currency.TWD));

            assertThat(r.refundTransactionId()).isNotEqualTo(id);
            assertThat(r.refundTransactionId().toString()).hasSize(19).startsWith("20240501");
            assertThat(r.refundTransactionDate()).isEqualTo(START);
            assertThat(r.raw().string("refundTransactionDate")).contains("2024-05-01T10:00:00Z");
            assertThat(fake.payment(id).orElseThrow().state()).isEqualTo(PaymentState.PARTIALLY_REFUNDED);
            assertThat(fake.payment(id).orElseThrow().refundableBalance()).isEqualTo(Amount.of(200));
        }

        @Test
        void aFullRefundGivesEverythingBackAsAPaymentRefund() {
            TransactionId id = Fixtures.captured(fake);

            RefundResponse r = fake.refund(id, RefundRequest.full());

            assertThat(fake.payment(id).orElseThrow().state()).isEqualTo(PaymentState.REFUNDED);
            assertThat(fake.payment(id).orElseThrow().refunds()).singleElement().satisfies(t -> {
                assertThat(t.id()).isEqualTo(r.refundTransactionId());
                assertThat(t.type()).isEqualTo(TransactionType.PAYMENT_REFUND);
                assertThat(t.amount()).isEqualTo(AMOUNT);
            });
        }

        @Test
        void aFullRefundAfterAPartialOneRefundsWhatIsLeft() {
            TransactionId id = Fixtures.captured(fake);
            fake.refund(id, RefundRequest.partial(Amount.of(100), Currency.TWD));

            fake.refund(id, RefundRequest.full());

            assertThat(fake.payment(id).orElseThrow().refunds()).extracting(t -> t.type(), t -> t.amount())
                    .containsExactly(tuple(TransactionType.PARTIAL_REFUND, Amount.of(100)),
                            tuple(TransactionType.PARTIAL_REFUND, Amount.of(200)));
            assertThat(fake.payment(id).orElseThrow().state()).isEqualTo(PaymentState.REFUNDED);
        }
    }

    @Nested
    class Details {

        @ParameterizedTest
        @EnumSource(value = ApiVersion.class, names = {"ONLINE_V3", "ONLINE_V4"})
        void describeAConfirmedPaymentWithItsPackagesAndRefunds(ApiVersion version) {
            FakeLinePay fake = Fixtures.fake(version);
            PaymentRequest order = Fixtures.order();
            TransactionId id = Fixtures.confirmed(fake, order);
            RefundResponse refund = fake.refund(id, RefundRequest.partial(Amount.of(100), Currency.TWD));

            PaymentDetails d = fake.paymentDetails(PaymentDetailsQuery.ofTransactionIds(id)).get(0);

            assertThat(d.transactionId()).isEqualTo(id);
            assertThat(d.transactionDate()).isEqualTo(START);
            assertThat(d.transactionType()).contains(TransactionType.PAYMENT);
            assertThat(d.payStatus()).contains(PayStatus.CAPTURE);
            assertThat(d.orderId()).contains(order.orderId());
            assertThat(d.productName()).contains("Pearl milk tea");
            assertThat(d.merchantName()).contains(FakeLinePay.DEFAULT_MERCHANT_NAME);
            assertThat(d.currency()).contains(Currency.TWD);
            assertThat(d.authorizationExpireDate()).isEmpty();
            assertThat(d.payInfo()).extracting(PayInfo::method, PayInfo::amount)
                    .containsExactly(tuple("BALANCE", AMOUNT));
            assertThat(d.refundList()).containsExactly(new RefundInfo(refund.refundTransactionId(),
                    Optional.of(TransactionType.PARTIAL_REFUND), Amount.of(100), START));
            assertThat(d.originalTransactionId()).isEmpty();
            Optional<Amount> fee = version == ApiVersion.ONLINE_V3 ? Optional.of(Amount.ZERO) : Optional.empty();
            assertThat(d.packages()).containsExactly(new PackageInfo("pkg-1", AMOUNT, fee, Optional.of("Tea shop"), List.of(
                    new ProductInfo(Optional.of("tea"), Optional.of("Pearl milk tea"), Optional.empty(), OptionalLong.of(2),
                            Optional.of(Amount.of(100)), Optional.empty()),
                    new ProductInfo(Optional.empty(), Optional.of("Cake"), Optional.empty(), OptionalLong.of(1),
                            Optional.of(Amount.of(100)), Optional.empty()))));
            assertThat(d.paymentProvider()).isEqualTo(version == ApiVersion.ONLINE_V4 ? Optional.of("TSP") : Optional.empty());
            assertThat(d.raw().array("refundList").orElseThrow().get(0).toString()).contains("-100");
        }

        @Test
        void aRefundsIdGivesTheRefundPointingAtItsPayment() {
            TransactionId id = Fixtures.captured(fake);
            TransactionId refundId = fake.refund(id, RefundRequest.partial(Amount.of(100), Currency.TWD))
                    .refundTransactionId();

            PaymentDetails d = fake.paymentDetails(PaymentDetailsQuery.ofTransactionIds(refundId)).get(0);

            assertThat(d.transactionId()).isEqualTo(refundId);
            assertThat(d.transactionType()).contains(TransactionType.PARTIAL_REFUND);
            assertThat(d.originalTransactionId()).contains(id);
            assertThat(d.payStatus()).isEmpty();
            assertThat(d.payInfo()).extracting(PayInfo::amount).containsExactly(Amount.of(100));
            assertThat(d.raw().array("payInfo").orElseThrow().get(0).toString()).contains("-100");
        }

        @Test
        void byOrderIdAndTransactionIdEachPaymentComesOnceInTheQuerysOrder() {
            PaymentRequest first = Fixtures.order();
            TransactionId a = Fixtures.confirmed(fake, first);
            TransactionId b = Fixtures.captured(fake);

            List<PaymentDetails> found = fake.paymentDetails(new PaymentDetailsQuery(List.of(b, a), List.of(first.orderId())));

            assertThat(found).extracting(PaymentDetails::transactionId).containsExactly(b, a);
        }

        @Test
        void anAuthorizationShowsItsExpiry() {
            TransactionId id = Fixtures.authorized(fake);

            PaymentDetails d = fake.paymentDetails(PaymentDetailsQuery.ofTransactionIds(id)).get(0);

            assertThat(d.payStatus()).contains(PayStatus.AUTHORIZATION);
            assertThat(d.authorizationExpireDate()).contains(START.plus(Duration.ofDays(5)));
            assertThat(d.payInfo().get(0).method()).isEqualTo("CREDIT_CARD");
        }

        @Test
        void unconfirmedPaymentsAreLeftOutOfAnAnswerThatHasOthers() {
            TransactionId confirmed = Fixtures.captured(fake);
            TransactionId waiting = Fixtures.requested(fake, Fixtures.order());

            List<PaymentDetails> found = fake.paymentDetails(PaymentDetailsQuery.ofTransactionIds(waiting, confirmed));

            assertThat(found).extracting(PaymentDetails::transactionId).containsExactly(confirmed);
        }
    }

    @Nested
    class Status {

        @Test
        void followsThePaymentThroughItsLife() {
            TransactionId id = Fixtures.requested(fake, Fixtures.order());
            assertThat(fake.checkRequestStatus(id)).isEqualTo(RequestStatus.NOT_YET_AUTHENTICATED);

            fake.approve(id);
            assertThat(fake.checkRequestStatus(id)).isEqualTo(RequestStatus.AUTHENTICATED);

            fake.confirm(id, CONFIRM);
            assertThat(fake.checkRequestStatus(id)).isEqualTo(RequestStatus.COMPLETED);
        }

        @Test
        void aCancelledOrExpiredRequestIs0121AndAFailedOne0122() {
            TransactionId cancelled = Fixtures.requested(fake, Fixtures.order());
            TransactionId expired = Fixtures.requested(fake, Fixtures.order());
            TransactionId failed = Fixtures.requested(fake, Fixtures.order());
            fake.cancel(cancelled);
            fake.expire(expired);
            fake.fail(failed);

            assertThat(fake.checkRequestStatus(cancelled)).isEqualTo(RequestStatus.CANCELLED_OR_EXPIRED);
            assertThat(fake.checkRequestStatus(expired)).isEqualTo(RequestStatus.CANCELLED_OR_EXPIRED);
            assertThat(fake.checkRequestStatus(failed)).isEqualTo(RequestStatus.FAILED);
        }
    }

    @Nested
    class PreapprovedPayments {

        @ParameterizedTest
        @EnumSource(value = ApiVersion.class, names = {"ONLINE_V3", "ONLINE_V4"})
        void aRegKeyPaymentIsConfirmedAtOnce(ApiVersion version) {
            FakeLinePay fake = Fixtures.fake(version);
            RegKey key = Fixtures.regKey(fake);

            PreapprovedPaymentResponse r = fake.payPreapproved(key, PreapprovedPaymentRequest.builder()
                    .productName("Monthly tea").amount(150).currency(Currency.TWD).orderId("sub-1-2024-05").build());

            assertThat(r.transactionId().toString()).hasSize(19);
            assertThat(r.transactionDate()).isEqualTo(START);
            assertThat(r.orderId()).contains(OrderId.of("sub-1-2024-05"));
            assertThat(r.authorizationExpireDate()).isEmpty();
            assertThat(r.paymentProvider()).isEqualTo(version == ApiVersion.ONLINE_V4 ? Optional.of("TSP") : Optional.empty());
            assertThat(fake.payment(r.transactionId()).orElseThrow().state()).isEqualTo(PaymentState.CAPTURED);
            PaymentDetails d = fake.paymentDetails(PaymentDetailsQuery.ofTransactionIds(r.transactionId())).get(0);
            assertThat(d.productName()).contains("Monthly tea");
            assertThat(d.payInfo()).extracting(PayInfo::method).containsExactly("CREDIT_CARD");
            assertThat(d.packages()).isEmpty();
        }

        @Test
        void withCaptureFalseItIsAnAuthorization() {
            RegKey key = Fixtures.regKey(fake);

            PreapprovedPaymentResponse r = fake.payPreapproved(key, PreapprovedPaymentRequest.builder()
                    .productName("Monthly tea").amount(150).currency(Currency.TWD).orderId(Fixtures.orderId())
                    .capture(false).build());

            assertThat(r.authorizationExpireDate()).contains(START.plus(Duration.ofDays(5)));
            assertThat(fake.payment(r.transactionId()).orElseThrow().state()).isEqualTo(PaymentState.AUTHORIZED);
        }

        @Test
        void expiringTheKeyEndsIt() {
            RegKey key = Fixtures.regKey(fake);

            Acknowledgement a = fake.expireRegKey(key);

            assertThat(a.returnCode()).isEqualTo(ReturnCode.SUCCESS);
            assertThat(fake.checkRegKey(key)).isEqualTo(RegKeyStatus.EXPIRED);
            assertThat(fake.checkRegKey(key, true)).isEqualTo(RegKeyStatus.EXPIRED);
        }
    }
}
