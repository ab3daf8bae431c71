package dev.linepay4j.internal.wire;

import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.ValidationException;
import dev.linepay4j.domain.json.JsonArray;
import dev.linepay4j.domain.json.JsonBoolean;
import dev.linepay4j.domain.json.JsonNull;
import dev.linepay4j.domain.json.JsonNumber;
import dev.linepay4j.domain.json.JsonObject;
import dev.linepay4j.domain.json.JsonString;
import dev.linepay4j.domain.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Typed reads of one JSON object of an answer, each knowing the path of the field it reads so that a
 * problem names it ({@code info.payInfo[0].amount is missing}). JSON {@code null} counts as absent.
 * Values never appear in messages.
 */
final class Fields {

    private final JsonObject object;
    /** The path when given whole; null when it is made from the parent's only if a message needs it. */
    private final String path;
    private final Fields parent;
    private final String key;
    private final int index;

    private Fields(JsonObject object, String path, Fields parent, String key, int index) {
        this.object = object;
        this.path = path;
        this.parent = parent;
        this.key = key;
        this.index = index;
    }

    static Fields of(JsonObject object, String path) {
        return new Fields(object, path, null, null, -1);
    }

    JsonObject json() {
        return object;
    }

    /** This object's path; built only for a message, as a success answer never needs it. */
    String path() {
        if (path != null) {
            return path;
        }
        String member = parent.path(key);
        return index < 0 ? member : member + "[" + index + "]";
    }

    String path(String key) {
        return path() + "." + key;
    }

    /** The value of a member, absent when missing or JSON null. */
    Optional<JsonValue> value(String key) {
        return Optional.ofNullable(raw(key));
    }

    /** The value of a member; null when missing or JSON null. No Optional or lambda on the hot path. */
    private JsonValue raw(String key) {
        JsonValue v = object.members().get(key);
        return v == JsonNull.INSTANCE ? null : v;
    }

    private JsonValue present(String key) {
        JsonValue v = raw(key);
        if (v == null) {
            throw new WireShapeException(path(key), "is missing");
        }
        return v;
    }

    <T> T required(String key, Function<JsonValue, T> read) {
        return read.apply(present(key));
    }

    String string(String key) {
        return asString(key, present(key));
    }

    Optional<String> optionalString(String key) {
        JsonValue v = raw(key);
        return v == null ? Optional.empty() : Optional.of(asString(key, v));
    }

    TransactionId transactionId(String key) {
        return asTransactionId(key, present(key));
    }

    Optional<TransactionId> optionalTransactionId(String key) {
        JsonValue v = raw(key);
        return v == null ? Optional.empty() : Optional.of(asTransactionId(key, v));
    }

    Amount amount(String key) {
        return asAmount(key, present(key), false);
    }

    Optional<Amount> optionalAmount(String key) {
        JsonValue v = raw(key);
        return v == null ? Optional.empty() : Optional.of(asAmount(key, v, false));
    }

    /** An amount LINE Pay may write with a minus sign (refunds), as its size. */
    Amount amountMagnitude(String key) {
        return asAmount(key, present(key), true);
    }

    Instant instant(String key) {
        return asInstant(key, present(key));
    }

    Optional<Instant> optionalInstant(String key) {
        JsonValue v = raw(key);
        return v == null ? Optional.empty() : Optional.of(asInstant(key, v));
    }

    OptionalLong optionalLong(String key) {
        JsonValue v = raw(key);
        if (v == null) {
            return OptionalLong.empty();
        }
        if (v instanceof JsonNumber n) {
            try {
                return OptionalLong.of(n.longValueExact());
            } catch (ArithmeticException e) {
                throw new WireShapeException(path(key), "is not a whole number within 64 bits");
            }
        }
        throw wrongKind(key, "a number", v);
    }

    /** A value of a validating domain type, read from a string member. */
    <T> T typed(String key, Function<String, T> parse, String what) {
        String s = string(key);
        return parseTyped(key, s, parse, what);
    }

    <T> Optional<T> optionalTyped(String key, Function<String, T> parse, String what) {
        JsonValue v = raw(key);
        return v == null ? Optional.empty() : Optional.of(parseTyped(key, asString(key, v), parse, what));
    }

    Optional<Fields> optionalObject(String key) {
        JsonValue v = raw(key);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof JsonObject o) {
            return Optional.of(new Fields(o, null, this, key, -1));
        }
        throw wrongKind(key, "an object", v);
    }

    /**
     * The objects of an array member, each read by {@code read}, as an immutable list; empty when the member
     * is absent. The list is built once, in the shape the records keep ({@code List.copyOf} of it is itself).
     */
    <T> List<T> objects(String key, Function<Fields, T> read) {
        JsonValue v = raw(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof JsonArray a)) {
            throw wrongKind(key, "an array", v);
        }
        switch (a.size()) {
            case 0:
                return List.of();
            case 1:
                return List.of(read.apply(element(key, a, 0)));
            case 2:
                T first = read.apply(element(key, a, 0));
                return List.of(first, read.apply(element(key, a, 1)));
            default:
                List<T> list = new ArrayList<>(a.size());
                for (int i = 0; i < a.size(); i++) {
                    list.add(read.apply(element(key, a, i)));
                }
                return List.copyOf(list);
        }
    }

    private Fields element(String key, JsonArray array, int i) {
        if (!(array.get(i) instanceof JsonObject o)) {
            throw new WireShapeException(path(key) + "[" + i + "]", "is " + kind(array.get(i)) + ", not an object");
        }
        return new Fields(o, null, this, key, i);
    }

    private <T> T parseTyped(String key, String s, Function<String, T> parse, String what) {
        try {
            return parse.apply(s);
        } catch (ValidationException e) {
            throw new WireShapeException(path(key), "is not a valid " + what);
        }
    }

    private String asString(String key, JsonValue v) {
        if (v instanceof JsonString s) {
            return s.value();
        }
        throw wrongKind(key, "a string", v);
    }

    /** Exact: a JSON number through its digits, never a double; a JSON string of digits is accepted too. */
    private TransactionId asTransactionId(String key, JsonValue v) {
        try {
            if (v instanceof JsonNumber n) {
                return TransactionId.of(n.longValueExact());
            }
            if (v instanceof JsonString s) {
                return TransactionId.parse(s.value());
            }
        } catch (ArithmeticException | ValidationException e) {
            throw new WireShapeException(path(key), "is not a transaction id (a positive whole number within 64 bits)");
        }
        throw wrongKind(key, "a number", v);
    }

    private Amount asAmount(String key, JsonValue v, boolean magnitude) {
        BigDecimal value;
        if (v instanceof JsonNumber n) {
            value = n.bigDecimalValue();
        } else if (v instanceof JsonString s) {
            try {
                value = new BigDecimal(s.value().trim());
            } catch (NumberFormatException e) {
                throw new WireShapeException(path(key), "is a string that is not a decimal number");
            }
        } else {
            throw wrongKind(key, "a number", v);
        }
        if (magnitude) {
            value = value.abs();
        }
        try {
            return Amount.of(value);
        } catch (ValidationException e) {
            throw new WireShapeException(path(key), "is negative");
        }
    }

    private Instant asInstant(String key, JsonValue v) {
        String s = asString(key, v);
        try {
            return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new WireShapeException(path(key), "is not an ISO-8601 date and time with an offset");
        }
    }

    private WireShapeException wrongKind(String key, String expected, JsonValue v) {
        return new WireShapeException(path(key), "is " + kind(v) + ", not " + expected);
    }

    static String kind(JsonValue v) {
        if (v instanceof JsonObject) {
            return "an object";
        } else if (v instanceof JsonArray) {
            return "an array";
        } else if (v instanceof JsonString) {
            return "a string";
        } else if (v instanceof JsonNumber) {
            return "a number";
        } else if (v instanceof JsonBoolean) {
            return "a boolean";
        }
        return "null";
    }
}
