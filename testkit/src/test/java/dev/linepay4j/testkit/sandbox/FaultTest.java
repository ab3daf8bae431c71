package dev.linepay4j.testkit.sandbox;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.code.ReturnCode;
import dev.linepay4j.domain.payment.PaymentEvent;
import dev.linepay4j.domain.payment.PaymentState;
import dev.linepay4j.spi.JsonReadException;
import dev.linepay4j.testkit.json.MinimalJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each fault kind: what the client gets, and whether the operation took effect. */
class FaultTest {

    @RegisterExtension
    static final LinePaySandboxExtension SANDBOX = LinePaySandboxExtension.withOptions(SandboxOptions.builder()
            .hangLimit(Duration.ofSeconds(3)).build());

    private LinePaySandbox sandbox() {
        return SANDBOX.sandbox();
    }

    private Shop shop() {
        return new Shop(sandbox(), "v3");
    }

    @Test
    void aDelayHoldsTheAnswerThenProcessesNormally() {
        Shop shop = shop();
        long id = shop.approved(Shop.orderId(), null);
        sandbox().inject(Fault.delay(SandboxEndpoint.CONFIRM, Duration.ofMillis(300)));

        long started = System.nanoTime();
        Wire.Response r = shop.confirm(id, 100, "TWD");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(r.returnCode()).isEqualTo("0000");
        assertThat(state(id)).isEqualTo(PaymentState.CAPTURED);
    }

    @Test
    void http500HtmlAnswersWithoutProcessing() {
        Shop shop = shop();
        String orderId = Shop.orderId();
        SandboxBooks.CallCount before = sandbox().books().calls(SandboxEndpoint.REQUEST);
        sandbox().inject(Fault.of(FaultKind.HTTP_500_HTML, SandboxEndpoint.REQUEST));

        Wire.Response r = shop.request(Shop.body(orderId, null));

        assertThat(r.status()).isEqualTo(500);
        assertThat(r.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(r.body()).contains("<html>");
        assertThat(sandbox().books().paymentsByOrderId(orderId)).isEmpty();
        SandboxBooks.CallCount after = sandbox().books().calls(SandboxEndpoint.REQUEST);
        assertThat(after.received() - before.received()).isEqualTo(1);
        assertThat(after.processed() - before.processed()).isZero();
        assertThat(shop.request(Shop.body(orderId, null)).returnCode()).as("the fault hit one call").isEqualTo("0000");
    }

    @Test
    void malformedJsonIsSentAfterTheOperationTookEffect() {
        Shop shop = shop();
        long id = shop.approved(Shop.orderId(), null);
        sandbox().inject(Fault.of(FaultKind.MALFORMED_JSON, SandboxEndpoint.CONFIRM));

        Wire.Response r = shop.confirm(id, 100, "TWD");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).startsWith("{\"returnCode\":\"0000\"\"returnMessage\"");
        assertThatThrownBy(() -> MinimalJson.read(r.body().getBytes(UTF_8))).isInstanceOf(JsonReadException.class);
        assertThat(state(id)).isEqualTo(PaymentState.CAPTURED);
    }

    @Test
    void truncatedJsonIsTheFirstHalfOfTheRealAnswer() {
        Shop shop = shop();
        long id = shop.captured();
        sandbox().inject(Fault.of(FaultKind.TRUNCATED_JSON, SandboxEndpoint.REFUND));

        Wire.Response r = shop.refund(id, "{\"refundAmount\":10}");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).startsWith("{\"returnCode\":\"0000\"");
        assertThatThrownBy(() -> MinimalJson.read(r.body().getBytes(UTF_8))).isInstanceOf(JsonReadException.class);
        assertThat(sandbox().books().payment(TransactionId.of(id)).orElseThrow().payment().refunds()).hasSize(1);
    }

    @Test
    void anEmptyBodyIsSentAfterTheOperationTookEffect() {
        Shop shop = shop();
        long id = shop.authorized();
        sandbox().inject(Fault.of(FaultKind.EMPTY_BODY, SandboxEndpoint.VOID));

        Wire.Response r = shop.voidIt(id, "");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).isEmpty();
        assertThat(state(id)).isEqualTo(PaymentState.VOIDED);
    }

    @Test
    void aResetConnectionAnswersNothingButTheRefundWasMade() {
        Shop shop = shop();
        long id = shop.captured();
        sandbox().inject(Fault.of(FaultKind.CONNECTION_RESET, SandboxEndpoint.REFUND));

        assertThatThrownBy(() -> shop.refund(id, "{\"refundAmount\":40}"))
                .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(IOException.class);

        SandboxBooks.BookedPayment booked = sandbox().books().payment(TransactionId.of(id)).orElseThrow();
        assertThat(booked.count(PaymentEvent.Refund.class)).isEqualTo(1);
        assertThat(booked.payment().state()).isEqualTo(PaymentState.PARTIALLY_REFUNDED);
        SandboxBooks.Call call = last(SandboxEndpoint.REFUND);
        assertThat(call.fault()).hasValue(FaultKind.CONNECTION_RESET);
        assertThat(call.processed()).isTrue();
        assertThat(call.returnCode()).hasValue(ReturnCode.SUCCESS);
    }

    @Test
    void processThenHangConfirmsButTheClientTimesOut() {
        Shop shop = shop();
        long id = shop.approved(Shop.orderId(), null);
        sandbox().inject(Fault.of(FaultKind.PROCESS_THEN_HANG, SandboxEndpoint.CONFIRM));
        byte[] body = "{\"amount\":100,\"currency\":\"TWD\"}".getBytes(UTF_8);
        HttpRequest request = shop.wire.signedPost("/v3/payments/" + id + "/confirm", body, UUID.randomUUID().toString())
                .timeout(Duration.ofMillis(500)).build();

        long started = System.nanoTime();
        assertThatThrownBy(() -> Wire.send(request)).hasCauseInstanceOf(HttpTimeoutException.class);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        assertThat(state(id)).isEqualTo(PaymentState.CAPTURED);
        assertThat(shop.check(id).returnCode()).as("the client reconciles through the status check").isEqualTo("0123");
        assertThat(last(SandboxEndpoint.CONFIRM).processed()).isTrue();
    }

    @Test
    void processThenHangClosesWithoutAnAnswerWhenItsHoldEnds() {
        Shop shop = shop();
        long id = shop.captured();
        sandbox().inject(Fault.of(FaultKind.PROCESS_THEN_HANG, SandboxEndpoint.REFUND).holdFor(Duration.ofMillis(200)));

        long started = System.nanoTime();
        assertThatThrownBy(() -> shop.refund(id, "")).isInstanceOf(UncheckedIOException.class);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(200))
                .isLessThan(Duration.ofSeconds(3));
        assertThat(state(id)).isEqualTo(PaymentState.REFUNDED);
    }

    @Test
    void returnCodeAnswersTheCodeAndChangesNothing() {
        Shop shop = shop();
        long id = shop.approved(Shop.orderId(), null);
        sandbox().inject(Fault.returnCode(SandboxEndpoint.CONFIRM, ReturnCode.of("1198")).withMessage("Busy, try later."));
        sandbox().inject(Fault.returnCode(SandboxEndpoint.CONFIRM, ReturnCode.of("1900")));

        Wire.Response busy = shop.confirm(id, 100, "TWD");
        Wire.Response temporary = shop.confirm(id, 100, "TWD");

        assertThat(busy.status()).isEqualTo(200);
        assertThat(busy.returnCode()).isEqualTo("1198");
        assertThat(busy.returnMessage()).isEqualTo("Busy, try later.");
        assertThat(temporary.returnCode()).isEqualTo("1900");
        assertThat(temporary.returnMessage()).isEqualTo(ReturnCode.of("1900").description() + ".");
        assertThat(state(id)).isEqualTo(PaymentState.AUTHENTICATED);
        assertThat(last(SandboxEndpoint.CONFIRM).processed()).isFalse();
        assertThat(shop.confirm(id, 100, "TWD").returnCode()).isEqualTo("0000");
    }

    @Test
    void timesCountsDownPerMatchingCallAndOtherEndpointsAreUntouched() {
        Shop shop = shop();
        sandbox().inject(Fault.returnCode(SandboxEndpoint.CHECK, ReturnCode.of("9000")).times(2));
        long id = shop.requested();

        assertThat(sandbox().faults()).containsExactly(Fault.returnCode(SandboxEndpoint.CHECK, ReturnCode.of("9000")).times(2));
        assertThat(shop.check(id).returnCode()).isEqualTo("9000");
        assertThat(sandbox().faults()).extracting(Fault::times).containsExactly(1);
        assertThat(shop.check(id).returnCode()).isEqualTo("9000");
        assertThat(sandbox().faults()).isEmpty();
        assertThat(shop.check(id).returnCode()).isEqualTo("0000");
    }

    @Test
    void aVersionFilterLeavesTheOtherVersionAlone() {
        sandbox().inject(Fault.returnCode(SandboxEndpoint.DETAILS, ReturnCode.of("9000")).onVersion(ApiVersion.ONLINE_V4));
        long id = shop().captured();

        assertThat(new Shop(sandbox(), "v3").details("transactionId=" + id).returnCode()).isEqualTo("0000");
        assertThat(new Shop(sandbox(), "v4").details("transactionId=" + id).returnCode()).isEqualTo("9000");
    }

    @Test
    void aFaultForAnyEndpointHitsTheNextCallWhateverItIs() {
        Shop shop = shop();
        long id = shop.requested();
        sandbox().inject(Fault.of(FaultKind.EMPTY_BODY));

        assertThat(shop.check(id).body()).isEmpty();
        assertThat(shop.check(id).returnCode()).isEqualTo("0000");
    }

    @Test
    void deleteAndClearFaultsRemoveWaitingFaults() {
        Shop shop = shop();
        long id = shop.requested();
        sandbox().inject(Fault.of(FaultKind.HTTP_500_HTML, SandboxEndpoint.CHECK).times(5));
        shop.wire.control("DELETE", "/sandbox/faults", null);
        assertThat(shop.check(id).status()).isEqualTo(200);

        sandbox().inject(Fault.of(FaultKind.HTTP_500_HTML, SandboxEndpoint.CHECK));
        sandbox().clearFaults();
        assertThat(shop.check(id).status()).isEqualTo(200);
    }

    @Test
    void aFaultInjectedOverHttpBehavesLikeOneInjectedFromJava() {
        Shop shop = shop();
        long id = shop.approved(Shop.orderId(), null);
        shop.wire.control("POST", "/sandbox/faults", "{\"endpoint\":\"confirm\",\"fault\":\"CONNECTION_RESET\",\"times\":1}");

        assertThatThrownBy(() -> shop.confirm(id, 100, "TWD")).isInstanceOf(UncheckedIOException.class);
        assertThat(state(id)).isEqualTo(PaymentState.CAPTURED);
    }

    @Test
    void closingTheSandboxReleasesAHeldConnectionAtOnce() throws Exception {
        LinePaySandbox own = LinePaySandbox.start();
        try {
            Shop shop = new Shop(own, "v4");
            long id = shop.approved(Shop.orderId(), null);
            own.inject(Fault.of(FaultKind.PROCESS_THEN_HANG, SandboxEndpoint.CONFIRM));
            Thread closer = new Thread(() -> {
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                own.close();
            });
            long started = System.nanoTime();
            closer.start();

            assertThatThrownBy(() -> shop.confirm(id, 100, "TWD")).isInstanceOf(UncheckedIOException.class);

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            closer.join(5_000);
        } finally {
            own.close();
        }
    }

    private PaymentState state(long id) {
        return sandbox().books().payment(TransactionId.of(id)).orElseThrow().payment().state();
    }

    private SandboxBooks.Call last(SandboxEndpoint endpoint) {
        List<SandboxBooks.Call> calls = sandbox().books().recentCalls().stream()
                .filter(c -> c.endpoint() == endpoint).toList();
        return calls.get(calls.size() - 1);
    }
}
