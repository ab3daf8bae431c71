package dev.linepay4j.testkit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.json.JsonObject;
import dev.linepay4j.domain.payment.PaymentState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Time-based changes follow the configured clock: request lifetime, authorization expiry, dates. */
class ExpiryTest {

    /** A clock a test moves by hand. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-22T10:15:30Z"));
    private LinePaySandbox sandbox;
    private Shop shop;

    @BeforeEach
    void start() {
        sandbox = LinePaySandbox.start(SandboxOptions.builder().clock(clock)
                .authorizationLifetime(Duration.ofDays(7)).build());
        shop = new Shop(sandbox, "v4");
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void transactionIdsStartWithTheDayTheSandboxStarted() {
        assertThat(Long.toString(shop.requested())).startsWith("20261122").hasSize(19);
    }

    @Test
    void aRequestNotConfirmedWithinTwentyMinutesExpires() {
        long waiting = shop.requested();
        long approved = shop.approved(Shop.orderId(), null);
        clock.advance(Duration.ofMinutes(19));
        assertThat(shop.check(waiting).returnCode()).isEqualTo("0000");

        clock.advance(Duration.ofMinutes(1));

        assertThat(shop.check(waiting).returnCode()).isEqualTo("0121");
        assertThat(shop.confirm(approved, 100, "TWD").returnCode()).isEqualTo("1180");
        assertThat(sandbox.books().payment(TransactionId.of(approved)).orElseThrow().payment().state())
                .isEqualTo(PaymentState.EXPIRED);
    }

    @Test
    void anAuthorizationExpiresAtItsAuthorizationExpireDate() {
        long id = shop.approved(Shop.orderId(), "{\"payment\":{\"capture\":false}}");
        Wire.Response confirm = shop.confirm(id, 100, "TWD");
        assertThat(confirm.info().string("authorizationExpireDate")).hasValue("2026-11-29T10:15:30Z");

        clock.advance(Duration.ofDays(7));

        JsonObject detail = (JsonObject) shop.details("transactionId=" + id).json().array("info").orElseThrow().get(0);
        assertThat(detail.string("payStatus")).hasValue("EXPIRED_AUTHORIZATION");
        assertThat(detail.string("transactionDate")).hasValue("2026-11-22T10:15:30Z");
        assertThat(shop.capture(id, 100).returnCode()).isEqualTo("1180");
    }

    @Test
    void theBooksApplyDueExpiriesToo() {
        long id = shop.requested();
        clock.advance(Duration.ofHours(1));

        assertThat(sandbox.books().payment(TransactionId.of(id)).orElseThrow().payment().state())
                .isEqualTo(PaymentState.EXPIRED);
    }
}
