package dev.linepay4j.domain.json;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The members of a {@link JsonObject}: an immutable map in insertion order, held as two arrays.
 *
 * <p>Why not a {@code LinkedHashMap}: a LINE Pay answer is a handful of small objects, and a linked map
 * spends a 16-slot table and a 40-byte entry per member on each of them, which made up half of what a
 * client call allocated. Up to {@link #LINEAR_MAX} members a lookup scans the keys (faster than hashing
 * at that size); a larger object also gets a hash index, so that reading an object with many members
 * never turns quadratic.
 *
 * <p>Instances are made only by {@link JsonObject.Builder}, which stops writing to the arrays once they
 * are shared; nothing changes them after that.
 */
final class OrderedMembers extends AbstractMap<String, JsonValue> {

    /** Objects up to this size are searched key by key. */
    static final int LINEAR_MAX = 8;

    private final String[] keys;
    private final JsonValue[] values;
    private final int size;
    /** Key to position, only beyond {@link #LINEAR_MAX} members; otherwise null. */
    private final HashMap<String, Integer> index;

    OrderedMembers(String[] keys, JsonValue[] values, int size, HashMap<String, Integer> index) {
        this.keys = keys;
        this.values = values;
        this.size = size;
        this.index = index;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public JsonValue get(Object key) {
        int i = indexOf(key, keys, size, index);
        return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key, keys, size, index) >= 0;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super JsonValue> action) {
        for (int i = 0; i < size; i++) {
            action.accept(keys[i], values[i]);
        }
    }

    @Override
    public Set<Entry<String, JsonValue>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, JsonValue>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Entry<String, JsonValue> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(keys[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (int i = 0; i < size; i++) {
            h += keys[i].hashCode() ^ values[i].hashCode();   // Map.Entry's hashCode, summed as Map requires
        }
        return h;
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof Map<?, ?> other) || other.size() != size) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            if (!values[i].equals(other.get(keys[i]))) {
                return false;
            }
        }
        return true;
    }

    // Refused by AbstractMap already; said here so that no future override opens a way in.
    @Override
    public JsonValue put(String key, JsonValue value) {
        throw new UnsupportedOperationException("a JSON object's members cannot change");
    }

    @Override
    public JsonValue remove(Object key) {
        throw new UnsupportedOperationException("a JSON object's members cannot change");
    }

    @Override
    public void clear() {
        throw new UnsupportedOperationException("a JSON object's members cannot change");
    }

    static int indexOf(Object key, String[] keys, int size, HashMap<String, Integer> index) {
        if (index != null) {
            Integer i = index.get(key);
            return i == null ? -1 : i;
        }
        for (int i = 0; i < size; i++) {
            // Parsers hand out canonical key strings, so identity usually decides before equals has to.
            if (keys[i] == key || keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
