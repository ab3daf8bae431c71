package dev.linepay4j.internal;

import dev.linepay4j.Endpoint;
import dev.linepay4j.LinePayError;
import dev.linepay4j.LinePayError.ApiError;
import dev.linepay4j.LinePayError.OutcomeUnknown;
import dev.linepay4j.LinePayError.ProtocolError;
import dev.linepay4j.LinePayError.TransportFailure;
import dev.linepay4j.LinePayListener.RetryReason;
import dev.linepay4j.domain.code.ReturnCode;
import dev.linepay4j.domain.code.ReturnCodeCategory;
import dev.linepay4j.spi.TransportException.Kind;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What to do after a failed attempt: send again, read the payment back, or give up. The same for every
 * transport; the {@link dev.linepay4j.RetryPolicy} only bounds how often and how patiently.
 * <table>
 *   <caption>After a failed attempt</caption>
 *   <tr><th>Endpoint</th><th>not sent ({@code TransportFailure})</th><th>answer lost or unreadable
 *       ({@code OutcomeUnknown}, {@code ProtocolError})</th><th>code answer ({@code ApiError})</th></tr>
 *   <tr><td>reads: details, request status, regKey check, raw GET</td><td>retry</td><td>retry</td>
 *       <td>retry when the catalogue marks the code retryable, or it is an internal error ({@code 9000},
 *       {@code 1199}), or {@code 1106}: reading again is harmless, and a {@code 1106} on a read can be a
 *       transport's own repeat of a signed request with its nonce (the JDK's {@code HttpClient} sends a GET
 *       again by itself when a kept-alive connection closes unanswered), which a fresh nonce fixes</td></tr>
 *   <tr><td>confirm, capture</td><td>retry</td><td>reconcile</td><td>reconcile on {@code 1172}, {@code 1198},
 *       {@code 1145}; else fail</td></tr>
 *   <tr><td>void</td><td>retry</td><td>reconcile</td><td>retry on transient retryable codes ({@code 190X},
 *       {@code 1999}); reconcile on {@code 1165}, {@code 1198}, {@code 1145}; else fail</td></tr>
 *   <tr><td>refund</td><td>retry</td><td>reconcile</td><td>retry on {@code 190X}, {@code 1999}; reconcile
 *       on {@code 1198}, {@code 1145}; else fail</td></tr>
 *   <tr><td>regKey payment</td><td>retry</td><td>reconcile</td><td>reconcile on {@code 1172}, {@code 1197},
 *       {@code 1198}, {@code 1145}; else fail</td></tr>
 *   <tr><td>regKey expiry</td><td>retry</td><td>reconcile</td><td>fail</td></tr>
 *   <tr><td>request, raw POST</td><td>retry</td><td>fail (nothing can read an unconfirmed request back
 *       by order id)</td><td>fail</td></tr>
 * </table>
 * Never repeated nor reconciled, on any endpoint: a closed client ({@code TRANSPORT_CLOSED}) and an
 * interrupted thread ({@code INTERRUPTED}). A read whose answer is too large for the limits
 * ({@code RESPONSE_TOO_LARGE}, {@code JSON_LIMIT}) is not repeated either, as it would be too large again. "Reconcile" means: read
 * the payment back ({@link ReconcilePlan}); the call is sent again only if that proved it not done after
 * an unknown outcome, and only where LINE Pay refuses duplicates.
 *
 * <pre>{@code
 * RetryRules.Decision d = RetryRules.decide(operation, error);
 * if (d.action() == RetryRules.Action.RETRY) { ... }
 * }</pre>
 */
public final class RetryRules {

    /** What to do after a failed attempt. */
    public enum Action {
        /** Send the same operation again, after a wait, if the policy allows another attempt. */
        RETRY,
        /** Read the payment back, if reconciliation is on and the operation has a plan. */
        RECONCILE,
        /** Give up: the caller gets the error. */
        FAIL
    }

    /**
     * A decision.
     *
     * @param action what to do
     * @param reason why a retry is allowed; null unless the action is {@link Action#RETRY}
     */
    public record Decision(Action action, RetryReason reason) {

        /**
         * Creates the decision.
         *
         * @param action what to do
         * @param reason why a retry is allowed, for RETRY
         */
        public Decision {
            Objects.requireNonNull(action, "action");
            if ((action == Action.RETRY) != (reason != null)) {
                throw new IllegalArgumentException("a reason exactly for RETRY");
            }
        }
    }

    private static final Decision FAIL = new Decision(Action.FAIL, null);
    private static final Decision RECONCILE = new Decision(Action.RECONCILE, null);

    private static final ReturnCode IN_PROGRESS = ReturnCode.PAYMENT_IN_PROGRESS;          // 1145
    private static final ReturnCode DUPLICATE = ReturnCode.DUPLICATE_REQUEST;             // 1198
    private static final ReturnCode REG_KEY_BUSY = ReturnCode.of("1197");

    /** Per endpoint, the codes that may mean the operation is already done, or being done. */
    private static final Map<Endpoint, Set<ReturnCode>> AMBIGUOUS = new EnumMap<>(Endpoint.class);

    static {
        AMBIGUOUS.put(Endpoint.CONFIRM, Set.of(ReturnCode.ORDER_ID_EXISTS, DUPLICATE, IN_PROGRESS));
        AMBIGUOUS.put(Endpoint.CAPTURE, Set.of(ReturnCode.ORDER_ID_EXISTS, DUPLICATE, IN_PROGRESS));
        AMBIGUOUS.put(Endpoint.VOID, Set.of(ReturnCode.ALREADY_REFUNDED, DUPLICATE, IN_PROGRESS));
        AMBIGUOUS.put(Endpoint.REFUND, Set.of(DUPLICATE, IN_PROGRESS));
        AMBIGUOUS.put(Endpoint.PAY_PREAPPROVED, Set.of(ReturnCode.ORDER_ID_EXISTS, REG_KEY_BUSY, DUPLICATE,
                IN_PROGRESS));
    }

    private RetryRules() {
    }

    /**
     * What to do after an attempt of an operation failed.
     *
     * @param operation the operation
     * @param error     how the attempt failed
     * @return the decision
     */
    public static Decision decide(Operation<?> operation, LinePayError error) {
        Endpoint endpoint = operation.call().endpoint();
        if (error instanceof TransportFailure failure) {
            return failure.kind() == Kind.TRANSPORT_CLOSED ? FAIL : retry(RetryReason.NOT_SENT);
        }
        if (error instanceof OutcomeUnknown unknown && unknown.transportFailure().filter(k -> k == Kind.INTERRUPTED)
                .isPresent()) {
            return FAIL;
        }
        if (!operation.changesState()) {
            if (!repeatable(error)) {
                return FAIL;
            }
            if (error instanceof OutcomeUnknown || error instanceof ProtocolError) {
                return retry(RetryReason.READ_FAILED);
            }
            if (error instanceof ApiError api && (api.returnCode().retryable()
                    || api.category() == ReturnCodeCategory.INTERNAL
                    || api.returnCode().equals(ReturnCode.INVALID_HEADERS))) {
                return retry(RetryReason.RETRYABLE_CODE);
            }
            return FAIL;
        }
        if (error instanceof OutcomeUnknown) {
            return RECONCILE;
        }
        if (error instanceof ApiError api) {
            ReturnCode code = api.returnCode();
            if ((endpoint == Endpoint.VOID || endpoint == Endpoint.REFUND) && code.retryable()
                    && code.category() == ReturnCodeCategory.TRANSIENT) {
                return retry(RetryReason.RETRYABLE_CODE);
            }
            if (ambiguousCodes(endpoint).contains(code)) {
                return RECONCILE;
            }
        }
        return FAIL;
    }

    /**
     * The codes that may mean an operation is already done (or being done), so that the payment is read
     * back rather than the code reported.
     *
     * @param endpoint the endpoint
     * @return the codes; empty for endpoints without such codes
     */
    public static Set<ReturnCode> ambiguousCodes(Endpoint endpoint) {
        return AMBIGUOUS.getOrDefault(endpoint, Set.of());
    }

    /**
     * Whether an error says the operation is still being processed ({@code 1198}, {@code 1145}): reading
     * back once more after a wait may find it done.
     *
     * @param error the error that started the read-back
     * @return true for those two codes
     */
    public static boolean inProgress(LinePayError error) {
        return error instanceof ApiError api
                && (api.returnCode().equals(DUPLICATE) || api.returnCode().equals(IN_PROGRESS));
    }

    /** Failures of a read that would only happen again. */
    private static boolean repeatable(LinePayError error) {
        if (error instanceof OutcomeUnknown unknown) {
            return unknown.transportFailure().map(k -> k != Kind.RESPONSE_TOO_LARGE).orElse(true)
                    && unknown.unreadableAnswer().map(p -> p.problem() != ProtocolError.Problem.JSON_LIMIT).orElse(true);
        }
        if (error instanceof ProtocolError protocol) {
            return protocol.problem() != ProtocolError.Problem.JSON_LIMIT;
        }
        return true;
    }

    private static Decision retry(RetryReason reason) {
        return new Decision(Action.RETRY, reason);
    }
}
