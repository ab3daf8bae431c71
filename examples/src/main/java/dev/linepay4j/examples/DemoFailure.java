package dev.linepay4j.examples;

/**
 * Why the demo stopped, as the one line it prints: {@code linepay4j demo failed: <message>}. The cause, when
 * there is one, is kept for {@code LINEPAY_DEBUG=1}.
 */
final class DemoFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    DemoFailure(String message) {
        super(message);
    }

    DemoFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
