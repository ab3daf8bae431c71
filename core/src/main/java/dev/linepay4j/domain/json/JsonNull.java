package dev.linepay4j.domain.json;

/**
 * JSON {@code null}. A single instance, so {@code ==} works.
 *
 * <pre>{@code
 * JsonValue v = JsonNull.INSTANCE;
 * v.toString();   // null
 * }</pre>
 */
public enum JsonNull implements JsonValue {

    /** The one {@code null}. */
    INSTANCE;

    /** Returns {@code null}, the JSON literal. */
    @Override
    public String toString() {
        return "null";
    }
}
