package dev.linepay4j.support;

import dev.linepay4j.domain.json.JsonArray;
import dev.linepay4j.domain.json.JsonBoolean;
import dev.linepay4j.domain.json.JsonNull;
import dev.linepay4j.domain.json.JsonNumber;
import dev.linepay4j.domain.json.JsonObject;
import dev.linepay4j.domain.json.JsonString;
import dev.linepay4j.domain.json.JsonValue;
import dev.linepay4j.spi.JsonCodec;
import dev.linepay4j.spi.JsonReadException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small JSON codec for core's own tests, which cannot depend on codec-jackson (it depends on core).
 * Writes the tree's compact rendering; reads with a recursive-descent parser that keeps number literals.
 * Not a production codec: no limits beyond the obvious.
 */
public final class MiniJsonCodec implements JsonCodec {

    @Override
    public byte[] write(JsonValue value) {
        return value.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public JsonValue read(byte[] json) {
        String text = new String(json, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            throw new JsonReadException(JsonReadException.Reason.EMPTY, "no JSON value", null);
        }
        Parser p = new Parser(text);
        try {
            JsonValue v = p.value();
            p.skipSpace();
            if (p.i != text.length()) {
                throw p.error("trailing characters");
            }
            return v;
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            if (e instanceof JsonReadException) {
                throw e;
            }
            throw new JsonReadException(JsonReadException.Reason.SYNTAX, "at " + p.i, null);
        }
    }

    private static final class Parser {
        final String s;
        int i;

        Parser(String s) {
            this.s = s;
        }

        JsonReadException error(String what) {
            return new JsonReadException(JsonReadException.Reason.SYNTAX, what + " at " + i, null);
        }

        void skipSpace() {
            while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
        }

        JsonValue value() {
            skipSpace();
            if (i >= s.length()) {
                throw error("unexpected end");
            }
            char c = s.charAt(i);
            switch (c) {
                case '{':
                    return object();
                case '[':
                    return array();
                case '"':
                    return JsonString.of(string());
                case 't':
                    expect("true");
                    return JsonBoolean.TRUE;
                case 'f':
                    expect("false");
                    return JsonBoolean.FALSE;
                case 'n':
                    expect("null");
                    return JsonNull.INSTANCE;
                default:
                    return number();
            }
        }

        void expect(String word) {
            if (!s.startsWith(word, i)) {
                throw error("expected " + word);
            }
            i += word.length();
        }

        JsonObject object() {
            i++;
            JsonObject.Builder b = JsonObject.builder();
            skipSpace();
            if (s.charAt(i) == '}') {
                i++;
                return b.build();
            }
            while (true) {
                skipSpace();
                if (s.charAt(i) != '"') {
                    throw error("expected a key");
                }
                String key = string();
                skipSpace();
                if (s.charAt(i++) != ':') {
                    throw error("expected ':'");
                }
                b.put(key, value());
                skipSpace();
                char c = s.charAt(i++);
                if (c == '}') {
                    return b.build();
                }
                if (c != ',') {
                    throw error("expected ',' or '}'");
                }
            }
        }

        JsonArray array() {
            i++;
            List<JsonValue> list = new ArrayList<>();
            skipSpace();
            if (s.charAt(i) == ']') {
                i++;
                return new JsonArray(list);
            }
            while (true) {
                list.add(value());
                skipSpace();
                char c = s.charAt(i++);
                if (c == ']') {
                    return new JsonArray(list);
                }
                if (c != ',') {
                    throw error("expected ',' or ']'");
                }
            }
        }

        String string() {
            i++;
            StringBuilder b = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n': b.append('\n'); break;
                        case 't': b.append('\t'); break;
                        case 'r': b.append('\r'); break;
                        case 'b': b.append('\b'); break;
                        case 'f': b.append('\f'); break;
                        case 'u':
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                            break;
                        default: b.append(e);
                    }
                } else if (c < 0x20) {
                    throw error("control character in string");
                } else {
                    b.append(c);
                }
            }
        }

        JsonNumber number() {
            int start = i;
            while (i < s.length() && "-+0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            if (start == i) {
                throw error("unexpected character");
            }
            try {
                return JsonNumber.parse(s.substring(start, i));
            } catch (NumberFormatException e) {
                throw error("bad number");
            }
        }
    }
}
