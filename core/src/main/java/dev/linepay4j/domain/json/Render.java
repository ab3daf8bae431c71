package dev.linepay4j.domain.json;

import java.util.Iterator;
import java.util.Map;

/** Compact JSON text for {@code toString()}: debugging aid only, codecs write the bytes that are sent. */
final class Render {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Render() {
    }

    static String of(JsonValue v) {
        StringBuilder b = new StringBuilder();
        value(v, b);
        return b.toString();
    }

    static void value(JsonValue v, StringBuilder b) {
        if (v instanceof JsonObject o) {
            b.append('{');
            Iterator<Map.Entry<String, JsonValue>> it = o.members().entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonValue> e = it.next();
                string(e.getKey(), b);
                b.append(':');
                value(e.getValue(), b);
                if (it.hasNext()) {
                    b.append(',');
                }
            }
            b.append('}');
        } else if (v instanceof JsonArray a) {
            b.append('[');
            for (int i = 0; i < a.elements().size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                value(a.elements().get(i), b);
            }
            b.append(']');
        } else if (v instanceof JsonString s) {
            string(s.value(), b);
        } else {
            // Numbers keep their literal; booleans and null render themselves.
            b.append(v);
        }
    }

    static void string(String s, StringBuilder b) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                // JSON requires escaping below U+0020; DEL, C1 and the JavaScript line separators are
                // escaped too so that a rendered value can never break a log line or a script.
                b.append("\\u").append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf])
                        .append(HEX[c >> 4 & 0xf]).append(HEX[c & 0xf]);
            } else {
                b.append(c);
            }
        }
        b.append('"');
    }
}
