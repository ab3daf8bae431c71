package dev.linepay4j.codec.jackson;

import dev.linepay4j.domain.json.JsonNumber;
import dev.linepay4j.domain.json.JsonString;
import java.util.function.Function;

/**
 * The last short strings and number literals read, so that the values every answer repeats
 * ({@code "0000"}, {@code "Success."}, a payment method, a currency, an amount) are not built again for
 * each answer. Jackson already does this for keys; this does it for values.
 *
 * <p>A fixed table of {@value #SLOTS} slots per kind, indexed by the text's hash, each holding the last
 * value that fell there: a miss builds the value and takes the slot. Only texts of at most
 * {@value #MAX_LENGTH} characters are kept: long enough for codes, messages such as {@code "Success."},
 * methods ({@code "CREDIT_CARD"}), currencies and amounts; short enough that a regKey (15 characters), a
 * masked card number (16) or a My Code one-time key (18) never outlives its answer here, and that ids and
 * dates, which change with every answer, never displace the repeated values. A hostile answer costs at most
 * one short comparison per value and a bounded table.
 *
 * <p>Shared by every thread of a codec without a lock: a slot is one reference to an immutable value, so a
 * reader sees either the old value or the new one, and compares its text before using it.
 */
final class ShortValueCache {

    /** Longer texts are built each time. */
    static final int MAX_LENGTH = 12;

    private static final int SLOTS = 256;

    private final JsonString[] strings = new JsonString[SLOTS];
    private final JsonNumber[] numbers = new JsonNumber[SLOTS];

    /**
     * The string value of these characters.
     *
     * @param chars  a buffer holding the decoded string
     * @param offset where it starts
     * @param length how many characters it has
     * @return a {@link JsonString} of exactly those characters
     */
    JsonString string(char[] chars, int offset, int length) {
        return kept(strings, chars, offset, length, JsonString::value, JsonString::of);
    }

    /**
     * The number of this literal.
     *
     * @param chars  a buffer holding the literal as it stood in the input
     * @param offset where it starts
     * @param length how many characters it has
     * @return a {@link JsonNumber} of exactly that literal
     * @throws NumberFormatException as {@link JsonNumber#parse(String)}
     */
    JsonNumber number(char[] chars, int offset, int length) {
        return kept(numbers, chars, offset, length, JsonNumber::text, JsonNumber::parse);
    }

    /** The value kept in the text's slot when its text is this one; else a new value, which takes the slot. */
    private static <V> V kept(V[] table, char[] chars, int offset, int length, Function<V, String> textOf,
                              Function<String, V> make) {
        if (length > MAX_LENGTH) {
            return make.apply(new String(chars, offset, length));
        }
        int slot = slot(chars, offset, length);
        V cached = table[slot];
        if (cached != null && same(textOf.apply(cached), chars, offset, length)) {
            return cached;
        }
        V made = make.apply(new String(chars, offset, length));
        table[slot] = made;
        return made;
    }

    private static int slot(char[] chars, int offset, int length) {
        int h = length;
        for (int i = offset; i < offset + length; i++) {
            h = 31 * h + chars[i];
        }
        return (h ^ (h >>> 16)) & (SLOTS - 1);
    }

    private static boolean same(String text, char[] chars, int offset, int length) {
        if (text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (text.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }

    /** Names the sizes only: the values are parts of answers. */
    @Override
    public String toString() {
        return "ShortValueCache[" + SLOTS + " slots per kind, up to " + MAX_LENGTH + " characters]";
    }
}
