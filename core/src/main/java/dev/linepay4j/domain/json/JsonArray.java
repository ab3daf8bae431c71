package dev.linepay4j.domain.json;

import java.util.Arrays;
import java.util.List;

/**
 * A JSON array: an immutable list of values, in order.
 *
 * <pre>{@code
 * JsonArray ids = JsonArray.of(JsonNumber.parse("2023042201206549310"), JsonNumber.of(42));
 * ids.size();       // 2
 * ids.toString();   // [2023042201206549310,42]
 * }</pre>
 *
 * @param elements the values, unmodifiable, never null and never holding null (JSON null is
 *                 {@link JsonNull#INSTANCE})
 */
public record JsonArray(List<JsonValue> elements) implements JsonValue {

    /**
     * Creates an array, copying the list.
     *
     * @param elements the values, in order
     * @throws NullPointerException if the list or any element is null
     */
    public JsonArray {
        elements = List.copyOf(elements);
    }

    /**
     * An array of the given values.
     *
     * @param elements the values, in order
     * @return the array
     * @throws NullPointerException if any element is null
     */
    public static JsonArray of(JsonValue... elements) {
        return new JsonArray(Arrays.asList(elements));
    }

    /**
     * The number of elements.
     *
     * @return zero or more
     */
    public int size() {
        return elements.size();
    }

    /**
     * Whether there are no elements.
     *
     * @return true for {@code []}
     */
    public boolean isEmpty() {
        return elements.isEmpty();
    }

    /**
     * The element at a position.
     *
     * @param index from 0 to {@code size() - 1}
     * @return the element
     * @throws IndexOutOfBoundsException if there is no such position
     */
    public JsonValue get(int index) {
        return elements.get(index);
    }

    /** Compact JSON, such as {@code [1,"a",null]}. */
    @Override
    public String toString() {
        return Render.of(this);
    }
}
