package dev.linepay4j.domain.json;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A JSON object: named members in the order they were added (or read), immutable.
 *
 * <p>Keys are unique: the {@link Builder} rejects a key added twice rather than letting one value win
 * silently, because in a payment body {@code {"amount":1,"amount":1000}} is an attack or a bug, never
 * something to guess about. Equality follows JSON's meaning: two objects are equal when they have the
 * same members, in any order; {@code toString()} keeps the order.
 *
 * <p>The typed lookups ({@link #string}, {@link #number}…) answer empty both when the key is missing
 * and when its value has another kind (including JSON {@code null}); use {@link #get} to tell them
 * apart.
 *
 * <pre>{@code
 * JsonObject body = JsonObject.builder()
 *         .put("returnCode", "0000")
 *         .put("info", JsonObject.builder().put("transactionId", 2023042201206549310L).build())
 *         .build();
 * body.string("returnCode");                                    // Optional[0000]
 * body.object("info").flatMap(i -> i.number("transactionId"))   // Optional[2023042201206549310]
 * }</pre>
 *
 * @param members the members in order, unmodifiable; no null key or value (JSON null is
 *                {@link JsonNull#INSTANCE})
 */
public record JsonObject(Map<String, JsonValue> members) implements JsonValue {

    private static final String[] NO_KEYS = {};
    private static final JsonValue[] NO_VALUES = {};
    private static final JsonObject EMPTY = new JsonObject(Map.of());

    /**
     * Creates an object, copying the map in its iteration order (give a {@link LinkedHashMap} to fix
     * the order).
     *
     * @param members the members
     * @throws NullPointerException if the map, a key or a value is null
     */
    public JsonObject {
        // A Builder's members were checked as they were added and never change after build(): kept as they
        // are. Any other map is copied into the same compact, immutable form.
        if (!(members instanceof OrderedMembers)) {
            Builder copy = new Builder();
            members.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "key"),
                    Objects.requireNonNull(v, () -> "value of " + k)));   // a Map has no duplicate key
            members = copy.members();
        }
    }

    /**
     * The empty object {@code {}}.
     *
     * @return the empty object
     */
    public static JsonObject of() {
        return EMPTY;
    }

    /**
     * A builder that keeps insertion order.
     *
     * @return a new, empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The value of a member.
     *
     * @param key the member name
     * @return the value (possibly {@link JsonNull#INSTANCE}), or empty if there is no such member
     */
    public Optional<JsonValue> get(String key) {
        return Optional.ofNullable(members.get(key));
    }

    /**
     * Whether the object has a member of that name (even one whose value is JSON null).
     *
     * @param key the member name
     * @return true if present
     */
    public boolean has(String key) {
        return members.containsKey(key);
    }

    /**
     * The text of a string member.
     *
     * @param key the member name
     * @return the text, or empty if missing or not a string
     */
    public Optional<String> string(String key) {
        JsonValue v = members.get(key);
        return v instanceof JsonString s ? Optional.of(s.value()) : Optional.empty();
    }

    /**
     * A number member.
     *
     * @param key the member name
     * @return the number, or empty if missing or not a number
     */
    public Optional<JsonNumber> number(String key) {
        JsonValue v = members.get(key);
        return v instanceof JsonNumber n ? Optional.of(n) : Optional.empty();
    }

    /**
     * A boolean member.
     *
     * @param key the member name
     * @return the boolean, or empty if missing or not a boolean
     */
    public Optional<Boolean> bool(String key) {
        JsonValue v = members.get(key);
        return v instanceof JsonBoolean b ? Optional.of(b.value()) : Optional.empty();
    }

    /**
     * An object member.
     *
     * @param key the member name
     * @return the object, or empty if missing or not an object
     */
    public Optional<JsonObject> object(String key) {
        JsonValue v = members.get(key);
        return v instanceof JsonObject o ? Optional.of(o) : Optional.empty();
    }

    /**
     * An array member.
     *
     * @param key the member name
     * @return the array, or empty if missing or not an array
     */
    public Optional<JsonArray> array(String key) {
        JsonValue v = members.get(key);
        return v instanceof JsonArray a ? Optional.of(a) : Optional.empty();
    }

    /**
     * The number of members.
     *
     * @return zero or more
     */
    public int size() {
        return members.size();
    }

    /** Compact JSON in member order, such as {@code {"a":1,"b":[true]}}. */
    @Override
    public String toString() {
        return Render.of(this);
    }

    /**
     * Collects members in insertion order. Not thread-safe. {@link #build()} hands the members over without
     * copying them and the next {@link #put} copies them first, so the builder may be reused and later
     * changes never reach objects already built.
     *
     * <pre>{@code
     * JsonObject o = JsonObject.builder().put("currency", "TWD").put("amount", 100).build();
     * }</pre>
     */
    public static final class Builder {

        private String[] keys = NO_KEYS;
        private JsonValue[] values = NO_VALUES;
        private int size;
        /** Key to position once there are more than {@link OrderedMembers#LINEAR_MAX} members; else null. */
        private HashMap<String, Integer> index;
        /** Whether an object built from the arrays holds them: the next put copies them first. */
        private boolean shared;

        private Builder() {
        }

        /**
         * Whether a member of this name was added, so that a reader can refuse a duplicate key where it
         * stands, before reading its value.
         *
         * @param key the member name
         * @return true if {@link #put(String, JsonValue)} would refuse it
         */
        public boolean has(String key) {
            return OrderedMembers.indexOf(key, keys, size, index) >= 0;
        }

        /**
         * Adds a member.
         *
         * @param key   the member name
         * @param value the value
         * @return this builder
         * @throws NullPointerException     if key or value is null
         * @throws IllegalArgumentException if the key was added before
         */
        public Builder put(String key, JsonValue value) {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
            if (has(key)) {
                throw new IllegalArgumentException("duplicate key in JSON object: " + JsonString.of(key));
            }
            if (shared || size == keys.length) {
                int capacity = size == keys.length ? Math.max(4, size * 2) : keys.length;
                keys = Arrays.copyOf(keys, capacity);
                values = Arrays.copyOf(values, capacity);
                if (index != null && shared) {
                    index = new HashMap<>(index);
                }
                shared = false;
            }
            keys[size] = key;
            values[size] = value;
            if (index != null) {
                index.put(key, size);
            } else if (size == OrderedMembers.LINEAR_MAX) {
                index = new HashMap<>();
                for (int i = 0; i <= size; i++) {
                    index.put(keys[i], i);
                }
            }
            size++;
            return this;
        }

        /**
         * Adds a string member.
         *
         * @param key   the member name
         * @param value the text
         * @return this builder
         * @throws NullPointerException     if key or value is null
         * @throws IllegalArgumentException if the key was added before
         */
        public Builder put(String key, String value) {
            return put(key, JsonString.of(value));
        }

        /**
         * Adds a number member.
         *
         * @param key   the member name
         * @param value the number
         * @return this builder
         * @throws NullPointerException     if key is null
         * @throws IllegalArgumentException if the key was added before
         */
        public Builder put(String key, long value) {
            return put(key, JsonNumber.of(value));
        }

        /**
         * Adds a decimal number member, written plain with its scale.
         *
         * @param key   the member name
         * @param value the number
         * @return this builder
         * @throws NullPointerException     if key or value is null
         * @throws IllegalArgumentException if the key was added before, or see {@link JsonNumber#of(BigDecimal)}
         */
        public Builder put(String key, BigDecimal value) {
            return put(key, JsonNumber.of(value));
        }

        /**
         * Adds a boolean member.
         *
         * @param key   the member name
         * @param value the boolean
         * @return this builder
         * @throws NullPointerException     if key is null
         * @throws IllegalArgumentException if the key was added before
         */
        public Builder put(String key, boolean value) {
            return put(key, JsonBoolean.of(value));
        }

        /**
         * The object of the members added so far.
         *
         * @return a new immutable object
         */
        public JsonObject build() {
            if (size == 0) {
                return EMPTY;
            }
            return new JsonObject(members());
        }

        private OrderedMembers members() {
            shared = true;
            return new OrderedMembers(keys, values, size, index);
        }
    }
}
