package dev.linepay4j.codec.jackson;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.linepay4j.domain.json.JsonObject;
import dev.linepay4j.spi.JsonLimits;
import dev.linepay4j.spi.JsonReadException;
import dev.linepay4j.spi.JsonReadException.Reason;
import org.junit.jupiter.api.Test;

/**
 * What the contract cannot see: which of Jackson's refusals reach which reason, and what the exceptions
 * carry. The contract suite covers the behaviour every codec shares.
 */
class JacksonJsonCodecTest {

    private final JacksonJsonCodec codec = new JacksonJsonCodec(JsonLimits.defaults());

    private JsonReadException refusal(JacksonJsonCodec c, String json) {
        return catchThrowableOfType(JsonReadException.class, () -> c.read(json.getBytes(UTF_8)));
    }

    @Test
    void jacksonsOwnDepthRefusalIsReportedAsTooDeep() {
        JsonReadException e = refusal(codec, "[".repeat(33));

        assertThat(e.reason()).isEqualTo(Reason.TOO_DEEP);
        assertThat(e.getCause()).isInstanceOf(StreamConstraintsException.class);
        assertThat(e).hasMessageContaining("limit of 32").hasMessageContaining("line 1, column 34");
    }

    @Test
    void jacksonsOwnNumberRefusalIsReportedAsNumberTooLong() {
        JsonReadException e = refusal(codec, "[" + "1".repeat(41) + "]");

        assertThat(e.reason()).isEqualTo(Reason.NUMBER_TOO_LONG);
        assertThat(e.getCause()).isInstanceOf(StreamConstraintsException.class);
    }

    @Test
    void aSignThatTakesANumberOverTheLimitIsCaughtWhereJacksonCountsOnlyDigits() {
        JsonReadException e = refusal(codec, "[-" + "1".repeat(40) + "]");

        assertThat(e.reason()).isEqualTo(Reason.NUMBER_TOO_LONG);
        assertThat(e.getCause()).isNull();
        assertThat(e).hasMessageContaining("41 characters").hasMessageContaining("line 1, column 2");
    }

    @Test
    void aNumberLongerThanJacksonsTextBufferIsStillANumberNotAString() {
        // Jackson applies its string limit to a number's text while it reads it; a 100000-digit number
        // must still be NUMBER_TOO_LONG.
        JsonReadException e = refusal(new JacksonJsonCodec(new JsonLimits(1 << 20, 32, 40, 40)), "[" + "1".repeat(100_000) + "]");

        assertThat(e.reason()).isEqualTo(Reason.NUMBER_TOO_LONG);
    }

    @Test
    void aParseFailureDoesNotKeepTheBodyReachable() {
        JsonReadException e = refusal(codec, "{\"regKey\":\"RK2AE3519XTFXHM\",");

        JsonParseException cause = (JsonParseException) e.getCause();
        assertThat(cause.getProcessor()).isNull();
    }

    @Test
    void syntaxMessagesGiveThePositionAndLeaveOutJacksonsAdvice() {
        JsonReadException e = refusal(codec, "{\"a\":NaN}");

        assertThat(e.reason()).isEqualTo(Reason.SYNTAX);
        assertThat(e).hasMessageContaining("'NaN'").hasMessageContaining("line 1, column")
                .hasMessageNotContaining("enable `");
    }

    @Test
    void aDuplicateKeyIsQuotedOnlyInPart() {
        String key = "k".repeat(100);

        JsonReadException e = refusal(codec, "{\"" + key + "\":1,\"" + key + "\":2}");

        assertThat(e).hasMessageContaining("duplicate key \"" + "k".repeat(32) + "…\"");
    }

    @Test
    void invalidUtf8IsReportedWithItsOffset() {
        byte[] body = {'[', '"', 'a', (byte) 0xc0, (byte) 0xaf, '"', ']'};

        assertThatThrownBy(() -> codec.read(body)).isInstanceOf(JsonReadException.class)
                .hasMessageContaining("0xc0").hasMessageContaining("offset 3");
    }

    @Test
    void aCodecKeepsItsLimitsAndShowsThemButNoContent() {
        JsonLimits limits = new JsonLimits(2048, 8, 20, 100);

        JacksonJsonCodec limited = new JacksonJsonCodec(limits);

        assertThat(limited.limits()).isEqualTo(limits);
        assertThat(limited).hasToString("JacksonJsonCodec[" + limits + "]");
    }

    @Test
    void nullIsRefusedWithANamedNullPointerException() {
        assertThatThrownBy(() -> new JacksonJsonCodec(null)).isInstanceOf(NullPointerException.class).hasMessage("limits");
        assertThatThrownBy(() -> codec.read(null)).isInstanceOf(NullPointerException.class).hasMessage("json");
        assertThatThrownBy(() -> codec.write(null)).isInstanceOf(NullPointerException.class).hasMessage("value");
    }

    @Test
    void aLeadingUtf8ByteOrderMarkIsSkipped() {
        // RFC 8259 lets a parser ignore one; a proxy that adds one must not make a payment unreadable.
        byte[] body = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, '{', '}'};

        assertThat(codec.read(body)).isEqualTo(JsonObject.of());
    }

    @Test
    void aByteOrderMarkAloneIsEmptyAndOneElsewhereIsSyntax() {
        assertThat(refusal(codec, "\ufeff").reason()).isEqualTo(Reason.EMPTY);
        assertThat(refusal(codec, "{}\ufeff").reason()).isEqualTo(Reason.SYNTAX);
        assertThat(refusal(codec, "\ufeff\ufeff{}").reason()).isEqualTo(Reason.SYNTAX);
    }
}
