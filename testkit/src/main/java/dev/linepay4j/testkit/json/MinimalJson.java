package dev.linepay4j.testkit.json;

import dev.linepay4j.domain.json.JsonArray;
import dev.linepay4j.domain.json.JsonBoolean;
import dev.linepay4j.domain.json.JsonNull;
import dev.linepay4j.domain.json.JsonNumber;
import dev.linepay4j.domain.json.JsonObject;
import dev.linepay4j.domain.json.JsonString;
import dev.linepay4j.domain.json.JsonValue;
import dev.linepay4j.spi.JsonLimits;
import dev.linepay4j.spi.JsonReadException;
import dev.linepay4j.spi.JsonReadException.Reason;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A strict RFC 8259 reader and a compact writer for {@link JsonValue} trees, so that the testkit
 * ({@code LinePaySandbox} above all) needs no JSON library and stays independent of the codec under
 * test. Numbers keep their literal text, so 19-digit transaction ids stay exact. Small and
 * dependency-free rather than fast.
 *
 * <p>It keeps the rules of {@link dev.linepay4j.testkit.contract.JsonCodecContract}, which its own tests
 * run it through:
 * <ul>
 * <li>Reading accepts strict UTF-8 holding exactly one value with JSON white space (space, tab, CR, LF)
 *     around it. Anything else is a {@link JsonReadException}: {@link Reason#EMPTY} for no value,
 *     {@link Reason#SYNTAX} for malformed input (duplicate keys included), and the {@link JsonLimits}
 *     reasons for input over a limit. Messages quote at most a short excerpt of the input.</li>
 * <li>Writing is compact UTF-8 with object members in their order. Only what JSON requires is escaped
 *     (quotes, backslashes, characters below U+0020); an unpaired surrogate, which UTF-8 cannot carry,
 *     is written as a {@code \}{@code uXXXX} escape and read back as the same {@code char}.</li>
 * </ul>
 *
 * <pre>{@code
 * JsonValue tree = MinimalJson.read(bytes);                        // JsonLimits.defaults()
 * JsonValue small = MinimalJson.read(bytes, new JsonLimits(4096, 8, 40, 1024));
 * byte[] again = MinimalJson.write(tree);
 * }</pre>
 */
public final class MinimalJson {

    /** How many characters of the input a failure message may quote. */
    private static final int EXCERPT = 20;

    private final String text;
    private final JsonLimits limits;
    private int at;

    private MinimalJson(String text, JsonLimits limits) {
        this.text = text;
        this.limits = limits;
    }

    /**
     * Reads exactly one JSON document within {@link JsonLimits#defaults()}.
     *
     * @param utf8 the bytes
     * @return the tree
     * @throws JsonReadException when the bytes are empty, not UTF-8, not one well-formed document, or over
     *                           a limit
     * @throws NullPointerException if utf8 is null
     */
    public static JsonValue read(byte[] utf8) {
        return read(utf8, JsonLimits.defaults());
    }

    /**
     * Reads exactly one JSON document within the given limits. The size is checked before anything is
     * decoded; depth counts {@code []} as 1 and a scalar root as 0; a number's length counts every
     * character of its literal; a string's (or key's) length counts its {@code char}s after unescaping.
     *
     * @param utf8   the bytes
     * @param limits the most the reader accepts
     * @return the tree
     * @throws JsonReadException when the bytes are empty, not UTF-8, not one well-formed document, or over
     *                           a limit
     * @throws NullPointerException if an argument is null
     */
    public static JsonValue read(byte[] utf8, JsonLimits limits) {
        Objects.requireNonNull(utf8, "utf8");
        Objects.requireNonNull(limits, "limits");
        if (utf8.length > limits.maxBytes()) {
            throw new JsonReadException(Reason.TOO_LARGE,
                    utf8.length + " bytes, more than the limit of " + limits.maxBytes(), null);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(utf8)).toString();
        } catch (CharacterCodingException e) {
            // The decoder's message holds no input; no cause is kept, so nothing can quote the bytes.
            throw new JsonReadException(Reason.SYNTAX, "not valid UTF-8", null);
        }
        MinimalJson reader = new MinimalJson(text, limits);
        reader.space();
        if (reader.at == text.length()) {
            // Only JSON's own four white-space characters count; a vertical tab or NBSP is a syntax error.
            throw new JsonReadException(Reason.EMPTY, "no JSON document", null);
        }
        JsonValue value = reader.value(0);
        reader.space();
        if (reader.at != text.length()) {
            throw reader.error("unexpected text after the document");
        }
        return value;
    }

    /**
     * Writes a tree as compact UTF-8 JSON, object members in their order. Not bound by any read limit.
     *
     * @param value the tree
     * @return the bytes
     * @throws NullPointerException if value is null (use {@link JsonNull#INSTANCE} for JSON null)
     */
    public static byte[] write(JsonValue value) {
        Objects.requireNonNull(value, "value");
        StringBuilder b = new StringBuilder(256);
        write(value, b);
        // Every unpaired surrogate was escaped, so the encoder meets only whole characters and never
        // substitutes '?'.
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(JsonValue value, StringBuilder b) {
        if (value instanceof JsonObject o) {
            b.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonValue> e : o.members().entrySet()) {
                if (!first) {
                    b.append(',');
                }
                first = false;
                string(e.getKey(), b);
                b.append(':');
                write(e.getValue(), b);
            }
            b.append('}');
        } else if (value instanceof JsonArray a) {
            b.append('[');
            for (int i = 0; i < a.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                write(a.get(i), b);
            }
            b.append(']');
        } else if (value instanceof JsonString s) {
            string(s.value(), b);
        } else if (value instanceof JsonNumber n) {
            b.append(n.text());
        } else if (value instanceof JsonBoolean bool) {
            b.append(bool.value());
        } else {
            b.append("null");
        }
    }

    private static void string(String s, StringBuilder b) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    b.append("\\\"");
                    break;
                case '\\':
                    b.append("\\\\");
                    break;
                case '\n':
                    b.append("\\n");
                    break;
                case '\r':
                    b.append("\\r");
                    break;
                case '\t':
                    b.append("\\t");
                    break;
                default:
                    if (c < 0x20) {
                        unicodeEscape(c, b);
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        unicodeEscape(c, b);   // unpaired: UTF-8 has no bytes for it
                    } else {
                        b.append(c);
                    }
            }
        }
        b.append('"');
    }

    private static void unicodeEscape(char c, StringBuilder b) {
        String hex = Integer.toHexString(c);
        b.append("\\u");
        for (int pad = hex.length(); pad < 4; pad++) {
            b.append('0');
        }
        b.append(hex);
    }

    private JsonValue value(int depth) {
        if (at >= text.length()) {
            throw error("the document ends too early");
        }
        char c = text.charAt(at);
        switch (c) {
            case '{':
                return object(depth + 1);
            case '[':
                return array(depth + 1);
            case '"':
                return JsonString.of(string());
            case 't':
                return literal("true", JsonBoolean.TRUE);
            case 'f':
                return literal("false", JsonBoolean.FALSE);
            case 'n':
                return literal("null", JsonNull.INSTANCE);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw error("unexpected character " + describe(c));
        }
    }

    private JsonObject object(int depth) {
        checkDepth(depth);
        at++;
        Map<String, JsonValue> members = new LinkedHashMap<>();
        space();
        if (peek('}')) {
            at++;
            return new JsonObject(members);
        }
        while (true) {
            space();
            if (!peek('"')) {
                throw error(at >= text.length() ? "the document ends too early" : "expected a member name");
            }
            int keyAt = at;
            String key = string();
            space();
            expect(':');
            space();
            JsonValue v = value(depth);
            if (members.put(key, v) != null) {
                throw new JsonReadException(Reason.SYNTAX, "duplicate member name " + excerpt(key)
                        + " at character " + keyAt, null);
            }
            space();
            if (peek(',')) {
                at++;
            } else {
                expect('}');
                return new JsonObject(members);
            }
        }
    }

    private JsonArray array(int depth) {
        checkDepth(depth);
        at++;
        List<JsonValue> elements = new ArrayList<>();
        space();
        if (peek(']')) {
            at++;
            return new JsonArray(elements);
        }
        while (true) {
            space();
            elements.add(value(depth));
            space();
            if (peek(',')) {
                at++;
            } else {
                expect(']');
                return new JsonArray(elements);
            }
        }
    }

    private String string() {
        int start = at;
        at++; // opening quote
        StringBuilder b = new StringBuilder();
        while (true) {
            if (at >= text.length()) {
                throw error("unterminated string");
            }
            char c = text.charAt(at++);
            if (c == '"') {
                return b.toString();
            }
            if (c < 0x20) {
                throw error("control character " + describe(c) + " in a string");
            }
            if (c != '\\') {
                append(b, c, start);
                continue;
            }
            if (at >= text.length()) {
                throw error("unterminated escape");
            }
            char e = text.charAt(at++);
            switch (e) {
                case '"': append(b, '"', start); break;
                case '\\': append(b, '\\', start); break;
                case '/': append(b, '/', start); break;
                case 'b': append(b, '\b', start); break;
                case 'f': append(b, '\f', start); break;
                case 'n': append(b, '\n', start); break;
                case 'r': append(b, '\r', start); break;
                case 't': append(b, '\t', start); break;
                case 'u':
                    append(b, hex4(), start);
                    break;
                default:
                    throw error("bad escape \\" + describe(e));
            }
        }
    }

    /** Four hex digits exactly; {@code Integer.parseInt} alone would also take a sign ("\\u+041"). */
    private char hex4() {
        if (at + 4 > text.length()) {
            throw error("short unicode escape");
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int d = Character.digit(text.charAt(at + i), 16);
            if (d < 0 || text.charAt(at + i) > 'f') {   // Character.digit also takes full-width digits
                throw error("bad unicode escape");
            }
            value = value * 16 + d;
        }
        at += 4;
        return (char) value;
    }

    private void append(StringBuilder b, char c, int start) {
        if (b.length() >= limits.maxStringLength()) {
            throw new JsonReadException(Reason.STRING_TOO_LONG, "string at character " + start
                    + " is longer than the limit of " + limits.maxStringLength() + " characters", null);
        }
        b.append(c);
    }

    private JsonNumber number() {
        int start = at;
        if (peek('-')) {
            at++;
        }
        if (peek('0')) {
            at++;
        } else if (digit()) {
            while (digit()) {
                at++;
            }
        } else {
            throw error("bad number");
        }
        if (peek('.')) {
            at++;
            if (!digit()) {
                throw error("bad number");
            }
            while (digit()) {
                at++;
            }
        }
        if (peek('e') || peek('E')) {
            at++;
            if (peek('+') || peek('-')) {
                at++;
            }
            if (!digit()) {
                throw error("bad number");
            }
            while (digit()) {
                at++;
            }
        }
        if (at - start > limits.maxNumberLength()) {
            throw new JsonReadException(Reason.NUMBER_TOO_LONG, "number at character " + start + " has "
                    + (at - start) + " characters, more than the limit of " + limits.maxNumberLength(), null);
        }
        try {
            return JsonNumber.parse(text.substring(start, at));
        } catch (NumberFormatException e) {
            // Grammatical, but beyond what the tree holds (an exponent past the int range); the message of
            // JsonNumber quotes a short excerpt only.
            throw new JsonReadException(Reason.SYNTAX, "number at character " + start + " not accepted: "
                    + e.getMessage(), null);
        }
    }

    private boolean digit() {
        return at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9';
    }

    private JsonValue literal(String word, JsonValue value) {
        if (!text.startsWith(word, at)) {
            throw error("unexpected word");
        }
        at += word.length();
        return value;
    }

    private void checkDepth(int depth) {
        if (depth > limits.maxDepth()) {
            throw new JsonReadException(Reason.TOO_DEEP, "nested deeper than " + limits.maxDepth()
                    + " at character " + at, null);
        }
    }

    private boolean peek(char c) {
        return at < text.length() && text.charAt(at) == c;
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw error(at >= text.length() ? "the document ends too early" : "expected '" + c + "'");
        }
        at++;
    }

    private void space() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            at++;
        }
    }

    private JsonReadException error(String what) {
        return new JsonReadException(Reason.SYNTAX, what + " at character " + at, null);
    }

    /** A character for a message: itself when printable ASCII, else its code point. */
    private static String describe(char c) {
        return c > ' ' && c < 0x7f ? "'" + c + "'" : String.format("U+%04X", (int) c);
    }

    private static String excerpt(String s) {
        StringBuilder b = new StringBuilder("'");
        for (int i = 0; i < Math.min(s.length(), EXCERPT); i++) {
            char c = s.charAt(i);
            b.append(c >= ' ' && c < 0x7f ? c : '?');
        }
        return b.append(s.length() > EXCERPT ? "…'" : "'").toString();
    }
}
