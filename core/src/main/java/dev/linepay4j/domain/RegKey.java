package dev.linepay4j.domain;

/**
 * A pre-approved payment key ({@code regKey}): LINE Pay returns it when a {@code PREAPPROVED} payment is
 * confirmed, and the merchant charges the same customer again with it later.
 *
 * <p>LINE Pay's legacy documentation shows 15 characters ({@code RK2AE3519XTFXHM}) but promises no
 * format, so linepay4j accepts any 1 to 100 visible ASCII characters. The key is put into a URL path
 * ({@code /v3/payments/preapprovedPay/{regKey}/payment}), so the characters that would change that
 * path are refused: space, {@code /}, {@code ?}, {@code #}, and also {@code %} and {@code \}, which
 * servers decode or normalise into one of the others. Error messages never repeat the key.
 *
 * <pre>{@code
 * RegKey key = RegKey.of("RK2AE3519XTFXHM");
 * key.value();  // "RK2AE3519XTFXHM"
 * }</pre>
 *
 * @param value the key; 1 to 100 visible ASCII characters, none of {@code / ? # % \}
 */
public record RegKey(String value) {

    /** The longest key accepted: far above the 15 characters seen, well below any URL limit. */
    public static final int MAX_LENGTH = 100;

    private static final String FORBIDDEN = "/?#%\\";

    /**
     * Creates a key.
     *
     * @param value the key; 1 to 100 visible ASCII characters, none of {@code / ? # % \}
     * @throws ValidationException if the value is null, empty, longer than {@value #MAX_LENGTH}
     *                             characters, or holds a space, a control or non-ASCII character, or
     *                             one of {@code / ? # % \}
     */
    public RegKey {
        if (value == null || value.isEmpty()) {
            throw ValidationException.of("regKey", "is required");
        }
        if (value.length() > MAX_LENGTH) {
            throw ValidationException.of("regKey",
                    "must be at most " + MAX_LENGTH + " characters, was " + value.length());
        }
        int bad = Chars.firstNotVisibleAscii(value, FORBIDDEN);
        if (bad >= 0) {
            throw ValidationException.of("regKey",
                    "must be visible ASCII without space, '/', '?', '#', '%' or '\\' because it goes into a URL path ("
                            + Chars.at(value, bad) + ")");
        }
    }

    /**
     * A key as LINE Pay returned it.
     *
     * @param value the {@code regKey} from the confirm response
     * @return the key
     * @throws ValidationException if the value does not fit the rules above
     */
    public static RegKey of(String value) {
        return new RegKey(value);
    }

    /** The key itself, as it goes into the URL path. */
    @Override
    public String toString() {
        return value;
    }
}
