package dev.linepay4j.domain.json;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A JSON number, kept as its literal text exactly as received or written. Nothing is converted until
 * asked, and then exactly: a 19-digit transaction id never passes through a {@code double}, and an
 * amount keeps its scale ({@code 10.50} stays {@code 10.50}).
 *
 * <p>The text is checked against the JSON number grammar of RFC 8259 on construction: optional
 * {@code -}, no leading zeros, no {@code +}, a fraction needs digits on both sides of the point, an
 * exponent needs digits. Equality compares the literal text, so {@code 1.0} and {@code 1} are different
 * values; compare {@link #bigDecimalValue()}s with {@code compareTo} for numeric equality.
 *
 * <pre>{@code
 * JsonNumber id = JsonNumber.parse("2023042201206549310");
 * id.longValueExact();   // 2023042201206549310L
 * JsonNumber.of(new BigDecimal("1E+3")).text();   // "1000"
 * }</pre>
 *
 * @param text the literal, such as {@code -12.5e3}
 */
public record JsonNumber(String text) implements JsonValue {

    /** of(BigDecimal) writes every digit; past this scale the plain text would be absurdly long. */
    private static final int MAX_PLAIN_SCALE = 1000;

    /** Longest excerpt of a rejected literal quoted in an exception message. */
    private static final int EXCERPT = 40;

    /** 18 characters: any whole-number literal that short fits in a long, signed or not. */
    private static final int MAX_LONG_SAFE_LENGTH = 18;

    /**
     * Creates a number from its literal.
     *
     * @param text the JSON number literal
     * @throws NullPointerException  if text is null
     * @throws NumberFormatException if text is not a JSON number, or its exponent is beyond what
     *                               {@link BigDecimal} can hold (about ±2<sup>31</sup>)
     */
    public JsonNumber {
        Objects.requireNonNull(text, "text");
        int exponentAt = grammarCheck(text);
        if (exponentAt >= 0) {
            // Keep the promise that bigDecimalValue() never fails: BigDecimal rejects exponents outside
            // the int range, which the JSON grammar allows.
            try {
                new BigDecimal(text);
            } catch (NumberFormatException e) {
                throw new NumberFormatException("JSON number exponent out of range: " + excerpt(text));
            }
        }
    }

    /**
     * The number for a {@code long}.
     *
     * @param value the value
     * @return its decimal literal, such as {@code -42}
     */
    public static JsonNumber of(long value) {
        return new JsonNumber(Long.toString(value));
    }

    /**
     * The number for a {@link BigDecimal}, written as plain digits with no exponent and with its scale
     * kept ({@code 10.50} is written {@code 10.50}; {@code 1E+3} is written {@code 1000}).
     *
     * @param value the value
     * @return the number
     * @throws NullPointerException     if value is null
     * @throws IllegalArgumentException if the scale is beyond ±1000, which would make a plain literal
     *                                  of over a thousand digits (no LINE Pay field needs that)
     */
    public static JsonNumber of(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        if (Math.abs((long) value.scale()) > MAX_PLAIN_SCALE) {
            throw new IllegalArgumentException("scale " + value.scale() + " is beyond ±" + MAX_PLAIN_SCALE
                    + "; the plain literal would be too long");
        }
        return new JsonNumber(value.toPlainString());
    }

    /**
     * The number for a literal, as received from a codec.
     *
     * @param literal the JSON number text
     * @return the number
     * @throws NullPointerException  if literal is null
     * @throws NumberFormatException if literal is not a JSON number
     */
    public static JsonNumber parse(String literal) {
        return new JsonNumber(literal);
    }

    /**
     * The exact value as a {@code long}. Any literal whose value is a whole number fits, whatever its
     * spelling ({@code 1000}, {@code 1000.0}, {@code 1e3}); rounding never happens.
     *
     * @return the value
     * @throws ArithmeticException if the value has a fractional part or is outside the {@code long}
     *                             range
     */
    public long longValueExact() {
        if (isPlainInteger(text)) {
            // The common case (ids, amounts): no BigDecimal needed.
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new ArithmeticException("JSON number " + excerpt(text) + " is outside the 64-bit range");
            }
        }
        try {
            return bigDecimalValue().longValueExact();
        } catch (ArithmeticException e) {
            throw new ArithmeticException("JSON number " + excerpt(text)
                    + " is not a whole number within the 64-bit range");
        }
    }

    /**
     * The exact value, with the literal's scale ({@code 10.50} has scale 2).
     *
     * @return the value; never fails, as the literal was checked on construction
     */
    public BigDecimal bigDecimalValue() {
        // Amounts are mostly short whole numbers: the same value and scale (0) as new BigDecimal(text), without
        // the char[] copy that the String constructor makes.
        if (text.length() <= MAX_LONG_SAFE_LENGTH && isPlainInteger(text)) {
            return BigDecimal.valueOf(Long.parseLong(text));
        }
        return new BigDecimal(text);
    }

    /** The literal text, unchanged. */
    @Override
    public String toString() {
        return text;
    }

    private static boolean isPlainInteger(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return false;
            }
        }
        return true;
    }

    /**
     * Checks RFC 8259's {@code number = [ minus ] int [ frac ] [ exp ]} by hand (a regex would allocate
     * on every number of every response).
     *
     * @return the index of the exponent marker, or -1 when there is none
     */
    private static int grammarCheck(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && s.charAt(i) == '-') {
            i++;
        }
        if (i >= n) {
            throw invalid(s);
        }
        if (s.charAt(i) == '0') {
            i++;
        } else if (isDigit1to9(s.charAt(i))) {
            i = skipDigits(s, i + 1);
        } else {
            throw invalid(s);
        }
        if (i < n && s.charAt(i) == '.') {
            int start = i + 1;
            i = skipDigits(s, start);
            if (i == start) {
                throw invalid(s);
            }
        }
        int exponentAt = -1;
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            exponentAt = i;
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int start = i;
            i = skipDigits(s, start);
            if (i == start) {
                throw invalid(s);
            }
        }
        if (i != n) {
            throw invalid(s);
        }
        return exponentAt;
    }

    private static boolean isDigit1to9(char c) {
        return c >= '1' && c <= '9';
    }

    private static int skipDigits(String s, int i) {
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    private static NumberFormatException invalid(String s) {
        return new NumberFormatException("not a JSON number: " + excerpt(s));
    }

    /** A quoted, single-line, bounded excerpt: the literal may come from an untrusted response. */
    private static String excerpt(String s) {
        String cut = s.length() > EXCERPT ? s.substring(0, EXCERPT) : s;
        StringBuilder b = new StringBuilder(cut.length() + 8);
        Render.string(cut, b);
        if (cut.length() < s.length()) {
            b.append("… (").append(s.length()).append(" chars)");
        }
        return b.toString();
    }
}
