package dev.linepay4j.vavr;

import static dev.linepay4j.vavr.VavrCallsTest.BUG;
import static dev.linepay4j.vavr.VavrCallsTest.ERROR;
import static dev.linepay4j.vavr.VavrCallsTest.FAILURE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.linepay4j.CallOptions;
import dev.linepay4j.OnlinePayments;
import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.request.ConfirmRequest;
import dev.linepay4j.domain.request.RefundRequest;
import io.vavr.concurrent.Future;
import io.vavr.control.Either;
import io.vavr.control.Try;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The façade's shape, over clients that are not LinePay: any {@link OnlinePayments} will do. */
@Timeout(30)
class VavrLinePayTest {

    private static final TransactionId ID = TransactionId.parse("2023042201206549310");
    private static final ConfirmRequest CONFIRM = ConfirmRequest.of(Amount.of(300), Currency.TWD);

    /** A client whose sync operations throw {@code sync} and whose async ones return {@code async}. */
    static OnlinePayments client(RuntimeException sync, CompletableFuture<?> async, List<CallOptions> optionsSeen) {
        return (OnlinePayments) Proxy.newProxyInstance(OnlinePayments.class.getClassLoader(),
                new Class<?>[] {OnlinePayments.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "toString":
                            return "StubPayments";
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        case "equals":
                            return proxy == args[0];
                        case "withOptions":
                            optionsSeen.add((CallOptions) args[0]);
                            return client(sync, async, optionsSeen);
                        default:
                            if (method.getName().endsWith("Async")) {
                                return async;
                            }
                            throw sync;
                    }
                });
    }

    @Test
    void theViewsAndSettingsAreFixedAtCreation() {
        OnlinePayments payments = client(BUG, new CompletableFuture<>(), new ArrayList<>());
        VavrLinePay vavr = VavrLinePay.of(payments);

        assertThat(vavr.payments()).isSameAs(payments);
        assertThat(vavr.executor()).isSameAs(Future.DEFAULT_EXECUTOR);
        assertThat(vavr.either()).isSameAs(vavr.either());
        assertThat(vavr.attempt()).isSameAs(vavr.attempt());
        assertThat(vavr.future()).isSameAs(vavr.future());
        assertThat(vavr).hasToString("VavrLinePay[StubPayments]");
    }

    @Test
    void withOptionsWrapsTheClientsViewAndKeepsTheExecutor() {
        List<CallOptions> seen = new ArrayList<>();
        Executor executor = Runnable::run;
        VavrLinePay vavr = VavrLinePay.of(client(BUG, new CompletableFuture<>(), seen), executor);
        CallOptions quick = CallOptions.none().withReadTimeout(Duration.ofSeconds(2));

        VavrLinePay withOptions = vavr.withOptions(quick);

        assertThat(seen).containsExactly(quick);
        assertThat(withOptions.payments()).isNotSameAs(vavr.payments());
        assertThat(withOptions.executor()).isSameAs(executor);
    }

    @Test
    void aBugInTheClientIsThrownByEitherAndHeldByTryAndFuture() {
        VavrLinePay vavr = VavrLinePay.of(client(BUG, CompletableFuture.failedFuture(BUG), new ArrayList<>()));

        assertThatThrownBy(() -> vavr.either().confirm(ID, CONFIRM)).isSameAs(BUG);
        assertThat(vavr.attempt().confirm(ID, CONFIRM).getCause()).isSameAs(BUG);
        assertThat(FuturePaymentsTest.settled(vavr.future().confirm(ID, CONFIRM)).getCause()).isSameAs(BUG);
        assertThat(FuturePaymentsTest.settled(VavrCalls.futureEither(vavr.future().confirm(ID, CONFIRM))).getCause())
                .isSameAs(BUG);
    }

    @Test
    void aClientThatWrapsItsAsyncFailuresStillGivesTheLinePayException() {
        // CompletableFuture.supplyAsync(() -> payments.confirm(...)) fails with a CompletionException around it
        VavrLinePay vavr = VavrLinePay.of(client(FAILURE, CompletableFuture.failedFuture(new CompletionException(FAILURE)),
                new ArrayList<>()));

        assertThat(vavr.either().refund(ID, RefundRequest.full())).isEqualTo(Either.left(ERROR));
        assertThat(vavr.attempt().refund(ID, RefundRequest.full()).getCause()).isSameAs(FAILURE);
        assertThat(FuturePaymentsTest.settled(vavr.future().refund(ID, RefundRequest.full())).getCause()).isSameAs(FAILURE);
        assertThat(FuturePaymentsTest.settled(VavrCalls.futureEither(vavr.future().refund(ID, RefundRequest.full()))))
                .isEqualTo(Try.success(Either.left(ERROR)));
    }

    @Test
    void everyViewOffersEveryOperationWithTheClientsNameAndArguments() {
        List<Method> operations = Arrays.stream(OnlinePayments.class.getMethods())
                .filter(m -> !m.getName().endsWith("Async") && !m.getName().equals("withOptions")
                        && !Modifier.isStatic(m.getModifiers()))
                .toList();
        assertThat(operations).hasSize(11);   // ten operations, checkRegKey twice

        check(EitherPayments.class, Either.class, operations);
        check(TryPayments.class, Try.class, operations);
        check(FuturePayments.class, Future.class, operations);
        assertThat(EitherPayments.class.getDeclaredMethods()).filteredOn(m -> Modifier.isPublic(m.getModifiers()))
                .hasSize(operations.size() + 1);   // and toString
    }

    private static void check(Class<?> view, Class<?> wrapper, List<Method> operations) {
        for (Method op : operations) {
            Method mapped;
            try {
                mapped = view.getMethod(op.getName(), op.getParameterTypes());
            } catch (NoSuchMethodException e) {
                throw new AssertionError(view.getSimpleName() + " lacks " + op, e);
            }
            assertThat(mapped.getReturnType()).as("%s.%s", view.getSimpleName(), op.getName()).isEqualTo(wrapper);
            Type[] typeArgs = ((ParameterizedType) mapped.getGenericReturnType()).getActualTypeArguments();
            Type result = typeArgs[typeArgs.length - 1];
            if (wrapper == Either.class) {
                assertThat(typeArgs[0]).isEqualTo(dev.linepay4j.LinePayError.class);
            }
            Type expected = op.getGenericReturnType();
            if (op.getName().equals("paymentDetails")) {
                assertThat(result.getTypeName()).isEqualTo("io.vavr.collection.List<dev.linepay4j.domain.response.PaymentDetails>");
            } else {
                assertThat(result).as("%s.%s", view.getSimpleName(), op.getName()).isEqualTo(expected);
            }
        }
    }
}
