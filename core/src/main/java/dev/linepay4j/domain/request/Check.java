package dev.linepay4j.domain.request;

import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.ValidationException;
import dev.linepay4j.domain.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects the broken rules of one request while it is built, each under its full field path, so that
 * the caller learns every problem in one exception instead of one per attempt.
 *
 * <p>A check is a view on a shared list at a path prefix ({@code packages[0].products[1]}); views for
 * children share the list. It may also know the request's currency, which the scale of every amount
 * below it depends on: a product alone cannot know it, the request it is put into can.
 */
final class Check {

    private final List<Violation> violations;
    private final String prefix;
    private final Currency currency;

    private Check(List<Violation> violations, String prefix, Currency currency) {
        this.violations = violations;
        this.prefix = prefix;
        this.currency = currency;
    }

    /** A fresh check at the root, not knowing the currency. */
    static Check root() {
        return new Check(new ArrayList<>(), "", null);
    }

    /** The same list, at the child object {@code name}. */
    Check at(String name) {
        return new Check(violations, path(name), currency);
    }

    /** The same list, at element {@code index} of the array {@code name}. */
    Check at(String name, int index) {
        return new Check(violations, path(name) + "[" + index + "]", currency);
    }

    /** The same list and path, checking amount scales against the currency (nothing happens for null). */
    Check withCurrency(Currency currency) {
        return new Check(violations, prefix, currency);
    }

    /** The full path of a field at this check's position. */
    String path(String field) {
        return prefix.isEmpty() ? field : prefix + "." + field;
    }

    /** How many violations have been recorded so far, for {@link #cleanSince(int)}. */
    int mark() {
        return violations.size();
    }

    /** Whether nothing was recorded since the mark was taken. */
    boolean cleanSince(int mark) {
        return violations.size() == mark;
    }

    void fail(String field, String message) {
        violations.add(new Violation(path(field), message));
    }

    void required(String field, Object value) {
        if (value == null) {
            fail(field, "is required");
        }
    }

    /** A required text: present, not blank, at most {@code max} UTF-16 code units. */
    void text(String field, String value, int max) {
        if (value == null) {
            fail(field, "is required");
        } else if (value.isBlank()) {
            fail(field, "must not be blank");
        } else {
            maxLength(field, value, max);
        }
    }

    /** An optional text: when present, at most {@code max} UTF-16 code units. */
    void optionalText(String field, String value, int max) {
        if (value != null) {
            maxLength(field, value, max);
        }
    }

    private void maxLength(String field, String value, int max) {
        if (value.length() > max) {
            fail(field, "must be at most " + max + " characters, was " + value.length());
        }
    }

    /** Whether the amount can be written in the currency known to this check, when there is one. */
    void scale(String field, Amount amount) {
        if (currency == null || amount == null || currency.allows(amount)) {
            return;
        }
        fail(field, currency.scale() == 0
                ? "must be a whole number in " + currency + ", was " + amount
                : "must have at most " + currency.scale() + " decimal places in " + currency + ", was " + amount);
    }

    void positive(String field, Amount amount) {
        if (amount != null && amount.isZero()) {
            fail(field, "must be greater than zero");
        }
    }

    /**
     * Converts a plain number into an {@link Amount}, recording what is wrong with it instead of throwing.
     *
     * @return the amount, or null when it is missing or invalid
     */
    Amount amount(String field, BigDecimal raw, boolean required) {
        if (raw == null) {
            if (required) {
                fail(field, "is required");
            }
            return null;
        }
        return value(field, () -> Amount.of(raw));
    }

    /**
     * Runs the factory of a value type that names itself in its violations ({@code orderId},
     * {@code redirectUrl}) and records them under {@code field} instead, so the path says where in the
     * request the value sits.
     *
     * @return the value, or null when the factory refused it
     */
    <T> T value(String field, Supplier<T> factory) {
        try {
            return factory.get();
        } catch (ValidationException e) {
            for (Violation v : e.violations()) {
                fail(field, v.message());
            }
            return null;
        }
    }

    /**
     * Runs the constructor of a composite whose violations are relative to itself ({@code type},
     * {@code idList[0]}) and records them below this check's path.
     *
     * @return the value, or null when the constructor refused it
     */
    <T> T nested(Supplier<T> factory) {
        try {
            return factory.get();
        } catch (ValidationException e) {
            for (Violation v : e.violations()) {
                fail(v.field(), v.message());
            }
            return null;
        }
    }

    /**
     * Runs a constructor whose rules the calling builder has just checked itself, with full paths and
     * the currency, since {@code mark} was taken: only the value is wanted. Should the constructor
     * refuse something the builder did not record, its violations are recorded here so that none is lost.
     *
     * @return the value, or null when it could not be made
     */
    <T> T attempt(int mark, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (ValidationException e) {
            if (cleanSince(mark)) {
                for (Violation v : e.violations()) {
                    fail(v.field(), v.message());
                }
            }
            return null;
        }
    }

    /**
     * Whether no element is null: builders mark each part they could not make with null. (An
     * unmodifiable list's {@code contains(null)} throws instead of answering.)
     */
    static boolean allPresent(List<?> parts) {
        for (Object part : parts) {
            if (part == null) {
                return false;
            }
        }
        return true;
    }

    /** Throws one exception listing everything recorded, if anything was. */
    void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }
}
