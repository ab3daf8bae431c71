package dev.linepay4j.domain;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a value or a request breaks LINE Pay's rules. It lists every broken rule at once, so a
 * developer can fix them all in one go; nothing has been sent to LINE Pay when it is thrown.
 *
 * <pre>{@code
 * try {
 *     OrderId.of("");
 * } catch (ValidationException e) {
 *     e.violations(); // [orderId: must not be blank]
 * }
 * }</pre>
 */
public final class ValidationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The violations; a list of records, which are serialisable. */
    private final List<Violation> violations;

    /**
     * Creates the exception for the given violations.
     *
     * @param violations at least one violation
     * @throws IllegalArgumentException if the list is empty
     */
    public ValidationException(List<Violation> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    /**
     * Creates the exception for a single violation.
     *
     * @param field   the field at fault
     * @param message what is wrong with it
     * @return the exception, to be thrown by the caller
     */
    public static ValidationException of(String field, String message) {
        return new ValidationException(List.of(new Violation(field, message)));
    }

    /**
     * Every rule the value broke, in the order they were checked.
     *
     * @return an unmodifiable, non-empty list
     */
    public List<Violation> violations() {
        return violations;
    }

    private static String describe(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a ValidationException needs at least one violation");
        }
        if (violations.size() == 1) {
            return violations.get(0).toString();
        }
        return violations.size() + " rules broken: "
                + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }
}
