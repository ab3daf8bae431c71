package dev.linepay4j.domain;

import java.util.Optional;

/**
 * The customer's My Code as the merchant's scanner reads it ({@code oneTimeKey}): the code the LINE Pay
 * app shows as a barcode or QR code, which the Offline API's payment call
 * ({@code POST /v2/payments/oneTimeKeys/pay}) charges. It is valid for five minutes from the moment the
 * customer opens My Code, and it pays once.
 *
 * <p>LINE Pay documents the length per country: 18 digits in Taiwan, 12 in Thailand and elsewhere
 * (Japan's 19-digit codes ended with LINE Pay Japan). linepay4j accepts exactly those: digits only, 12
 * or 18 of them, so a misread scan (a digit missing, a stray character from the scanner) is refused
 * before anything is sent instead of costing the customer a fresh code.
 *
 * <p>The key lets whoever holds it charge the customer until it is used or runs out, so
 * {@link #toString()} shows only its last four digits; {@link #value()} gives it whole, for the request.
 *
 * <pre>{@code
 * OneTimeKey key = OneTimeKey.of(scanner.read());   // "123456789012345678"
 * key.country();                                   // Optional[TW]
 * key.toString();                                  // "OneTimeKey[**************5678]"
 * }</pre>
 *
 * @param value the digits, 12 or 18 of them
 */
public record OneTimeKey(String value) {

    /**
     * Where a My Code comes from, as far as its length tells.
     *
     * <pre>{@code
     * OneTimeKey.Country.TW.length();   // 18
     * }</pre>
     */
    public enum Country {
        /** Taiwan: 18 digits. */
        TW(18),
        /** Thailand (and LINE Pay's other markets): 12 digits. */
        TH(12);

        private final int length;

        Country(int length) {
            this.length = length;
        }

        /**
         * How many digits a key of this country has.
         *
         * @return 18 for {@link #TW}, 12 for {@link #TH}
         */
        public int length() {
            return length;
        }
    }

    /**
     * Creates a key.
     *
     * @param value the digits, 12 or 18 of them
     * @throws ValidationException if the value is null, holds anything but the digits {@code 0-9}, or is
     *                             neither 12 nor 18 digits long; the message never repeats the value
     */
    public OneTimeKey {
        if (value == null || value.isEmpty()) {
            throw ValidationException.of("oneTimeKey", "is required");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                throw ValidationException.of("oneTimeKey", "must be digits only, as the customer's My Code reads ("
                        + Chars.at(value, i) + ")");
            }
        }
        if (value.length() != Country.TW.length() && value.length() != Country.TH.length()) {
            throw ValidationException.of("oneTimeKey", "must be " + Country.TW.length() + " digits (Taiwan) or "
                    + Country.TH.length() + " digits (Thailand), was " + value.length() + "; scan the My Code again");
        }
    }

    /**
     * A key as the scanner read it.
     *
     * @param value the digits
     * @return the key
     * @throws ValidationException if the value is not 12 or 18 digits
     */
    public static OneTimeKey of(String value) {
        return new OneTimeKey(value);
    }

    /**
     * The country the key's length belongs to.
     *
     * @return {@link Country#TW} for 18 digits, {@link Country#TH} for 12; never empty for a valid key (an
     *         {@code Optional} so that a length LINE Pay adds later can read as unknown)
     */
    public Optional<Country> country() {
        for (Country c : Country.values()) {
            if (c.length() == value.length()) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The last four digits only, the rest masked: the key can charge the customer until it is used. */
    @Override
    public String toString() {
        return "OneTimeKey[" + "*".repeat(value.length() - 4) + value.substring(value.length() - 4) + "]";
    }
}
