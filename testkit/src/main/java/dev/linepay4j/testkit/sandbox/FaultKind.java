package dev.linepay4j.testkit.sandbox;

/**
 * What a {@link Fault} does to a call. Some kinds answer without processing the call; the others
 * process it first, so that the operation <em>takes effect</em> and only the answer is lost or broken:
 * that is the case a client cannot tell from a failure and must reconcile (an unknown outcome).
 *
 * <table>
 * <caption>fault kinds</caption>
 * <tr><th>kind</th><th>processed?</th><th>what the client gets</th></tr>
 * <tr><td>{@link #DELAY}</td><td>yes</td><td>the normal answer, after the delay</td></tr>
 * <tr><td>{@link #HTTP_500_HTML}</td><td>no</td><td>HTTP 500 with an HTML page</td></tr>
 * <tr><td>{@link #MALFORMED_JSON}</td><td>yes</td><td>HTTP 200, the answer with a syntax error in it</td></tr>
 * <tr><td>{@link #TRUNCATED_JSON}</td><td>yes</td><td>HTTP 200, the first half of the answer</td></tr>
 * <tr><td>{@link #EMPTY_BODY}</td><td>yes</td><td>HTTP 200 with no body</td></tr>
 * <tr><td>{@link #CONNECTION_RESET}</td><td>yes</td><td>the connection closed, no response at all</td></tr>
 * <tr><td>{@link #PROCESS_THEN_HANG}</td><td>yes</td><td>nothing, until the client gives up</td></tr>
 * <tr><td>{@link #RETURN_CODE}</td><td>no</td><td>HTTP 200 with the given code; nothing changes</td></tr>
 * </table>
 *
 * <pre>{@code
 * sandbox.inject(Fault.of(FaultKind.TRUNCATED_JSON, SandboxEndpoint.REFUND));
 * }</pre>
 */
public enum FaultKind {
    /** Waits {@link Fault#duration()}, then processes and answers normally: a slow LINE Pay. */
    DELAY,
    /**
     * Answers HTTP 500 with an HTML page without processing: a gateway in front of LINE Pay failed before
     * the call reached it.
     */
    HTTP_500_HTML,
    /**
     * Processes, then sends the real answer with its first comma removed: complete, but not JSON, as a
     * proxy that mangled the answer would send it.
     */
    MALFORMED_JSON,
    /**
     * Processes, then sends the first half of the real answer's bytes as a complete HTTP message
     * ({@code Content-Length} matches): JSON that ends too early.
     */
    TRUNCATED_JSON,
    /** Processes, then sends HTTP 200 with {@code Content-Length: 0}. */
    EMPTY_BODY,
    /**
     * Processes, then closes the connection without sending a single byte of a response. The client sees
     * the connection end (reset or end of stream, depending on its HTTP library) after its request was
     * sent. The JDK's HTTP server cannot send a TCP RST, so the close is an orderly one.
     */
    CONNECTION_RESET,
    /**
     * Processes, then sends nothing and holds the connection open until the client gives up: for
     * {@link Fault#duration()} (default {@link SandboxOptions#hangLimit()}), or until the sandbox closes;
     * then closes it without an answer.
     */
    PROCESS_THEN_HANG,
    /**
     * Answers {@link Fault#returnCode()} without processing, as LINE Pay answers {@code 1198} or a
     * {@code 190X} code: nothing changes in the books. Authentication is not checked either.
     */
    RETURN_CODE
}
