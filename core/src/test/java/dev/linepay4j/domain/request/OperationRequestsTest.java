package dev.linepay4j.domain.request;

import static dev.linepay4j.domain.request.Broken.fieldsOf;
import static dev.linepay4j.domain.request.Broken.onlyViolationOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.OrderId;
import dev.linepay4j.domain.Violation;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The small bodies of confirm, capture, refund and pre-approved payment. */
class OperationRequestsTest {

    @Nested
    class Confirm {

        @Test
        void aConfirmOfTheRequestedAmountBuilds() {
            ConfirmRequest c = ConfirmRequest.of(Amount.of(100), Currency.TWD);

            assertThat(c.amount()).isEqualTo(Amount.of(100));
        }

        @Test
        void aTaiwanDollarConfirmWithCentsIsReported() {
            Violation v = onlyViolationOf(() -> ConfirmRequest.of(Amount.parse("10.5"), Currency.TWD));

            assertThat(v.field()).isEqualTo("amount");
        }

        @Test
        void aDollarConfirmWithCentsBuilds() {
            ConfirmRequest c = ConfirmRequest.of(Amount.parse("10.55"), Currency.USD);

            assertThat(c.amount()).isEqualTo(Amount.parse("10.55"));
        }

        @Test
        void aZeroConfirmIsReported() {
            Violation v = onlyViolationOf(() -> ConfirmRequest.of(Amount.ZERO, Currency.USD));

            assertThat(v).isEqualTo(new Violation("amount", "must be greater than zero"));
        }

        @Test
        void aYenConfirmIsReported() {
            Violation v = onlyViolationOf(() -> ConfirmRequest.of(Amount.of(100), Currency.JPY));

            assertThat(v.field()).isEqualTo("currency");
        }

        @Test
        void bothMissingPartsAreReported() {
            assertThat(fieldsOf(() -> ConfirmRequest.of(null, null))).containsExactly("amount", "currency");
        }
    }

    @Nested
    class Capture {

        @Test
        void aCaptureWithoutRestrictionBuilds() {
            assertThat(CaptureRequest.of(Amount.of(100), Currency.THB).promotionRestriction()).isEmpty();
        }

        @Test
        void aRestrictionWithCentsInTaiwanDollarsIsReportedAtItsWirePath() {
            Violation v = onlyViolationOf(() -> CaptureRequest.of(Amount.of(100), Currency.TWD,
                    PromotionRestriction.of(Amount.parse("0.5"))));

            assertThat(v.field()).isEqualTo("options.extra.promotionRestriction.rewardLimit");
        }

        @Test
        void aCaptureWithThreeDecimalsInDollarsIsReported() {
            Violation v = onlyViolationOf(() -> CaptureRequest.of(Amount.parse("10.555"), Currency.USD));

            assertThat(v.field()).isEqualTo("amount");
        }
    }

    @Nested
    class Refund {

        @Test
        void aFullRefundCarriesNoAmount() {
            assertThat(RefundRequest.full().refundAmount()).isEmpty();
            assertThat(RefundRequest.full().isFull()).isTrue();
        }

        @Test
        void aPartialRefundCarriesItsAmount() {
            RefundRequest r = RefundRequest.partial(Amount.of(30), Currency.TWD);

            assertThat(r.refundAmount()).contains(Amount.of(30));
            assertThat(r.isFull()).isFalse();
        }

        @Test
        void aZeroRefundIsReportedRatherThanTakenForAFullOne() {
            Violation v = onlyViolationOf(() -> new RefundRequest(Optional.of(Amount.ZERO)));

            assertThat(v.field()).isEqualTo("refundAmount");
        }

        @Test
        void aPartialRefundWithCentsInTaiwanDollarsIsReported() {
            Violation v = onlyViolationOf(() -> RefundRequest.partial(Amount.parse("10.5"), Currency.TWD));

            assertThat(v).isEqualTo(new Violation("refundAmount", "must be a whole number in TWD, was 10.5"));
        }

        @Test
        void aPartialRefundOfCentsInDollarsBuilds() {
            assertThat(RefundRequest.partial(Amount.parse("0.01"), Currency.USD).refundAmount())
                    .contains(Amount.parse("0.01"));
        }
    }

    @Nested
    class Preapproved {

        private PreapprovedPaymentRequest.Builder monthly() {
            return PreapprovedPaymentRequest.builder().productName("Monthly plan").amount(300).currency(Currency.TWD)
                    .orderId("sub-42-2024-05");
        }

        @Test
        void aChargeBuildsAndCapturesByDefault() {
            PreapprovedPaymentRequest r = monthly().build();

            assertThat(r.capture()).isTrue();
            assertThat(r.orderId()).isEqualTo(OrderId.of("sub-42-2024-05"));
        }

        @Test
        void captureCanBeTurnedOff() {
            assertThat(monthly().capture(false).build().capture()).isFalse();
        }

        @Test
        void anEmptyBuilderReportsEveryRequiredField() {
            assertThat(fieldsOf(() -> PreapprovedPaymentRequest.builder().build()))
                    .containsExactlyInAnyOrder("productName", "amount", "currency", "orderId");
        }

        @Test
        void aProductNameOfFourThousandAndOneCharactersIsReported() {
            Violation v = onlyViolationOf(() -> monthly().productName("n".repeat(4001)).build());

            assertThat(v.field()).isEqualTo("productName");
        }

        @Test
        void aNegativeAmountIsReportedOnceNotAlsoAsMissing() {
            Violation v = onlyViolationOf(() -> monthly().amount(-1).build());

            assertThat(v.field()).isEqualTo("amount");
            assertThat(v.message()).contains("must not be negative");
        }

        @Test
        void centsInTaiwanDollarsAreReported() {
            Violation v = onlyViolationOf(() -> monthly().amount(new BigDecimal("299.5")).build());

            assertThat(v.field()).isEqualTo("amount");
        }

        @Test
        void anUnknownCurrencyIsReportedOnce() {
            Violation v = onlyViolationOf(() -> monthly().currency("XYZ").build());

            assertThat(v.field()).isEqualTo("currency");
        }

        @Test
        void theConstructorAppliesTheSameRules() {
            Violation v = onlyViolationOf(() -> new PreapprovedPaymentRequest("Plan", Amount.of(1), Currency.JPY,
                    OrderId.of("o-1"), true));

            assertThat(v.field()).isEqualTo("currency");
        }
    }
}
