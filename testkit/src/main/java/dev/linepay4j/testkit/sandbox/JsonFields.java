package dev.linepay4j.testkit.sandbox;

import dev.linepay4j.domain.Violation;
import dev.linepay4j.domain.json.JsonArray;
import dev.linepay4j.domain.json.JsonBoolean;
import dev.linepay4j.domain.json.JsonNull;
import dev.linepay4j.domain.json.JsonNumber;
import dev.linepay4j.domain.json.JsonObject;
import dev.linepay4j.domain.json.JsonString;
import dev.linepay4j.domain.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the members of one JSON object of a request body, noting a {@link Violation} (with the full
 * field path, as core's builders write it: {@code packages[0].products[1].price}) for each member of
 * the wrong JSON type, and, when asked, for each member the sandbox does not know.
 *
 * <p>A member whose value is JSON {@code null} counts as absent: clients that write every optional
 * field as {@code null} are common, and LINE Pay documents nothing either way.
 */
final class JsonFields {

    private final JsonObject object;
    private final String path;
    private final List<Violation> problems;
    private final Set<String> known = new HashSet<>();

    private JsonFields(JsonObject object, String path, List<Violation> problems) {
        this.object = object;
        this.path = path;
        this.problems = problems;
    }

    /** The fields of a body's root object; problems are collected in the given list. */
    static JsonFields root(JsonObject object, List<Violation> problems) {
        return new JsonFields(object, "", problems);
    }

    List<Violation> problems() {
        return problems;
    }

    String path(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    Optional<String> string(String name) {
        return value(name).flatMap(v -> {
            if (v instanceof JsonString s) {
                return Optional.of(s.value());
            }
            wrongType(name, "a string", v);
            return Optional.empty();
        });
    }

    Optional<BigDecimal> number(String name) {
        return value(name).flatMap(v -> {
            if (v instanceof JsonNumber n) {
                return Optional.of(n.bigDecimalValue());
            }
            wrongType(name, "a number", v);
            return Optional.empty();
        });
    }

    /** A whole number that fits a {@code long} (quantities, days, months). */
    Optional<Long> integer(String name) {
        return value(name).flatMap(v -> {
            if (v instanceof JsonNumber n) {
                try {
                    return Optional.of(n.longValueExact());
                } catch (ArithmeticException e) {
                    problems.add(new Violation(path(name), "must be a whole number, was " + excerpt(n.text())));
                    return Optional.empty();
                }
            }
            wrongType(name, "a whole number", v);
            return Optional.empty();
        });
    }

    Optional<Boolean> bool(String name) {
        return value(name).flatMap(v -> {
            if (v instanceof JsonBoolean b) {
                return Optional.of(b.value());
            }
            wrongType(name, "true or false", v);
            return Optional.empty();
        });
    }

    Optional<JsonFields> object(String name) {
        return value(name).flatMap(v -> {
            if (v instanceof JsonObject o) {
                return Optional.of(new JsonFields(o, path(name), problems));
            }
            wrongType(name, "an object", v);
            return Optional.empty();
        });
    }

    /** The objects of an array member; an element that is not an object is noted and skipped. */
    List<JsonFields> objects(String name) {
        List<JsonFields> out = new ArrayList<>();
        array(name).ifPresent(a -> {
            for (int i = 0; i < a.size(); i++) {
                String at = path(name) + "[" + i + "]";
                if (a.get(i) instanceof JsonObject o) {
                    out.add(new JsonFields(o, at, problems));
                } else {
                    problems.add(new Violation(at, "must be an object, was " + kind(a.get(i))));
                }
            }
        });
        return out;
    }

    /** The strings of an array member; an element that is not a string is noted and skipped. */
    Optional<List<String>> strings(String name) {
        return array(name).map(a -> {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i) instanceof JsonString s) {
                    out.add(s.value());
                } else {
                    problems.add(new Violation(path(name) + "[" + i + "]", "must be a string, was " + kind(a.get(i))));
                }
            }
            return out;
        });
    }

    /** Whether the member is there with a value other than {@code null}. */
    boolean has(String name) {
        known.add(name);
        return object.get(name).filter(v -> v != JsonNull.INSTANCE).isPresent();
    }

    /**
     * Notes every member not read so far: the sandbox refuses fields LINE Pay does not document, so
     * that a misspelt field ({@code extras} for {@code extra}) fails a test instead of being ignored.
     */
    void refuseUnknown() {
        for (String name : object.members().keySet()) {
            if (!known.contains(name)) {
                problems.add(new Violation(path(name), "is not a field of this request"));
            }
        }
    }

    private Optional<JsonArray> array(String name) {
        return value(name).flatMap(v -> {
            if (v instanceof JsonArray a) {
                return Optional.of(a);
            }
            wrongType(name, "an array", v);
            return Optional.empty();
        });
    }

    private Optional<JsonValue> value(String name) {
        known.add(name);
        return object.get(name).filter(v -> v != JsonNull.INSTANCE);
    }

    private void wrongType(String name, String expected, JsonValue actual) {
        problems.add(new Violation(path(name), "must be " + expected + ", was " + kind(actual)));
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

    private static String excerpt(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }
}
