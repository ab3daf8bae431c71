package dev.linepay4j.domain.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonRenderingTest {

    @Test
    void quotesAndBackslashesAreEscaped() {
        assertThat(JsonString.of("say \"hi\" \\o/")).hasToString("\"say \\\"hi\\\" \\\\o/\"");
    }

    @Test
    void controlCharactersAreWrittenAsUnicodeEscapes() {
        assertThat(JsonString.of("a\nb\tc\u0000d\u001fe")).hasToString("\"a\\u000ab\\u0009c\\u0000d\\u001fe\"");
    }

    @Test
    void delC1AndLineSeparatorsAreEscapedToo() {
        assertThat(JsonString.of("\u007f\u0085\u2028\u2029")).hasToString("\"\\u007f\\u0085\\u2028\\u2029\"");
    }

    @Test
    void otherCharactersAreWrittenAsThemselves() {
        assertThat(JsonString.of("ブラウン ペン / €")).hasToString("\"ブラウン ペン / €\"");
    }

    @Test
    void keysAreEscapedLikeValues() {
        assertThat(JsonObject.builder().put("a\"b", 1).build()).hasToString("{\"a\\\"b\":1}");
    }

    @Test
    void nestedValuesRenderCompactly() {
        JsonObject body = JsonObject.builder()
                .put("amount", 100)
                .put("packages", JsonArray.of(
                        JsonObject.builder().put("id", "p1").put("userFee", JsonNull.INSTANCE).build(),
                        JsonArray.of(),
                        JsonBoolean.TRUE))
                .put("options", JsonObject.of())
                .build();

        assertThat(body).hasToString(
                "{\"amount\":100,\"packages\":[{\"id\":\"p1\",\"userFee\":null},[],true],\"options\":{}}");
    }

    @Test
    void literalsRenderAsJson() {
        assertThat(JsonBoolean.TRUE).hasToString("true");
        assertThat(JsonBoolean.FALSE).hasToString("false");
        assertThat(JsonNull.INSTANCE).hasToString("null");
        assertThat(JsonNumber.parse("-1.5E+3")).hasToString("-1.5E+3");
    }

    @Test
    void booleansConvertBothWays() {
        assertThat(JsonBoolean.of(true)).isSameAs(JsonBoolean.TRUE);
        assertThat(JsonBoolean.of(false).value()).isFalse();
        assertThat(JsonBoolean.TRUE.value()).isTrue();
    }

    @Test
    void arraysKeepOrderAndCannotBeChanged() {
        List<JsonValue> source = new ArrayList<>(List.of(JsonNumber.of(2), JsonNumber.of(1)));
        JsonArray a = new JsonArray(source);
        source.add(JsonNumber.of(3));

        assertThat(a.size()).isEqualTo(2);
        assertThat(a.get(0)).isEqualTo(JsonNumber.of(2));
        assertThat(a).hasToString("[2,1]");
        assertThatThrownBy(() -> a.elements().add(JsonNull.INSTANCE))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void arraysRejectNullElements() {
        assertThatThrownBy(() -> JsonArray.of(JsonNull.INSTANCE, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void arrayEqualityIsStructuralAndOrdered() {
        assertThat(JsonArray.of(JsonString.of("a"))).isEqualTo(JsonArray.of(JsonString.of("a")));
        assertThat(JsonArray.of(JsonNumber.of(1), JsonNumber.of(2)))
                .isNotEqualTo(JsonArray.of(JsonNumber.of(2), JsonNumber.of(1)));
    }

    @Test
    void thereAreExactlySixKindsOfValue() {
        assertThat(JsonValue.class.getPermittedSubclasses()).containsExactlyInAnyOrder(
                JsonObject.class, JsonArray.class, JsonString.class, JsonNumber.class, JsonBoolean.class,
                JsonNull.class);
    }

    @Test
    void stringsRejectNull() {
        assertThatThrownBy(() -> JsonString.of(null)).isInstanceOf(NullPointerException.class);
    }
}
