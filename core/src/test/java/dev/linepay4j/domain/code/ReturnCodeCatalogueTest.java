package dev.linepay4j.domain.code;

import static dev.linepay4j.domain.code.ReturnCodeCategory.CUSTOMER;
import static dev.linepay4j.domain.code.ReturnCodeCategory.INTERNAL;
import static dev.linepay4j.domain.code.ReturnCodeCategory.INVALID_REQUEST;
import static dev.linepay4j.domain.code.ReturnCodeCategory.MERCHANT_CONFIGURATION;
import static dev.linepay4j.domain.code.ReturnCodeCategory.STATE_CONFLICT;
import static dev.linepay4j.domain.code.ReturnCodeCategory.SUCCESS_OR_STATUS;
import static dev.linepay4j.domain.code.ReturnCodeCategory.TRANSIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReturnCodeCatalogueTest {

    /** Expected category and retry flag, written from LINEPAY-API.md §4/§8 and the brief, not from the table. */
    private record Expected(ReturnCodeCategory category, boolean retryable) {
    }

    private static Map<String, Expected> expectedTable() {
        Map<String, Expected> t = new LinkedHashMap<>();
        for (String status : List.of("0000", "0110", "0121", "0122", "0123")) {
            t.put(status, new Expected(SUCCESS_OR_STATUS, false));
        }
        for (String customer : List.of("1101", "1102", "1110", "1141", "1142", "1154", "1170")) {
            t.put(customer, new Expected(CUSTOMER, false));
        }
        // Card errors 1280-1298 (1297 does not exist); only 1280 is a temporary one.
        IntStream.rangeClosed(1280, 1298).filter(i -> i != 1297)
                .forEach(i -> t.put(Integer.toString(i), new Expected(CUSTOMER, i == 1280)));
        for (String merchant : List.of("1104", "1105", "1178", "1194", "2024", "2042", "2103")) {
            t.put(merchant, new Expected(MERCHANT_CONFIGURATION, false));
        }
        for (String invalid : List.of("1106", "1124", "1133", "1153", "1177", "1183", "1184", "2101", "2102")) {
            t.put(invalid, new Expected(INVALID_REQUEST, false));
        }
        for (String conflict : List.of("1115", "1150", "1152", "1155", "1159", "1163", "1164", "1165", "1169",
                "1172", "1180", "1190", "1193", "1197")) {
            t.put(conflict, new Expected(STATE_CONFLICT, false));
        }
        // In progress / duplicated / "at the moment": wait and repeat.
        for (String busy : List.of("1145", "1179", "1198")) {
            t.put(busy, new Expected(STATE_CONFLICT, true));
        }
        IntStream.rangeClosed(1900, 1909).forEach(i -> t.put(Integer.toString(i), new Expected(TRANSIENT, true)));
        t.put("1999", new Expected(TRANSIENT, true));
        t.put("1199", new Expected(INTERNAL, false));
        t.put("9000", new Expected(INTERNAL, false));
        return t;
    }

    @Test
    void everyCodeHasTheExpectedCategoryAndRetryFlag() {
        Map<String, Expected> expected = expectedTable();
        assertSoftly(soft -> expected.forEach((code, e) -> {
            ReturnCode actual = ReturnCode.of(code);
            soft.assertThat(actual.isKnown()).as("%s known", code).isTrue();
            soft.assertThat(actual.category()).as("%s category", code).isEqualTo(e.category());
            soft.assertThat(actual.retryable()).as("%s retryable", code).isEqualTo(e.retryable());
        }));
    }

    @Test
    void theCatalogueHoldsExactlyTheExpectedCodesInAscendingOrder() {
        List<String> expected = new ArrayList<>(expectedTable().keySet());
        expected.sort(null);

        assertThat(ReturnCode.catalogue()).extracting(ReturnCode::code).containsExactlyElementsOf(expected);
    }

    @Test
    void theCatalogueHasSeventySixCodes() {
        // 5 status + 36 in 1101-1199 + 18 card + 10 of 190X + 1999, 2024, 2042, 2101, 2102, 2103, 9000
        assertThat(ReturnCode.catalogue()).hasSize(76);
    }

    @Test
    void everyBothSeedTableCodeIsCatalogued() {
        // The codes of both published tables, typed in from them (190X is a family, checked elsewhere).
        String published = "0000 0110 0121 0122 0123 1101 1102 1104 1105 1106 1110 1124 1141 1142 1145 1150 1152 "
                + "1153 1154 1155 1159 1163 1164 1165 1169 1170 1172 1177 1178 1179 1180 1183 1184 1190 1193 1194 "
                + "1197 1198 1199 1280 1281 1282 1283 1284 1285 1286 1287 1288 1289 1290 1291 1292 1293 1294 1295 "
                + "1296 1298 2101 2102 9000";
        for (String code : published.split(" ")) {
            assertThat(ReturnCode.of(code).isKnown()).as(code).isTrue();
        }
    }

    @Test
    void noCodeIsUnknownOrWithoutDescription() {
        assertThat(ReturnCode.catalogue()).allSatisfy(c -> {
            assertThat(c.category()).isNotEqualTo(ReturnCodeCategory.UNKNOWN);
            assertThat(c.description()).isNotBlank();
        });
    }

    @Test
    void descriptionsAreNotLinePaysOwnSentences() {
        // A sample of LINE Pay's published wording (both tables); ours must say it differently.
        Map<String, List<String>> theirs = Map.of(
                "1101", List.of("The customer isn't a LINE Pay user.", "Not a LINE Pay member"),
                "1104", List.of("The store is not one of the affiliated store."),
                "1142", List.of("The balance is insufficient.", "Low balance"),
                "1150", List.of("There are no transaction details.", "Transaction history does not exist"),
                "1164", List.of("Exceeded the refundable amount.", "Exceeded refundable amount."),
                "1172", List.of("Transaction details with the same order ID already exist.",
                        "There is a record of transaction with the same order number."),
                "1287", List.of("Credit card expiration date has passed.", "The credit card is expired"),
                "2102", List.of("JSON data format error occurred.", "JSON data format error"),
                "9000", List.of("Internal error occurred.", "An internal error"));
        theirs.forEach((code, sentences) -> {
            String ours = normalise(ReturnCode.of(code).description());
            assertThat(sentences).as(code).allSatisfy(s -> assertThat(ours).isNotEqualTo(normalise(s)));
        });
    }

    private static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    @Test
    void ofReturnsTheSameInstanceForACataloguedCode() {
        assertThat(ReturnCode.of("1164")).isSameAs(ReturnCode.of(new String("1164".toCharArray())));
    }

    @Test
    void constantsAreTheInstancesOfReturns() {
        Map<ReturnCode, String> constants = new LinkedHashMap<>();
        constants.put(ReturnCode.SUCCESS, "0000");
        constants.put(ReturnCode.MERCHANT_NOT_FOUND, "1104");
        constants.put(ReturnCode.INVALID_HEADERS, "1106");
        constants.put(ReturnCode.INVALID_AMOUNT, "1124");
        constants.put(ReturnCode.PAYMENT_IN_PROGRESS, "1145");
        constants.put(ReturnCode.NO_TRANSACTION, "1150");
        constants.put(ReturnCode.AMOUNT_MISMATCH, "1153");
        constants.put(ReturnCode.INVALID_TRANSACTION_ID, "1155");
        constants.put(ReturnCode.NO_PAYMENT_REQUEST, "1159");
        constants.put(ReturnCode.REFUND_PERIOD_OVER, "1163");
        constants.put(ReturnCode.EXCEEDS_REFUNDABLE, "1164");
        constants.put(ReturnCode.ALREADY_REFUNDED, "1165");
        constants.put(ReturnCode.NOT_AUTHENTICATED_YET, "1169");
        constants.put(ReturnCode.ORDER_ID_EXISTS, "1172");
        constants.put(ReturnCode.TOO_MANY_TRANSACTIONS, "1177");
        constants.put(ReturnCode.CANNOT_PROCESS_NOW, "1179");
        constants.put(ReturnCode.PAYMENT_EXPIRED, "1180");
        constants.put(ReturnCode.REG_KEY_NOT_FOUND, "1190");
        constants.put(ReturnCode.REG_KEY_EXPIRED, "1193");
        constants.put(ReturnCode.DUPLICATE_REQUEST, "1198");
        constants.put(ReturnCode.INTERNAL_REQUEST_ERROR, "1199");
        constants.put(ReturnCode.PARAMETER_ERROR, "2101");
        constants.put(ReturnCode.JSON_FORMAT_ERROR, "2102");
        constants.put(ReturnCode.PARAMETER_NOT_ALLOWED, "2103");
        constants.put(ReturnCode.INTERNAL_ERROR, "9000");

        assertThat(constants).hasSize(25); // a duplicate constant would collapse two entries
        constants.forEach((constant, code) -> assertThat(constant).as(code).isSameAs(ReturnCode.of(code)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234", "ABCD", "", "0001", "1297", "19000", " 1104"})
    void unknownCodesAreValuesWithTheUnknownCategory(String text) {
        ReturnCode code = ReturnCode.of(text);

        assertThat(code.code()).isEqualTo(text);
        assertThat(code.isKnown()).isFalse();
        assertThat(code.category()).isEqualTo(ReturnCodeCategory.UNKNOWN);
        assertThat(code.retryable()).isFalse();
        assertThat(code.isSuccess()).isFalse();
    }

    @Test
    void unknownCodesWithTheSameTextAreEqual() {
        assertThat(ReturnCode.of("1234")).isEqualTo(ReturnCode.of("1234")).hasSameHashCodeAs(ReturnCode.of("1234"));
        assertThat(ReturnCode.of("1234")).isNotEqualTo(ReturnCode.of("1235"));
    }

    @Test
    void onlyZeroZeroZeroZeroIsSuccess() {
        assertThat(ReturnCode.catalogue().stream().filter(ReturnCode::isSuccess).map(ReturnCode::code)
                .collect(Collectors.toList())).containsExactly("0000");
    }

    @Test
    void toStringShowsCodeAndDescription() {
        assertThat(ReturnCode.of("1172").toString()).startsWith("1172 (").contains("order id").endsWith(")");
    }

    @Test
    void theCatalogueCannotBeModified() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReturnCode.catalogue().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
