package dev.linepay4j.domain.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.linepay4j.domain.ValidationException;
import dev.linepay4j.domain.Violation;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Runs code that must be refused and hands back what it reported. */
final class Broken {

    private Broken() {
    }

    /** The violations of the ValidationException the call throws; fails the test if it throws nothing else. */
    static List<Violation> violationsOf(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(ValidationException.class);
        return ((ValidationException) thrown).violations();
    }

    /** The field paths of those violations, in order. */
    static List<String> fieldsOf(ThrowingCallable call) {
        return violationsOf(call).stream().map(Violation::field).toList();
    }

    /** The one violation the call reports; fails the test if there is not exactly one. */
    static Violation onlyViolationOf(ThrowingCallable call) {
        List<Violation> violations = violationsOf(call);
        assertThat(violations).hasSize(1);
        return violations.get(0);
    }
}
