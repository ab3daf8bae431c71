package dev.linepay4j.domain;

import java.util.Locale;

/**
 * The currencies LINE Pay accepts, each with the number of decimal places its amounts may carry.
 *
 * <p>{@link #JPY} is kept for reading old transactions: LINE Pay Japan has ended and new payments in
 * yen are refused by LINE Pay.
 */
public enum Currency {
    /** US dollar, cents allowed. */
    USD(2),
    /** New Taiwan dollar: LINE Pay takes whole dollars only. */
    TWD(0),
    /** Thai baht, satang allowed. */
    THB(2),
    /** Japanese yen, whole yen only; only for transactions made before LINE Pay Japan ended. */
    JPY(0);

    private final int scale;

    Currency(int scale) {
        this.scale = scale;
    }

    /**
     * The most decimal places an amount in this currency may have.
     *
     * @return 0 for TWD and JPY, 2 for USD and THB
     */
    public int scale() {
        return scale;
    }

    /**
     * Whether this amount can be expressed in this currency without rounding.
     *
     * @param amount the amount to check
     * @return true if the amount has no more decimal places than {@link #scale()}
     */
    public boolean allows(Amount amount) {
        return amount.value().scale() <= scale;
    }

    /**
     * Parses a currency code as LINE Pay writes it ({@code "TWD"}).
     *
     * @param code the ISO 4217 code; case is ignored
     * @return the currency
     * @throws ValidationException if LINE Pay does not support the code
     */
    public static Currency of(String code) {
        if (code == null) {
            throw ValidationException.of("currency", "is required");
        }
        try {
            return valueOf(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("currency",
                    "'" + Text.printable(code) + "' is not supported by LINE Pay; use USD, TWD or THB (JPY for old transactions)");
        }
    }

    /**
     * Whether this currency can be used for new payments (every one but {@link #JPY}).
     *
     * @return true for USD, TWD and THB
     */
    public boolean acceptsNewPayments() {
        return this != JPY;
    }
}
