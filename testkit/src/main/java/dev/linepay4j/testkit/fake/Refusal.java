package dev.linepay4j.testkit.fake;

import dev.linepay4j.domain.code.ReturnCode;

/**
 * Thrown inside an operation where LINE Pay would answer an error code, and caught by the call pipeline,
 * which turns it into a {@link dev.linepay4j.LinePayError.ApiError}. Never leaves the package.
 */
final class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ReturnCode code;

    Refusal(ReturnCode code, String message) {
        super(message, null, false, false);   // no stack trace: a refusal is no bug
        this.code = code;
    }

    ReturnCode code() {
        return code;
    }
}
