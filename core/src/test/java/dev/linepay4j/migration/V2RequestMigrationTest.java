package dev.linepay4j.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.DisplayLocale;
import dev.linepay4j.domain.json.JsonArray;
import dev.linepay4j.domain.json.JsonObject;
import dev.linepay4j.domain.json.JsonString;
import dev.linepay4j.domain.request.ConfirmUrlType;
import dev.linepay4j.domain.request.PayType;
import dev.linepay4j.domain.request.PaymentPackage;
import dev.linepay4j.domain.request.PaymentRequest;
import dev.linepay4j.domain.request.Product;
import org.junit.jupiter.api.Test;

class V2RequestMigrationTest {

    /** A full v2 body, as a merchant's v2 integration sent it. */
    private static JsonObject.Builder v2Body() {
        return JsonObject.builder()
                .put("productName", "Brown pen")
                .put("productImageUrl", "https://shop.example/pen.png")
                .put("amount", 1000)
                .put("currency", "TWD")
                .put("orderId", "Ord2018123100000001")
                .put("confirmUrl", "https://shop.example/pay/confirm")
                .put("confirmUrlType", "CLIENT")
                .put("cancelUrl", "https://shop.example/pay/cancel")
                .put("capture", false)
                .put("payType", "PREAPPROVED")
                .put("langCd", "zh-Hant")
                .put("checkConfirmUrlBrowser", true)
                .put("packageName", "example.shop.app")
                .put("extras", JsonObject.builder()
                        .put("addFriends", JsonArray.of(JsonObject.builder()
                                .put("type", "LINE_AT")
                                .put("ids", JsonArray.of(JsonString.of("@linepay"), JsonString.of("@shop")))
                                .build()))
                        .build());
    }

    /** The full body with some members replaced or added. */
    private static JsonObject v2BodyWith(Object... keysAndValues) {
        java.util.Map<String, dev.linepay4j.domain.json.JsonValue> members = new java.util.LinkedHashMap<>(v2Body().build().members());
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object v = keysAndValues[i + 1];
            members.put((String) keysAndValues[i], v instanceof String ? JsonString.of((String) v)
                    : v instanceof Boolean ? dev.linepay4j.domain.json.JsonBoolean.of((Boolean) v)
                    : (dev.linepay4j.domain.json.JsonValue) v);
        }
        return new JsonObject(members);
    }

    @Test
    void everyFieldOfTheMappingTableIsCarriedOver() {
        V2RequestMigration.Result result = V2RequestMigration.convert(v2Body().build());

        assertThat(result.notes()).isEmpty();
        assertThat(result.isComplete()).isTrue();
        PaymentRequest v3 = result.request().orElseThrow();
        assertThat(v3.amount()).isEqualTo(Amount.of(1000));
        assertThat(v3.currency()).isEqualTo(Currency.TWD);
        assertThat(v3.orderId().value()).isEqualTo("Ord2018123100000001");
        PaymentPackage pkg = v3.packages().get(0);
        assertThat(v3.packages()).hasSize(1);
        assertThat(pkg.amount()).isEqualTo(Amount.of(1000));
        Product product = pkg.products().get(0);
        assertThat(product.name()).isEqualTo("Brown pen");
        assertThat(product.imageUrl()).map(Object::toString).contains("https://shop.example/pen.png");
        assertThat(product.quantity()).isEqualTo(1);
        assertThat(product.price()).isEqualTo(Amount.of(1000));
        assertThat(v3.redirectUrls().confirmUrl()).map(Object::toString).contains("https://shop.example/pay/confirm");
        assertThat(v3.redirectUrls().cancelUrl()).map(Object::toString).contains("https://shop.example/pay/cancel");
        assertThat(v3.redirectUrls().confirmUrlType()).contains(ConfirmUrlType.CLIENT);
        assertThat(v3.redirectUrls().appPackageName()).contains("example.shop.app");
        var options = v3.options().orElseThrow();
        assertThat(options.payment().orElseThrow().capture()).isFalse();
        assertThat(options.payment().orElseThrow().payType()).isEqualTo(PayType.PREAPPROVED);
        assertThat(options.display().orElseThrow().locale()).contains(DisplayLocale.ZH_TW);
        assertThat(options.display().orElseThrow().checkConfirmUrlBrowser()).contains(true);
        var friend = options.familyService().orElseThrow().addFriends().get(0);
        assertThat(friend.type()).isEqualTo("lineAt");
        assertThat(friend.idList()).containsExactly("@linepay", "@shop");
    }

    @Test
    void fieldsV3HasNoPlaceForAreReportedNotDropped() {
        JsonObject v2 = v2BodyWith("mid", "u1234567890abcdef", "oneTimeKey", "123456789012",
                "deliveryPlacePhone", "0900000000");

        V2RequestMigration.Result result = V2RequestMigration.convert(v2);

        assertThat(result.request()).isPresent();
        assertThat(result.isComplete()).isFalse();
        assertThat(result.notes()).extracting(MigrationNote::v2Field)
                .containsExactlyInAnyOrder("mid", "oneTimeKey", "deliveryPlacePhone");
    }

    @Test
    void valuesV3DoesNotAcceptAreReportedWithTheField() {
        JsonObject v2 = v2BodyWith("langCd", "fr", "payType", "INSTALLMENT",
                "extras", JsonObject.builder()
                        .put("branchName", "Taipei 101")
                        .put("addFriends", JsonArray.of(JsonObject.builder().put("type", "FACEBOOK").build()))
                        .build());

        V2RequestMigration.Result result = V2RequestMigration.convert(v2);

        assertThat(result.notes()).extracting(MigrationNote::v2Field)
                .containsExactlyInAnyOrder("langCd", "payType", "extras.branchName", "extras.addFriends[0].type");
        assertThat(result.request()).isPresent();
    }

    @Test
    void aV2RequestThatBreaksAV3RuleGivesTheViolationsAndNoRequest() {
        JsonObject v2 = v2BodyWith("confirmUrl", "http://shop.example/pay/confirm", "currency", "JPY");

        V2RequestMigration.Result result = V2RequestMigration.convert(v2);

        assertThat(result.request()).isEmpty();
        assertThat(result.violations()).extracting(v -> v.field())
                .contains("currency", "redirectUrls.confirmUrl");
    }

    @Test
    void theMinimalV2RequestBecomesAMinimalV3Request() {
        JsonObject v2 = JsonObject.builder()
                .put("productName", "Tea")
                .put("amount", 50)
                .put("currency", "THB")
                .put("orderId", "A-1")
                .put("confirmUrl", "https://shop.example/ok")
                .put("cancelUrl", "https://shop.example/cancel")
                .build();

        V2RequestMigration.Result result = V2RequestMigration.convert(v2);

        assertThat(result.isComplete()).isTrue();
        assertThat(result.request().orElseThrow().options()).isEmpty();
    }

    @Test
    void wrongTypesAreReportedAsNotes() {
        JsonObject v2 = v2BodyWith("capture", "false", "extras", JsonArray.of());

        V2RequestMigration.Result result = V2RequestMigration.convert(v2);

        assertThat(result.notes()).extracting(MigrationNote::v2Field).containsExactlyInAnyOrder("capture", "extras");
        assertThat(result.request()).isPresent();
    }

    @Test
    void aBodyHeldAsJavaMapsAndListsConvertsLikeItsJson() {
        java.util.Map<String, Object> v2 = new java.util.LinkedHashMap<>();
        v2.put("productName", "Brown pen");
        v2.put("amount", 1000);
        v2.put("currency", "TWD");
        v2.put("orderId", "Ord2018123100000001");
        v2.put("confirmUrl", "https://shop.example/pay/confirm");
        v2.put("cancelUrl", "https://shop.example/pay/cancel");
        v2.put("capture", false);
        v2.put("extras", java.util.Map.of("addFriends", java.util.List.of(java.util.Map.of("type", "LINE_AT",
                "ids", new String[] {"@linepay"}))));

        V2RequestMigration.Result result = V2RequestMigration.convert(v2);

        assertThat(result.isComplete()).isTrue();
        PaymentRequest v3 = result.request().orElseThrow();
        assertThat(v3.amount()).isEqualTo(Amount.of(1000));
        assertThat(v3.options().orElseThrow().familyService().orElseThrow().addFriends().get(0).idList())
                .containsExactly("@linepay");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> V2RequestMigration.convert(
                java.util.Map.of("amount", new Object()))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("v2.amount");
    }

    @Test
    void theV3SpellingIdListIsReadToo() {
        JsonObject v2 = v2BodyWith("extras", JsonObject.builder()
                .put("addFriends", JsonArray.of(JsonObject.builder().put("type", "lineAt")
                        .put("idList", JsonArray.of(JsonString.of("@shop"))).build()))
                .build());

        V2RequestMigration.Result result = V2RequestMigration.convert(v2);

        assertThat(result.notes()).isEmpty();
        assertThat(result.request().orElseThrow().options().orElseThrow().familyService().orElseThrow().addFriends()
                .get(0).idList()).containsExactly("@shop");
    }

    @Test
    void aFriendsEntryWithoutAnIdIsANoteNotAFailure() {
        JsonObject v2 = v2BodyWith("extras", JsonObject.builder()
                .put("addFriends", JsonArray.of(
                        JsonObject.builder().put("type", "LINE_AT").build(),
                        JsonObject.builder().put("type", "LINE_AT").put("ids", JsonArray.of(JsonString.of(" "))).build()))
                .build());

        V2RequestMigration.Result result = V2RequestMigration.convert(v2);

        assertThat(result.request()).isPresent();
        assertThat(result.request().orElseThrow().options().orElseThrow().familyService()).isEmpty();
        assertThat(result.notes()).extracting(MigrationNote::v2Field)
                .contains("extras.addFriends[0].idList", "extras.addFriends[1].ids");
    }

    @Test
    void retiredV2FieldsSayWhereTheirJobWent() {
        V2RequestMigration.Result result = V2RequestMigration.convert(v2BodyWith("oneTimeKey", "123456789012",
                "mid", "u1234"));

        assertThat(result.notes()).filteredOn(n -> n.v2Field().equals("oneTimeKey")).singleElement()
                .satisfies(n -> assertThat(n.problem()).contains("Offline API"));
        assertThat(result.notes()).filteredOn(n -> n.v2Field().equals("mid")).singleElement()
                .satisfies(n -> assertThat(n.problem()).contains("logs in"));
    }
}
