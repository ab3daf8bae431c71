package dev.linepay4j.domain.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonObjectTest {

    @Test
    void theBuilderKeepsInsertionOrder() {
        JsonObject o = JsonObject.builder().put("z", 1).put("a", "x").put("m", true).build();

        assertThat(o.members().keySet()).containsExactly("z", "a", "m");
        assertThat(o).hasToString("{\"z\":1,\"a\":\"x\",\"m\":true}");
    }

    @Test
    void aKeyAddedTwiceIsRejectedNotOverwritten() {
        JsonObject.Builder b = JsonObject.builder().put("amount", 1);

        assertThatThrownBy(() -> b.put("amount", 1000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duplicate key")
                .hasMessageContaining("\"amount\"");
        assertThat(b.build().number("amount")).contains(JsonNumber.of(1));
    }

    @Test
    void objectsWithTheSameMembersInAnotherOrderAreEqual() {
        JsonObject ab = JsonObject.builder().put("a", 1).put("b", 2).build();
        JsonObject ba = JsonObject.builder().put("b", 2).put("a", 1).build();

        assertThat(ab).isEqualTo(ba).hasSameHashCodeAs(ba);
        assertThat(ab.toString()).isNotEqualTo(ba.toString());
    }

    @Test
    void objectsWithDifferentValuesAreNotEqual() {
        assertThat(JsonObject.builder().put("a", 1).build()).isNotEqualTo(JsonObject.builder().put("a", "1").build());
    }

    @Test
    void typedLookupsFindMembersOfTheirKind() {
        JsonObject inner = JsonObject.builder().put("x", 1).build();
        JsonArray list = JsonArray.of(JsonNull.INSTANCE);
        JsonObject o = JsonObject.builder()
                .put("s", "text").put("n", new BigDecimal("10.50")).put("b", false)
                .put("o", inner).put("a", list).put("nul", JsonNull.INSTANCE)
                .build();

        assertThat(o.string("s")).contains("text");
        assertThat(o.number("n")).contains(JsonNumber.parse("10.50"));
        assertThat(o.bool("b")).contains(false);
        assertThat(o.object("o")).contains(inner);
        assertThat(o.array("a")).contains(list);
        assertThat(o.get("nul")).contains(JsonNull.INSTANCE);
    }

    @Test
    void typedLookupsAreEmptyForAnotherKindAJsonNullOrAMissingKey() {
        JsonObject o = JsonObject.builder().put("n", 5).put("nul", JsonNull.INSTANCE).build();

        assertThat(o.string("n")).isEmpty();
        assertThat(o.object("n")).isEmpty();
        assertThat(o.array("n")).isEmpty();
        assertThat(o.bool("n")).isEmpty();
        assertThat(o.number("nul")).isEmpty();
        assertThat(o.string("missing")).isEmpty();
        assertThat(o.get("missing")).isEmpty();
        assertThat(o.has("nul")).isTrue();
        assertThat(o.has("missing")).isFalse();
    }

    @Test
    void membersCannotBeModified() {
        JsonObject o = JsonObject.builder().put("a", 1).build();

        assertThatThrownBy(() -> o.members().put("b", JsonNull.INSTANCE))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void changingTheSourceMapAfterwardsDoesNotChangeTheObject() {
        Map<String, JsonValue> source = new LinkedHashMap<>();
        source.put("a", JsonNumber.of(1));
        JsonObject o = new JsonObject(source);

        source.put("b", JsonNumber.of(2));

        assertThat(o.size()).isEqualTo(1);
    }

    @Test
    void reusingTheBuilderDoesNotChangeObjectsAlreadyBuilt() {
        JsonObject.Builder b = JsonObject.builder().put("a", 1);
        JsonObject first = b.build();

        b.put("b", 2);

        assertThat(first.size()).isEqualTo(1);
        assertThat(b.build().size()).isEqualTo(2);
    }

    @Test
    void largeObjectsFindEveryMemberAndRefuseDuplicatesPastTheLinearSearch() {
        JsonObject.Builder b = JsonObject.builder();
        Map<String, JsonValue> expected = new LinkedHashMap<>();
        for (int i = 0; i < 40; i++) {
            b.put("k" + i, i);
            expected.put("k" + i, JsonNumber.of(i));
        }
        JsonObject o = b.build();

        assertThat(o.members().keySet()).containsExactlyElementsOf(expected.keySet());
        for (int i = 0; i < 40; i++) {
            assertThat(o.number("k" + i)).contains(JsonNumber.of(i));
            assertThat(b.has("k" + i)).isTrue();
        }
        assertThat(o.has("k40")).isFalse();
        assertThatThrownBy(() -> b.put("k3", 0)).hasMessageContaining("duplicate key");
        assertThatThrownBy(() -> b.put("k39", 0)).hasMessageContaining("duplicate key");
    }

    @Test
    void reusingABuilderPastTheLinearSearchDoesNotChangeObjectsAlreadyBuilt() {
        JsonObject.Builder b = JsonObject.builder();
        for (int i = 0; i < 12; i++) {
            b.put("k" + i, i);
        }
        JsonObject first = b.build();

        b.put("later", true);

        assertThat(first.has("later")).isFalse();
        assertThat(first.size()).isEqualTo(12);
        assertThat(b.build().bool("later")).contains(true);
    }

    @Test
    void membersAreAMapLikeAnyOtherForEqualityAndHashing() {
        Map<String, JsonValue> plain = new HashMap<>();
        plain.put("a", JsonNumber.of(1));
        plain.put("b", JsonString.of("x"));
        JsonObject o = JsonObject.builder().put("b", "x").put("a", 1).build();

        assertThat(o.members()).isEqualTo(plain).hasSameHashCodeAs(plain);
        assertThat(plain).isEqualTo(o.members());
        assertThat(o.members()).isNotEqualTo(Map.of("a", JsonNumber.of(1)));
        assertThat(o.members().entrySet()).containsExactly(Map.entry("b", JsonString.of("x")), Map.entry("a", JsonNumber.of(1)));
        assertThat(o.members().values()).containsExactly(JsonString.of("x"), JsonNumber.of(1));
    }

    @Test
    void noViewOfTheMembersCanChangeThem() {
        JsonObject o = JsonObject.builder().put("a", 1).put("b", 2).build();

        assertThatThrownBy(() -> o.members().remove("a")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> o.members().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> o.members().keySet().remove("a")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> o.members().values().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> o.members().entrySet().iterator().next().setValue(JsonNull.INSTANCE))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(o.size()).isEqualTo(2);
    }

    @Test
    void nullKeysAndValuesAreRejected() {
        Map<String, JsonValue> nullKey = new HashMap<>();
        nullKey.put(null, JsonNull.INSTANCE);
        Map<String, JsonValue> nullValue = new HashMap<>();
        nullValue.put("a", null);

        assertThatThrownBy(() -> new JsonObject(nullKey)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new JsonObject(nullValue)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> JsonObject.builder().put("a", (JsonValue) null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> JsonObject.builder().put(null, 1)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void theEmptyObjectRendersAsBraces() {
        assertThat(JsonObject.of()).hasToString("{}");
        assertThat(JsonObject.builder().build()).isEqualTo(JsonObject.of());
    }

    @Test
    void nineteenDigitIdsAreStoredAsTheirDigits() {
        JsonObject o = JsonObject.builder().put("transactionId", 2023010112345678910L).build();

        assertThat(o.number("transactionId").map(JsonNumber::text)).contains("2023010112345678910");
    }
}
