package dev.linepay4j.vavr;

import dev.linepay4j.LinePayError;
import dev.linepay4j.LinePayException;
import io.vavr.concurrent.Future;
import io.vavr.concurrent.Promise;
import io.vavr.control.Either;
import io.vavr.control.Try;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The mapping rules of this module, as functions over any call to a linepay4j client: the views of
 * {@link VavrLinePay} are made of them, and they serve calls the views do not cover, such as
 * {@link dev.linepay4j.LinePay#raw(dev.linepay4j.RawRequest) LinePay.raw}.
 *
 * <pre>{@code
 * Either<LinePayError, RawResponse> answer = VavrCalls.either(() -> linePay.raw(rawRequest));
 * Future<RawResponse> later = VavrCalls.future(Future.DEFAULT_EXECUTOR, () -> linePay.rawAsync(rawRequest));
 * Future<Either<LinePayError, ConfirmResponse>> settled = VavrCalls.futureEither(vavr.future().confirm(id, request));
 * }</pre>
 *
 * <p>The rules:
 * <ul>
 *   <li>{@link #either}: the result is a {@code Right}; a {@link LinePayException} is a {@code Left} holding
 *       its {@link LinePayException#error() error}. Any other exception is a bug (in the caller, the
 *       client or an adapter), not an answer from LINE Pay, and is thrown as it is.</li>
 *   <li>{@link #attempt}: the result is a {@code Success}; an exception is a {@code Failure} holding it,
 *       as {@link Try#ofSupplier} does. Every failure of the call itself is a {@link LinePayException};
 *       a {@code Failure} with any other exception is a bug.</li>
 *   <li>{@link #future}: a Vavr {@link Future} completed when the client's {@link CompletableFuture}
 *       completes, with its value or with its exception (a {@link LinePayException}), unwrapped from any
 *       {@link CompletionException}. No thread waits for the answer; the future's callbacks run on the
 *       executor given. Cancelling that Vavr future (not one derived from it with {@code map}) cancels
 *       the client's future, which stops waiting for the answer; LINE Pay may already have received the
 *       request.</li>
 *   <li>{@link #futureEither}: a future's {@link LinePayException} becomes a successful {@code Left};
 *       any other failure stays a failure.</li>
 * </ul>
 */
public final class VavrCalls {

    private VavrCalls() {
    }

    /**
     * Makes a call, with its result as a {@code Right} and LINE Pay's refusal or a failed call as a
     * {@code Left}.
     *
     * @param call the call, for example {@code () -> linePay.confirm(id, request)}
     * @param <T>  the result type
     * @return {@code Right(result)}, or {@code Left(error)} when the call threw a {@link LinePayException}
     * @throws NullPointerException if call is null
     * @throws RuntimeException     any exception the call throws that is not a {@link LinePayException}:
     *                              a bug, which a {@code Left} of {@link LinePayError} cannot hold
     */
    public static <T> Either<LinePayError, T> either(Supplier<? extends T> call) {
        Objects.requireNonNull(call, "call");
        try {
            return Either.right(call.get());
        } catch (LinePayException e) {
            return Either.left(e.error());
        }
    }

    /**
     * Makes a call, with its result as a {@code Success} and any exception as a {@code Failure}.
     *
     * @param call the call, for example {@code () -> linePay.confirm(id, request)}
     * @param <T>  the result type
     * @return {@code Success(result)}, or {@code Failure(exception)}: a {@link LinePayException} for every
     *         failure of the call; anything else is a bug
     * @throws NullPointerException if call is null
     */
    public static <T> Try<T> attempt(Supplier<? extends T> call) {
        Objects.requireNonNull(call, "call");
        return Try.ofSupplier(call);
    }

    /**
     * Starts an async call and gives its answer as a Vavr {@link Future}, without blocking a thread.
     *
     * @param executor where the future's callbacks ({@code map}, {@code onComplete}...) run
     * @param call     starts the call, for example {@code () -> linePay.confirmAsync(id, request)}
     * @param <T>      the result type
     * @return the future: its value, or the call's exception (a {@link LinePayException} for every failure of
     *         the call); a failed future too when starting the call throws
     * @throws NullPointerException if an argument is null, or the call returns null
     */
    public static <T> Future<T> future(Executor executor, Supplier<? extends CompletableFuture<? extends T>> call) {
        return future(executor, call, Function.identity());
    }

    /**
     * {@link #future(Executor, Supplier)}, with the value converted as it arrives, on the thread that
     * completes the client's future: the Vavr future stays the one tied to the client's, so cancelling
     * it still cancels the call.
     */
    static <T, R> Future<R> future(Executor executor, Supplier<? extends CompletableFuture<? extends T>> call,
                                   Function<? super T, ? extends R> conversion) {
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(call, "call");
        CompletableFuture<? extends T> started;
        try {
            started = call.get();
        } catch (RuntimeException e) {
            return Future.failed(executor, e);
        }
        Objects.requireNonNull(started, "the call returned no future");
        Promise<R> promise = Promise.make(executor);
        started.whenComplete((value, failure) -> {
            if (failure != null) {
                promise.tryFailure(unwrap(failure));
                return;
            }
            R converted;
            try {
                converted = conversion.apply(value);
            } catch (RuntimeException e) {
                promise.tryFailure(e);
                return;
            }
            promise.trySuccess(converted);
        });
        Future<R> future = promise.future();
        // Not future.isCancelled(): Vavr 1.0.1 sets that flag only after the callbacks are dispatched. A
        // cancellation is the only way this future ends with a CancellationException while the client's
        // is still running; when the client's future is done, cancel does nothing.
        future.onFailure(failure -> {
            if (failure instanceof CancellationException) {
                started.cancel(true);
            }
        });
        return future;
    }

    /**
     * Turns a future's {@link LinePayException} into a successful {@code Left}, for code that prefers
     * handling LINE Pay's refusals and failed calls as values.
     *
     * <pre>{@code
     * VavrCalls.futureEither(vavr.future().confirm(id, request))
     *         .onSuccess(result -> result.fold(this::showError, this::showReceipt));
     * }</pre>
     *
     * @param future a future from {@link FuturePayments} or {@link #future}
     * @param <T>    the result type
     * @return a future of {@code Right(result)} or {@code Left(error)}; failed, on the same executor, when
     *         the given one failed with anything but a {@link LinePayException} (a bug, or a cancellation)
     * @throws NullPointerException if future is null
     */
    public static <T> Future<Either<LinePayError, T>> futureEither(Future<? extends T> future) {
        Objects.requireNonNull(future, "future");
        Future<T> narrowed = Future.narrow(future);
        return narrowed.<Either<LinePayError, T>>map(Either::right).recoverWith(failure -> {
            Throwable cause = unwrap(failure);
            return cause instanceof LinePayException e
                    ? Future.successful(narrowed.executor(), Either.left(e.error()))
                    : Future.failed(narrowed.executor(), failure);
        });
    }

    /** The exception itself, not a {@link CompletionException} around it. */
    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
