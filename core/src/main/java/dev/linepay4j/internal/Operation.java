package dev.linepay4j.internal;

import dev.linepay4j.CallInfo;
import dev.linepay4j.RetryPolicy;
import dev.linepay4j.domain.code.ResultEnvelope;
import dev.linepay4j.domain.code.ReturnCode;
import dev.linepay4j.domain.json.JsonObject;
import dev.linepay4j.spi.HttpMethod;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * One call, ready to be sent as often as needed: the API path and query string exactly as they are
 * signed and sent, the body bytes the codec wrote once, the timeouts, and how the answer becomes a
 * result. Nothing in it changes between attempts; each attempt signs it with a fresh nonce. It also
 * carries what the {@link RetryingExecutor} needs: the retry policy of the call, whether to reconcile,
 * and how to read the payment back ({@link ReconcilePlan}), when the operation can be reconciled.
 *
 * <pre>{@code
 * Operation<ConfirmResponse> op = new Operation<>(call, "/v3/payments/" + id + "/confirm", "", body, true,
 *         Duration.ofSeconds(40), Duration.ofSeconds(5), ReturnCode::isSuccess,
 *         (envelope, answer) -> ResponseWire.confirm(ResponseWire.infoObject(envelope)), List.of(), 1);
 * ConfirmResponse confirmed = executor.execute(op);
 * }</pre>
 *
 * @param <T> the result type
 */
public final class Operation<T> {

    /**
     * Turns a result answer into the typed result.
     *
     * @param <T> the result type
     */
    @FunctionalInterface
    public interface AnswerMapper<T> {

        /**
         * Maps an answer whose code is a result of the call.
         *
         * @param envelope the answer's envelope
         * @param body     the whole answer
         * @return the result
         * @throws dev.linepay4j.internal.wire.WireShapeException if the answer lacks what the result needs
         */
        T map(ResultEnvelope envelope, JsonObject body);
    }

    private final CallInfo call;
    private final String apiPath;
    private final String query;
    private final byte[] body;
    private final boolean changesState;
    private final Duration readTimeout;
    private final Duration connectTimeout;
    private final Predicate<ReturnCode> isResult;
    private final AnswerMapper<T> mapper;
    private final List<String> sensitive;
    private final int attempt;
    private final RetryPolicy retryPolicy;
    private final boolean reconcile;
    private final ReconcilePlan<T, ?> plan;

    /**
     * Creates an operation.
     *
     * @param call           the call as errors and events show it
     * @param apiPath        the path exactly as sent and signed, percent-encoded
     * @param query          the encoded query without {@code ?}, as sent and signed; empty for none
     * @param body           the body bytes for a POST, as written once by the codec; empty for a GET
     * @param changesState   whether an unreadable answer leaves the outcome unknown
     * @param readTimeout    the read timeout
     * @param connectTimeout the connect timeout
     * @param isResult       which codes are results of the call (the others are API errors)
     * @param mapper         how a result answer becomes the typed result
     * @param sensitive      values to mask wherever they could surface (a regKey in the path)
     * @param attempt        which attempt this is, from 1
     */
    public Operation(CallInfo call, String apiPath, String query, byte[] body, boolean changesState,
                     Duration readTimeout, Duration connectTimeout, Predicate<ReturnCode> isResult,
                     AnswerMapper<T> mapper, List<String> sensitive, int attempt) {
        this(call, apiPath, query, body, changesState, readTimeout, connectTimeout, isResult, mapper, sensitive,
                attempt, RetryPolicy.none(), false, null);
    }

    /**
     * Creates an operation with its retry policy and, when it can be read back, its plan.
     *
     * @param call           the call as errors and events show it
     * @param apiPath        the path exactly as sent and signed, percent-encoded
     * @param query          the encoded query without {@code ?}, as sent and signed; empty for none
     * @param body           the body bytes for a POST, as written once by the codec; empty for a GET
     * @param changesState   whether an unreadable answer leaves the outcome unknown
     * @param readTimeout    the read timeout
     * @param connectTimeout the connect timeout
     * @param isResult       which codes are results of the call (the others are API errors)
     * @param mapper         how a result answer becomes the typed result
     * @param sensitive      values to mask wherever they could surface (a regKey in the path)
     * @param attempt        which attempt this is, from 1
     * @param retryPolicy    how often and how patiently to repeat it
     * @param reconcile      whether to read the payment back after an unclear outcome (when it has a plan)
     * @param plan           how to read it back; {@code null} for an operation that cannot be
     */
    Operation(CallInfo call, String apiPath, String query, byte[] body, boolean changesState,
              Duration readTimeout, Duration connectTimeout, Predicate<ReturnCode> isResult,
              AnswerMapper<T> mapper, List<String> sensitive, int attempt, RetryPolicy retryPolicy,
              boolean reconcile, ReconcilePlan<T, ?> plan) {
        this.call = Objects.requireNonNull(call, "call");
        this.apiPath = Objects.requireNonNull(apiPath, "apiPath");
        this.query = Objects.requireNonNull(query, "query");
        this.body = Objects.requireNonNull(body, "body");
        this.changesState = changesState;
        this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout");
        this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
        this.isResult = Objects.requireNonNull(isResult, "isResult");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.sensitive = List.copyOf(sensitive);
        this.attempt = attempt;
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        this.reconcile = reconcile;
        this.plan = plan;
    }

    /**
     * The same operation as another attempt, for a layer that repeats calls.
     *
     * @param attempt the attempt number, from 1
     * @return the copy, or this operation when it already is that attempt
     */
    public Operation<T> withAttempt(int attempt) {
        if (attempt == this.attempt) {
            return this;
        }
        return new Operation<>(call, apiPath, query, body, changesState, readTimeout, connectTimeout, isResult,
                mapper, sensitive, attempt, retryPolicy, reconcile, plan);
    }

    /**
     * The same operation with a retry policy and the reconciliation switch.
     *
     * @param retryPolicy how often and how patiently to repeat it
     * @param reconcile   whether to read the payment back after an unclear outcome (when it has a plan)
     * @return the copy
     */
    public Operation<T> withRetry(RetryPolicy retryPolicy, boolean reconcile) {
        return new Operation<>(call, apiPath, query, body, changesState, readTimeout, connectTimeout, isResult,
                mapper, sensitive, attempt, retryPolicy, reconcile, plan);
    }

    /**
     * The same operation with a way to read the payment back.
     *
     * @param plan the plan
     * @return the copy
     */
    public Operation<T> withPlan(ReconcilePlan<T, ?> plan) {
        return new Operation<>(call, apiPath, query, body, changesState, readTimeout, connectTimeout, isResult,
                mapper, sensitive, attempt, retryPolicy, reconcile, Objects.requireNonNull(plan, "plan"));
    }

    /**
     * How often and how patiently the operation is repeated.
     *
     * @return the policy ({@link RetryPolicy#none()} unless set)
     */
    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    /**
     * Whether to read the payment back after an unclear outcome.
     *
     * @return true when reconciliation is on and the operation has a plan
     */
    public boolean reconciles() {
        return reconcile && plan != null;
    }

    /**
     * How to read the payment back.
     *
     * @return the plan, or null when the operation cannot be reconciled
     */
    public ReconcilePlan<T, ?> plan() {
        return plan;
    }

    /**
     * The call as errors and events show it.
     *
     * @return the call
     */
    public CallInfo call() {
        return call;
    }

    /**
     * The method.
     *
     * @return GET or POST
     */
    public HttpMethod method() {
        return call.method();
    }

    /**
     * The path exactly as sent and signed.
     *
     * @return the percent-encoded path
     */
    public String apiPath() {
        return apiPath;
    }

    /**
     * The query exactly as sent and signed.
     *
     * @return the encoded query without {@code ?}; empty for none
     */
    public String query() {
        return query;
    }

    /**
     * The body bytes, shared: never modify them.
     *
     * @return the body; empty for a GET
     */
    public byte[] body() {
        return body;
    }

    /**
     * Whether an unreadable answer leaves the outcome unknown.
     *
     * @return true when the call can change something at LINE Pay
     */
    public boolean changesState() {
        return changesState;
    }

    /**
     * The read timeout.
     *
     * @return a positive duration
     */
    public Duration readTimeout() {
        return readTimeout;
    }

    /**
     * The connect timeout.
     *
     * @return a positive duration
     */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /**
     * Whether a code is a result of this call rather than an error.
     *
     * @param code the answer's code
     * @return true for a result
     */
    public boolean isResult(ReturnCode code) {
        return isResult.test(code);
    }

    /**
     * Maps a result answer.
     *
     * @param envelope the envelope
     * @param body     the whole answer
     * @return the result
     */
    public T map(ResultEnvelope envelope, JsonObject body) {
        return mapper.map(envelope, body);
    }

    /**
     * Values that must never surface in messages, excerpts or causes.
     *
     * @return the values, unmodifiable
     */
    public List<String> sensitive() {
        return sensitive;
    }

    /**
     * Which attempt this is.
     *
     * @return from 1
     */
    public int attempt() {
        return attempt;
    }

    /** The call and the attempt; never the body or the query. */
    @Override
    public String toString() {
        return "Operation[" + call + ", attempt " + attempt + "]";
    }
}
