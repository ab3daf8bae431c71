package dev.linepay4j.testkit.fake;

import dev.linepay4j.CallInfo;
import dev.linepay4j.CallOptions;
import dev.linepay4j.Endpoint;
import dev.linepay4j.LinePayError;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One call a merchant's code made on a {@link FakeLinePay}: what was asked, with which per-call options,
 * and what came back. Every call is recorded, also those refused before "sending" (an
 * {@link LinePayError.InvalidRequest}) and those an injected {@link FakeFailure} failed.
 *
 * <pre>{@code
 * RecordedCall refund = fake.calls(Endpoint.REFUND).get(0);
 * assertThat(refund.argument(RefundRequest.class)).contains(RefundRequest.full());
 * assertThat(refund.succeeded()).isTrue();
 * }</pre>
 *
 * @param at        when the call was made, by the fake's clock
 * @param call      the endpoint, method, path and ids, as an error would name the call
 * @param arguments the arguments as passed, in order (for example the transaction id and the
 *                  {@code ConfirmRequest}); unmodifiable
 * @param options   the per-call options of the view the call was made through ({@link CallOptions#none()}
 *                  for the fake itself)
 * @param result    what the call returned, when it returned
 * @param error     why the call failed, when it failed
 * @param processed whether LINE Pay acted on the call: true when it succeeded, and when an injected failure
 *                  lost the answer of a call that went through; false when it was refused, never sent, or
 *                  lost before LINE Pay saw it
 */
public record RecordedCall(Instant at, CallInfo call, List<Object> arguments, CallOptions options,
                           Optional<Object> result, Optional<LinePayError> error, boolean processed) {

    /**
     * Creates the record.
     *
     * @param at        when the call was made
     * @param call      the call
     * @param arguments the arguments as passed
     * @param options   the per-call options
     * @param result    what the call returned, when it returned
     * @param error     why the call failed, when it failed
     * @param processed whether LINE Pay acted on the call
     * @throws NullPointerException     if a part or an argument is null
     * @throws IllegalArgumentException if not exactly one of result and error is present
     */
    public RecordedCall {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(call, "call");
        arguments = List.copyOf(arguments);
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(error, "error");
        if (result.isPresent() == error.isPresent()) {
            throw new IllegalArgumentException("a call has either a result or an error");
        }
    }

    /**
     * The endpoint called.
     *
     * @return {@code call().endpoint()}
     */
    public Endpoint endpoint() {
        return call.endpoint();
    }

    /**
     * Whether the call returned a result.
     *
     * @return true when {@link #result()} is present
     */
    public boolean succeeded() {
        return result.isPresent();
    }

    /**
     * The first argument of a type.
     *
     * @param type  the type, for example {@code ConfirmRequest.class}
     * @param <T>   the type
     * @return the argument, or empty when the call had none of that type
     */
    public <T> Optional<T> argument(Class<T> type) {
        Objects.requireNonNull(type, "type");
        return arguments.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /**
     * The result, as a type.
     *
     * @param type the result type, for example {@code ConfirmResponse.class}
     * @param <T>  the type
     * @return the result, or empty when the call failed or returned another type
     */
    public <T> Optional<T> result(Class<T> type) {
        Objects.requireNonNull(type, "type");
        return result.filter(type::isInstance).map(type::cast);
    }

    /**
     * The error, as a case of {@link LinePayError}.
     *
     * @param type the case, for example {@code LinePayError.ApiError.class}
     * @param <E>  the case
     * @return the error, or empty when the call succeeded or failed otherwise
     */
    public <E extends LinePayError> Optional<E> error(Class<E> type) {
        Objects.requireNonNull(type, "type");
        return error.filter(type::isInstance).map(type::cast);
    }

    /** The time, the call, and how it ended; never the arguments (a regKey is one). */
    @Override
    public String toString() {
        String outcome = error.map(e -> "failed: " + e.getClass().getSimpleName()
                        + (e instanceof LinePayError.ApiError api ? " " + api.returnCode().code() : ""))
                .orElse("succeeded");
        return "RecordedCall[" + at + " " + call + ", " + outcome + (processed ? ", processed" : "") + "]";
    }
}
