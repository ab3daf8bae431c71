package dev.linepay4j.domain.request;

import static dev.linepay4j.domain.request.Broken.fieldsOf;
import static dev.linepay4j.domain.request.Broken.onlyViolationOf;
import static dev.linepay4j.domain.request.Broken.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.DisplayLocale;
import dev.linepay4j.domain.OrderId;
import dev.linepay4j.domain.RedirectUrl;
import dev.linepay4j.domain.ValidationException;
import dev.linepay4j.domain.Violation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PaymentRequestTest {

    private static final String CONFIRM = "https://pay-store.example.com/order/payment/authorize";
    private static final String CANCEL = "https://pay-store.example.com/order/payment/cancel";

    /** A TWD request around one package; the caller sets the package and the amount. */
    private static PaymentRequest.Builder twd(long amount, Consumer<PaymentPackage.Builder> pkg) {
        return PaymentRequest.builder()
                .amount(amount).currency(Currency.TWD).orderId("MKSI_S_20180904_1000001")
                .addPackage(pkg)
                .redirectUrls(r -> r.confirmUrl(CONFIRM).cancelUrl(CANCEL));
    }

    /** The official example: two pens at 50, a package of 100, a request of 100. */
    private static PaymentRequest.Builder pens() {
        return twd(100, p -> p.id("1").amount(100)
                .addProduct(pr -> pr.id("PEN-B-001").name("Pen Brown").quantity(2).price(50)));
    }

    /** A product with the given name and price, quantity 1. */
    private static Consumer<PaymentPackage.Builder> oneProduct(long price, Consumer<Product.Builder> product) {
        return p -> p.id("1").amount(price).addProduct(pr -> {
            pr.name("Pen Brown").quantity(1).price(price);
            product.accept(pr);
        });
    }

    @Nested
    class ValidRequests {

        @Test
        void theOfficialExampleBuildsWithEveryValueKept() {
            PaymentRequest request = pens().build();

            assertThat(request.amount()).isEqualTo(Amount.of(100));
            assertThat(request.currency()).isEqualTo(Currency.TWD);
            assertThat(request.orderId()).isEqualTo(OrderId.of("MKSI_S_20180904_1000001"));
            assertThat(request.packages()).singleElement().satisfies(p -> {
                assertThat(p.id()).isEqualTo("1");
                assertThat(p.amount()).isEqualTo(Amount.of(100));
                assertThat(p.products()).singleElement().satisfies(pr -> {
                    assertThat(pr.id()).contains("PEN-B-001");
                    assertThat(pr.name()).isEqualTo("Pen Brown");
                    assertThat(pr.quantity()).isEqualTo(2);
                    assertThat(pr.price()).isEqualTo(Amount.of(50));
                });
            });
            assertThat(request.redirectUrls().confirmUrl()).contains(RedirectUrl.of(CONFIRM));
            assertThat(request.redirectUrls().cancelUrl()).contains(RedirectUrl.of(CANCEL));
            assertThat(request.options()).isEmpty();
        }

        @Test
        void aV3RequestWithUserFeeAndFamilyServiceBuildsAndFitsV3() {
            PaymentRequest request = PaymentRequest.builder()
                    .amount(1030).currency("TWD").orderId("order-v3")
                    .addPackage(p -> p.id("shop-1").name("Shop One").amount(1000).userFee(30)
                            .addProduct(pr -> pr.name("Tea set").quantity(1).price(800).originalPrice(900))
                            .addProduct(pr -> pr.name("Cups").quantity(4).price(50)
                                    .imageUrl("https://pay-store.example.com/images/cup.jpg")))
                    .redirectUrls(r -> r.confirmUrl(CONFIRM).cancelUrl(CANCEL).confirmUrlType(ConfirmUrlType.SERVER))
                    .options(o -> o.capture(false).locale(DisplayLocale.ZH_TW)
                            .addFriends(AddFriend.LINE_AT, List.of("@linepay", "@shopone"))
                            .extra(e -> e.branchId("TPE-01").branchName("Taipei Main").rewardLimit(200)))
                    .build();

            assertThat(request.violationsFor(ApiVersion.ONLINE_V3)).isEmpty();
            assertThat(request.packages().get(0).userFee()).contains(Amount.of(30));
            assertThat(request.options().flatMap(PaymentOptions::familyService).map(FamilyService::addFriends))
                    .contains(List.of(AddFriend.lineAt("@linepay", "@shopone")));
        }

        @Test
        void aV4RequestWithARecurringScheduleBuildsAndFitsV4() {
            PaymentRequest request = PaymentRequest.builder()
                    .amount(new BigDecimal("9.99")).currency(Currency.USD).orderId("sub-42")
                    .addPackage(p -> p.id("plan").amount(new BigDecimal("9.99"))
                            .addProduct(pr -> pr.name("Monthly plan").quantity(1).price(new BigDecimal("9.99"))))
                    .redirectUrls(r -> r.confirmUrl(CONFIRM).cancelUrl(CANCEL))
                    .options(o -> o.payType(PayType.PREAPPROVED).checkConfirmUrlBrowser(true)
                            .addEvent(e -> e.code("SPRING24").totalAmount(new BigDecimal("9.99")))
                            .regPayRequest(r -> r.regPayPeriodType(RegPayPeriodType.RECURRING)
                                    .recurringPeriod(RecurringPeriod.MONTH).recurringDay(5)
                                    .productPrice(new BigDecimal("9.99"))))
                    .build();

            assertThat(request.violationsFor(ApiVersion.ONLINE_V4)).isEmpty();
            assertThat(request.options().flatMap(PaymentOptions::payment))
                    .contains(PaymentSettings.of(true, PayType.PREAPPROVED));
            assertThat(request.options().flatMap(PaymentOptions::regPayRequest).flatMap(RegPayRequest::productPrice))
                    .contains(Amount.parse("9.99"));
        }

        @Test
        void noRedirectUrlsAreNeededWhenConfirmUrlTypeIsNone() {
            PaymentRequest request = pens().redirectUrls(r -> r.confirmUrlType(ConfirmUrlType.NONE)).build();

            assertThat(request.redirectUrls().confirmUrl()).isEmpty();
        }

        @Test
        void aPackageMadeEarlierIsAcceptedAsIs() {
            PaymentPackage pkg = PaymentPackage.builder().id("1").amount(100)
                    .addProduct(pr -> pr.name("Pen Brown").quantity(2).price(50)).build();

            PaymentRequest request = PaymentRequest.builder().amount(100).currency(Currency.TWD).orderId("o-1")
                    .addPackage(pkg).redirectUrls(RedirectUrls.of(CONFIRM, CANCEL)).build();

            assertThat(request.packages()).containsExactly(pkg);
        }

        @Test
        void toBuilderGivesBackAnEqualRequest() {
            PaymentRequest request = pens().options(o -> o.locale(DisplayLocale.TH).addEvent(e -> e.code("X")
                    .productQuantity(2))).build();

            assertThat(request.toBuilder().build()).isEqualTo(request);
        }

        @Test
        void trailingZerosDoNotMakeAmountsDiffer() {
            PaymentRequest request = twd(100, p -> p.id("1").amount(new BigDecimal("100.00"))
                    .addProduct(pr -> pr.name("Pen").quantity(2).price(new BigDecimal("50.0")))).build();

            assertThat(request.packages().get(0).amount()).isEqualTo(Amount.of(100));
        }
    }

    @Nested
    class Sums {

        @Test
        void requestAmountThatDiffersFromItsPackagesIsReported() {
            Violation v = onlyViolationOf(() -> twd(90, p -> p.id("1").amount(100)
                    .addProduct(pr -> pr.name("Pen").quantity(2).price(50))).build());

            assertThat(v).isEqualTo(new Violation("amount", "must equal the sum of packages[].amount (100), was 90"));
        }

        @Test
        void packageAmountThatDiffersFromItsProductsIsReported() {
            Violation v = onlyViolationOf(() -> twd(90, p -> p.id("1").amount(90)
                    .addProduct(pr -> pr.name("Pen").quantity(2).price(50))).build());

            assertThat(v).isEqualTo(new Violation("packages[0].amount",
                    "must equal the sum of price x quantity of its products (100), was 90"));
        }

        @Test
        void theRequestAmountSumsEveryPackage() {
            PaymentRequest request = PaymentRequest.builder().amount(350).currency(Currency.TWD).orderId("o-1")
                    .addPackage(p -> p.id("a").amount(100).addProduct(pr -> pr.name("Pen").quantity(2).price(50)))
                    .addPackage(p -> p.id("b").amount(250).addProduct(pr -> pr.name("Ink").quantity(5).price(50)))
                    .redirectUrls(RedirectUrls.of(CONFIRM, CANCEL))
                    .build();

            assertThat(request.packages()).hasSize(2);
        }

        @Test
        void userFeesCountTowardsTheRequestAmount() {
            Violation v = onlyViolationOf(() -> twd(100, p -> p.id("1").amount(100).userFee(20)
                    .addProduct(pr -> pr.name("Pen").quantity(2).price(50))).build());

            assertThat(v.field()).isEqualTo("amount");
            assertThat(v.message()).contains("packages[].userFee (20)", "= 120", "was 100");
        }

        @Test
        void theUserFeeIsNotPartOfThePackageAmount() {
            PaymentRequest request = twd(120, p -> p.id("1").amount(100).userFee(20)
                    .addProduct(pr -> pr.name("Pen").quantity(2).price(50))).build();

            assertThat(request.amount()).isEqualTo(Amount.of(120));
        }

        @Test
        void theLegacyShippingFeeCountsTowardsTheRequestAmount() {
            PaymentRequest request = pens().amount(160).options(o -> o.shipping(s -> s.feeAmount(60))).build();

            assertThat(request.options().flatMap(PaymentOptions::shipping).flatMap(Shipping::feeAmount))
                    .contains(Amount.of(60));
        }

        @Test
        void aRequestAmountLeavingOutTheShippingFeeIsReported() {
            Violation v = onlyViolationOf(() -> pens().options(o -> o.shipping(s -> s.feeAmount(60))).build());

            assertThat(v.field()).isEqualTo("amount");
            assertThat(v.message()).contains("options.shipping.feeAmount (60)", "= 160");
        }

        @Test
        void aBrokenProductDoesNotAlsoProduceSumViolations() {
            List<String> fields = fieldsOf(() -> twd(100, p -> p.id("1").amount(100)
                    .addProduct(pr -> pr.name("Pen").quantity(2).price(-50))).build());

            assertThat(fields).containsExactly("packages[0].products[0].price");
        }
    }

    @Nested
    class RequiredFields {

        @Test
        void anEmptyBuilderReportsEveryRequiredTopLevelField() {
            List<String> fields = fieldsOf(() -> PaymentRequest.builder().build());

            assertThat(fields).containsExactlyInAnyOrder("amount", "currency", "orderId", "packages", "redirectUrls");
        }

        @Test
        void anEmptyPackageReportsItsIdAmountAndProducts() {
            List<String> fields = fieldsOf(() -> twd(100, p -> { }).build());

            assertThat(fields).containsExactlyInAnyOrder(
                    "packages[0].id", "packages[0].amount", "packages[0].products");
        }

        @Test
        void anEmptyProductReportsItsNameQuantityAndPrice() {
            List<String> fields = fieldsOf(() -> twd(100, p -> p.id("1").amount(100).addProduct(pr -> { })).build());

            assertThat(fields).containsExactlyInAnyOrder("packages[0].products[0].name",
                    "packages[0].products[0].quantity", "packages[0].products[0].price");
        }

        @Test
        void aBlankProductNameIsReportedAtItsPath() {
            Violation v = onlyViolationOf(() -> twd(100, oneProduct(100, pr -> pr.name("  "))).build());

            assertThat(v).isEqualTo(new Violation("packages[0].products[0].name", "must not be blank"));
        }

        @Test
        void aMissingConfirmUrlIsReported() {
            Violation v = onlyViolationOf(() -> pens().redirectUrls(r -> r.cancelUrl(CANCEL)).build());

            assertThat(v.field()).isEqualTo("redirectUrls.confirmUrl");
        }

        @Test
        void aMissingCancelUrlIsReported() {
            Violation v = onlyViolationOf(() -> pens().redirectUrls(r -> r.confirmUrl(CONFIRM)
                    .confirmUrlType(ConfirmUrlType.CLIENT)).build());

            assertThat(v.field()).isEqualTo("redirectUrls.cancelUrl");
        }

        @Test
        void zeroIsNotAPaymentAmount() {
            Violation v = onlyViolationOf(() -> twd(0, p -> p.id("1").amount(0)
                    .addProduct(pr -> pr.name("Free sample").quantity(1).price(0))).build());

            assertThat(v).isEqualTo(new Violation("amount", "must be greater than zero"));
        }

        @Test
        void aFreeProductBesideAPaidOneIsFine() {
            PaymentRequest request = twd(100, p -> p.id("1").amount(100)
                    .addProduct(pr -> pr.name("Pen").quantity(2).price(50))
                    .addProduct(pr -> pr.name("Gift wrap").quantity(1).price(0))).build();

            assertThat(request.packages().get(0).products()).hasSize(2);
        }
    }

    @Nested
    class Lengths {

        @Test
        void anOrderIdOfOneHundredAndOneCharactersIsReported() {
            Violation v = onlyViolationOf(() -> pens().orderId("o".repeat(101)).build());

            assertThat(v.field()).isEqualTo("orderId");
        }

        @Test
        void anOrderIdWithALineBreakIsReported() {
            Violation v = onlyViolationOf(() -> pens().orderId("order\n1").build());

            assertThat(v.field()).isEqualTo("orderId");
        }

        @Test
        void aPackageIdOfFiftyOneCharactersIsReported() {
            Violation v = onlyViolationOf(() -> twd(100, p -> p.id("p".repeat(51)).amount(100)
                    .addProduct(pr -> pr.name("Pen").quantity(2).price(50))).build());

            assertThat(v).isEqualTo(new Violation("packages[0].id", "must be at most 50 characters, was 51"));
        }

        @Test
        void aPackageIdOfFiftyCharactersIsFine() {
            PaymentRequest request = twd(100, p -> p.id("p".repeat(50)).amount(100)
                    .addProduct(pr -> pr.name("Pen").quantity(2).price(50))).build();

            assertThat(request.packages().get(0).id()).hasSize(50);
        }

        @Test
        void aPackageNameOfOneHundredAndOneCharactersIsReported() {
            Violation v = onlyViolationOf(() -> twd(100, p -> p.id("1").name("n".repeat(101)).amount(100)
                    .addProduct(pr -> pr.name("Pen").quantity(2).price(50))).build());

            assertThat(v.field()).isEqualTo("packages[0].name");
        }

        @Test
        void aProductIdOfFiftyOneCharactersIsReported() {
            Violation v = onlyViolationOf(() -> twd(100, oneProduct(100, pr -> pr.id("i".repeat(51)))).build());

            assertThat(v.field()).isEqualTo("packages[0].products[0].id");
        }

        @Test
        void aProductNameOfFourThousandAndOneCharactersIsReported() {
            Violation v = onlyViolationOf(() -> twd(100, oneProduct(100, pr -> pr.name("n".repeat(4001)))).build());

            assertThat(v).isEqualTo(new Violation("packages[0].products[0].name",
                    "must be at most 4000 characters, was 4001"));
        }

        @Test
        void anImageUrlOfFiveHundredAndOneCharactersIsReported() {
            String url = "https://img.example.com/" + "i".repeat(501 - 24);
            Violation v = onlyViolationOf(() -> twd(100, oneProduct(100, pr -> pr.imageUrl(url))).build());

            assertThat(v.field()).isEqualTo("packages[0].products[0].imageUrl");
        }

        @Test
        void anAppPackageNameOfFourThousandAndOneCharactersIsReported() {
            Violation v = onlyViolationOf(() -> pens().redirectUrls(r -> r.confirmUrl(CONFIRM).cancelUrl(CANCEL)
                    .appPackageName("a".repeat(4001))).build());

            assertThat(v.field()).isEqualTo("redirectUrls.appPackageName");
        }

        @Test
        void aBranchNameOfTwoHundredAndOneCharactersIsReported() {
            Violation v = onlyViolationOf(() -> pens().options(o -> o.extra(e -> e.branchName("b".repeat(201))))
                    .build());

            assertThat(v.field()).isEqualTo("options.extra.branchName");
        }

        @Test
        void aBranchIdOfThirtyThreeCharactersIsReported() {
            Violation v = onlyViolationOf(() -> pens().options(o -> o.extra(e -> e.branchId("b".repeat(33)))).build());

            assertThat(v.field()).isEqualTo("options.extra.branchId");
        }

        @Test
        void anEventCodeOfThirtyOneCharactersIsReported() {
            Violation v = onlyViolationOf(() -> pens().options(o -> o.addEvent(e -> e.code("c".repeat(31))
                    .productQuantity(1))).build());

            assertThat(v.field()).isEqualTo("options.events[0].code");
        }
    }

    @Nested
    class Products {

        @Test
        void aQuantityOfZeroIsReported() {
            Violation v = onlyViolationOf(() -> twd(0, oneProduct(100, pr -> pr.quantity(0))).amount(100).build());

            assertThat(v).isEqualTo(new Violation("packages[0].products[0].quantity", "must be at least 1, was 0"));
        }

        @Test
        void aNegativePriceIsReportedAtItsPath() {
            Violation v = onlyViolationOf(() -> twd(100, p -> p.id("1").amount(100)
                    .addProduct(pr -> pr.name("Pen").quantity(2).price(50))
                    .addProduct(pr -> pr.name("Refund").quantity(1).price(-10))).build());

            assertThat(v.field()).isEqualTo("packages[0].products[1].price");
            assertThat(v.message()).contains("must not be negative");
        }

        @Test
        void aPlainHttpImageUrlOnAPublicHostIsReported() {
            Violation v = onlyViolationOf(() -> twd(100, oneProduct(100,
                    pr -> pr.imageUrl("http://img.example.com/pen.jpg"))).build());

            assertThat(v.field()).isEqualTo("packages[0].products[0].imageUrl");
            assertThat(v.message()).contains("must use https");
        }

        @Test
        void aPlainHttpImageUrlOnLoopbackIsAllowed() {
            PaymentRequest request = twd(100, oneProduct(100, pr -> pr.imageUrl("http://127.0.0.1:8080/pen.jpg")))
                    .build();

            assertThat(request.packages().get(0).products().get(0).imageUrl())
                    .contains("http://127.0.0.1:8080/pen.jpg");
        }

        @Test
        void theSecondProductOfTheSecondPackageIsNamedExactly() {
            Violation v = onlyViolationOf(() -> PaymentRequest.builder()
                    .amount(200).currency(Currency.TWD).orderId("o-1")
                    .addPackage(p -> p.id("a").amount(100).addProduct(pr -> pr.name("Pen").quantity(2).price(50)))
                    .addPackage(p -> p.id("b").amount(100)
                            .addProduct(pr -> pr.name("Ink").quantity(1).price(50))
                            .addProduct(pr -> pr.name("").quantity(1).price(50)))
                    .redirectUrls(RedirectUrls.of(CONFIRM, CANCEL))
                    .build());

            assertThat(v.field()).isEqualTo("packages[1].products[1].name");
        }
    }

    @Nested
    class RedirectUrlRules {

        @Test
        void aPlainHttpConfirmUrlOnAPublicHostIsReported() {
            Violation v = onlyViolationOf(() -> pens().redirectUrls(r -> r.confirmUrl("http://shop.example.com/ok")
                    .cancelUrl(CANCEL)).build());

            assertThat(v.field()).isEqualTo("redirectUrls.confirmUrl");
        }

        @Test
        void plainHttpRedirectsToLocalhostAreAllowed() {
            PaymentRequest request = pens().redirectUrls(r -> r.confirmUrl("http://localhost:8080/ok")
                    .cancelUrl("http://[::1]:8080/cancel")).build();

            assertThat(request.redirectUrls().cancelUrl()).contains(RedirectUrl.of("http://[::1]:8080/cancel"));
        }

        @Test
        void aMalformedCancelUrlIsReportedOnceAndNotAlsoAsMissing() {
            List<String> fields = fieldsOf(() -> pens().redirectUrls(r -> r.confirmUrl(CONFIRM).cancelUrl("/cancel"))
                    .build());

            assertThat(fields).containsExactly("redirectUrls.cancelUrl");
        }
    }

    @Nested
    class Currencies {

        @Test
        void yenIsRefusedForNewPayments() {
            Violation v = onlyViolationOf(() -> pens().currency(Currency.JPY).build());

            assertThat(v.field()).isEqualTo("currency");
            assertThat(v.message()).contains("LINE Pay Japan has ended");
        }

        @Test
        void anUnknownCurrencyCodeIsReported() {
            Violation v = onlyViolationOf(() -> pens().currency("EUR").build());

            assertThat(v.field()).isEqualTo("currency");
        }

        @Test
        void tenAndAHalfTaiwanDollarsAreRefused() {
            List<Violation> violations = violationsOf(() -> PaymentRequest.builder()
                    .amount(new BigDecimal("10.5")).currency(Currency.TWD).orderId("o-1")
                    .addPackage(p -> p.id("1").amount(10).addProduct(pr -> pr.name("Pen").quantity(1).price(10)))
                    .redirectUrls(RedirectUrls.of(CONFIRM, CANCEL))
                    .build());

            assertThat(violations).contains(new Violation("amount", "must be a whole number in TWD, was 10.5"));
        }

        @Test
        void tenDollarsFiftyFiveCentsAreAccepted() {
            PaymentRequest request = usd("10.55").build();

            assertThat(request.amount()).isEqualTo(Amount.parse("10.55"));
        }

        @Test
        void aThirdDecimalPlaceInDollarsIsRefusedEverywhereItAppears() {
            List<Violation> violations = violationsOf(() -> usd("10.555").build());

            assertThat(violations).containsExactlyInAnyOrder(
                    new Violation("amount", "must have at most 2 decimal places in USD, was 10.555"),
                    new Violation("packages[0].amount", "must have at most 2 decimal places in USD, was 10.555"),
                    new Violation("packages[0].products[0].price",
                            "must have at most 2 decimal places in USD, was 10.555"));
        }

        @Test
        void aPriceMadeEarlierWithoutCurrencyIsCheckedOnceInTheRequest() {
            PaymentPackage pkg = PaymentPackage.builder().id("1").amount(new BigDecimal("10.5"))
                    .addProduct(pr -> pr.name("Pen").quantity(1).price(new BigDecimal("10.5"))).build();

            List<String> fields = fieldsOf(() -> PaymentRequest.builder().amount(11).currency(Currency.TWD)
                    .orderId("o-1").addPackage(pkg).redirectUrls(RedirectUrls.of(CONFIRM, CANCEL)).build());

            assertThat(fields).contains("packages[0].products[0].price", "packages[0].amount");
        }

        @Test
        void theConstructorChecksScaleThroughTheWholeTree() {
            Product pen = new Product(Optional.empty(), "Pen", Optional.empty(), 1, Amount.parse("10.5"),
                    Optional.empty());
            PaymentPackage pkg = new PaymentPackage("1", Amount.parse("10.5"), Optional.empty(), Optional.empty(),
                    List.of(pen));

            List<String> fields = fieldsOf(() -> new PaymentRequest(Amount.parse("10.5"), Currency.TWD,
                    OrderId.of("o-1"), List.of(pkg), RedirectUrls.of(CONFIRM, CANCEL), Optional.empty()));

            assertThat(fields).containsExactlyInAnyOrder(
                    "amount", "packages[0].amount", "packages[0].products[0].price");
        }

        @ParameterizedTest
        @ValueSource(strings = {"userFee", "originalPrice", "eventTotal", "rewardLimit", "useLimit", "productPrice",
                "perTransactionLimit", "shippingFee"})
        void everyOptionalAmountIsCheckedForScale(String where) {
            BigDecimal half = new BigDecimal("0.5");
            PaymentRequest.Builder b = twd(100, p -> {
                p.id("1").amount(100).addProduct(pr -> {
                    pr.name("Pen").quantity(2).price(50);
                    if (where.equals("originalPrice")) {
                        pr.originalPrice(half);
                    }
                });
                if (where.equals("userFee")) {
                    p.userFee(half);
                }
            });
            b.options(o -> {
                switch (where) {
                    case "eventTotal" -> o.addEvent(e -> e.code("E").totalAmount(half));
                    case "rewardLimit" -> o.extra(e -> e.rewardLimit(half));
                    case "useLimit" -> o.extra(e -> e.useLimit(half).rewardLimit(1));
                    case "productPrice" -> o.regPayRequest(r -> r.regPayPeriodType(RegPayPeriodType.NON_RECURRING)
                            .productPrice(half));
                    case "perTransactionLimit" -> o.regPayRequest(r -> r
                            .regPayPeriodType(RegPayPeriodType.NON_RECURRING).perTransactionLimit(half));
                    case "shippingFee" -> o.shipping(s -> s.feeAmount(half));
                    default -> { }
                }
            });

            List<Violation> violations = violationsOf(b::build);

            assertThat(violations).anySatisfy(v -> assertThat(v.message()).isEqualTo(
                    "must be a whole number in TWD, was 0.5"));
        }

        private PaymentRequest.Builder usd(String amount) {
            BigDecimal a = new BigDecimal(amount);
            return PaymentRequest.builder()
                    .amount(a).currency(Currency.USD).orderId("o-1")
                    .addPackage(p -> p.id("1").amount(a).addProduct(pr -> pr.name("Tea").quantity(1).price(a)))
                    .redirectUrls(RedirectUrls.of(CONFIRM, CANCEL));
        }
    }

    @Nested
    class Options {

        @Test
        void anEventWithBothTotalAmountAndProductQuantityIsReported() {
            Violation v = onlyViolationOf(() -> pens().options(o -> o.addEvent(e -> e.code("E")
                    .totalAmount(100).productQuantity(1))).build());

            assertThat(v.field()).isEqualTo("options.events[0].productQuantity");
            assertThat(v.message()).contains("must not be set together with totalAmount");
        }

        @Test
        void anEventWithNeitherTotalAmountNorProductQuantityIsReported() {
            Violation v = onlyViolationOf(() -> pens().options(o -> o.addEvent(e -> e.code("E"))).build());

            assertThat(v.field()).isEqualTo("options.events[0].totalAmount");
        }

        @Test
        void anEventWithoutCodeIsReported() {
            Violation v = onlyViolationOf(() -> pens().options(o -> o.addEvent(e -> e.productQuantity(2))).build());

            assertThat(v).isEqualTo(new Violation("options.events[0].code", "is required"));
        }

        @Test
        void aPromotionRestrictionWithoutRewardLimitIsReported() {
            Violation v = onlyViolationOf(() -> pens().options(o -> o.extra(e -> e.useLimit(10))).build());

            assertThat(v).isEqualTo(new Violation("options.extra.promotionRestriction.rewardLimit", "is required"));
        }

        @Test
        void anAddFriendsTypeOtherThanLineAtIsReported() {
            Violation v = onlyViolationOf(() -> pens().options(o -> o.addFriends("line", List.of("@shop"))).build());

            assertThat(v.field()).isEqualTo("options.familyService.addFriends[0].type");
        }

        @Test
        void anAddFriendsEntryWithoutIdsIsReported() {
            Violation v = onlyViolationOf(() -> pens().options(o -> o.addFriends(AddFriend.LINE_AT, List.of()))
                    .build());

            assertThat(v.field()).isEqualTo("options.familyService.addFriends[0].idList");
        }

        @Test
        void aScheduleBrokenInsideARequestIsReportedAtItsFullPath() {
            Violation v = onlyViolationOf(() -> pens().options(o -> o.regPayRequest(r -> r
                    .regPayPeriodType(RegPayPeriodType.RECURRING))).build());

            assertThat(v.field()).isEqualTo("options.regPayRequest.recurringPeriod");
        }

        @Test
        void emptyOptionsLeaveEveryPartOut() {
            PaymentOptions options = pens().options(o -> { }).build().options().orElseThrow();

            assertThat(options).isEqualTo(new PaymentOptions(Optional.empty(), Optional.empty(), Optional.empty(),
                    List.of(), Optional.empty(), Optional.empty(), Optional.empty()));
        }

        @Test
        void settingOnlyThePayTypeKeepsCaptureAtLinePaysDefault() {
            PaymentOptions options = pens().options(o -> o.payType(PayType.PREAPPROVED)).build()
                    .options().orElseThrow();

            assertThat(options.payment()).contains(new PaymentSettings(true, PayType.PREAPPROVED));
        }
    }

    @Nested
    class Versions {

        private PaymentRequest v3Fields() {
            return twd(130, p -> p.id("1").amount(100).userFee(30)
                    .addProduct(pr -> pr.name("Pen").quantity(2).price(50)))
                    .options(o -> o.addFriends(AddFriend.LINE_AT, List.of("@shop")))
                    .build();
        }

        private PaymentRequest v4Fields() {
            return pens().options(o -> o.regPayRequest(r -> r.regPayPeriodType(RegPayPeriodType.NON_RECURRING)))
                    .build();
        }

        @Test
        void v3OnlyFieldsAreReportedUnderV4() {
            assertThat(v3Fields().violationsFor(ApiVersion.ONLINE_V4)).extracting(Violation::field)
                    .containsExactly("packages[0].userFee", "options.familyService");
        }

        @Test
        void v3OnlyFieldsAreFineUnderV3() {
            assertThat(v3Fields().violationsFor(ApiVersion.ONLINE_V3)).isEmpty();
        }

        @Test
        void v4OnlyFieldsAreReportedUnderV3() {
            assertThat(v4Fields().violationsFor(ApiVersion.ONLINE_V3)).extracting(Violation::field)
                    .containsExactly("options.regPayRequest");
        }

        @Test
        void v4OnlyFieldsAreFineUnderV4() {
            assertThat(v4Fields().violationsFor(ApiVersion.ONLINE_V4)).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(value = ApiVersion.class, names = {"ONLINE_V3", "ONLINE_V4"})
        void aRequestWithoutVersionSpecificFieldsFitsBothOnlineVersions(ApiVersion version) {
            assertThat(pens().build().violationsFor(version)).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(value = ApiVersion.class, names = {"OFFLINE_V2", "OFFLINE_V2_4", "OFFLINE_V4"})
        void offlineVersionsAreRefusedForAPaymentRequest(ApiVersion version) {
            assertThat(pens().build().violationsFor(version)).extracting(Violation::field)
                    .containsExactly("apiVersion");
        }

        @Test
        void requireSupportedByThrowsWhatViolationsForReports() {
            PaymentRequest request = v3Fields();

            assertThatThrownBy(() -> request.requireSupportedBy(ApiVersion.ONLINE_V4))
                    .isInstanceOf(ValidationException.class)
                    .extracting(e -> ((ValidationException) e).violations())
                    .isEqualTo(request.violationsFor(ApiVersion.ONLINE_V4));
        }

        @Test
        void requireSupportedByReturnsTheRequestWhenItFits() {
            PaymentRequest request = pens().build();

            assertThat(request.requireSupportedBy(ApiVersion.ONLINE_V3)).isSameAs(request);
        }

        @Test
        void theRequestTellsWhichVersionOnlyFieldsItUses() {
            assertThat(v3Fields().usesV3OnlyFields()).isTrue();
            assertThat(v3Fields().usesV4OnlyFields()).isFalse();
            assertThat(v4Fields().usesV4OnlyFields()).isTrue();
            assertThat(v4Fields().usesV3OnlyFields()).isFalse();
        }

        @Test
        void mixingV3AndV4FieldsIsRefusedAtBuildTime() {
            Violation v = onlyViolationOf(() -> twd(130, p -> p.id("1").amount(100).userFee(30)
                    .addProduct(pr -> pr.name("Pen").quantity(2).price(50)))
                    .options(o -> o.regPayRequest(r -> r.regPayPeriodType(RegPayPeriodType.NON_RECURRING)))
                    .build());

            assertThat(v.field()).isEqualTo("options.regPayRequest");
            assertThat(v.message()).contains("packages[0].userFee");
        }

        @Test
        void mixingIsReportedEvenWhenTheMixedFieldsAreThemselvesBroken() {
            List<String> fields = fieldsOf(() -> pens()
                    .options(o -> o.addFriends("nope", List.of("@shop")).regPayRequest(r -> { }))
                    .build());

            assertThat(fields).contains("options.regPayRequest");
        }
    }

    @Nested
    class EveryRuleAtOnce {

        @Test
        void fiveBrokenRulesAreReportedTogether() {
            List<Violation> violations = violationsOf(() -> PaymentRequest.builder()
                    .amount(100).currency(Currency.JPY).orderId(" ")
                    .addPackage(p -> p.id("1").amount(100)
                            .addProduct(pr -> pr.name("").quantity(1).price(50))
                            .addProduct(pr -> pr.name("Ink").quantity(0).price(50)))
                    .redirectUrls(r -> r.confirmUrl("http://shop.example.com/ok").cancelUrl(CANCEL))
                    .build());

            assertThat(violations).extracting(Violation::field).containsExactlyInAnyOrder(
                    "currency", "orderId", "packages[0].products[0].name", "packages[0].products[1].quantity",
                    "redirectUrls.confirmUrl");
        }

        @Test
        void theExceptionMessageNamesEveryBrokenRule() {
            assertThatThrownBy(() -> PaymentRequest.builder().amount(-1).currency("TWD").orderId("o").build())
                    .hasMessageStartingWith("3 rules broken: ")
                    .hasMessageContaining("amount: must not be negative")
                    .hasMessageContaining("packages: must hold at least one package")
                    .hasMessageContaining("redirectUrls: is required");
        }
    }

    @Nested
    class Immutability {

        @Test
        void packagesCannotBeChangedThroughTheGetter() {
            PaymentRequest request = pens().build();

            assertThatThrownBy(() -> request.packages().clear()).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void productsCannotBeChangedThroughTheGetter() {
            List<Product> products = pens().build().packages().get(0).products();

            assertThatThrownBy(() -> products.add(products.get(0))).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void aListPassedToTheConstructorIsCopied() {
            PaymentPackage pkg = pens().build().packages().get(0);
            List<PaymentPackage> mine = new java.util.ArrayList<>(List.of(pkg));
            PaymentRequest request = new PaymentRequest(Amount.of(100), Currency.TWD, OrderId.of("o-1"), mine,
                    RedirectUrls.of(CONFIRM, CANCEL), Optional.empty());

            mine.add(pkg);

            assertThat(request.packages()).hasSize(1);
        }

        @Test
        void aBuilderKeepsWorkingAfterBuildWithoutChangingWhatItBuilt() {
            PaymentRequest.Builder builder = pens();
            PaymentRequest first = builder.build();

            builder.orderId("another");

            assertThat(first.orderId().value()).isEqualTo("MKSI_S_20180904_1000001");
        }
    }
}
