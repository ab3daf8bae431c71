package dev.linepay4j.testkit.sandbox;

import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * A control action that cannot be done: an unknown transaction id or regKey (HTTP 404), or an event the
 * payment's state refuses (HTTP 409, with the machine's rule). The Java API turns it into
 * {@link NoSuchElementException} or {@link IllegalStateException}.
 */
final class ControlFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final Optional<String> allow;

    ControlFailure(int status, String message) {
        this(status, message, Optional.empty());
    }

    private ControlFailure(int status, String message, Optional<String> allow) {
        super(message, null, false, false);
        this.status = status;
        this.allow = allow;
    }

    /** HTTP 405, with the methods the path takes for the {@code Allow} header. */
    static ControlFailure methodNotAllowed(String allowed) {
        return new ControlFailure(405, "use " + allowed + " for this path", Optional.of(allowed));
    }

    int status() {
        return status;
    }

    Optional<String> allow() {
        return allow;
    }

    RuntimeException forJava() {
        if (status == 404) {
            return new NoSuchElementException(getMessage());
        }
        return new IllegalStateException(getMessage());
    }
}
