package dev.linepay4j.testkit.sandbox;

import dev.linepay4j.domain.code.ReturnCode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A query string as {@code application/x-www-form-urlencoded} pairs, in their order, decoded as UTF-8
 * ({@code +} is a space). Keys may repeat. A malformed escape answers {@code 2101}.
 */
final class Query {

    /** One decoded pair. */
    record Pair(String key, String value) {
    }

    private final List<Pair> pairs;

    private Query(List<Pair> pairs) {
        this.pairs = pairs;
    }

    static Query parse(String rawQuery) {
        List<Pair> pairs = new ArrayList<>();
        if (rawQuery.isEmpty()) {
            return new Query(pairs);
        }
        for (String part : rawQuery.split("&", -1)) {
            if (part.isEmpty()) {
                continue;   // "a=1&&b=2" or a trailing '&': nothing to read, nothing wrong
            }
            int eq = part.indexOf('=');
            String key = eq < 0 ? part : part.substring(0, eq);
            String value = eq < 0 ? "" : part.substring(eq + 1);
            pairs.add(new Pair(decode(key), decode(value)));
        }
        return new Query(pairs);
    }

    List<Pair> pairs() {
        return pairs;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new Refusal(ReturnCode.PARAMETER_ERROR, "The query string holds a malformed %-escape.");
        }
    }
}
