package dev.linepay4j.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A non-negative amount of money as LINE Pay exchanges it: an exact decimal, never a {@code double}.
 * Trailing zeros are dropped, so {@code 100.00} and {@code 100} are the same amount and both are
 * written {@code 100} on the wire. Which currency the amount is in is said by the request that holds it
 * ({@link Currency#allows(Amount)} checks its scale).
 *
 * <pre>{@code
 * Amount price = Amount.of(250);          // 250
 * Amount fee   = Amount.parse("12.50");      // 12.5
 * Amount total = price.plus(fee);         // 262.5
 * }</pre>
 */
public final class Amount implements Comparable<Amount> {

    /** Zero. */
    public static final Amount ZERO = new Amount(BigDecimal.ZERO);

    private final BigDecimal value;

    private Amount(BigDecimal value) {
        this.value = value;
    }

    /**
     * An amount from an exact decimal.
     *
     * @param value the amount; must be zero or positive
     * @return the amount, with trailing zeros removed
     * @throws ValidationException if the value is null or negative
     */
    public static Amount of(BigDecimal value) {
        if (value == null) {
            throw ValidationException.of("amount", "is required");
        }
        if (value.signum() < 0) {
            throw ValidationException.of("amount", "must not be negative, was " + value.toPlainString());
        }
        if (value.scale() == 0) {
            // A whole number at scale 0 is already in the kept form (most amounts on the wire).
            return new Amount(value);
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return new Amount(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
    }

    /**
     * A whole amount.
     *
     * @param value the amount; must be zero or positive
     * @return the amount
     * @throws ValidationException if the value is negative
     */
    public static Amount of(long value) {
        return of(BigDecimal.valueOf(value));
    }

    /**
     * An amount from its decimal text ({@code "12.50"}), as found in a JSON number.
     *
     * @param text the decimal text
     * @return the amount
     * @throws ValidationException if the text is not a non-negative decimal number
     */
    public static Amount parse(String text) {
        if (text == null) {
            throw ValidationException.of("amount", "is required");
        }
        try {
            return of(new BigDecimal(text));
        } catch (NumberFormatException e) {
            throw ValidationException.of("amount", "'" + Text.printable(text) + "' is not a decimal number");
        }
    }

    /**
     * The exact value, without trailing zeros.
     *
     * @return the value; its scale is never negative
     */
    public BigDecimal value() {
        return value;
    }

    /**
     * The sum of two amounts.
     *
     * @param other the amount to add
     * @return this + other
     */
    public Amount plus(Amount other) {
        return of(value.add(other.value));
    }

    /**
     * The difference of two amounts.
     *
     * @param other the amount to subtract; at most this amount
     * @return this - other
     * @throws ValidationException if the result would be negative
     */
    public Amount minus(Amount other) {
        return of(value.subtract(other.value));
    }

    /**
     * This amount multiplied by a whole quantity.
     *
     * @param quantity how many; zero or more
     * @return this x quantity
     * @throws ValidationException if the quantity is negative
     */
    public Amount times(long quantity) {
        return of(value.multiply(BigDecimal.valueOf(quantity)));
    }

    /**
     * Whether the amount is zero.
     *
     * @return true for zero
     */
    public boolean isZero() {
        return value.signum() == 0;
    }

    /**
     * Whether this amount is greater than another.
     *
     * @param other the other amount
     * @return true if this &gt; other
     */
    public boolean isGreaterThan(Amount other) {
        return compareTo(other) > 0;
    }

    /**
     * The amount as it is written in JSON: plain digits, no exponent.
     *
     * @return for example {@code "262.5"}
     */
    public String toPlainString() {
        return value.toPlainString();
    }

    @Override
    public int compareTo(Amount other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Amount && ((Amount) o).value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    /** The plain decimal text, as {@link #toPlainString()}. */
    @Override
    public String toString() {
        return value.toPlainString();
    }
}
