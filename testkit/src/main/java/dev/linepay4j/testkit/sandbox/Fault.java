package dev.linepay4j.testkit.sandbox;

import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.domain.code.ReturnCode;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A fault to inject into the sandbox's answers: what goes wrong ({@link FaultKind}), on which endpoint
 * (or any), on which API version (or any), and for how many calls. A version names a path prefix:
 * {@code v4} hits Online and Offline API v4 alike ({@link ApiVersion#ONLINE_V4} and
 * {@link ApiVersion#OFFLINE_V4} are the same filter). Each call that matches uses up one
 * of {@link #times()}; the fault is gone when none is left. When several faults match a call, the one
 * injected first applies. Immutable; the {@code with…} methods return changed copies.
 *
 * <pre>{@code
 * sandbox.inject(Fault.of(FaultKind.PROCESS_THEN_HANG, SandboxEndpoint.CONFIRM).holdFor(Duration.ofSeconds(3)));
 * sandbox.inject(Fault.delay(SandboxEndpoint.DETAILS, Duration.ofMillis(500)).times(2).onVersion(ApiVersion.ONLINE_V4));
 * sandbox.inject(Fault.returnCode(SandboxEndpoint.REFUND, ReturnCode.of("1198")));
 * sandbox.inject(Fault.of(FaultKind.HTTP_500_HTML).times(3));      // any endpoint
 * }</pre>
 *
 * @param kind          what goes wrong
 * @param endpoint      the endpoint it hits; empty for any endpoint ({@code "*"} in the control API)
 * @param version       the API version (path prefix) it hits; empty for any
 * @param times         how many matching calls it hits; at least 1
 * @param duration      for {@link FaultKind#DELAY} the delay (required); for
 *                      {@link FaultKind#PROCESS_THEN_HANG} how long to hold the connection (default
 *                      {@link SandboxOptions#hangLimit()}); unused by the other kinds
 * @param returnCode    for {@link FaultKind#RETURN_CODE} the code to answer (required); unused otherwise
 * @param returnMessage for {@link FaultKind#RETURN_CODE} the message; the catalogue's description
 *                      when empty
 */
public record Fault(FaultKind kind, Optional<SandboxEndpoint> endpoint, Optional<ApiVersion> version, int times,
                    Optional<Duration> duration, Optional<ReturnCode> returnCode, Optional<String> returnMessage) {

    /**
     * Creates a fault.
     *
     * @param kind          what goes wrong
     * @param endpoint      the endpoint, or empty for any
     * @param version       the API version (path prefix), or empty for any
     * @param times         how many calls; at least 1
     * @param duration      the delay or hold time
     * @param returnCode    the code for {@link FaultKind#RETURN_CODE}
     * @param returnMessage the message for {@link FaultKind#RETURN_CODE}
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if {@code times} is below 1, a duration is negative, a
     *                                  {@link FaultKind#DELAY} has no duration, or a
     *                                  {@link FaultKind#RETURN_CODE} has no code
     */
    public Fault {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(returnCode, "returnCode");
        Objects.requireNonNull(returnMessage, "returnMessage");
        if (times < 1) {
            throw new IllegalArgumentException("a fault hits at least one call; times was " + times);
        }
        if (duration.filter(Duration::isNegative).isPresent()) {
            throw new IllegalArgumentException("a fault's duration must not be negative, was " + duration.get());
        }
        if (kind == FaultKind.DELAY && duration.isEmpty()) {
            throw new IllegalArgumentException("a DELAY fault needs a duration");
        }
        if (kind == FaultKind.RETURN_CODE && returnCode.isEmpty()) {
            throw new IllegalArgumentException("a RETURN_CODE fault needs a return code");
        }
    }

    /**
     * A fault of a kind that needs no parameter, hitting the next call of any endpoint.
     *
     * @param kind any kind but {@link FaultKind#DELAY} and {@link FaultKind#RETURN_CODE}, which have their
     *             own factories
     * @return the fault, hitting one call of any endpoint on any version
     * @throws IllegalArgumentException for {@link FaultKind#DELAY} and {@link FaultKind#RETURN_CODE}
     */
    public static Fault of(FaultKind kind) {
        return new Fault(kind, Optional.empty(), Optional.empty(), 1, Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /**
     * A fault of a kind that needs no parameter, hitting the next call of one endpoint.
     *
     * @param kind     any kind but {@link FaultKind#DELAY} and {@link FaultKind#RETURN_CODE}
     * @param endpoint the endpoint
     * @return the fault, hitting one call on any version
     * @throws IllegalArgumentException for {@link FaultKind#DELAY} and {@link FaultKind#RETURN_CODE}
     */
    public static Fault of(FaultKind kind, SandboxEndpoint endpoint) {
        return of(kind).on(endpoint);
    }

    /**
     * A {@link FaultKind#DELAY} before the next call of any endpoint is processed.
     *
     * @param delay how long to wait; not negative
     * @return the fault
     */
    public static Fault delay(Duration delay) {
        return new Fault(FaultKind.DELAY, Optional.empty(), Optional.empty(), 1,
                Optional.of(Objects.requireNonNull(delay, "delay")), Optional.empty(), Optional.empty());
    }

    /**
     * A {@link FaultKind#DELAY} before the next call of one endpoint is processed.
     *
     * @param endpoint the endpoint
     * @param delay    how long to wait; not negative
     * @return the fault
     */
    public static Fault delay(SandboxEndpoint endpoint, Duration delay) {
        return delay(delay).on(endpoint);
    }

    /**
     * A {@link FaultKind#RETURN_CODE} answer for the next call of any endpoint, changing nothing.
     *
     * @param code the code to answer, such as {@code 1198} or {@code 1900}
     * @return the fault
     */
    public static Fault returnCode(ReturnCode code) {
        return new Fault(FaultKind.RETURN_CODE, Optional.empty(), Optional.empty(), 1, Optional.empty(),
                Optional.of(Objects.requireNonNull(code, "code")), Optional.empty());
    }

    /**
     * A {@link FaultKind#RETURN_CODE} answer for the next call of one endpoint, changing nothing.
     *
     * @param endpoint the endpoint
     * @param code     the code to answer
     * @return the fault
     */
    public static Fault returnCode(SandboxEndpoint endpoint, ReturnCode code) {
        return returnCode(code).on(endpoint);
    }

    /**
     * The same fault, hitting calls of one endpoint only.
     *
     * @param endpoint the endpoint
     * @return the changed copy
     */
    public Fault on(SandboxEndpoint endpoint) {
        return new Fault(kind, Optional.of(Objects.requireNonNull(endpoint, "endpoint")), version, times, duration,
                returnCode, returnMessage);
    }

    /**
     * The same fault, hitting this many matching calls.
     *
     * @param times at least 1
     * @return the changed copy
     */
    public Fault times(int times) {
        return new Fault(kind, endpoint, version, times, duration, returnCode, returnMessage);
    }

    /**
     * The same fault, hitting calls under one API version's path prefix only ({@code /v4} for both
     * {@link ApiVersion#ONLINE_V4} and {@link ApiVersion#OFFLINE_V4}).
     *
     * @param version the version
     * @return the changed copy
     */
    public Fault onVersion(ApiVersion version) {
        return new Fault(kind, endpoint, Optional.of(Objects.requireNonNull(version, "version")), times, duration,
                returnCode, returnMessage);
    }

    /**
     * The same fault with another duration: the delay of a {@link FaultKind#DELAY}, or how long a
     * {@link FaultKind#PROCESS_THEN_HANG} holds the connection.
     *
     * @param duration not negative
     * @return the changed copy
     */
    public Fault holdFor(Duration duration) {
        return new Fault(kind, endpoint, version, times, Optional.of(Objects.requireNonNull(duration, "duration")),
                returnCode, returnMessage);
    }

    /**
     * The same fault with a {@code returnMessage} for its {@link FaultKind#RETURN_CODE} answer.
     *
     * @param message the message
     * @return the changed copy
     */
    public Fault withMessage(String message) {
        return new Fault(kind, endpoint, version, times, duration, returnCode,
                Optional.of(Objects.requireNonNull(message, "message")));
    }

    /**
     * Whether the fault hits a call.
     *
     * @param endpoint the call's endpoint
     * @param version  the call's API version
     * @return true when both match (an empty filter matches anything; versions match by path prefix)
     */
    public boolean matches(SandboxEndpoint endpoint, ApiVersion version) {
        return this.endpoint.map(endpoint::equals).orElse(true)
                && this.version.map(v -> v.pathPrefix().equals(version.pathPrefix())).orElse(true);
    }
}
