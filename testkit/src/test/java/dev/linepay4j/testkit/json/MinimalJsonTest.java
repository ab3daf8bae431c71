package dev.linepay4j.testkit.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.linepay4j.domain.json.JsonArray;
import dev.linepay4j.domain.json.JsonNull;
import dev.linepay4j.domain.json.JsonNumber;
import dev.linepay4j.domain.json.JsonObject;
import dev.linepay4j.domain.json.JsonString;
import dev.linepay4j.spi.JsonLimits;
import dev.linepay4j.spi.JsonReadException;
import dev.linepay4j.spi.JsonReadException.Reason;
import org.junit.jupiter.api.Test;

/** What the contract suite does not pin down, and the faults found when MinimalJson was reviewed. */
class MinimalJsonTest {

    @Test
    void aUnicodeEscapeTakesFourHexDigitsAndNoSign() {
        for (String escape : new String[] {"\\u+041", "\\u-001", "\\u 041", "\\u004", "\\u\uff10\uff10\uff14\uff11"}) {
            assertThatThrownBy(() -> MinimalJson.read(("\"" + escape + "x\"").getBytes(UTF_8)))
                    .as(escape).isInstanceOf(JsonReadException.class)
                    .extracting(e -> ((JsonReadException) e).reason()).isEqualTo(Reason.SYNTAX);
        }
        assertThat(MinimalJson.read("\"\\u0041\\u00e9\\u00E9\"".getBytes(UTF_8))).isEqualTo(JsonString.of("A\u00e9\u00e9"));
    }

    @Test
    void onlyJsonWhiteSpaceMakesAnEmptyDocument() {
        assertThatThrownBy(() -> MinimalJson.read(" \r\n\t".getBytes(UTF_8)))
                .isInstanceOfSatisfying(JsonReadException.class, e -> assertThat(e.reason()).isEqualTo(Reason.EMPTY));
        // A vertical tab or a no-break space is not JSON white space: the document is malformed, not empty.
        for (String blank : new String[] {"\u000b", "\u00a0", "\u2003", "\u001c"}) {
            assertThatThrownBy(() -> MinimalJson.read(blank.getBytes(UTF_8)))
                    .isInstanceOfSatisfying(JsonReadException.class, e -> assertThat(e.reason()).isEqualTo(Reason.SYNTAX));
        }
    }

    @Test
    void aDuplicateKeyIsNamedByAShortExcerptOnly() {
        String key = "k".repeat(500);
        assertThatThrownBy(() -> MinimalJson.read(("{\"" + key + "\":1,\"" + key + "\":2}").getBytes(UTF_8)))
                .isInstanceOf(JsonReadException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains("duplicate").doesNotContain("k".repeat(21)));
    }

    @Test
    void controlCharactersInMessagesAreShownAsCodePoints() {
        assertThatThrownBy(() -> MinimalJson.read("[\u0007]".getBytes(UTF_8)))
                .isInstanceOf(JsonReadException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains("U+0007").doesNotContain("\u0007"));
    }

    @Test
    void theDefaultLimitsAreTheLibrarysDefaults() {
        byte[] tooLarge = new byte[JsonLimits.defaults().maxBytes() + 1];
        assertThatThrownBy(() -> MinimalJson.read(tooLarge))
                .isInstanceOfSatisfying(JsonReadException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
        byte[] tooDeep = "[".repeat(JsonLimits.defaults().maxDepth() + 1).getBytes(UTF_8);
        assertThatThrownBy(() -> MinimalJson.read(tooDeep))
                .isInstanceOfSatisfying(JsonReadException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_DEEP));
    }

    @Test
    void aLoneSurrogateIsWrittenAsAnEscapeNotAsAQuestionMark() {
        byte[] written = MinimalJson.write(JsonArray.of(JsonString.of("a\ud800b"), JsonString.of("\ud83d\ude00")));

        assertThat(new String(written, UTF_8)).isEqualTo("[\"a\\ud800b\",\"\ud83d\ude00\"]");
    }

    @Test
    void nullIsRefusedRatherThanWrittenAsJsonNull() {
        assertThatThrownBy(() -> MinimalJson.write(null)).isInstanceOf(NullPointerException.class);
        assertThat(new String(MinimalJson.write(JsonNull.INSTANCE), UTF_8)).isEqualTo("null");
    }

    @Test
    void aLinePayAnswerKeepsItsTransactionIdsAsBareNumbers() {
        JsonObject answer = JsonObject.builder().put("returnCode", "0000").put("returnMessage", "Success.")
                .put("info", JsonObject.builder().put("transactionId", JsonNumber.of(2026112200000000017L)).build())
                .build();

        String text = new String(MinimalJson.write(answer), UTF_8);

        assertThat(text).contains("\"transactionId\":2026112200000000017}");
        assertThat(MinimalJson.read(text.getBytes(UTF_8))).isEqualTo(answer);
    }
}
