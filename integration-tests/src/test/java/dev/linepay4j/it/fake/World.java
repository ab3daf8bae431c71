package dev.linepay4j.it.fake;

import dev.linepay4j.Endpoint;
import dev.linepay4j.Environment;
import dev.linepay4j.LinePay;
import dev.linepay4j.OnlinePayments;
import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.domain.RegKey;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.code.ReturnCode;
import dev.linepay4j.domain.payment.Payment;
import dev.linepay4j.testkit.fake.FakeFailure;
import dev.linepay4j.testkit.fake.FakeLinePay;
import dev.linepay4j.testkit.sandbox.Fault;
import dev.linepay4j.testkit.sandbox.FaultKind;
import dev.linepay4j.testkit.sandbox.LinePaySandbox;
import dev.linepay4j.testkit.sandbox.SandboxChannel;
import dev.linepay4j.testkit.sandbox.SandboxEndpoint;
import dev.linepay4j.testkit.sandbox.SandboxOptions;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Where a scenario runs: the merchant's side ({@link #api()}) and the customer's, LINE Pay's and the clock's
 * side, the same for {@link FakeLinePay} and for a {@link LinePay} client over HTTP on a {@link LinePaySandbox}.
 */
interface World extends AutoCloseable {

    Instant START = Instant.parse("2024-05-01T10:00:00Z");

    OnlinePayments api();

    Optional<URI> approve(TransactionId id);

    Optional<URI> cancel(TransactionId id);

    void expire(TransactionId id);

    void fail(TransactionId id);

    void expireAuthorization(TransactionId id);

    void letRegKeyExpire(RegKey key);

    void advance(Duration duration);

    /** LINE Pay answers the code on the next call to the endpoint, changing nothing. */
    void answerCode(Endpoint endpoint, ReturnCode code, String message);

    /** LINE Pay processes the next call to the endpoint and its answer never comes. */
    void loseAnswer(Endpoint endpoint);

    /** A gateway answers the next call to the endpoint with an HTML page, HTTP 500, passing nothing on. */
    void gatewayError(Endpoint endpoint);

    /** LINE Pay processes the next call to the endpoint and its answer arrives cut short. */
    void garbleAnswer(Endpoint endpoint);

    /** The payment as LINE Pay keeps it, core's value. */
    Optional<Payment> payment(TransactionId id);

    @Override
    void close();

    static World fake(ApiVersion version) {
        FakeLinePay fake = FakeLinePay.builder().apiVersion(version).merchantName(SandboxChannel.DEFAULT_MERCHANT_NAME)
                .clock(Clock.fixed(START, ZoneOffset.UTC)).build();
        return new World() {
            @Override
            public OnlinePayments api() {
                return fake;
            }

            @Override
            public Optional<URI> approve(TransactionId id) {
                return fake.approve(id);
            }

            @Override
            public Optional<URI> cancel(TransactionId id) {
                return fake.cancel(id);
            }

            @Override
            public void expire(TransactionId id) {
                fake.expire(id);
            }

            @Override
            public void fail(TransactionId id) {
                fake.fail(id);
            }

            @Override
            public void expireAuthorization(TransactionId id) {
                fake.expireAuthorization(id);
            }

            @Override
            public void letRegKeyExpire(RegKey key) {
                fake.letRegKeyExpire(key);
            }

            @Override
            public void advance(Duration duration) {
                fake.advanceClock(duration);
            }

            @Override
            public void answerCode(Endpoint endpoint, ReturnCode code, String message) {
                fake.failNext(endpoint, FakeFailure.returnCode(code, message));
            }

            @Override
            public void loseAnswer(Endpoint endpoint) {
                fake.failNext(endpoint, FakeFailure.answerLost());
            }

            @Override
            public void gatewayError(Endpoint endpoint) {
                fake.failNext(endpoint, FakeFailure.gatewayError(500));
            }

            @Override
            public void garbleAnswer(Endpoint endpoint) {
                fake.failNext(endpoint, FakeFailure.garbledAnswer());
            }

            @Override
            public Optional<Payment> payment(TransactionId id) {
                return fake.payment(id);
            }

            @Override
            public void close() {
                fake.close();
            }

            @Override
            public String toString() {
                return "FakeLinePay " + version;
            }
        };
    }

    static World sandbox(ApiVersion version) {
        MovableClock clock = new MovableClock(START);
        LinePaySandbox sandbox = LinePaySandbox.start(SandboxOptions.builder().clock(clock)
                .hangLimit(Duration.ofSeconds(5)).build());
        LinePay client = LinePay.builder().channelId(LinePaySandbox.DEFAULT_CHANNEL_ID)
                .channelSecret(LinePaySandbox.DEFAULT_CHANNEL_SECRET).environment(Environment.custom(sandbox.baseUri()))
                .apiVersion(version).transport("jdk").codec("jackson")
                // The fake plays LINE Pay as it answers, so the client compared with it adds no retries or read-backs.
                .retryPolicy(dev.linepay4j.RetryPolicy.none()).reconciliation(false).build();
        return new World() {
            @Override
            public OnlinePayments api() {
                return client;
            }

            @Override
            public Optional<URI> approve(TransactionId id) {
                return sandbox.approve(id);
            }

            @Override
            public Optional<URI> cancel(TransactionId id) {
                return sandbox.cancel(id);
            }

            @Override
            public void expire(TransactionId id) {
                sandbox.expire(id);
            }

            @Override
            public void fail(TransactionId id) {
                sandbox.fail(id);
            }

            @Override
            public void expireAuthorization(TransactionId id) {
                sandbox.expireAuthorization(id);
            }

            @Override
            public void letRegKeyExpire(RegKey key) {
                sandbox.expireRegKey(key);
            }

            @Override
            public void advance(Duration duration) {
                clock.advance(duration);
            }

            @Override
            public void answerCode(Endpoint endpoint, ReturnCode code, String message) {
                sandbox.inject(Fault.returnCode(on(endpoint), code).withMessage(message));
            }

            @Override
            public void loseAnswer(Endpoint endpoint) {
                sandbox.inject(Fault.of(FaultKind.PROCESS_THEN_HANG, on(endpoint)).holdFor(Duration.ofSeconds(3)));
            }

            @Override
            public void gatewayError(Endpoint endpoint) {
                sandbox.inject(Fault.of(FaultKind.HTTP_500_HTML, on(endpoint)));
            }

            @Override
            public void garbleAnswer(Endpoint endpoint) {
                sandbox.inject(Fault.of(FaultKind.TRUNCATED_JSON, on(endpoint)));
            }

            @Override
            public Optional<Payment> payment(TransactionId id) {
                return sandbox.books().payment(id).map(p -> p.payment());
            }

            @Override
            public void close() {
                client.close();
                sandbox.close();
            }

            @Override
            public String toString() {
                return "LinePay over jdk on LinePaySandbox " + version;
            }
        };
    }

    private static SandboxEndpoint on(Endpoint endpoint) {
        return switch (endpoint) {
            case REQUEST -> SandboxEndpoint.REQUEST;
            case CONFIRM -> SandboxEndpoint.CONFIRM;
            case CAPTURE -> SandboxEndpoint.CAPTURE;
            case VOID -> SandboxEndpoint.VOID;
            case REFUND -> SandboxEndpoint.REFUND;
            case PAYMENT_DETAILS -> SandboxEndpoint.DETAILS;
            case CHECK_REQUEST_STATUS -> SandboxEndpoint.CHECK;
            case CHECK_REG_KEY -> SandboxEndpoint.REGKEY_CHECK;
            case PAY_PREAPPROVED -> SandboxEndpoint.REGKEY_PAY;
            case EXPIRE_REG_KEY -> SandboxEndpoint.REGKEY_EXPIRE;
            default -> throw new IllegalArgumentException("these scenarios make no " + endpoint + " calls");
        };
    }

    /** A clock the sandbox reads, moved by the scenario as the fake's own is. */
    final class MovableClock extends Clock {
        private final AtomicReference<Instant> now;

        MovableClock(Instant start) {
            this.now = new AtomicReference<>(start);
        }

        void advance(Duration by) {
            now.accumulateAndGet(null, (t, x) -> t.plus(by));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("UTC only");
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
