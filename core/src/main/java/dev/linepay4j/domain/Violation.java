package dev.linepay4j.domain;

import java.util.Objects;

/**
 * One broken rule of a value or request: which field, and what is wrong with it, in words a merchant
 * developer can act on.
 *
 * <pre>{@code
 * new Violation("packages[0].amount", "must equal the sum of price x quantity of its products (300), was 250")
 * }</pre>
 *
 * @param field   the path of the field, as in LINE Pay's documentation ({@code packages[0].products[1].name})
 * @param message what is wrong, never containing a secret
 */
public record Violation(String field, String message) {

    /**
     * Creates a violation.
     *
     * @param field   the path of the field
     * @param message what is wrong
     * @throws NullPointerException if either part is null
     */
    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /** Returns {@code field: message}. */
    @Override
    public String toString() {
        return field + ": " + message;
    }
}
