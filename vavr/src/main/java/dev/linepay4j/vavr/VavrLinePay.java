package dev.linepay4j.vavr;

import dev.linepay4j.CallOptions;
import dev.linepay4j.LinePayError;
import dev.linepay4j.LinePayException;
import dev.linepay4j.OnlinePayments;
import io.vavr.concurrent.Future;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * LINE Pay's Online API in Vavr's terms, over any {@link OnlinePayments}: the {@link dev.linepay4j.LinePay}
 * client, or a fake in tests. It offers the same operations, with the same names and arguments, in three
 * views; pick the one your code is written in:
 * <table>
 *   <caption>The three views</caption>
 *   <tr><th>View</th><th>Answers</th><th>A failed call is</th></tr>
 *   <tr><td>{@link #either()}</td><td>{@code Either<LinePayError, T>}, blocking</td>
 *       <td>{@code Left(error)}, the {@link LinePayError} of the client's {@link LinePayException}</td></tr>
 *   <tr><td>{@link #attempt()}</td><td>{@code Try<T>}, blocking</td>
 *       <td>{@code Failure(exception)}, the {@link LinePayException} itself</td></tr>
 *   <tr><td>{@link #future()}</td><td>Vavr {@code Future<T>}, at once</td>
 *       <td>a future failed with the {@link LinePayException}</td></tr>
 * </table>
 *
 * <pre>{@code
 * LinePay linePay = LinePay.builder()...build();           // owns the connections; close it at shutdown
 * VavrLinePay vavr = VavrLinePay.of(linePay);
 *
 * Either<LinePayError, PaymentRequestResponse> requested = vavr.either().request(paymentRequest);
 * Try<ConfirmResponse> confirmed = vavr.attempt().confirm(transactionId, confirmRequest);
 * Future<RequestStatus> status = vavr.future().checkRequestStatus(transactionId);
 * }</pre>
 *
 * <p>It adds nothing to the client: no retry, no validation beyond null checks, no state. The results are
 * the client's own types, except that {@code paymentDetails} answers a Vavr {@link io.vavr.collection.List}.
 * The rules are those of {@link VavrCalls}: only a {@link LinePayException} becomes a {@code Left}; any
 * other exception is a bug and is thrown by the Either view (a Try or a Future holds it as its failure).
 * A null argument throws {@link NullPointerException} at once in every view, as the client does.
 *
 * <p>Immutable and thread-safe, as the client. It does not own the client: closing the client is the
 * caller's business, and calls made after that fail with a
 * {@link LinePayError.TransportFailure TransportFailure} ({@code TRANSPORT_CLOSED}).
 */
public final class VavrLinePay {

    private final OnlinePayments payments;
    private final Executor executor;
    private final EitherPayments either;
    private final TryPayments attempt;
    private final FuturePayments future;

    private VavrLinePay(OnlinePayments payments, Executor executor) {
        this.payments = Objects.requireNonNull(payments, "payments");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.either = new EitherPayments(payments);
        this.attempt = new TryPayments(payments);
        this.future = new FuturePayments(payments, executor);
    }

    /**
     * Wraps a client; the futures' callbacks run on {@link Future#DEFAULT_EXECUTOR}.
     *
     * @param payments the client, such as a {@link dev.linepay4j.LinePay}
     * @return the façade
     * @throws NullPointerException if payments is null
     */
    public static VavrLinePay of(OnlinePayments payments) {
        return new VavrLinePay(payments, Future.DEFAULT_EXECUTOR);
    }

    /**
     * Wraps a client, with the executor on which the futures of {@link #future()} run their callbacks
     * ({@code map}, {@code flatMap}, {@code onComplete}...). The calls themselves run on the client's
     * transport, whatever the executor.
     *
     * @param payments the client, such as a {@link dev.linepay4j.LinePay}
     * @param executor where the futures' callbacks run
     * @return the façade
     * @throws NullPointerException if an argument is null
     */
    public static VavrLinePay of(OnlinePayments payments, Executor executor) {
        return new VavrLinePay(payments, executor);
    }

    /**
     * The operations answering {@code Either<LinePayError, T>}.
     *
     * @return the Either view
     */
    public EitherPayments either() {
        return either;
    }

    /**
     * The operations answering {@code Try<T>}.
     *
     * @return the Try view
     */
    public TryPayments attempt() {
        return attempt;
    }

    /**
     * The operations answering a Vavr {@code Future<T>}, without blocking.
     *
     * @return the Future view
     */
    public FuturePayments future() {
        return future;
    }

    /**
     * A façade whose calls use the given options over the client's settings (a short read timeout for a
     * checkout page, for example), through {@link OnlinePayments#withOptions(CallOptions)}.
     *
     * @param options the settings for every call made through the new façade
     * @return the new façade, with the same executor
     * @throws NullPointerException if options is null
     */
    public VavrLinePay withOptions(CallOptions options) {
        Objects.requireNonNull(options, "options");
        return new VavrLinePay(payments.withOptions(options), executor);
    }

    /**
     * The client this façade wraps, for what it does not cover.
     *
     * @return the client
     */
    public OnlinePayments payments() {
        return payments;
    }

    /**
     * Where the futures of {@link #future()} run their callbacks.
     *
     * @return the executor
     */
    public Executor executor() {
        return executor;
    }

    @Override
    public String toString() {
        return "VavrLinePay[" + payments + "]";
    }
}
