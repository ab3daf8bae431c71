package dev.linepay4j.domain;

/**
 * A LINE Pay transaction id: a 64-bit number, typically 19 digits ({@code 2023042201206549310}).
 * It is parsed exactly from its decimal text and never passes through a {@code double}, which would
 * corrupt it (LINE Pay's own example: {@code 2023010112345678910} becomes {@code 2023010112345678800}).
 *
 * <pre>{@code
 * TransactionId id = TransactionId.parse("2023042201206549310");
 * id.value();     // 2023042201206549310L
 * id.toString();  // "2023042201206549310"
 * }</pre>
 *
 * @param value the id; always positive
 */
public record TransactionId(long value) {

    /**
     * Creates an id.
     *
     * @param value the id
     * @throws ValidationException if the value is zero or negative
     */
    public TransactionId {
        if (value <= 0) {
            throw ValidationException.of("transactionId", "must be a positive 64-bit number, was " + value);
        }
    }

    /**
     * An id from a number.
     *
     * @param value the id
     * @return the id
     * @throws ValidationException if the value is zero or negative
     */
    public static TransactionId of(long value) {
        return new TransactionId(value);
    }

    /**
     * Parses an id from its decimal digits, exactly.
     *
     * @param digits ASCII digits only: no sign, no spaces, no decimal point, no exponent
     * @return the id
     * @throws ValidationException if the text is empty, holds anything but digits, or exceeds
     *                             {@link Long#MAX_VALUE}
     */
    public static TransactionId parse(String digits) {
        if (digits == null || digits.isEmpty()) {
            throw ValidationException.of("transactionId", "is required");
        }
        long value = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                throw ValidationException.of("transactionId",
                        "must hold decimal digits only, was '" + Text.printable(digits) + "'");
            }
            int d = c - '0';
            if (value > (Long.MAX_VALUE - d) / 10) {
                throw tooLarge(digits);
            }
            value = value * 10 + d;
        }
        return new TransactionId(value);
    }

    private static ValidationException tooLarge(String digits) {
        return ValidationException.of("transactionId",
                "does not fit in 64 bits (max " + Long.MAX_VALUE + "), was " + Text.printable(digits));
    }

    /** The decimal digits of the id, exactly as LINE Pay sends them. */
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
