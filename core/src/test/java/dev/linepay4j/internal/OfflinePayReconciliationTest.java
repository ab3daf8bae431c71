package dev.linepay4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.linepay4j.CallInfo;
import dev.linepay4j.Endpoint;
import dev.linepay4j.LinePayError.ApiError;
import dev.linepay4j.LinePayError.OutcomeUnknown;
import dev.linepay4j.LinePayError.TransportFailure;
import dev.linepay4j.LinePayException;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.OrderId;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.code.ReturnCode;
import dev.linepay4j.domain.json.JsonObject;
import dev.linepay4j.domain.payment.OfflineStatus;
import dev.linepay4j.domain.request.OfflinePaymentRequest;
import dev.linepay4j.domain.response.OfflinePaymentResponse;
import dev.linepay4j.domain.response.OfflinePaymentStatus;
import dev.linepay4j.spi.HttpMethod;
import dev.linepay4j.spi.TransportException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The rule for a lost pay answer, over scripted status-check answers. */
class OfflinePayReconciliationTest {

    static final OrderId ORDER = OrderId.of("POS7-0042");
    static final TransactionId ID = TransactionId.parse("2023042201206549310");
    static final OfflinePayReconciliation QUICK = new OfflinePayReconciliation(3, Duration.ZERO);

    static OfflinePaymentRequest pay(boolean capture) {
        return OfflinePaymentRequest.builder().productName("Tea").amount(120).currency(Currency.TWD).orderId(ORDER)
                .oneTimeKey("123456789012").capture(capture).build();
    }

    static LinePayException lost() {
        CallInfo call = new CallInfo(Endpoint.OFFLINE_PAY, HttpMethod.POST, "/v4/payments/oneTimeKeys/pay",
                Optional.empty(), Optional.of(ORDER));
        return new LinePayException(OutcomeUnknown.afterTransportFailure(call, TransportException.Kind.READ_TIMEOUT));
    }

    static CallInfo checkCall() {
        return new CallInfo(Endpoint.OFFLINE_CHECK_PAYMENT_STATUS, HttpMethod.GET, "/v4/payments/orders/POS7-0042/check",
                Optional.empty(), Optional.of(ORDER));
    }

    static OfflinePaymentStatus status(OfflineStatus s) {
        return new OfflinePaymentStatus(Optional.of(s), s.wireName(), Optional.of(ID), Optional.of(ORDER),
                Optional.of(Instant.parse("2026-11-22T03:04:05Z")), List.of(), Optional.of("TSP"),
                JsonObject.builder().put("status", s.wireName()).build());
    }

    static LinePayException noPaymentYet() {
        return new LinePayException(new ApiError(checkCall(), ReturnCode.NO_TRANSACTION, "No transaction."));
    }

    /** Hands out the scripted answers in order, the last one again when they run out; counts the checks. */
    static final class Script implements Supplier<OfflinePaymentStatus> {
        final Deque<Object> answers = new ArrayDeque<>();
        int checks;

        Script(Object... answers) {
            this.answers.addAll(List.of(answers));
        }

        @Override
        public OfflinePaymentStatus get() {
            checks++;
            Object a = answers.size() > 1 ? answers.poll() : answers.peek();
            if (a instanceof LinePayException e) {
                throw e;
            }
            return (OfflinePaymentStatus) a;
        }

        Supplier<CompletableFuture<OfflinePaymentStatus>> async() {
            return () -> {
                try {
                    return CompletableFuture.completedFuture(get());
                } catch (LinePayException e) {
                    return CompletableFuture.failedFuture(e);
                }
            };
        }
    }

    @Test
    void aCompletePaymentIsTheAnswerAtTheFirstCheck() {
        Script script = new Script(status(OfflineStatus.COMPLETE));

        OfflinePaymentResponse paid = QUICK.resolve(lost(), pay(true), script);

        assertThat(paid.transactionId()).isEqualTo(ID);
        assertThat(paid.orderId()).isEqualTo(ORDER);
        assertThat(paid.paymentProvider()).contains("TSP");
        assertThat(script.checks).isEqualTo(1);
    }

    @Test
    void noPaymentYetIsCheckedAgainUntilItAppears() throws Exception {
        Script script = new Script(noPaymentYet(), noPaymentYet(), status(OfflineStatus.COMPLETE));

        assertThat(QUICK.resolve(lost(), pay(true), script).transactionId()).isEqualTo(ID);
        assertThat(script.checks).isEqualTo(3);

        Script again = new Script(noPaymentYet(), status(OfflineStatus.COMPLETE));
        assertThat(QUICK.resolveAsync(lost(), pay(true), again.async()).get(10, TimeUnit.SECONDS).transactionId())
                .isEqualTo(ID);
        assertThat(again.checks).isEqualTo(2);
    }

    @Test
    void anAuthorizationIsTheAnswerOnlyForAPayWithoutCapture() {
        assertThat(QUICK.resolve(lost(), pay(false), new Script(status(OfflineStatus.AUTH_READY))).transactionId())
                .isEqualTo(ID);

        Script script = new Script(status(OfflineStatus.AUTH_READY));
        LinePayException lost = lost();
        assertThat(catchThrowableOfType(() -> QUICK.resolve(lost, pay(true), script), LinePayException.class))
                .isSameAs(lost);
        assertThat(script.checks).as("still on its way: checked to the end").isEqualTo(3);
    }

    @Test
    void aFailedOrCancelledPaymentEndsTheChecksWithTheOriginalError() throws Exception {
        for (OfflineStatus s : List.of(OfflineStatus.FAIL, OfflineStatus.CANCEL)) {
            Script script = new Script(status(s));
            LinePayException lost = lost();

            assertThat(catchThrowableOfType(() -> QUICK.resolve(lost, pay(true), script), LinePayException.class))
                    .isSameAs(lost);
            assertThat(script.checks).isEqualTo(1);
            assertThat(lost.getSuppressed()).isEmpty();
        }
        LinePayException lost = lost();
        assertThatThrownBy(() -> QUICK.resolveAsync(lost, pay(true), new Script(status(OfflineStatus.FAIL)).async())
                .get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasCause(lost);
    }

    @Test
    void checksThatFailLeaveTheOutcomeUnknownWithTheLastFailureAttached() {
        LinePayException down = new LinePayException(new TransportFailure(checkCall(),
                TransportException.Kind.CONNECT_FAILED));
        Script script = new Script(down);
        LinePayException lost = lost();

        assertThat(catchThrowableOfType(() -> QUICK.resolve(lost, pay(true), script), LinePayException.class))
                .isSameAs(lost);
        assertThat(script.checks).isEqualTo(3);
        assertThat(lost.getSuppressed()).containsExactly(down);
    }

    @Test
    void anUnknownStatusOrAnAnswerWithoutTheTransactionIsNotSettled() {
        OfflinePaymentStatus strange = new OfflinePaymentStatus(Optional.empty(), "PROCESSING", Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), Optional.empty(), JsonObject.of());
        OfflinePaymentStatus noId = new OfflinePaymentStatus(Optional.of(OfflineStatus.COMPLETE), "COMPLETE",
                Optional.empty(), Optional.of(ORDER), Optional.empty(), List.of(), Optional.empty(), JsonObject.of());
        Script script = new Script(strange, noId, status(OfflineStatus.COMPLETE));

        assertThat(QUICK.resolve(lost(), pay(true), script).transactionId()).isEqualTo(ID);
        assertThat(script.checks).isEqualTo(3);
    }

    @Test
    void onlyAnUnknownOutcomeIsReconciled() {
        assertThatThrownBy(() -> QUICK.resolve(noPaymentYet(), pay(true), new Script(status(OfflineStatus.COMPLETE))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OfflinePayReconciliation(0, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThat(OfflinePayReconciliation.standard().checks()).isEqualTo(3);
        assertThat(OfflinePayReconciliation.standard().pause()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void theAsyncFormWaitsBetweenChecksWithoutAThread() throws Exception {
        OfflinePayReconciliation paced = new OfflinePayReconciliation(2, Duration.ofMillis(50));
        Script script = new Script(noPaymentYet(), status(OfflineStatus.COMPLETE));

        long start = System.nanoTime();
        OfflinePaymentResponse paid = paced.resolveAsync(lost(), pay(true), script.async()).get(10, TimeUnit.SECONDS);

        assertThat(paid.transactionId()).isEqualTo(ID);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(50));
    }
}
