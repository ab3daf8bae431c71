package dev.linepay4j.vavr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.linepay4j.CallInfo;
import dev.linepay4j.Endpoint;
import dev.linepay4j.LinePayError;
import dev.linepay4j.LinePayException;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.code.ReturnCode;
import dev.linepay4j.spi.HttpMethod;
import io.vavr.concurrent.Future;
import io.vavr.control.Either;
import io.vavr.control.Try;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The mapping rules, on calls whose outcome the test decides. */
@Timeout(30)
class VavrCallsTest {

    private static final TransactionId ID = TransactionId.parse("2023042201206549310");
    static final LinePayError ERROR = new LinePayError.ApiError(new CallInfo(Endpoint.CONFIRM, HttpMethod.POST,
            "/v3/payments/" + ID + "/confirm", Optional.of(ID), Optional.empty()), ReturnCode.NOT_AUTHENTICATED_YET,
            "Payment has not been approved yet.");
    static final LinePayException FAILURE = new LinePayException(ERROR);
    static final IllegalStateException BUG = new IllegalStateException("a bug, not an answer");

    private final ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "vavr-calls-test");
        t.setDaemon(true);
        return t;
    });

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void eitherIsRightWithTheResultAndLeftWithTheExceptionsError() {
        assertThat(VavrCalls.either(() -> "ok")).isEqualTo(Either.right("ok"));
        assertThat(VavrCalls.either(() -> {
            throw FAILURE;
        }).getLeft()).isSameAs(ERROR);
    }

    @Test
    void eitherThrowsAnyOtherExceptionAsItIs() {
        assertThatThrownBy(() -> VavrCalls.either(() -> {
            throw BUG;
        })).isSameAs(BUG);
    }

    @Test
    void attemptHoldsTheResultOrAnyException() {
        assertThat(VavrCalls.attempt(() -> "ok")).isEqualTo(Try.success("ok"));
        assertThat(VavrCalls.attempt(() -> {
            throw FAILURE;
        }).getCause()).isSameAs(FAILURE);
        assertThat(VavrCalls.attempt(() -> {
            throw BUG;
        }).getCause()).isSameAs(BUG);
    }

    @Test
    void aFutureCompletesWithTheClientsFuture() {
        CompletableFuture<String> answer = new CompletableFuture<>();
        Future<String> future = VavrCalls.future(pool, () -> answer);
        assertThat(future.isCompleted()).isFalse();

        answer.complete("ok");

        assertThat(settled(future)).isEqualTo(Try.success("ok"));
        assertThat(future.executor()).isSameAs(pool);
    }

    @Test
    void aFutureFailsWithTheLinePayExceptionItselfEvenWhenWrapped() {
        assertThat(settled(VavrCalls.future(pool, () -> CompletableFuture.failedFuture(FAILURE))).getCause())
                .isSameAs(FAILURE);
        assertThat(settled(VavrCalls.future(pool, () -> CompletableFuture.failedFuture(new CompletionException(FAILURE))))
                .getCause()).isSameAs(FAILURE);
        CompletableFuture<String> later = new CompletableFuture<>();
        Future<String> pending = VavrCalls.future(pool, () -> later.thenApply(s -> s));   // a dependent stage wraps
        later.completeExceptionally(FAILURE);
        assertThat(settled(pending).getCause()).isSameAs(FAILURE);
    }

    @Test
    void aCallThatThrowsInsteadOfFailingItsFutureGivesAFailedFuture() {
        Future<String> future = VavrCalls.future(pool, () -> {
            throw FAILURE;
        });

        assertThat(settled(future).getCause()).isSameAs(FAILURE);
        assertThat(future.executor()).isSameAs(pool);
    }

    @Test
    void anAlreadyCompletedAnswerStillRunsCallbacksOnTheExecutorGiven() {
        AtomicReference<String> thread = new AtomicReference<>();
        Future<String> future = VavrCalls.future(pool, () -> CompletableFuture.completedFuture("ok"))
                .map(s -> {
                    thread.set(Thread.currentThread().getName());
                    return s;
                });

        assertThat(settled(future)).isEqualTo(Try.success("ok"));
        assertThat(thread.get()).isEqualTo("vavr-calls-test");
    }

    /** Repeated: Vavr marks a future cancelled only after its callbacks are dispatched, a race to lose. */
    @RepeatedTest(200)
    void cancellingTheFutureCancelsTheClientsFuture() {
        CompletableFuture<String> answer = new CompletableFuture<>();
        Future<String> future = VavrCalls.future(pool, () -> answer);

        assertThat(future.cancel()).isTrue();

        assertThat(settled(future).getCause()).isInstanceOf(CancellationException.class);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!answer.isDone() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(answer.isCancelled()).as("the client stops waiting for the answer").isTrue();
    }

    @Test
    void aCancelledClientFutureFailsTheFuture() {
        CompletableFuture<String> answer = new CompletableFuture<>();
        Future<String> future = VavrCalls.future(pool, () -> answer);

        answer.cancel(true);

        assertThat(settled(future).getCause()).isInstanceOf(CancellationException.class);
    }

    @Test
    void futureEitherMakesTheLinePayExceptionALeftAndKeepsOtherFailures() {
        assertThat(settled(VavrCalls.futureEither(Future.successful(pool, "ok")))).isEqualTo(Try.success(Either.right("ok")));
        assertThat(settled(VavrCalls.futureEither(Future.failed(pool, FAILURE)))).isEqualTo(Try.success(Either.left(ERROR)));
        assertThat(settled(VavrCalls.futureEither(Future.failed(pool, new CompletionException(FAILURE)))))
                .isEqualTo(Try.success(Either.left(ERROR)));

        Future<Either<LinePayError, String>> bug = VavrCalls.futureEither(Future.failed(pool, BUG));
        assertThat(settled(bug).getCause()).isSameAs(BUG);
        assertThat(bug.executor()).isSameAs(pool);
    }

    @Test
    void nullsAreRefusedAtOnce() {
        assertThatThrownBy(() -> VavrCalls.either(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> VavrCalls.attempt(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> VavrCalls.future(null, () -> new CompletableFuture<>())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> VavrCalls.future(pool, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> VavrCalls.future(pool, () -> null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> VavrCalls.futureEither(null)).isInstanceOf(NullPointerException.class);
    }

    static <T> Try<T> settled(Future<T> future) {
        return FuturePaymentsTest.settled(future);
    }
}
