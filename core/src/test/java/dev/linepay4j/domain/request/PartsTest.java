package dev.linepay4j.domain.request;

import static dev.linepay4j.domain.request.Broken.fieldsOf;
import static dev.linepay4j.domain.request.Broken.onlyViolationOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.DisplayLocale;
import dev.linepay4j.domain.RedirectUrl;
import dev.linepay4j.domain.Violation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The parts of a payment request built on their own: their paths are relative to themselves. */
class PartsTest {

    @Test
    void aProductBuiltAloneReportsRelativeFields() {
        assertThat(fieldsOf(() -> Product.builder().quantity(0).build()))
                .containsExactlyInAnyOrder("name", "quantity", "price");
    }

    @Test
    void aProductSubtotalIsPriceTimesQuantity() {
        Product p = Product.builder().name("Pen").quantity(3).price(new BigDecimal("1.25")).build();

        assertThat(p.subtotal()).isEqualTo(Amount.parse("3.75"));
    }

    @Test
    void aProductAloneDoesNotJudgeDecimalPlacesItHasNoCurrencyFor() {
        Product p = Product.builder().name("Pen").quantity(1).price(new BigDecimal("0.001")).build();

        assertThat(p.price()).isEqualTo(Amount.parse("0.001"));
    }

    @Test
    void aPackageBuiltAloneReportsItsProductsByIndex() {
        assertThat(fieldsOf(() -> PaymentPackage.builder().id("1").amount(10)
                .addProduct(p -> p.name("Pen").quantity(1).price(10))
                .addProduct(p -> p.quantity(1).price(0))
                .build()))
                .containsExactly("products[1].name");
    }

    @Test
    void aPackageConstructedDirectlyChecksItsSum() {
        Product pen = Product.builder().name("Pen").quantity(2).price(50).build();

        Violation v = onlyViolationOf(() -> new PaymentPackage("1", Amount.of(90), Optional.empty(), Optional.empty(),
                List.of(pen)));

        assertThat(v.field()).isEqualTo("amount");
    }

    @Test
    void aPackageKnowsItsProductTotal() {
        PaymentPackage pkg = PaymentPackage.builder().id("1").amount(130)
                .addProduct(p -> p.name("Pen").quantity(2).price(50))
                .addProduct(p -> p.name("Ink").quantity(3).price(10))
                .build();

        assertThat(pkg.productTotal()).isEqualTo(Amount.of(130));
    }

    @Test
    void aProductAddedTwiceToABuilderIsNotShared() {
        Product pen = Product.builder().name("Pen").quantity(1).price(50).build();

        PaymentPackage pkg = PaymentPackage.builder().id("1").amount(100).addProduct(pen).addProduct(pen).build();

        assertThat(pkg.products()).containsExactly(pen, pen);
    }

    @Test
    void redirectUrlsOfTwoUrlsBuild() {
        RedirectUrls urls = RedirectUrls.of("https://shop.example.com/ok", "https://shop.example.com/cancel");

        assertThat(urls.confirmUrl()).contains(RedirectUrl.of("https://shop.example.com/ok"));
        assertThat(urls.confirmUrlType()).isEmpty();
    }

    @Test
    void redirectUrlsWithoutUrlsNeedTypeNone() {
        assertThat(fieldsOf(() -> RedirectUrls.builder().build())).containsExactly("confirmUrl", "cancelUrl");
    }

    @Test
    void redirectUrlsNoneHasTypeNone() {
        assertThat(RedirectUrls.none().confirmUrlType()).contains(ConfirmUrlType.NONE);
    }

    @Test
    void serverConfirmationStillNeedsBothUrls() {
        assertThat(fieldsOf(() -> RedirectUrls.builder().confirmUrlType(ConfirmUrlType.SERVER).build()))
                .containsExactly("confirmUrl", "cancelUrl");
    }

    @Test
    void aRateTypeEventHoldsItsAmount() {
        PromotionEvent e = PromotionEvent.ofTotalAmount("SPRING24", Amount.of(500));

        assertThat(e.totalAmount()).contains(Amount.of(500));
        assertThat(e.productQuantity()).isEmpty();
    }

    @Test
    void aFixedTypeEventHoldsItsQuantity() {
        PromotionEvent e = PromotionEvent.ofProductQuantity("GIFT-2", 2);

        assertThat(e.productQuantity()).isEqualTo(OptionalLong.of(2));
    }

    @Test
    void aFixedTypeEventOfZeroProductsIsReported() {
        Violation v = onlyViolationOf(() -> PromotionEvent.ofProductQuantity("GIFT", 0));

        assertThat(v.field()).isEqualTo("productQuantity");
    }

    @Test
    void anAddFriendsEntryWithABlankIdReportsItsIndex() {
        Violation v = onlyViolationOf(() -> AddFriend.lineAt("@shop", " "));

        assertThat(v.field()).isEqualTo("idList[1]");
    }

    @Test
    void aFamilyServiceWithoutEntriesIsReported() {
        Violation v = onlyViolationOf(FamilyService::of);

        assertThat(v.field()).isEqualTo("addFriends");
    }

    @Test
    void extraOptionsKeepTheirRestriction() {
        ExtraOptions extra = ExtraOptions.builder().branchId("TPE-01").useLimit(100).rewardLimit(200).build();

        assertThat(extra.promotionRestriction()).contains(PromotionRestriction.of(Amount.of(100), Amount.of(200)));
    }

    @Test
    void aRestrictionWithoutRewardLimitIsReported() {
        Violation v = onlyViolationOf(() -> PromotionRestriction.of(Amount.of(1), null));

        assertThat(v).isEqualTo(new Violation("rewardLimit", "is required"));
    }

    @Test
    void optionsGivenAsValuesComeBackEqual() {
        PaymentOptions options = PaymentOptions.builder()
                .payment(PaymentSettings.of(false, PayType.NORMAL))
                .display(DisplayOptions.of(DisplayLocale.KO))
                .extra(ExtraOptions.builder().branchName("Seoul").build())
                .addEvent(PromotionEvent.ofProductQuantity("E", 1))
                .familyService(FamilyService.of(AddFriend.lineAt("@shop")))
                .shipping(Shipping.builder().type(ShippingType.FIXED_ADDRESS)
                        .address(a -> a.country("KR").recipient(r -> r.firstName("Min"))).build())
                .build();

        assertThat(options.toBuilder().build()).isEqualTo(options);
    }

    @Test
    void aShippingFeeInquiryUrlMustBeHttps() {
        Violation v = onlyViolationOf(() -> Shipping.builder().feeInquiryUrl("http://shop.example.com/fees").build());

        assertThat(v.field()).isEqualTo("feeInquiryUrl");
    }
}
