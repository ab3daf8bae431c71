package dev.linepay4j.domain.code;

import static dev.linepay4j.domain.code.ReturnCodeCategory.SUCCESS_OR_STATUS;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** LINE Pay's return codes, one line each. Sources: the result-code tables in LINEPAY-API.md §8. */
final class CatalogueTable {

    private CatalogueTable() {
    }

    static Map<String, ReturnCode> build() {
        Map<String, ReturnCode> m = new TreeMap<>();
        put(m, "0000", SUCCESS_OR_STATUS, false, "Success");
        return Collections.unmodifiableMap(m);
    }

    private static void put(Map<String, ReturnCode> m, String code, ReturnCodeCategory category, boolean retryable,
                            String description) {
        if (m.put(code, ReturnCode.catalogued(code, category, retryable, description)) != null) {
            throw new IllegalStateException("return code listed twice: " + code);
        }
    }
}
