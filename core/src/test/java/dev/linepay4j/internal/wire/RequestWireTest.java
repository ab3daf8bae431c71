package dev.linepay4j.internal.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.DisplayLocale;
import dev.linepay4j.domain.request.AddFriend;
import dev.linepay4j.domain.request.CaptureRequest;
import dev.linepay4j.domain.request.ConfirmRequest;
import dev.linepay4j.domain.request.ConfirmUrlType;
import dev.linepay4j.domain.request.FamilyService;
import dev.linepay4j.domain.request.FeeInquiryType;
import dev.linepay4j.domain.request.PayType;
import dev.linepay4j.domain.request.PaymentRequest;
import dev.linepay4j.domain.request.PreapprovedPaymentRequest;
import dev.linepay4j.domain.request.PromotionRestriction;
import dev.linepay4j.domain.request.RecurringPeriod;
import dev.linepay4j.domain.request.RefundRequest;
import dev.linepay4j.domain.request.RegPayPeriodType;
import dev.linepay4j.domain.request.ShippingType;
import dev.linepay4j.domain.request.Weekday;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Request values to the exact JSON trees LINE Pay documents, member order included. */
class RequestWireTest {

    @Test
    void aMinimalPaymentRequestHasTheSixDocumentedMembersInOrder() {
        PaymentRequest request = PaymentRequest.builder()
                .amount(100).currency(Currency.TWD).orderId("MKSI_S_20180904_1000001")
                .addPackage(p -> p.id("1").amount(100)
                        .addProduct(pr -> pr.name("Pen Brown").quantity(2).price(50)))
                .redirectUrls(r -> r.confirmUrl("https://shop.example.com/pay/confirm")
                        .cancelUrl("https://shop.example.com/pay/cancel"))
                .build();

        assertThat(RequestWire.paymentRequest(request).toString()).isEqualTo(
                "{\"amount\":100,\"currency\":\"TWD\",\"orderId\":\"MKSI_S_20180904_1000001\","
                        + "\"packages\":[{\"id\":\"1\",\"amount\":100,\"products\":[{\"name\":\"Pen Brown\",\"quantity\":2,\"price\":50}]}],"
                        + "\"redirectUrls\":{\"confirmUrl\":\"https://shop.example.com/pay/confirm\","
                        + "\"cancelUrl\":\"https://shop.example.com/pay/cancel\"}}");
    }

    @Test
    void everyOptionalPartIsWrittenWhereLinePayDocumentsIt() {
        PaymentRequest request = PaymentRequest.builder()
                .amount(new BigDecimal("12.50")).currency(Currency.USD).orderId("order-1")
                .addPackage(p -> p.id("pkg").amount(new BigDecimal("10.00")).userFee(new BigDecimal("2.5")).name("Shop")
                        .addProduct(pr -> pr.id("sku-1").name("Tea").imageUrl("https://shop.example.com/tea.png")
                                .quantity(1).price(new BigDecimal("10")).originalPrice(new BigDecimal("12.00"))))
                .redirectUrls(r -> r.confirmUrl("https://shop.example.com/ok").cancelUrl("https://shop.example.com/no")
                        .confirmUrlType(ConfirmUrlType.SERVER).appPackageName("com.example.shop"))
                .options(o -> o.capture(false).payType(PayType.PREAPPROVED)
                        .locale(DisplayLocale.ZH_TW).checkConfirmUrlBrowser(true)
                        .extra(e -> e.branchName("Taipei 101").branchId("TPE-1").useLimit(1).rewardLimit(2))
                        .addEvent(ev -> ev.code("EVENT1").totalAmount(5))
                        .addEvent(ev -> ev.code("EVENT2").productQuantity(1))
                        .familyService(FamilyService.of(AddFriend.lineAt("@shop")))
                        .shipping(s -> s.type(ShippingType.SHIPPING).feeInquiryUrl("https://shop.example.com/fee")
                                .feeInquiryType(FeeInquiryType.CONDITION)
                                .address(a -> a.country("TW").postalCode("110").state("Taipei").city("Xinyi")
                                        .detail("No. 7").optional("8F")
                                        .recipient(rc -> rc.firstName("Mei").lastName("Lin").email("mei@example.com")
                                                .phoneNo("0912")))))
                .build();

        assertThat(RequestWire.paymentRequest(request).toString()).isEqualTo("{\"amount\":12.5,\"currency\":\"USD\","
                + "\"orderId\":\"order-1\",\"packages\":[{\"id\":\"pkg\",\"amount\":10,\"userFee\":2.5,\"name\":\"Shop\","
                + "\"products\":[{\"id\":\"sku-1\",\"name\":\"Tea\",\"imageUrl\":\"https://shop.example.com/tea.png\","
                + "\"quantity\":1,\"price\":10,\"originalPrice\":12}]}],"
                + "\"redirectUrls\":{\"confirmUrl\":\"https://shop.example.com/ok\",\"cancelUrl\":\"https://shop.example.com/no\","
                + "\"confirmUrlType\":\"SERVER\",\"appPackageName\":\"com.example.shop\"},"
                + "\"options\":{\"payment\":{\"capture\":false,\"payType\":\"PREAPPROVED\"},"
                + "\"display\":{\"locale\":\"zh_TW\",\"checkConfirmUrlBrowser\":true},"
                + "\"extra\":{\"branchName\":\"Taipei 101\",\"branchId\":\"TPE-1\","
                + "\"promotionRestriction\":{\"useLimit\":1,\"rewardLimit\":2}},"
                + "\"events\":[{\"code\":\"EVENT1\",\"totalAmount\":5},{\"code\":\"EVENT2\",\"productQuantity\":1}],"
                + "\"familyService\":{\"addFriends\":[{\"type\":\"lineAt\",\"idList\":[\"@shop\"]}]},"
                + "\"shipping\":{\"type\":\"SHIPPING\",\"feeInquiryUrl\":\"https://shop.example.com/fee\","
                + "\"feeInquiryType\":\"CONDITION\",\"address\":{\"country\":\"TW\",\"postalCode\":\"110\","
                + "\"state\":\"Taipei\",\"city\":\"Xinyi\",\"detail\":\"No. 7\",\"optional\":\"8F\","
                + "\"recipient\":{\"firstName\":\"Mei\",\"lastName\":\"Lin\",\"email\":\"mei@example.com\","
                + "\"phoneNo\":\"0912\"}}}}}");
    }

    @Test
    void theV4RegPayRequestIsWrittenUnderOptions() {
        PaymentRequest request = PaymentRequest.builder()
                .amount(300).currency(Currency.TWD).orderId("sub-1")
                .addPackage(p -> p.id("1").amount(300).addProduct(pr -> pr.name("Plan").quantity(1).price(300)))
                .redirectUrls(r -> r.confirmUrl("https://shop.example.com/ok").cancelUrl("https://shop.example.com/no"))
                .options(o -> o.payType(PayType.PREAPPROVED).regPayRequest(rp -> rp
                        .regPayPeriodType(RegPayPeriodType.RECURRING).recurringPeriod(RecurringPeriod.WEEK)
                        .recurringDayOfWeek(Weekday.MON).productPrice(300)))
                .build();

        assertThat(RequestWire.paymentRequest(request).object("options").orElseThrow().toString()).isEqualTo(
                "{\"payment\":{\"capture\":true,\"payType\":\"PREAPPROVED\"},\"regPayRequest\":{\"regPayPeriodType\":"
                        + "\"RECURRING\",\"recurringPeriod\":\"WEEK\",\"recurringDayOfWeek\":\"MON\",\"productPrice\":300}}");
    }

    @Test
    void aConfirmBodyIsAmountAndCurrency() {
        assertThat(RequestWire.confirm(ConfirmRequest.of(Amount.parse("10.50"), Currency.USD)).toString())
                .isEqualTo("{\"amount\":10.5,\"currency\":\"USD\"}");
    }

    @Test
    void aCaptureWithAPromotionRestrictionNestsItUnderOptionsExtra() {
        assertThat(RequestWire.capture(CaptureRequest.of(Amount.of(100), Currency.TWD)).toString())
                .isEqualTo("{\"amount\":100,\"currency\":\"TWD\"}");
        assertThat(RequestWire.capture(CaptureRequest.of(Amount.of(100), Currency.TWD,
                PromotionRestriction.of(Amount.of(40)))).toString())
                .isEqualTo("{\"amount\":100,\"currency\":\"TWD\",\"options\":{\"extra\":{\"promotionRestriction\":"
                        + "{\"rewardLimit\":40}}}}");
    }

    @Test
    void aPartialRefundHasItsAmountAndAFullRefundHasNoBodyOfItsOwn() {
        assertThat(RequestWire.refund(RefundRequest.partial(Amount.of(30), Currency.TWD)).orElseThrow().toString())
                .isEqualTo("{\"refundAmount\":30}");
        assertThat(RequestWire.refund(RefundRequest.full())).isEmpty();
    }

    @Test
    void aPreapprovedPaymentNamesCaptureOnlyWhenFalse() {
        PreapprovedPaymentRequest.Builder b = PreapprovedPaymentRequest.builder()
                .productName("Monthly plan").amount(300).currency(Currency.TWD).orderId("sub-42-2024-05");

        assertThat(RequestWire.preapprovedPayment(b.build()).toString()).isEqualTo(
                "{\"productName\":\"Monthly plan\",\"amount\":300,\"currency\":\"TWD\",\"orderId\":\"sub-42-2024-05\"}");
        assertThat(RequestWire.preapprovedPayment(b.capture(false).build()).toString()).isEqualTo(
                "{\"productName\":\"Monthly plan\",\"amount\":300,\"currency\":\"TWD\",\"orderId\":\"sub-42-2024-05\","
                        + "\"capture\":false}");
    }
}
