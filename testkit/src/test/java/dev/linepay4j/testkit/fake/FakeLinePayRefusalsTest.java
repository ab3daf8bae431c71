package dev.linepay4j.testkit.fake;

import static dev.linepay4j.testkit.fake.Fixtures.AMOUNT;
import static dev.linepay4j.testkit.fake.Fixtures.CONFIRM;
import static dev.linepay4j.testkit.fake.Fixtures.codeOf;
import static dev.linepay4j.testkit.fake.Fixtures.errorOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.linepay4j.CallInfo;
import dev.linepay4j.Endpoint;
import dev.linepay4j.LinePayError;
import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.OrderId;
import dev.linepay4j.domain.RegKey;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.ValidationException;
import dev.linepay4j.domain.code.RegKeyStatus;
import dev.linepay4j.domain.code.ReturnCode;
import dev.linepay4j.domain.code.ReturnCodeCategory;
import dev.linepay4j.domain.payment.PaymentState;
import dev.linepay4j.domain.request.CaptureRequest;
import dev.linepay4j.domain.request.ConfirmRequest;
import dev.linepay4j.domain.request.PaymentDetailsQuery;
import dev.linepay4j.domain.request.PaymentRequest;
import dev.linepay4j.domain.request.PreapprovedPaymentRequest;
import dev.linepay4j.domain.request.RefundRequest;
import dev.linepay4j.domain.request.RegPayPeriodType;
import dev.linepay4j.spi.HttpMethod;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every refusal, with the code core's PaymentMachine (and the sandbox) gives, as an {@link LinePayError.ApiError}
 * naming the call; and the client's own checks, which refuse before anything happens.
 */
class FakeLinePayRefusalsTest {

    private static final TransactionId UNKNOWN = TransactionId.parse("2024050100000000001");
    private static final RegKey NO_SUCH_KEY = RegKey.of("RK0000000000000");

    private final FakeLinePay fake = Fixtures.fake();

    @Nested
    class Confirm {

        @Test
        void beforeTheCustomerApprovedIsRefusedWith1169AndChangesNothing() {
            TransactionId id = Fixtures.requested(fake, Fixtures.order());

            assertThat(codeOf(() -> fake.confirm(id, CONFIRM))).isEqualTo("1169");
            assertThat(fake.payment(id).orElseThrow().state()).isEqualTo(PaymentState.REQUESTED);
        }

        @Test
        void withAnotherAmountIsRefusedWith1153() {
            TransactionId id = Fixtures.approved(fake, Fixtures.order());

            assertThat(codeOf(() -> fake.confirm(id, ConfirmRequest.of(Amount.of(299), Currency.TWD)))).isEqualTo("1153");
            assertThat(codeOf(() -> fake.confirm(id, ConfirmRequest.of(AMOUNT, Currency.USD)))).isEqualTo("1153");
            assertThat(fake.payment(id).orElseThrow().state()).isEqualTo(PaymentState.AUTHENTICATED);
        }

        @Test
        void aSecondTimeIsRefusedWith1172() {
            TransactionId id = Fixtures.captured(fake);

            assertThat(codeOf(() -> fake.confirm(id, CONFIRM))).isEqualTo("1172");
        }

        @Test
        void ofACancelledOrExpiredRequestIsRefusedWith1180AndOfAFailedOneWith1179() {
            TransactionId cancelled = Fixtures.requested(fake, Fixtures.order());
            TransactionId expired = Fixtures.approved(fake, Fixtures.order());
            TransactionId failed = Fixtures.approved(fake, Fixtures.order());
            fake.cancel(cancelled);
            fake.expire(expired);
            fake.fail(failed);

            assertThat(codeOf(() -> fake.confirm(cancelled, CONFIRM))).isEqualTo("1180");
            assertThat(codeOf(() -> fake.confirm(expired, CONFIRM))).isEqualTo("1180");
            assertThat(codeOf(() -> fake.confirm(failed, CONFIRM))).isEqualTo("1179");
        }

        @Test
        void theErrorNamesTheCallAndCarriesTheMachinesRule() {
            TransactionId id = Fixtures.requested(fake, Fixtures.order());

            LinePayError.ApiError e = (LinePayError.ApiError) errorOf(() -> fake.confirm(id, CONFIRM));

            assertThat(e.call()).isEqualTo(new CallInfo(Endpoint.CONFIRM, HttpMethod.POST, "/v3/payments/" + id + "/confirm",
                    Optional.of(id), Optional.empty()));
            assertThat(e.returnCode()).isEqualTo(ReturnCode.NOT_AUTHENTICATED_YET);
            assertThat(e.returnMessage()).isEqualTo("confirm before the customer approved the payment");
            assertThat(e.mayHaveBeenProcessed()).isFalse();
        }
    }

    @Nested
    class Requests {

        @Test
        void anOrderIdUsedBeforeIsRefusedWith1172WhateverBecameOfThatPayment() {
            PaymentRequest order = Fixtures.order();
            TransactionId first = Fixtures.requested(fake, order);
            fake.cancel(first);

            LinePayError.ApiError e = (LinePayError.ApiError) errorOf(() -> fake.request(order));

            assertThat(e.returnCode()).isEqualTo(ReturnCode.ORDER_ID_EXISTS);
            assertThat(e.returnMessage()).isEqualTo("A transaction with orderId " + order.orderId().value() + " already exists.");
            assertThat(e.call().orderId()).contains(order.orderId());
            assertThat(fake.payments()).hasSize(1);
        }

        @Test
        void aV4OnlyFieldSentToV3IsAnInvalidRequestAndNothingHappens() {
            PaymentRequest regPay = Fixtures.order(Fixtures.orderId())
                    .options(o -> o.regPayRequest(r -> r.regPayPeriodType(RegPayPeriodType.NON_RECURRING))).build();
            fake.failNextCall(Endpoint.REQUEST, ReturnCode.INTERNAL_ERROR);

            LinePayError e = errorOf(() -> fake.request(regPay));

            assertThat(e).isInstanceOfSatisfying(LinePayError.InvalidRequest.class, invalid -> {
                assertThat(invalid.violations()).extracting(v -> v.field()).containsExactly("options.regPayRequest");
                assertThat(invalid.call().orderId()).contains(regPay.orderId());
            });
            assertThat(fake.payments()).isEmpty();
            assertThat(fake.calls()).singleElement().satisfies(c -> assertThat(c.processed()).isFalse());
            assertThat(fake.pendingFailures()).as("nothing was sent, so no failure was used")
                    .containsKey(Endpoint.REQUEST);
        }

        @Test
        void aV3OnlyFieldSentToV4IsAnInvalidRequest() {
            FakeLinePay v4 = Fixtures.fake(ApiVersion.ONLINE_V4);
            PaymentRequest withFee = PaymentRequest.builder().orderId(Fixtures.orderId()).currency(Currency.TWD).amount(310)
                    .addPackage(p -> p.id("pkg-1").amount(300).userFee(10)
                            .addProduct(pr -> pr.name("Tea").quantity(3).price(100)))
                    .redirectUrls(r -> r.confirmUrl(Fixtures.CONFIRM_URL).cancelUrl(Fixtures.CANCEL_URL))
                    .build();

            LinePayError e = errorOf(() -> v4.request(withFee));

            assertThat(e).isInstanceOfSatisfying(LinePayError.InvalidRequest.class, invalid ->
                    assertThat(invalid.violations()).extracting(v -> v.field()).containsExactly("packages[0].userFee"));
            assertThat(v4.payments()).isEmpty();
        }
    }

    @Nested
    class CaptureVoidRefund {

        @Test
        void aRefundAboveTheRemainingBalanceIsRefusedWith1164() {
            TransactionId id = Fixtures.captured(fake);
            fake.refund(id, RefundRequest.partial(Amount.of(200), Currency.TWD));

            assertThat(codeOf(() -> fake.refund(id, RefundRequest.partial(Amount.of(101), Currency.TWD)))).isEqualTo("1164");
            assertThat(fake.payment(id).orElseThrow().refundableBalance()).isEqualTo(Amount.of(100));
        }

        @Test
        void aRefundAfterAFullRefundIsRefusedWith1165() {
            TransactionId id = Fixtures.captured(fake);
            fake.refund(id, RefundRequest.full());

            assertThat(codeOf(() -> fake.refund(id, RefundRequest.full()))).isEqualTo("1165");
        }

        @Test
        void aSecondVoidIsRefusedWith1165() {
            TransactionId id = Fixtures.authorized(fake);
            fake.voidAuthorization(id);

            assertThat(codeOf(() -> fake.voidAuthorization(id))).isEqualTo("1165");
        }

        @Test
        void aRefundOfAnUncapturedAuthorizationIsRefusedWith1155() {
            TransactionId id = Fixtures.authorized(fake);

            assertThat(codeOf(() -> fake.refund(id, RefundRequest.full()))).isEqualTo("1155");
        }

        @Test
        void aCaptureAboveTheAuthorizedAmountIsRefusedWith1184() {
            TransactionId id = Fixtures.authorized(fake);

            assertThat(codeOf(() -> fake.capture(id, CaptureRequest.of(Amount.of(301), Currency.TWD)))).isEqualTo("1184");
        }

        @Test
        void aVoidOfACapturedPaymentIsRefusedWith1155AndASecondCaptureWith1172() {
            TransactionId id = Fixtures.captured(fake);

            assertThat(codeOf(() -> fake.voidAuthorization(id))).isEqualTo("1155");
            assertThat(codeOf(() -> fake.capture(id, CaptureRequest.of(AMOUNT, Currency.TWD)))).isEqualTo("1172");
        }
    }

    @Nested
    class UnknownTransactions {

        @Test
        void everyCallNamingAnUnknownTransactionIsRefusedWith1150() {
            assertThat(codeOf(() -> fake.confirm(UNKNOWN, CONFIRM))).isEqualTo("1150");
            assertThat(codeOf(() -> fake.capture(UNKNOWN, CaptureRequest.of(AMOUNT, Currency.TWD)))).isEqualTo("1150");
            assertThat(codeOf(() -> fake.voidAuthorization(UNKNOWN))).isEqualTo("1150");
            assertThat(codeOf(() -> fake.refund(UNKNOWN, RefundRequest.full()))).isEqualTo("1150");
            assertThat(codeOf(() -> fake.checkRequestStatus(UNKNOWN))).isEqualTo("1150");
            assertThat(codeOf(() -> fake.paymentDetails(PaymentDetailsQuery.ofTransactionIds(UNKNOWN)))).isEqualTo("1150");
        }

        @Test
        void detailsOfARequestNotYetConfirmedAre1150() {
            PaymentRequest order = Fixtures.order();
            TransactionId id = Fixtures.approved(fake, order);

            assertThat(codeOf(() -> fake.paymentDetails(PaymentDetailsQuery.ofTransactionIds(id)))).isEqualTo("1150");
            assertThat(codeOf(() -> fake.paymentDetails(PaymentDetailsQuery.ofOrderIds(order.orderId())))).isEqualTo("1150");
        }

        @Test
        void aCaptureVoidOrRefundBeforeConfirmIs1150() {
            TransactionId id = Fixtures.approved(fake, Fixtures.order());

            assertThat(codeOf(() -> fake.capture(id, CaptureRequest.of(AMOUNT, Currency.TWD)))).isEqualTo("1150");
            assertThat(codeOf(() -> fake.voidAuthorization(id))).isEqualTo("1150");
            assertThat(codeOf(() -> fake.refund(id, RefundRequest.full()))).isEqualTo("1150");
        }

        @Test
        void moreThan100IdsCannotEvenBeAskedFor1177() {
            // LINE Pay answers 1177 beyond 100 ids; core's query refuses to be built with more, so the
            // client (and the fake) never receive one.
            List<TransactionId> ids = LongStream.rangeClosed(1, 101).mapToObj(TransactionId::of).toList();

            assertThatThrownBy(() -> new PaymentDetailsQuery(ids, List.of()))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("1177");
            assertThat(codeOf(() -> fake.paymentDetails(new PaymentDetailsQuery(ids.subList(0, 99),
                    List.of(OrderId.of("x")))))).as("100 ids are asked; none is a confirmed payment").isEqualTo("1150");
        }
    }

    @Nested
    class RegKeys {

        @Test
        void anUnknownKeyIsRefusedWith1190AndChecksAsNotFound() {
            PreapprovedPaymentRequest charge = charge();

            assertThat(codeOf(() -> fake.payPreapproved(NO_SUCH_KEY, charge))).isEqualTo("1190");
            assertThat(codeOf(() -> fake.expireRegKey(NO_SUCH_KEY))).isEqualTo("1190");
            assertThat(fake.checkRegKey(NO_SUCH_KEY)).isEqualTo(RegKeyStatus.NOT_FOUND);
        }

        @Test
        void anExpiredKeyIsRefusedWith1193AndChecksAsExpired() {
            RegKey key = Fixtures.regKey(fake);
            fake.expireRegKey(key);

            assertThat(codeOf(() -> fake.payPreapproved(key, charge()))).isEqualTo("1193");
            assertThat(codeOf(() -> fake.expireRegKey(key))).isEqualTo("1193");
            assertThat(fake.checkRegKey(key)).isEqualTo(RegKeyStatus.EXPIRED);
        }

        @Test
        void aKeyPaymentWithAnOrderIdUsedBeforeIsRefusedWith1172() {
            RegKey key = Fixtures.regKey(fake);
            PreapprovedPaymentRequest charge = charge();
            fake.payPreapproved(key, charge);

            LinePayError.ApiError e = (LinePayError.ApiError) errorOf(() -> fake.payPreapproved(key, charge));

            assertThat(e.returnCode()).isEqualTo(ReturnCode.ORDER_ID_EXISTS);
            assertThat(e.category()).isEqualTo(ReturnCodeCategory.STATE_CONFLICT);
            assertThat(e.call().path()).isEqualTo("/v3/payments/preapprovedPay/{regKey}/payment");
            assertThat(e.describe()).doesNotContain(key.value());
        }

        private PreapprovedPaymentRequest charge() {
            return PreapprovedPaymentRequest.builder().productName("Monthly tea").amount(150).currency(Currency.TWD)
                    .orderId(Fixtures.orderId()).build();
        }
    }
}
