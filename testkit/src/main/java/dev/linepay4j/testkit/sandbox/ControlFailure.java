package dev.linepay4j.testkit.sandbox;

/**
 * A control action that cannot be done: an unknown transaction id or regKey (HTTP 404), or an event the
 * payment's state refuses (HTTP 409, with the machine's rule). The Java API turns it into
 * {@link java.util.NoSuchElementException} or {@link IllegalStateException}.
 */
final class ControlFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    ControlFailure(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }

    RuntimeException forJava() {
        if (status == 404) {
            return new java.util.NoSuchElementException(getMessage());
        }
        return new IllegalStateException(getMessage());
    }
}
