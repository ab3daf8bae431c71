package dev.linepay4j.domain.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.linepay4j.domain.code.MalformedResponseException.Reason;
import dev.linepay4j.domain.json.JsonArray;
import dev.linepay4j.domain.json.JsonBoolean;
import dev.linepay4j.domain.json.JsonNull;
import dev.linepay4j.domain.json.JsonNumber;
import dev.linepay4j.domain.json.JsonObject;
import dev.linepay4j.domain.json.JsonString;
import dev.linepay4j.domain.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResultEnvelopeTest {

    @Test
    void readsTheDocumentedShapeWithInfo() {
        JsonObject info = JsonObject.builder().put("transactionId", 2018082512345678910L).build();
        JsonObject body = JsonObject.builder()
                .put("returnCode", "0000").put("returnMessage", "OK").put("info", info).build();

        ResultEnvelope e = ResultEnvelope.read(body);

        assertThat(e.returnCode()).isSameAs(ReturnCode.SUCCESS);
        assertThat(e.message()).isEqualTo("OK");
        assertThat(e.info()).contains(info);
    }

    @Test
    void readsTheLegacyErrorShapeWithANumericCode() {
        JsonObject body = JsonObject.builder()
                .put("resultCode", 1104).put("statusMessage", "Merchant not found.").build();

        ResultEnvelope e = ResultEnvelope.read(body);

        assertThat(e.returnCode()).isSameAs(ReturnCode.MERCHANT_NOT_FOUND);
        assertThat(e.message()).isEqualTo("Merchant not found.");
        assertThat(e.info()).isEmpty();
    }

    @Test
    void readsTheLegacyShapeWithAStringCode() {
        JsonObject body = JsonObject.builder().put("resultCode", "1172").put("statusMessage", "x").build();

        assertThat(ResultEnvelope.read(body).returnCode()).isSameAs(ReturnCode.ORDER_ID_EXISTS);
    }

    @Test
    void readsTheDocumentedShapeWithANumericCode() {
        JsonObject body = JsonObject.builder().put("returnCode", 1150).put("returnMessage", "m").build();

        assertThat(ResultEnvelope.read(body).returnCode()).isSameAs(ReturnCode.NO_TRANSACTION);
    }

    @ParameterizedTest
    @CsvSource({"0, 0000", "5, 0005", "110, 0110", "123, 0123", "1104, 1104", "9999, 9999"})
    void numericCodesGetTheirLeadingZerosBack(String literal, String expected) {
        JsonObject body = JsonObject.builder().put("returnCode", JsonNumber.parse(literal)).build();

        assertThat(ResultEnvelope.read(body).returnCode().code()).isEqualTo(expected);
    }

    @Test
    void aNumericZeroOnTheRequestCheckReadsAsNotYetAuthenticated() {
        JsonObject body = JsonObject.builder().put("returnCode", 0).build();

        assertThat(RequestStatus.of(ResultEnvelope.read(body).returnCode()))
                .contains(RequestStatus.NOT_YET_AUTHENTICATED);
    }

    @ParameterizedTest
    @CsvSource({"110, 0110", "0, 0000", "0110, 0110", "ABCD, ABCD", "12345, 12345"})
    void stringCodesArePaddedOnlyWhenTheyAreShortDigitStrings(String text, String expected) {
        JsonObject body = JsonObject.builder().put("returnCode", text).build();

        assertThat(ResultEnvelope.read(body).returnCode().code()).isEqualTo(expected);
    }

    @Test
    void anUnknownCodeIsAValueNotAnError() {
        JsonObject body = JsonObject.builder().put("returnCode", "1234").put("returnMessage", "new").build();

        ReturnCode code = ResultEnvelope.read(body).returnCode();

        assertThat(code.isKnown()).isFalse();
        assertThat(code.category()).isEqualTo(ReturnCodeCategory.UNKNOWN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "-0", "1.5", "1104.0", "1e3", "1E3", "10000", "99999999999999999999"})
    void numericCodesWithSignFractionExponentOrTooManyDigitsAreRefused(String literal) {
        JsonObject body = JsonObject.builder().put("returnCode", JsonNumber.parse(literal)).build();

        assertThatThrownBy(() -> ResultEnvelope.read(body))
                .isInstanceOfSatisfying(MalformedResponseException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_CODE))
                .hasMessageContaining("returnCode");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " 1104", "1104 ", "11\n04", "１１０４", "12345678901234567"})
    void emptyOverlongOrNonPrintableStringCodesAreRefused(String text) {
        JsonObject body = JsonObject.builder().put("returnCode", text).build();

        assertThatThrownBy(() -> ResultEnvelope.read(body))
                .isInstanceOfSatisfying(MalformedResponseException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_CODE))
                .hasMessageNotContaining("\n");
    }

    @Test
    void codesOfAnotherJsonKindAreRefused() {
        for (JsonValue wrong : new JsonValue[] {JsonBoolean.TRUE, JsonObject.of(), JsonArray.of()}) {
            JsonObject body = JsonObject.builder().put("resultCode", wrong).build();

            assertThatThrownBy(() -> ResultEnvelope.read(body))
                    .isInstanceOfSatisfying(MalformedResponseException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_CODE))
                    .hasMessageContaining("resultCode");
        }
    }

    @Test
    void aBodyWithoutEitherCodeIsRefused() {
        JsonObject body = JsonObject.builder().put("returnMessage", "OK").put("info", JsonObject.of()).build();

        assertThatThrownBy(() -> ResultEnvelope.read(body))
                .isInstanceOfSatisfying(MalformedResponseException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_CODE));
    }

    @Test
    void aNullCodeCountsAsMissing() {
        JsonObject body = JsonObject.builder().put("returnCode", JsonNull.INSTANCE).build();

        assertThatThrownBy(() -> ResultEnvelope.read(body))
                .isInstanceOfSatisfying(MalformedResponseException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_CODE));
    }

    @Test
    void aNullReturnCodeFallsBackToTheLegacyCode() {
        JsonObject body = JsonObject.builder().put("returnCode", JsonNull.INSTANCE).put("resultCode", 1106).build();

        assertThat(ResultEnvelope.read(body).returnCode()).isSameAs(ReturnCode.INVALID_HEADERS);
    }

    @Test
    void aBodyThatIsNotAnObjectIsRefused() {
        for (JsonValue notObject : new JsonValue[] {JsonArray.of(), JsonString.of("<html>"), JsonNull.INSTANCE,
                JsonNumber.of(1104)}) {
            assertThatThrownBy(() -> ResultEnvelope.read(notObject))
                    .isInstanceOfSatisfying(MalformedResponseException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.NOT_AN_OBJECT));
        }
    }

    @Test
    void whenBothShapesArePresentReturnCodeWins() {
        JsonObject body = JsonObject.builder()
                .put("resultCode", 9000).put("statusMessage", "legacy")
                .put("returnCode", "1165").put("returnMessage", "documented")
                .build();

        ResultEnvelope e = ResultEnvelope.read(body);

        assertThat(e.returnCode()).isSameAs(ReturnCode.ALREADY_REFUNDED);
        assertThat(e.message()).isEqualTo("documented");
    }

    @Test
    void aMalformedReturnCodeIsRefusedEvenIfTheLegacyCodeIsFine() {
        JsonObject body = JsonObject.builder().put("returnCode", true).put("resultCode", 1104).build();

        assertThatThrownBy(() -> ResultEnvelope.read(body)).isInstanceOf(MalformedResponseException.class);
    }

    @Test
    void theHyphenLinePaySendsForNoMessageIsKept() {
        JsonObject body = JsonObject.builder().put("returnCode", "1150").put("returnMessage", "-").build();

        assertThat(ResultEnvelope.read(body).message()).isEqualTo("-");
    }

    @Test
    void aMissingMessageIsEmpty() {
        assertThat(ResultEnvelope.read(JsonObject.builder().put("returnCode", "0000").build()).message()).isEmpty();
    }

    @Test
    void theMessageOfTheOtherShapeIsUsedWhenTheMatchingOneIsMissing() {
        JsonObject body = JsonObject.builder().put("returnCode", "1104").put("statusMessage", "odd mix").build();

        assertThat(ResultEnvelope.read(body).message()).isEqualTo("odd mix");
    }

    @Test
    void aMessageThatIsNotAStringIsIgnoredAndTheAnswerStillRead() {
        JsonObject info = JsonObject.builder().put("orderId", "o-1").build();
        JsonObject body = JsonObject.builder()
                .put("returnCode", "0000").put("returnMessage", 42).put("info", info).build();

        ResultEnvelope e = ResultEnvelope.read(body);

        assertThat(e.message()).isEmpty();
        assertThat(e.info()).contains(info);
    }

    @Test
    void anArrayInfoIsKept() {
        JsonArray details = JsonArray.of(JsonObject.builder().put("transactionId", 1L).build());
        JsonObject body = JsonObject.builder().put("returnCode", "0000").put("info", details).build();

        assertThat(ResultEnvelope.read(body).info()).contains(details);
    }

    @Test
    void aNullInfoCountsAsAbsent() {
        JsonObject body = JsonObject.builder().put("returnCode", "0000").put("info", JsonNull.INSTANCE).build();

        assertThat(ResultEnvelope.read(body).info()).isEmpty();
    }

    @Test
    void theExceptionNeverQuotesTheBody() {
        JsonObject body = JsonObject.builder()
                .put("regKey", "RK2AE3519XTFXHM").put("returnMessage", "secret-ish").put("returnCode", false).build();

        assertThatThrownBy(() -> ResultEnvelope.read(body))
                .hasMessageNotContaining("RK2AE3519XTFXHM")
                .hasMessageNotContaining("secret-ish");
    }

    @Test
    void anOverlongNumericCodeIsQuotedOnlyInPart() {
        String digits = "1".repeat(500);
        JsonObject body = JsonObject.builder().put("returnCode", JsonNumber.parse(digits)).build();

        assertThatThrownBy(() -> ResultEnvelope.read(body))
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(100));
    }

    @Test
    void toStringShowsCodeAndMessageButNotTheInfo() {
        JsonObject info = JsonObject.builder().put("regKey", "RK2AE3519XTFXHM").build();
        JsonObject body = JsonObject.builder()
                .put("returnCode", "0000").put("returnMessage", "OK").put("info", info).build();

        assertThat(ResultEnvelope.read(body).toString())
                .contains("0000", "\"OK\"", "info=present")
                .doesNotContain("RK2AE3519XTFXHM");
    }

    @Test
    void envelopesReadFromEqualBodiesAreEqual() {
        JsonObject body = JsonObject.builder().put("returnCode", "1164").put("returnMessage", "-").build();
        JsonObject legacy = JsonObject.builder().put("resultCode", 1164).put("statusMessage", "-").build();

        assertThat(ResultEnvelope.read(body)).isEqualTo(ResultEnvelope.read(legacy))
                .hasSameHashCodeAs(ResultEnvelope.read(legacy));
        assertThat(ResultEnvelope.read(body))
                .isNotEqualTo(ResultEnvelope.read(JsonObject.builder().put("returnCode", "1164").build()));
    }
}
