package dev.linepay4j.internal.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.OrderId;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.json.JsonObject;
import dev.linepay4j.domain.payment.OfflineStatus;
import dev.linepay4j.domain.request.CaptureRequest;
import dev.linepay4j.domain.request.OfflinePaymentRequest;
import dev.linepay4j.domain.request.PromotionRestriction;
import dev.linepay4j.domain.response.OfflinePaymentResponse;
import dev.linepay4j.domain.response.OfflinePaymentStatus;
import dev.linepay4j.support.MiniJsonCodec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The Offline API's bodies per generation, and its answers, on trees. */
class OfflineWireTest {

    private static final String BIG = "2023042201206549310";
    private static final String TW_KEY = "123456789012345678";

    private static JsonObject json(String text) {
        return (JsonObject) new MiniJsonCodec().read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static OfflinePaymentRequest.Builder pay() {
        return OfflinePaymentRequest.builder().productName("Pearl milk tea").amount(120).currency(Currency.TWD)
                .orderId("POS7-0042").oneTimeKey(TW_KEY);
    }

    @Test
    void aPlainV2PaymentIsFlatWithTheDocumentedMembersInOrder() {
        assertThat(OfflineWire.payment(pay().build(), ApiVersion.OFFLINE_V2).toString()).isEqualTo(
                "{\"productName\":\"Pearl milk tea\",\"amount\":120,\"currency\":\"TWD\",\"orderId\":\"POS7-0042\","
                        + "\"oneTimeKey\":\"" + TW_KEY + "\"}");
    }

    @Test
    void v2WritesCaptureFalseAndTheBranchAndFriendsUnderExtras() {
        OfflinePaymentRequest r = pay().capture(false).branchName("Taipei Main").branchId("TPE-01")
                .addFriends("@linepay", "@shop").build();

        assertThat(OfflineWire.payment(r, ApiVersion.OFFLINE_V2).toString()).isEqualTo(
                "{\"productName\":\"Pearl milk tea\",\"amount\":120,\"currency\":\"TWD\",\"orderId\":\"POS7-0042\","
                        + "\"oneTimeKey\":\"" + TW_KEY + "\",\"capture\":false,\"extras\":{\"branchName\":\"Taipei Main\","
                        + "\"branchId\":\"TPE-01\",\"addFriends\":[{\"type\":\"LINE_AT\",\"idList\":[\"@linepay\",\"@shop\"]}]}}");
    }

    @Test
    void v24HasV2sShape() {
        OfflinePaymentRequest r = pay().branchId("TPE-01").build();

        assertThat(OfflineWire.payment(r, ApiVersion.OFFLINE_V2_4))
                .isEqualTo(OfflineWire.payment(r, ApiVersion.OFFLINE_V2));
    }

    @Test
    void v4NestsCaptureAndTheBranchUnderOptionsAndSendsNoProductName() {
        OfflinePaymentRequest r = pay().capture(false).branchName("Taipei Main").branchId("TPE-01")
                .addPackage(p -> p.id("1").amount(120).name("Drinks")
                        .addProduct(pr -> pr.name("Tea").imageUrl("https://shop.example/tea.png").quantity(2).price(60)))
                .build();

        assertThat(OfflineWire.payment(r, ApiVersion.OFFLINE_V4).toString()).isEqualTo(
                "{\"amount\":120,\"currency\":\"TWD\",\"oneTimeKey\":\"" + TW_KEY + "\",\"orderId\":\"POS7-0042\","
                        + "\"options\":{\"payment\":{\"capture\":false},\"extra\":{\"branchId\":\"TPE-01\","
                        + "\"branchName\":\"Taipei Main\"}},\"packages\":[{\"id\":\"1\",\"amount\":120,\"name\":\"Drinks\","
                        + "\"products\":[{\"name\":\"Tea\",\"imageUrl\":\"https://shop.example/tea.png\",\"quantity\":2,"
                        + "\"price\":60}]}]}");
    }

    @Test
    void aPlainV4PaymentHasNoOptions() {
        assertThat(OfflineWire.payment(pay().build(), ApiVersion.OFFLINE_V4).toString()).isEqualTo(
                "{\"amount\":120,\"currency\":\"TWD\",\"oneTimeKey\":\"" + TW_KEY + "\",\"orderId\":\"POS7-0042\"}");
    }

    @Test
    void anOnlineVersionHasNoOfflineBody() {
        assertThatThrownBy(() -> OfflineWire.payment(pay().build(), ApiVersion.ONLINE_V4))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCapturesPromotionRestrictionIsTopLevel() {
        CaptureRequest c = CaptureRequest.of(Amount.of(100), Currency.TWD,
                PromotionRestriction.of(Amount.of(10), Amount.of(20)));

        assertThat(OfflineWire.capture(c).toString()).isEqualTo(
                "{\"amount\":100,\"currency\":\"TWD\",\"promotionRestriction\":{\"useLimit\":10,\"rewardLimit\":20}}");
        assertThat(OfflineWire.capture(CaptureRequest.of(Amount.of(100), Currency.TWD)).toString())
                .isEqualTo("{\"amount\":100,\"currency\":\"TWD\"}");
    }

    @Test
    void aV2PaymentAnswerKeepsItsBalanceAndItsIdExact() {
        OfflinePaymentResponse r = OfflineWire.payment(json("{\"transactionId\":" + BIG + ",\"orderId\":\"POS7-0042\","
                + "\"transactionDate\":\"2026-11-22T03:04:05Z\",\"payInfo\":[{\"method\":\"BALANCE\",\"amount\":100},"
                + "{\"method\":\"POINT\",\"amount\":20}],\"balance\":9880}"));

        assertThat(r.transactionId()).isEqualTo(TransactionId.parse(BIG));
        assertThat(r.orderId()).isEqualTo(OrderId.of("POS7-0042"));
        assertThat(r.transactionDate()).isEqualTo(Instant.parse("2026-11-22T03:04:05Z"));
        assertThat(r.balance()).contains(Amount.of(9880));
        assertThat(r.paymentProvider()).isEmpty();
        assertThat(r.totalPaid()).isEqualTo(Amount.of(120));
        assertThat(r.toString()).doesNotContain("raw");
    }

    @Test
    void aV4PaymentAnswerHasItsProvider() {
        OfflinePaymentResponse r = OfflineWire.payment(json("{\"transactionId\":\"" + BIG + "\",\"orderId\":\"o\","
                + "\"transactionDate\":\"2026-11-22T03:04:05Z\",\"payInfo\":[],\"paymentProvider\":\"EPI\","
                + "\"authorizationExpireDate\":\"2026-11-27T03:04:05Z\"}"));

        assertThat(r.paymentProvider()).contains("EPI");
        assertThat(r.authorizationExpireDate()).contains(Instant.parse("2026-11-27T03:04:05Z"));
        assertThat(r.balance()).isEmpty();
    }

    @Test
    void aPaymentAnswerWithoutItsDateIsTheWrongShape() {
        assertThatThrownBy(() -> OfflineWire.payment(json("{\"transactionId\":1,\"orderId\":\"o\"}")))
                .isInstanceOf(WireShapeException.class).hasMessageContaining("info.transactionDate");
    }

    @Test
    void aStatusAnswerIsReadWithItsPayment() {
        OfflinePaymentStatus s = OfflineWire.status(json("{\"status\":\"COMPLETE\",\"transactionId\":" + BIG
                + ",\"orderId\":\"POS7-0042\",\"transactionDate\":\"2026-11-22T03:04:05Z\","
                + "\"payInfo\":[{\"method\":\"CREDIT_CARD\",\"amount\":120}],\"paymentProvider\":\"TSP\"}"));

        assertThat(s.status()).contains(OfflineStatus.COMPLETE);
        assertThat(s.statusText()).isEqualTo("COMPLETE");
        assertThat(s.transactionId()).contains(TransactionId.parse(BIG));
        assertThat(s.payInfo()).singleElement().satisfies(p -> assertThat(p.method()).isEqualTo("CREDIT_CARD"));
        assertThat(s.paymentProvider()).contains("TSP");
    }

    @Test
    void anUnknownStatusIsKeptAsTextAndTheRestMayBeMissing() {
        OfflinePaymentStatus s = OfflineWire.status(json("{\"status\":\"PENDING_SOMETHING\"}"));

        assertThat(s.status()).isEmpty();
        assertThat(s.statusText()).isEqualTo("PENDING_SOMETHING");
        assertThat(s.transactionId()).isEmpty();
        assertThat(s.raw().string("status")).contains("PENDING_SOMETHING");
    }

    @Test
    void aRefundsDetailsEntryWithANegativePayInfoAmountReadsAsItsSize() {
        var details = ResponseWire.paymentDetails(new dev.linepay4j.domain.json.JsonArray(java.util.List.of(json(
                "{\"transactionId\":2023042201206549311,\"transactionDate\":\"2026-11-22T03:04:05Z\","
                        + "\"transactionType\":\"PARTIAL_REFUND\",\"originalTransactionId\":" + BIG + ","
                        + "\"payInfo\":[{\"method\":\"BALANCE\",\"amount\":-20}]}"))));

        assertThat(details).singleElement().satisfies(d -> {
            assertThat(d.payInfo()).singleElement().satisfies(p -> assertThat(p.amount()).isEqualTo(Amount.of(20)));
            assertThat(d.originalTransactionId()).contains(TransactionId.parse(BIG));
        });
    }

    @Test
    void aStatusAnswerWithoutStatusIsTheWrongShape() {
        assertThatThrownBy(() -> OfflineWire.status(json("{\"transactionId\":1}")))
                .isInstanceOf(WireShapeException.class).hasMessageContaining("info.status");
    }
}
