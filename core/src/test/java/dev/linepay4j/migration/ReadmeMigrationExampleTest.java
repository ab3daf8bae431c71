package dev.linepay4j.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linepay4j.domain.request.PaymentRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's "Migrating from Online API v2" example, kept compiling and true. */
class ReadmeMigrationExampleTest {

    /** A v2 integration's request body, as the README's example assumes it. */
    static final class LegacyCheckout {
        Map<String, Object> requestBody() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("productName", "Brown pen");
            body.put("amount", 1000);
            body.put("currency", "TWD");
            body.put("orderId", "Ord2018123100000001");
            body.put("confirmUrl", "https://shop.example/pay/confirm");
            body.put("cancelUrl", "https://shop.example/pay/cancel");
            body.put("langCd", "zh-Hant");
            body.put("mid", "u1234567890abcdef");
            return body;
        }
    }

    @Test
    void theExampleConvertsAndReportsTheRetiredField() {
        LegacyCheckout legacyCheckout = new LegacyCheckout();
        List<String> warnings = new ArrayList<>();

        Map<String, Object> v2 = legacyCheckout.requestBody();
        V2RequestMigration.Result result = V2RequestMigration.convert(v2);
        result.notes().forEach(note -> warnings.add("not migrated: " + note));
        PaymentRequest v3 = result.request().orElseThrow(() -> new IllegalStateException(result.violations().toString()));

        assertThat(v3.packages().get(0).products().get(0).name()).isEqualTo("Brown pen");
        assertThat(warnings).singleElement().satisfies(w -> assertThat(w).startsWith("not migrated: mid: v3 has no LINE member id"));
    }
}
