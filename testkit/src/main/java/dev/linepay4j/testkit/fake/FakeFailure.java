package dev.linepay4j.testkit.fake;

import dev.linepay4j.LinePayError;
import dev.linepay4j.domain.code.ReturnCode;
import dev.linepay4j.spi.TransportException;
import java.util.Objects;
import java.util.Optional;

/**
 * A failure {@link FakeLinePay} plays on the next call to an endpoint
 * ({@link FakeLinePay#failNext(dev.linepay4j.Endpoint, FakeFailure)}), to test how a merchant's code handles
 * each case of {@link LinePayError}. Each factory says what the caller gets and whether LINE Pay acted on
 * the call ("processed": the payment changed although the caller learns nothing, the case a merchant must
 * reconcile by reading the payment back).
 *
 * <table>
 *   <caption>The failures</caption>
 *   <tr><th>factory</th><th>the caller gets</th><th>processed?</th></tr>
 *   <tr><td>{@link #returnCode(ReturnCode)}</td><td>{@link LinePayError.ApiError} with the code (on the
 *       status checks a status code is an answer, as from LINE Pay)</td><td>no</td></tr>
 *   <tr><td>{@link #notSent()}</td><td>{@link LinePayError.TransportFailure} ({@code CONNECT_FAILED}, or
 *       another before-send kind)</td><td>no</td></tr>
 *   <tr><td>{@link #answerLost()}</td><td>{@link LinePayError.OutcomeUnknown} ({@code READ_TIMEOUT}, or
 *       another after-send kind)</td><td><b>yes</b></td></tr>
 *   <tr><td>{@link #requestLost()}</td><td>{@link LinePayError.OutcomeUnknown} ({@code CONNECTION_RESET}, or
 *       another after-send kind)</td><td>no</td></tr>
 *   <tr><td>{@link #gatewayError(int)}</td><td>a gateway's HTML page: {@link LinePayError.ProtocolError} on a
 *       read, {@link LinePayError.OutcomeUnknown} carrying it on a call that changes state</td><td>no</td></tr>
 *   <tr><td>{@link #garbledAnswer()}</td><td>an answer that is not JSON: {@link LinePayError.ProtocolError}
 *       on a read, {@link LinePayError.OutcomeUnknown} carrying it on a call that changes state</td>
 *       <td><b>yes</b></td></tr>
 * </table>
 *
 * <pre>{@code
 * fake.failNext(Endpoint.CONFIRM, FakeFailure.answerLost());   // confirmed at "LINE Pay", caller times out
 * fake.failNext(Endpoint.REFUND, FakeFailure.notSent());       // connection refused: nothing happened
 * fake.failNextCall(Endpoint.CONFIRM, ReturnCode.of("1141"));  // shorthand for returnCode(...)
 * }</pre>
 */
public final class FakeFailure {

    /** What a failure does to a call. */
    public enum Kind {
        /** LINE Pay answers a code instead of acting. */
        RETURN_CODE,
        /** The request is never sent. */
        NOT_SENT,
        /** LINE Pay acts on the request; its answer is lost. */
        ANSWER_LOST,
        /** The request is lost on the way; LINE Pay never sees it. */
        REQUEST_LOST,
        /** A gateway in front of LINE Pay answers an HTML error page; LINE Pay never sees the request. */
        GATEWAY_ERROR,
        /** LINE Pay acts on the request; its answer arrives garbled. */
        GARBLED_ANSWER
    }

    private final Kind kind;
    private final Optional<ReturnCode> returnCode;
    private final String returnMessage;
    private final Optional<TransportException.Kind> transportFailure;
    private final int httpStatus;

    private FakeFailure(Kind kind, Optional<ReturnCode> returnCode, String returnMessage,
                        Optional<TransportException.Kind> transportFailure, int httpStatus) {
        this.kind = kind;
        this.returnCode = returnCode;
        this.returnMessage = returnMessage;
        this.transportFailure = transportFailure;
        this.httpStatus = httpStatus;
    }

    /**
     * LINE Pay answers the code, with the catalogue's description as its message (as the sandbox's
     * {@code RETURN_CODE} fault does: {@code "LINE Pay failed internally."} for {@code 9000}), and changes
     * nothing.
     *
     * @param code any code but {@code 0000}
     * @return the failure
     * @throws IllegalArgumentException if the code is {@code 0000}, which is no failure
     */
    public static FakeFailure returnCode(ReturnCode code) {
        Objects.requireNonNull(code, "code");
        return returnCode(code, code.description() + ".");
    }

    /**
     * LINE Pay answers the code with the given message, and changes nothing.
     *
     * @param code          any code but {@code 0000}
     * @param returnMessage the {@code returnMessage} LINE Pay sends
     * @return the failure
     * @throws IllegalArgumentException if the code is {@code 0000}, which is no failure
     */
    public static FakeFailure returnCode(ReturnCode code, String returnMessage) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(returnMessage, "returnMessage");
        if (code.isSuccess()) {
            throw new IllegalArgumentException("0000 is no failure; choose the code LINE Pay should answer instead");
        }
        return new FakeFailure(Kind.RETURN_CODE, Optional.of(code), returnMessage, Optional.empty(), 200);
    }

    /**
     * The connection is refused: the request never leaves, and repeating it is safe.
     *
     * @return the failure, {@link TransportException.Kind#CONNECT_FAILED}
     */
    public static FakeFailure notSent() {
        return notSent(TransportException.Kind.CONNECT_FAILED);
    }

    /**
     * The transport fails before sending.
     *
     * @param kind a before-send kind: {@code CONNECT_FAILED}, {@code UNKNOWN_HOST}, {@code TLS_HANDSHAKE},
     *             {@code CONNECT_TIMEOUT}, {@code TRANSPORT_CLOSED}
     * @return the failure
     * @throws IllegalArgumentException if the kind happens after sending
     */
    public static FakeFailure notSent(TransportException.Kind kind) {
        return transport(Kind.NOT_SENT, kind, TransportException.Phase.BEFORE_SEND);
    }

    /**
     * LINE Pay acts on the request (the payment is confirmed, refunded…), then the answer is lost to a read
     * timeout: the caller gets {@link LinePayError.OutcomeUnknown} and must read the payment back.
     *
     * @return the failure, {@link TransportException.Kind#READ_TIMEOUT}
     */
    public static FakeFailure answerLost() {
        return answerLost(TransportException.Kind.READ_TIMEOUT);
    }

    /**
     * LINE Pay acts on the request, then the answer is lost.
     *
     * @param kind an after-send kind: {@code READ_TIMEOUT}, {@code CONNECTION_RESET}, {@code RESPONSE_TOO_LARGE},
     *             {@code INTERRUPTED}, {@code OTHER}
     * @return the failure
     * @throws IllegalArgumentException if the kind happens before sending
     */
    public static FakeFailure answerLost(TransportException.Kind kind) {
        return transport(Kind.ANSWER_LOST, kind, TransportException.Phase.AFTER_SEND);
    }

    /**
     * The connection is reset after sending, before LINE Pay saw the request: the caller gets
     * {@link LinePayError.OutcomeUnknown}, and reading back shows nothing happened.
     *
     * @return the failure, {@link TransportException.Kind#CONNECTION_RESET}
     */
    public static FakeFailure requestLost() {
        return requestLost(TransportException.Kind.CONNECTION_RESET);
    }

    /**
     * The request is lost after sending, before LINE Pay saw it.
     *
     * @param kind an after-send kind
     * @return the failure
     * @throws IllegalArgumentException if the kind happens before sending
     */
    public static FakeFailure requestLost(TransportException.Kind kind) {
        return transport(Kind.REQUEST_LOST, kind, TransportException.Phase.AFTER_SEND);
    }

    /**
     * A gateway answers an HTML error page with this status, without passing the request on. The client
     * cannot know that: on a call that changes state it is an {@link LinePayError.OutcomeUnknown}.
     *
     * @param httpStatus the status, 100 to 599 but not 200 (for example 502)
     * @return the failure
     * @throws IllegalArgumentException if the status is 200 or outside 100–599
     */
    public static FakeFailure gatewayError(int httpStatus) {
        if (httpStatus < 100 || httpStatus > 599 || httpStatus == 200) {
            throw new IllegalArgumentException("a gateway error has an HTTP status from 100 to 599 other than 200, was "
                    + httpStatus);
        }
        return new FakeFailure(Kind.GATEWAY_ERROR, Optional.empty(), "", Optional.empty(), httpStatus);
    }

    /**
     * LINE Pay acts on the request and answers with HTTP 200, but the body arrives cut short, not JSON.
     *
     * @return the failure
     */
    public static FakeFailure garbledAnswer() {
        return new FakeFailure(Kind.GARBLED_ANSWER, Optional.empty(), "", Optional.empty(), 200);
    }

    private static FakeFailure transport(Kind kind, TransportException.Kind transportKind, TransportException.Phase phase) {
        Objects.requireNonNull(transportKind, "kind");
        if (transportKind.phase() != phase) {
            throw new IllegalArgumentException(transportKind + " happens " + transportKind.phase()
                    + "; " + kind + " needs a " + phase + " kind");
        }
        return new FakeFailure(kind, Optional.empty(), "", Optional.of(transportKind), 0);
    }

    /**
     * What the failure does.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Whether LINE Pay acts on the call before the caller is failed.
     *
     * @return true for {@link Kind#ANSWER_LOST} and {@link Kind#GARBLED_ANSWER}
     */
    public boolean processed() {
        return kind == Kind.ANSWER_LOST || kind == Kind.GARBLED_ANSWER;
    }

    /**
     * The code LINE Pay answers.
     *
     * @return the code for {@link Kind#RETURN_CODE}; else empty
     */
    public Optional<ReturnCode> returnCode() {
        return returnCode;
    }

    /**
     * The message LINE Pay answers with the code.
     *
     * @return the message for {@link Kind#RETURN_CODE}; else empty
     */
    public String returnMessage() {
        return returnMessage;
    }

    /**
     * What the transport reports.
     *
     * @return the kind for {@link Kind#NOT_SENT}, {@link Kind#ANSWER_LOST} and {@link Kind#REQUEST_LOST}; else empty
     */
    public Optional<TransportException.Kind> transportFailure() {
        return transportFailure;
    }

    /**
     * The HTTP status of the answer.
     *
     * @return the gateway's status for {@link Kind#GATEWAY_ERROR}, 200 for {@link Kind#RETURN_CODE} and
     *         {@link Kind#GARBLED_ANSWER}, 0 when no answer comes
     */
    public int httpStatus() {
        return httpStatus;
    }

    /**
     * Whether the other failure does the same.
     *
     * @param o another object
     * @return true for a failure of the same kind and detail
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof FakeFailure f && f.kind == kind && f.returnCode.equals(returnCode)
                && f.returnMessage.equals(returnMessage) && f.transportFailure.equals(transportFailure)
                && f.httpStatus == httpStatus;
    }

    /**
     * A hash of the kind and detail.
     *
     * @return the hash
     */
    @Override
    public int hashCode() {
        return Objects.hash(kind, returnCode, returnMessage, transportFailure, httpStatus);
    }

    /** The kind and its detail, for example {@code FakeFailure[RETURN_CODE 1141]}. */
    @Override
    public String toString() {
        String detail = switch (kind) {
            case RETURN_CODE -> " " + returnCode.orElseThrow().code();
            case NOT_SENT, ANSWER_LOST, REQUEST_LOST -> " " + transportFailure.orElseThrow();
            case GATEWAY_ERROR -> " HTTP " + httpStatus;
            case GARBLED_ANSWER -> "";
        };
        return "FakeFailure[" + kind + detail + "]";
    }
}
