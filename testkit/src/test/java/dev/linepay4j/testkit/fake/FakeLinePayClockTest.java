package dev.linepay4j.testkit.fake;

import static dev.linepay4j.testkit.fake.Fixtures.CONFIRM;
import static dev.linepay4j.testkit.fake.Fixtures.START;
import static dev.linepay4j.testkit.fake.Fixtures.codeOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.code.RequestStatus;
import dev.linepay4j.domain.payment.PayStatus;
import dev.linepay4j.domain.payment.PaymentState;
import dev.linepay4j.domain.request.CaptureRequest;
import dev.linepay4j.domain.request.PaymentDetailsQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Time: requests expire after 20 minutes, authorizations after 5 days, by the fake's clock. */
class FakeLinePayClockTest {

    private final FakeLinePay fake = Fixtures.fake();

    @Test
    void aRequestNotConfirmedWithin20MinutesExpiresTo0121() {
        TransactionId id = Fixtures.requested(fake, Fixtures.order());

        fake.advanceClock(Duration.ofMinutes(20));

        assertThat(fake.checkRequestStatus(id)).isEqualTo(RequestStatus.CANCELLED_OR_EXPIRED);
        assertThat(fake.payment(id).orElseThrow().state()).isEqualTo(PaymentState.EXPIRED);
    }

    @Test
    void aRequestIsStillWaitingJustBefore20Minutes() {
        TransactionId id = Fixtures.requested(fake, Fixtures.order());

        fake.advanceClock(Duration.ofMinutes(20).minusSeconds(1));

        assertThat(fake.checkRequestStatus(id)).isEqualTo(RequestStatus.NOT_YET_AUTHENTICATED);
    }

    @Test
    void anApprovedRequestTheMerchantNeverConfirmsExpiresTooAndConfirmIsThen1180() {
        TransactionId id = Fixtures.approved(fake, Fixtures.order());

        fake.advanceClock(Duration.ofMinutes(25));

        assertThat(codeOf(() -> fake.confirm(id, CONFIRM))).isEqualTo("1180");
        assertThat(fake.payments()).extracting(p -> p.state()).containsExactly(PaymentState.EXPIRED);
    }

    @Test
    void theCustomerCannotApproveAnExpiredRequest() {
        TransactionId id = Fixtures.requested(fake, Fixtures.order());

        fake.advanceClock(Duration.ofHours(1));

        assertThatThrownBy(() -> fake.approve(id)).isInstanceOf(IllegalStateException.class).hasMessageContaining("EXPIRED");
    }

    @Test
    void aConfirmedPaymentDoesNotExpire() {
        TransactionId id = Fixtures.captured(fake);

        fake.advanceClock(Duration.ofDays(30));

        assertThat(fake.payment(id).orElseThrow().state()).isEqualTo(PaymentState.CAPTURED);
        assertThat(fake.checkRequestStatus(id)).isEqualTo(RequestStatus.COMPLETED);
    }

    @Test
    void anUncapturedAuthorizationExpiresAfterFiveDays() {
        TransactionId id = Fixtures.authorized(fake);

        fake.advanceClock(Duration.ofDays(5));

        assertThat(fake.paymentDetails(PaymentDetailsQuery.ofTransactionIds(id)).get(0).payStatus())
                .contains(PayStatus.EXPIRED_AUTHORIZATION);
        assertThat(codeOf(() -> fake.capture(id, CaptureRequest.of(Fixtures.AMOUNT, Currency.TWD)))).isEqualTo("1180");
    }

    @Test
    void theLifetimesCanBeChosen() {
        FakeLinePay quick = FakeLinePay.builder().clock(Clock.fixed(START, ZoneOffset.UTC))
                .requestLifetime(Duration.ofMinutes(1)).authorizationLifetime(Duration.ofHours(1)).build();
        TransactionId request = Fixtures.requested(quick, Fixtures.order());
        TransactionId authorization = Fixtures.authorized(quick);

        quick.advanceClock(Duration.ofMinutes(1));
        assertThat(quick.payment(request).orElseThrow().state()).isEqualTo(PaymentState.EXPIRED);
        assertThat(quick.payment(authorization).orElseThrow().state()).isEqualTo(PaymentState.AUTHORIZED);

        quick.advanceClock(Duration.ofHours(1));
        assertThat(quick.payment(authorization).orElseThrow().state()).isEqualTo(PaymentState.AUTHORIZATION_EXPIRED);
    }

    @Test
    void theClockTheCodeUnderTestGetsMovesWithTheFake() {
        Clock clock = fake.clock();

        fake.advanceClock(Duration.ofMinutes(90));

        assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofMinutes(90)));
        assertThat(fake.now()).isEqualTo(clock.instant());
        Clock tokyo = clock.withZone(ZoneId.of("Asia/Tokyo"));
        fake.advanceClock(Duration.ofMinutes(10));
        assertThat(tokyo.instant()).isEqualTo(START.plus(Duration.ofMinutes(100)));
        assertThat(tokyo.getZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(clock.withZone(ZoneOffset.UTC)).isSameAs(clock);
    }

    @Test
    void theClockOnlyGoesForward() {
        assertThatThrownBy(() -> fake.advanceClock(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        fake.advanceClock(Duration.ZERO);
        assertThat(fake.now()).isEqualTo(START);
    }

    @Test
    void callsAreDatedByTheFakesClock() {
        fake.advanceClock(Duration.ofSeconds(61));

        Fixtures.requested(fake, Fixtures.order());

        assertThat(fake.calls()).singleElement().satisfies(c -> assertThat(c.at()).isEqualTo(START.plusSeconds(61)));
    }
}
