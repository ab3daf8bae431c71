package dev.linepay4j.codec.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds one {@link JsonValue} from a parser's tokens, checking the limits as it goes.
 *
 * <p>It keeps its own stack of open containers instead of recursing, so that no input can exhaust the
 * thread's stack whatever depth limit the user chose. Each check here counts exactly what
 * {@link JsonLimits} promises (a number's literal characters, a string's characters after unescaping),
 * which is not always what Jackson's own constraints count.
 */
final class TreeReader {

    /** Longest piece of a key quoted in the message about a duplicate. */
    private static final int KEY_EXCERPT = 32;

    private final JsonParser parser;
    private final JsonLimits limits;
    private final ShortValueCache values;

    TreeReader(JsonParser parser, JsonLimits limits, ShortValueCache values) {
        this.parser = parser;
        this.limits = limits;
        this.values = values;
    }

    /**
     * Reads the value that starts with the given token, and nothing after it.
     *
     * @param first the value's first token, never null
     * @return the value
     * @throws IOException       what Jackson throws for malformed input
     * @throws JsonReadException for a broken limit or a duplicate key
     */
    JsonValue read(JsonToken first) throws IOException {
        // Plain arrays as the stack of open containers (a JsonObject.Builder or an OpenArray each) and of
        // the key each open object waits to fill: most documents nest four or five deep.
        Object[] open = new Object[8];
        String[] keys = new String[8];
        int depth = 0;
        JsonToken token = first;
        while (true) {
            JsonValue value;
            switch (token) {
                case START_OBJECT:
                case START_ARRAY:
                    if (depth >= limits.maxDepth()) {
                        throw refused(Reason.TOO_DEEP, "nesting deeper than the limit of " + limits.maxDepth());
                    }
                    if (depth == open.length) {
                        open = Arrays.copyOf(open, depth * 2);
                        keys = Arrays.copyOf(keys, depth * 2);
                    }
                    open[depth++] = token == JsonToken.START_OBJECT ? JsonObject.builder() : new OpenArray();
                    token = next();
                    continue;
                case FIELD_NAME:
                    // Jackson only gives a FIELD_NAME inside an object.
                    keys[depth - 1] = key((JsonObject.Builder) open[depth - 1]);
                    token = next();
                    continue;
                case END_OBJECT:
                    value = ((JsonObject.Builder) open[--depth]).build();   // JsonObject.of() when empty
                    open[depth] = null;
                    break;
                case END_ARRAY:
                    value = ((OpenArray) open[--depth]).close();
                    open[depth] = null;
                    break;
                case VALUE_STRING:
                    value = string();
                    break;
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    value = number();
                    break;
                case VALUE_TRUE:
                    value = JsonBoolean.TRUE;
                    break;
                case VALUE_FALSE:
                    value = JsonBoolean.FALSE;
                    break;
                case VALUE_NULL:
                    value = JsonNull.INSTANCE;
                    break;
                default:
                    // NOT_AVAILABLE and VALUE_EMBEDDED_OBJECT: a byte-array JSON parser never gives them.
                    throw refused(Reason.SYNTAX, "unexpected token " + token);
            }
            if (depth == 0) {
                return value;
            }
            Object parent = open[depth - 1];
            if (parent instanceof OpenArray array) {
                array.add(value);
            } else {
                ((JsonObject.Builder) parent).put(keys[depth - 1], value);
            }
            token = next();
        }
    }

    private JsonToken next() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            // Jackson reports an unclosed container itself; this guards against a version that does not.
            throw refused(Reason.SYNTAX, "the body ends inside an object or array");
        }
        return token;
    }

    private String key(JsonObject.Builder object) throws IOException {
        String key = parser.currentName();
        if (key.length() > limits.maxStringLength()) {
            throw refused(Reason.STRING_TOO_LONG, "a key of " + key.length()
                    + " characters is longer than the limit of " + limits.maxStringLength());
        }
        // Checked here rather than by Jackson's STRICT_DUPLICATE_DETECTION: the builder is needed anyway,
        // and the message can quote a short excerpt of the key instead of all of it.
        if (object.has(key)) {
            throw refused(Reason.SYNTAX, "duplicate key " + JsonString.of(excerpt(key)) + " in an object");
        }
        return key;
    }

    private JsonString string() throws IOException {
        // The length first: it needs no String, and a refused string is never built.
        int length = parser.getTextLength();
        if (length > limits.maxStringLength()) {
            throw refused(Reason.STRING_TOO_LONG, "a string of " + length
                    + " characters is longer than the limit of " + limits.maxStringLength());
        }
        return values.string(parser.getTextCharacters(), parser.getTextOffset(), length);
    }

    private JsonNumber number() throws IOException {
        // getText() is the literal as it stood in the input. Never getNumberValue() or getDoubleValue():
        // they convert, and a 19-digit id must not pass through a double.
        int length = parser.getTextLength();
        if (length > limits.maxNumberLength()) {
            throw refused(Reason.NUMBER_TOO_LONG, "a number of " + length
                    + " characters is longer than the limit of " + limits.maxNumberLength());
        }
        try {
            return values.number(parser.getTextCharacters(), parser.getTextOffset(), length);
        } catch (NumberFormatException e) {
            // Jackson checked the grammar; what is left is an exponent no BigDecimal (hence no JsonNumber)
            // holds, such as 1e2147483648.
            throw new JsonReadException(Reason.SYNTAX, "a number the JSON tree cannot hold (exponent out of range) at "
                    + where(parser.currentTokenLocation()), e);
        }
    }

    private JsonReadException refused(Reason reason, String problem) {
        return new JsonReadException(reason, problem + " at " + where(parser.currentTokenLocation()), null);
    }

    /** Line, column and byte offset, as people and editors count them. */
    static String where(JsonLocation location) {
        if (location == null || location == JsonLocation.NA) {
            return "an unknown position";
        }
        return "line " + location.getLineNr() + ", column " + location.getColumnNr() + " (byte "
                + location.getByteOffset() + ")";
    }

    /** An array being read. */
    private static final class OpenArray {

        // Most arrays in LINE Pay's answers hold one element (payInfo, packages): it waits in a field, and
        // a list is made only for a second one.
        private JsonValue only;
        private List<JsonValue> elements;

        void add(JsonValue value) {
            if (elements != null) {
                elements.add(value);
            } else if (only == null) {
                only = value;
            } else {
                elements = new ArrayList<>();
                elements.add(only);
                elements.add(value);
            }
        }

        JsonValue close() {
            return new JsonArray(elements != null ? elements : only != null ? List.of(only) : List.of());
        }
    }

    private static String excerpt(String s) {
        if (s.length() <= KEY_EXCERPT) {
            return s;
        }
        // Never cut between the two halves of a surrogate pair.
        int end = Character.isHighSurrogate(s.charAt(KEY_EXCERPT - 1)) ? KEY_EXCERPT - 1 : KEY_EXCERPT;
        return s.substring(0, end) + "…";
    }
}
