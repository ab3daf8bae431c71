package dev.linepay4j;

import dev.linepay4j.domain.Violation;
import dev.linepay4j.domain.code.ReturnCode;
import dev.linepay4j.domain.code.ReturnCodeCategory;
import dev.linepay4j.domain.json.JsonString;
import dev.linepay4j.spi.TransportException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Why a call to LINE Pay did not give its result: one of five cases, a closed set that code can handle
 * completely. What matters most for a payment is whether LINE Pay may have acted on the request:
 * <table>
 *   <caption>The five cases</caption>
 *   <tr><th>Case</th><th>What happened</th><th>Did LINE Pay act?</th></tr>
 *   <tr><td>{@link ApiError}</td><td>LINE Pay answered with a code that is not a result of this call
 *       (for example {@code 1172}, {@code 1169}, {@code 9000})</td><td>No: it refused.</td></tr>
 *   <tr><td>{@link InvalidRequest}</td><td>linepay4j refused to send the request (a field the API version
 *       does not accept, a malformed raw path)</td><td>No: nothing was sent.</td></tr>
 *   <tr><td>{@link TransportFailure}</td><td>the request could not be sent (connection refused, unknown
 *       host, TLS handshake, connect timeout, client closed)</td><td>No: repeating is safe.</td></tr>
 *   <tr><td>{@link OutcomeUnknown}</td><td>the request was sent, but its answer was lost (read timeout,
 *       reset; on any endpoint), or what came back cannot be read (on an endpoint that changes state)</td>
 *       <td>Maybe: read the payment back before repeating.</td></tr>
 *   <tr><td>{@link ProtocolError}</td><td>a read (details, status checks) got something that is not a
 *       LINE Pay answer: not HTTP 200, empty, HTML, not JSON, no {@code returnCode}, wrong shape</td>
 *       <td>No: reads change nothing.</td></tr>
 * </table>
 * An unreadable answer to a call that changes state (confirm, capture, void, refund, request, key
 * payment and expiry) is an {@link OutcomeUnknown} that carries the {@link ProtocolError} as its
 * evidence: a gateway's error page says nothing about whether LINE Pay processed the request behind it.
 *
 * <p>These are the errors of the last attempt a call made: linepay4j repeats calls where that is safe
 * and reads payments back after unknown outcomes before it reports one (see {@link RetryPolicy} and
 * {@link Reconciliation}).
 *
 * <p>No case holds the channel secret, a signature, a nonce, a header or a whole response body; a
 * protocol error keeps only a short excerpt of the body, with anything that looks like a secret or a
 * {@code regKey} masked.
 *
 * <pre>{@code
 * try {
 *     linePay.confirm(transactionId, confirmRequest);
 * } catch (LinePayException e) {
 *     LinePayError error = e.error();
 *     if (error instanceof LinePayError.ApiError api && api.returnCode().equals(ReturnCode.ORDER_ID_EXISTS)) {
 *         // already confirmed
 *     } else if (error instanceof LinePayError.OutcomeUnknown) {
 *         // read the payment back (paymentDetails) before doing anything else
 *     }
 * }
 * }</pre>
 */
public sealed interface LinePayError permits LinePayError.ApiError, LinePayError.InvalidRequest,
        LinePayError.TransportFailure, LinePayError.OutcomeUnknown, LinePayError.ProtocolError {

    /**
     * The call that failed.
     *
     * @return the endpoint, method, path and ids
     */
    CallInfo call();

    /**
     * The endpoint of the call that failed.
     *
     * @return the endpoint
     */
    default Endpoint endpoint() {
        return call().endpoint();
    }

    /**
     * Whether LINE Pay may have acted on the request, so that it must be read back before it is repeated.
     *
     * @return true for {@link OutcomeUnknown} only, unless it was read back and found not done (see
     *         {@link OutcomeUnknown#mayHaveBeenProcessed()})
     */
    default boolean mayHaveBeenProcessed() {
        return this instanceof OutcomeUnknown;
    }

    /**
     * One line saying what happened: the call (endpoint, method, path, ids), the code or the failure, and
     * what it means. Never a secret, a signature, a header or a whole body.
     *
     * @return the description, used as the message of {@link LinePayException}
     */
    String describe();

    /**
     * LINE Pay answered, with a code that is not a result of this call.
     *
     * <pre>{@code
     * if (error instanceof LinePayError.ApiError api && api.category() == ReturnCodeCategory.CUSTOMER) {
     *     showCustomer("Please choose another payment method");
     * }
     * }</pre>
     *
     * @param call          the call
     * @param returnCode    the code, with its category and retry advice
     * @param returnMessage LINE Pay's message, as sent; empty when it sent none
     */
    record ApiError(CallInfo call, ReturnCode returnCode, String returnMessage) implements LinePayError {

        /**
         * Creates the error.
         *
         * @param call the call
         * @param returnCode the code
         * @param returnMessage LINE Pay's message, as sent
         * @throws NullPointerException if a part is null
         */
        public ApiError {
            Objects.requireNonNull(call, "call");
            Objects.requireNonNull(returnCode, "returnCode");
            Objects.requireNonNull(returnMessage, "returnMessage");
        }

        /**
         * Who has to act on the code.
         *
         * @return the code's category
         */
        public ReturnCodeCategory category() {
            return returnCode.category();
        }

        @Override
        public String describe() {
            String m = returnMessage.length() > 200 ? returnMessage.substring(0, 200) + "…" : returnMessage;
            return call + ": LINE Pay answered " + returnCode.code() + " (" + returnCode.category()
                    + (returnCode.retryable() ? ", may succeed later" : "") + ") " + JsonString.of(m);
        }
    }

    /**
     * linepay4j refused to send the request: nothing reached LINE Pay.
     *
     * <pre>{@code
     * if (error instanceof LinePayError.InvalidRequest invalid) {
     *     invalid.violations().forEach(v -> log.error("{}: {}", v.field(), v.message()));
     * }
     * }</pre>
     *
     * @param call       the call that was not made
     * @param violations every rule the request broke, unmodifiable, not empty
     */
    record InvalidRequest(CallInfo call, List<Violation> violations) implements LinePayError {

        /**
         * Creates the error.
         *
         * @param call the call that was not made
         * @param violations every rule the request broke
         * @throws IllegalArgumentException if there is no violation
         * @throws NullPointerException     if a part is null
         */
        public InvalidRequest {
            Objects.requireNonNull(call, "call");
            violations = List.copyOf(violations);
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("an invalid request has at least one violation");
            }
        }

        @Override
        public String describe() {
            return call + ": refused before sending, nothing reached LINE Pay: "
                    + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
        }
    }

    /**
     * The request could not be sent: LINE Pay cannot have seen it, and repeating the call is safe.
     *
     * <pre>{@code
     * if (error instanceof LinePayError.TransportFailure failure) {
     *     failure.kind();   // CONNECT_FAILED, UNKNOWN_HOST, TLS_HANDSHAKE, CONNECT_TIMEOUT, TRANSPORT_CLOSED
     * }
     * }</pre>
     *
     * @param call the call that was not made
     * @param kind what went wrong; always a {@link TransportException.Phase#BEFORE_SEND} kind
     */
    record TransportFailure(CallInfo call, TransportException.Kind kind) implements LinePayError {

        /**
         * Creates the error.
         *
         * @param call the call that was not made
         * @param kind what went wrong
         * @throws IllegalArgumentException if the kind is an after-send one (that is an {@link OutcomeUnknown})
         * @throws NullPointerException     if a part is null
         */
        public TransportFailure {
            Objects.requireNonNull(call, "call");
            Objects.requireNonNull(kind, "kind");
            if (kind.phase() != TransportException.Phase.BEFORE_SEND) {
                throw new IllegalArgumentException(kind + " happens after sending; that is an OutcomeUnknown");
            }
        }

        @Override
        public String describe() {
            return call + ": not sent (" + kind + "); nothing reached LINE Pay, repeating the call is safe";
        }
    }

    /**
     * The request was sent, and what LINE Pay did with it is not known: the answer was lost, what came
     * back cannot be read, or LINE Pay answered a code that may mean the operation is already done
     * ({@code 1172}, {@code 1198}, {@code 1145}…) and reading the payment back could not tell. Read the
     * payment back (payment details, request-status check) before repeating the call, or a payment may
     * be taken twice.
     *
     * <p>Exactly one of the three reasons is present: a transport failure after sending (read timeout,
     * reset, an answer too large, an interrupt), an answer that is not a LINE Pay answer (kept as the
     * {@link ProtocolError} it would be on a read), or an answer whose code leaves the outcome open.
     *
     * <p>When reconciliation is on (the default, see {@link Reconciliation}) linepay4j has already read the
     * payment back before this error reaches the caller; {@link #reconciliation()} says what it found.
     * {@link Reconciliation.Verdict#UNKNOWN}: reading back failed too, the outcome really is unknown.
     * {@link Reconciliation.Verdict#NOT_DONE}: LINE Pay's books showed nothing done when read back. linepay4j
     * has then sent the call again where LINE Pay refuses duplicates (confirm, capture, void, regKey
     * payment and expiry) if the policy had an attempt left; it never repeats a refund on its own. Whether
     * the caller may repeat it depends on how the first attempt ended (see {@link #mayHaveBeenProcessed()}):
     * after a complete answer that could not be read the server was done with the request, and
     * {@code mayHaveBeenProcessed()} is false; after a lost answer (a read timeout, a reset) or a gateway
     * timeout ({@code 504}) the request may still be on its way, so it stays true.
     *
     * <pre>{@code
     * if (error instanceof LinePayError.OutcomeUnknown unknown && unknown.mayHaveBeenProcessed()) {
     *     List<PaymentDetails> found = linePay.paymentDetails(PaymentDetailsQuery.ofTransactionIds(transactionId));
     * }
     * }</pre>
     *
     * @param call             the call
     * @param transportFailure what the transport reported after sending, when that is the reason
     * @param unreadableAnswer the answer that could not be read, when that is the reason
     * @param ambiguousAnswer  LINE Pay's answer whose code may mean "already done", when that is the reason
     * @param reconciliation   what reading the payment back found, when it was read back
     */
    record OutcomeUnknown(CallInfo call, Optional<TransportException.Kind> transportFailure,
                          Optional<ProtocolError> unreadableAnswer, Optional<ApiError> ambiguousAnswer,
                          Optional<Reconciliation> reconciliation) implements LinePayError {

        /**
         * Creates the error.
         *
         * @param call the call
         * @param transportFailure what the transport reported after sending, when that is the reason
         * @param unreadableAnswer the answer that could not be read, when that is the reason
         * @param ambiguousAnswer the answer whose code may mean "already done", when that is the reason
         * @param reconciliation what reading the payment back found, when it was read back
         * @throws IllegalArgumentException if not exactly one reason is given, or the transport failure is a
         *                                  before-send kind
         * @throws NullPointerException     if a part is null
         */
        public OutcomeUnknown {
            Objects.requireNonNull(call, "call");
            Objects.requireNonNull(transportFailure, "transportFailure");
            Objects.requireNonNull(unreadableAnswer, "unreadableAnswer");
            Objects.requireNonNull(ambiguousAnswer, "ambiguousAnswer");
            Objects.requireNonNull(reconciliation, "reconciliation");
            int reasons = (transportFailure.isPresent() ? 1 : 0) + (unreadableAnswer.isPresent() ? 1 : 0)
                    + (ambiguousAnswer.isPresent() ? 1 : 0);
            if (reasons != 1) {
                throw new IllegalArgumentException("an unknown outcome has exactly one reason");
            }
            if (transportFailure.isPresent() && transportFailure.get().phase() != TransportException.Phase.AFTER_SEND) {
                throw new IllegalArgumentException(transportFailure.get() + " happens before sending; that is a TransportFailure");
            }
        }

        /**
         * Creates the error without an ambiguous answer or a reconciliation, as a single attempt sees it.
         *
         * @param call the call
         * @param transportFailure what the transport reported after sending, when that is the reason
         * @param unreadableAnswer the answer that could not be read, when that is the reason
         * @throws IllegalArgumentException if not exactly one reason is given, or the transport failure is a
         *                                  before-send kind
         * @throws NullPointerException     if a part is null
         */
        public OutcomeUnknown(CallInfo call, Optional<TransportException.Kind> transportFailure,
                              Optional<ProtocolError> unreadableAnswer) {
            this(call, transportFailure, unreadableAnswer, Optional.empty(), Optional.empty());
        }

        /**
         * The outcome after a transport failure that happened once the request was sent.
         *
         * @param call the call
         * @param kind an after-send kind
         * @return the error
         */
        public static OutcomeUnknown afterTransportFailure(CallInfo call, TransportException.Kind kind) {
            return new OutcomeUnknown(call, Optional.of(kind), Optional.empty());
        }

        /**
         * The outcome after an answer that is not a LINE Pay answer.
         *
         * @param answer what is wrong with the answer
         * @return the error
         */
        public static OutcomeUnknown afterUnreadableAnswer(ProtocolError answer) {
            return new OutcomeUnknown(answer.call(), Optional.empty(), Optional.of(answer));
        }

        /**
         * The outcome after an answer whose code may mean the operation is already done, when reading the
         * payment back could not tell.
         *
         * @param answer LINE Pay's answer
         * @param reconciliation what reading back found
         * @return the error
         */
        public static OutcomeUnknown afterAmbiguousAnswer(ApiError answer, Reconciliation reconciliation) {
            return new OutcomeUnknown(answer.call(), Optional.empty(), Optional.empty(), Optional.of(answer),
                    Optional.of(reconciliation));
        }

        /**
         * The same error with what reading the payment back found.
         *
         * @param reconciliation the reconciliation
         * @return the changed copy
         */
        public OutcomeUnknown withReconciliation(Reconciliation reconciliation) {
            return new OutcomeUnknown(call, transportFailure, unreadableAnswer, ambiguousAnswer,
                    Optional.of(Objects.requireNonNull(reconciliation, "reconciliation")));
        }

        /**
         * Whether LINE Pay may have acted, or may still act, on the request. False only when both hold:
         * the payment was read back and LINE Pay's books showed the operation not done
         * ({@link Reconciliation.Verdict#NOT_DONE}), and the first attempt ended with a complete answer
         * (an unreadable one, other than a gateway timeout {@code 504}), so that the server was done with
         * the request before it was read back. After a lost answer (a read timeout, a reset) a request
         * that was not done when read back may still be processed later: it stays true.
         *
         * @return false only when reading back proved the operation not done and it cannot happen later
         */
        @Override
        public boolean mayHaveBeenProcessed() {
            return !(settled() && reconciliation.map(r -> r.verdict() == Reconciliation.Verdict.NOT_DONE)
                    .orElse(false));
        }

        /** Whether the server was done with the request when the answer came: a complete answer, not a 504. */
        private boolean settled() {
            return unreadableAnswer.map(a -> a.httpStatus() != 504).orElse(false) || ambiguousAnswer.isPresent();
        }

        @Override
        public String describe() {
            String why = transportFailure.map(k -> k + " after the request was sent")
                    .or(() -> unreadableAnswer.map(a -> "the answer is not a LINE Pay answer: " + a.evidence()))
                    .orElseGet(() -> "LINE Pay answered " + ambiguousAnswer.get().returnCode().code()
                            + ", which may mean the operation is already done");
            if (reconciliation.isPresent() && reconciliation.get().verdict() == Reconciliation.Verdict.NOT_DONE) {
                return call + ": outcome was unknown (" + why + "); " + reconciliation.get().describe()
                        + (settled() ? "; LINE Pay's books show the request not done"
                                : "; not done when read back, but its answer was lost: LINE Pay may still process it,"
                                        + " read the payment again before repeating it");
            }
            return call + ": outcome unknown (" + why + "); LINE Pay may have processed the request, "
                    + reconciliation.map(r -> r.describe() + "; ").orElse("")
                    + "read the payment back before repeating it";
        }
    }

    /**
     * What came back is not a LINE Pay answer. LINE Pay answers every call with HTTP 200 and a JSON
     * object holding {@code returnCode}; anything else comes from something in between (a proxy, a
     * gateway, a load balancer) or from a change at LINE Pay. On its own this error only reports reads;
     * on an endpoint that changes state it is the evidence of an {@link OutcomeUnknown}.
     *
     * <pre>{@code
     * if (error instanceof LinePayError.ProtocolError protocol) {
     *     log.warn("{} answered HTTP {}: {}", protocol.endpoint(), protocol.httpStatus(), protocol.excerpt());
     * }
     * }</pre>
     *
     * @param call       the call
     * @param problem    what is wrong
     * @param httpStatus the HTTP status of the answer
     * @param detail     what exactly is wrong, without the body
     * @param excerpt    the start of the body, at most 200 characters on one line, with anything that looks
     *                   like a secret, a signature or a {@code regKey} masked; empty for an empty body
     */
    record ProtocolError(CallInfo call, Problem problem, int httpStatus, String detail, String excerpt)
            implements LinePayError {

        /** What is wrong with an answer. */
        public enum Problem {
            /** The HTTP status is not 200 (LINE Pay answers every call with 200). */
            HTTP_STATUS,
            /** The body is empty or white space only. */
            EMPTY_BODY,
            /** The body is an HTML page (a gateway's or a login page). */
            HTML,
            /** The body is not well-formed JSON (or is cut short). */
            NOT_JSON,
            /** The body is JSON beyond the codec's limits (size, depth, number or string length). */
            JSON_LIMIT,
            /** The body is JSON, but not an object. */
            NOT_AN_OBJECT,
            /** The object has neither {@code returnCode} nor {@code resultCode}. */
            MISSING_RETURN_CODE,
            /** The code is not a string or a number of at most four digits. */
            INVALID_RETURN_CODE,
            /** The code means success, but {@code info} lacks a field the result needs or holds a wrong type. */
            WRONG_SHAPE
        }

        /**
         * Creates the error.
         *
         * @param call the call
         * @param problem what is wrong
         * @param httpStatus the HTTP status of the answer
         * @param detail what exactly is wrong, without the body
         * @param excerpt the start of the body, redacted, at most 200 characters
         * @throws NullPointerException if a part is null
         */
        public ProtocolError {
            Objects.requireNonNull(call, "call");
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(detail, "detail");
            Objects.requireNonNull(excerpt, "excerpt");
        }

        /**
         * The problem, the status, the detail and the excerpt, as one line.
         *
         * @return for example {@code HTML (HTTP 502): the body is an HTML page; body starts "<html>..."}
         */
        public String evidence() {
            return problem + " (HTTP " + httpStatus + "): " + detail
                    + (excerpt.isEmpty() ? "" : "; body starts " + JsonString.of(excerpt));
        }

        @Override
        public String describe() {
            return call + ": not a LINE Pay answer, " + evidence();
        }
    }
}
