package dev.linepay4j.domain.json;

import java.util.Objects;

/**
 * A JSON string. Holds any Java string; escaping happens when it is written.
 *
 * <pre>{@code
 * JsonString s = JsonString.of("Brown \"pen\"");
 * s.value();      // Brown "pen"
 * s.toString();   // "Brown \"pen\""
 * }</pre>
 *
 * @param value the text, unescaped
 */
public record JsonString(String value) implements JsonValue {

    /**
     * Creates a string.
     *
     * @param value the text, unescaped
     * @throws NullPointerException if value is null (use {@link JsonNull#INSTANCE} for JSON null)
     */
    public JsonString {
        Objects.requireNonNull(value, "value");
    }

    /**
     * A JSON string holding the text.
     *
     * @param value the text
     * @return the JSON string
     * @throws NullPointerException if value is null
     */
    public static JsonString of(String value) {
        return new JsonString(value);
    }

    /**
     * The string as a quoted JSON literal: quotes and backslashes escaped, control characters (and
     * U+2028/U+2029, which break JavaScript) as {@code \}{@code uXXXX}.
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(value.length() + 2);
        Render.string(value, b);
        return b.toString();
    }
}
