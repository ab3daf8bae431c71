package dev.linepay4j.testkit.sandbox;

import dev.linepay4j.domain.code.ReturnCode;

/**
 * Thrown inside the sandbox where a check fails deep in parsing or lookup, and caught where the
 * answer is written: carries the code and message LINE Pay would send. Never leaves the package.
 */
final class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Answer answer;

    Refusal(ReturnCode code, String message) {
        super(code.code() + " " + message, null, false, false);   // no stack trace: a refusal is no bug
        this.answer = Answer.of(code, message);
    }

    Answer answer() {
        return answer;
    }
}
