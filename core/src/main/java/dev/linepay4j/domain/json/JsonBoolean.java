package dev.linepay4j.domain.json;

/**
 * JSON {@code true} or {@code false}. Two instances only, so {@code ==} works.
 *
 * <pre>{@code
 * JsonBoolean capture = JsonBoolean.of(false);
 * capture.value();      // false
 * capture.toString();   // false
 * }</pre>
 */
public enum JsonBoolean implements JsonValue {

    /** JSON {@code true}. */
    TRUE,

    /** JSON {@code false}. */
    FALSE;

    /**
     * The JSON boolean for a Java boolean.
     *
     * @param value the value
     * @return {@link #TRUE} or {@link #FALSE}
     */
    public static JsonBoolean of(boolean value) {
        return value ? TRUE : FALSE;
    }

    /**
     * The Java boolean.
     *
     * @return true for {@link #TRUE}
     */
    public boolean value() {
        return this == TRUE;
    }

    /** Returns {@code true} or {@code false}, the JSON literal. */
    @Override
    public String toString() {
        return this == TRUE ? "true" : "false";
    }
}
