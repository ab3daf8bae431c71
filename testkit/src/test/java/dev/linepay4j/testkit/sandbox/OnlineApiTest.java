package dev.linepay4j.testkit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.json.JsonArray;
import dev.linepay4j.domain.json.JsonNumber;
import dev.linepay4j.domain.json.JsonObject;
import dev.linepay4j.domain.payment.PaymentEvent;
import dev.linepay4j.domain.payment.PaymentState;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each of the ten endpoints, on v3 and on v4, answering as LINEPAY-API.md §4 and §5 say. */
@ExtendWith(LinePaySandboxExtension.class)
class OnlineApiTest {

    private static final String NINETEEN_DIGITS = "[1-9][0-9]{18}";

    private final LinePaySandbox sandbox;

    OnlineApiTest(LinePaySandbox sandbox) {
        this.sandbox = sandbox;
    }

    @ParameterizedTest
    @ValueSource(strings = {"v3", "v4"})
    void requestAnswersANineteenDigitBareTransactionIdAndThePaymentUrls(String v) {
        Shop shop = new Shop(sandbox, v);

        Wire.Response r = shop.request(Shop.body(Shop.orderId(), null));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).hasValue("application/json;charset=UTF-8");
        assertThat(r.returnCode()).isEqualTo("0000");
        assertThat(r.returnMessage()).isEqualTo("Success.");
        String id = r.raw("transactionId");
        assertThat(id).matches(NINETEEN_DIGITS);   // a bare number in the text, not a quoted string
        JsonObject info = r.info();
        assertThat(info.string("paymentAccessToken")).hasValueSatisfying(t -> assertThat(t).matches("[0-9]{12}"));
        JsonObject urls = info.object("paymentUrl").orElseThrow();
        assertThat(urls.string("web")).hasValue(sandbox.baseUri() + "/sandbox/pay/" + id);
        assertThat(urls.string("app")).hasValue("line://pay/payment/" + id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"v3", "v4"})
    void theStatusCheckFollowsTheCustomerAndTheMerchant(String v) {
        Shop shop = new Shop(sandbox, v);
        long id = shop.requested();

        assertThat(shop.check(id).returnCode()).isEqualTo("0000");
        sandbox.approve(TransactionId.of(id));
        Wire.Response approved = shop.check(id);
        assertThat(approved.returnCode()).isEqualTo("0110");
        assertThat(approved.json().has("info")).isFalse();
        shop.confirm(id, 100, "TWD");
        assertThat(shop.check(id).returnCode()).isEqualTo("0123");
    }

    @ParameterizedTest
    @ValueSource(strings = {"v3", "v4"})
    void confirmCapturesAndAnswersPayInfoAndPackagesInTheVersionsShape(String v) {
        Shop shop = new Shop(sandbox, v);
        String orderId = Shop.orderId();
        long id = shop.approved(orderId, null);

        Wire.Response r = shop.confirm(id, 100, "TWD");

        assertThat(r.returnCode()).isEqualTo("0000");
        assertThat(r.raw("transactionId")).isEqualTo(Long.toString(id));
        JsonObject info = r.info();
        assertThat(info.string("orderId")).hasValue(orderId);
        JsonObject pay = (JsonObject) info.array("payInfo").orElseThrow().get(0);
        assertThat(pay.string("method")).hasValue("BALANCE");
        assertThat(pay.number("amount")).hasValue(JsonNumber.of(100));
        assertThat(info.has("authorizationExpireDate")).isFalse();
        assertThat(info.has("regKey")).isFalse();
        JsonObject pkg = (JsonObject) info.array("packages").orElseThrow().get(0);
        assertThat(pkg.string("id")).hasValue("pkg-1");
        assertThat(pkg.number("amount")).hasValue(JsonNumber.of(100));
        if (v.equals("v3")) {
            assertThat(pkg.number("userFeeAmount")).hasValue(JsonNumber.of(0));
            assertThat(info.has("paymentProvider")).isFalse();
        } else {
            assertThat(pkg.has("userFeeAmount")).isFalse();
            assertThat(info.string("paymentProvider")).hasValue("TSP");
        }
        assertThat(sandbox.books().payment(TransactionId.of(id)).orElseThrow().payment().state())
                .isEqualTo(PaymentState.CAPTURED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"v3", "v4"})
    void anAuthorizationIsCapturedInPart(String v) {
        Shop shop = new Shop(sandbox, v);
        long id = shop.approved(Shop.orderId(), "{\"payment\":{\"capture\":false}}");
        Wire.Response confirm = shop.confirm(id, 100, "TWD");
        assertThat(confirm.info().string("authorizationExpireDate"))
                .hasValueSatisfying(d -> assertThat(d).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
        assertThat(((JsonObject) confirm.info().array("payInfo").orElseThrow().get(0)).string("method"))
                .hasValue("CREDIT_CARD");

        Wire.Response r = shop.capture(id, 80);

        assertThat(r.returnCode()).as(r.body()).isEqualTo("0000");
        assertThat(r.raw("transactionId")).isEqualTo(Long.toString(id));
        assertThat(((JsonObject) r.info().array("payInfo").orElseThrow().get(0)).number("amount"))
                .hasValue(JsonNumber.of(80));
        assertThat(r.info().has("paymentProvider")).isEqualTo(v.equals("v4"));
        assertThat(detail(shop, id).string("payStatus")).hasValue("CAPTURE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"v3", "v4"})
    void voidTakesAnEmptyBodyOrAnEmptyObject(String v) {
        Shop shop = new Shop(sandbox, v);
        long first = shop.authorized();
        long second = shop.authorized();

        Wire.Response empty = shop.voidIt(first, "");
        Wire.Response braces = shop.voidIt(second, "{}");

        assertThat(empty.returnCode()).as(empty.body()).isEqualTo("0000");
        assertThat(empty.json().has("info")).isFalse();
        assertThat(braces.returnCode()).as(braces.body()).isEqualTo("0000");
        assertThat(detail(shop, first).string("payStatus")).hasValue("VOIDED_AUTHORIZATION");
    }

    @ParameterizedTest
    @ValueSource(strings = {"v3", "v4"})
    void refundsGetTheirOwnIdsAndShowInTheDetails(String v) {
        Shop shop = new Shop(sandbox, v);
        long id = shop.captured();

        Wire.Response part = shop.refund(id, "{\"refundAmount\":30}");
        Wire.Response rest = shop.refund(id, "");

        assertThat(part.returnCode()).as(part.body()).isEqualTo("0000");
        String partId = part.raw("refundTransactionId");
        assertThat(partId).matches(NINETEEN_DIGITS);
        assertThat(part.info().string("refundTransactionDate")).isPresent();
        String restId = rest.raw("refundTransactionId");
        assertThat(restId).isNotEqualTo(partId).isNotEqualTo(Long.toString(id));

        JsonObject detail = detail(shop, id);
        assertThat(detail.string("transactionType")).hasValue("PAYMENT");
        assertThat(detail.string("payStatus")).hasValue("CAPTURE");
        JsonArray refunds = detail.array("refundList").orElseThrow();
        assertThat(refunds.size()).isEqualTo(2);
        JsonObject first = (JsonObject) refunds.get(0);
        assertThat(first.number("refundTransactionId").orElseThrow().text()).isEqualTo(partId);
        assertThat(first.string("transactionType")).hasValue("PARTIAL_REFUND");
        assertThat(first.number("refundAmount")).hasValue(JsonNumber.of(-30));
        assertThat(((JsonObject) refunds.get(1)).number("refundAmount")).hasValue(JsonNumber.of(-70));
        assertThat(sandbox.books().payment(TransactionId.of(id)).orElseThrow().payment().state())
                .isEqualTo(PaymentState.REFUNDED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"v3", "v4"})
    void aFullRefundAtOnceIsAPaymentRefundAndItsIdFindsTheRefundInTheDetails(String v) {
        Shop shop = new Shop(sandbox, v);
        long id = shop.captured();
        String refundId = shop.refund(id, "{}").raw("refundTransactionId");

        Wire.Response r = shop.details("transactionId=" + refundId);

        assertThat(r.returnCode()).as(r.body()).isEqualTo("0000");
        JsonObject entry = (JsonObject) r.json().array("info").orElseThrow().get(0);
        assertThat(entry.number("transactionId").orElseThrow().text()).isEqualTo(refundId);
        assertThat(entry.string("transactionType")).hasValue("PAYMENT_REFUND");
        assertThat(r.raw("originalTransactionId")).isEqualTo(Long.toString(id));
        assertThat(((JsonObject) entry.array("payInfo").orElseThrow().get(0)).number("amount"))
                .hasValue(JsonNumber.of(-100));
    }

    @ParameterizedTest
    @ValueSource(strings = {"v3", "v4"})
    void detailsAnswerEveryDocumentedFieldForTransactionAndOrderIds(String v) {
        Shop shop = new Shop(sandbox, v);
        String orderA = Shop.orderId();
        long a = shop.confirmed(orderA, null);
        String orderB = Shop.orderId();
        long b = shop.confirmed(orderB, "{\"payment\":{\"capture\":false}}");

        Wire.Response r = shop.details("transactionId=" + a + "&orderId=" + orderB + "&transactionId=" + a);

        assertThat(r.returnCode()).as(r.body()).isEqualTo("0000");
        JsonArray info = r.json().array("info").orElseThrow();
        assertThat(info.size()).as("each payment once, in the query's order").isEqualTo(2);
        JsonObject first = (JsonObject) info.get(0);
        assertThat(first.number("transactionId").orElseThrow().text()).isEqualTo(Long.toString(a));
        assertThat(first.string("transactionDate")).isPresent();
        assertThat(first.string("orderId")).hasValue(orderA);
        assertThat(first.string("productName")).hasValue("Pearl milk tea");
        assertThat(first.string("merchantName")).hasValue(SandboxChannel.DEFAULT_MERCHANT_NAME);
        assertThat(first.string("currency")).hasValue("TWD");
        assertThat(first.has("refundList")).isFalse();
        JsonObject pkg = (JsonObject) first.array("packages").orElseThrow().get(0);
        assertThat(pkg.string("name")).hasValue("Tea shop");
        assertThat(pkg.array("products").orElseThrow().size()).isEqualTo(2);
        assertThat(first.has("paymentProvider")).isEqualTo(v.equals("v4"));
        assertThat(pkg.has("userFeeAmount")).isEqualTo(v.equals("v3"));
        JsonObject second = (JsonObject) info.get(1);
        assertThat(second.number("transactionId").orElseThrow().text()).isEqualTo(Long.toString(b));
        assertThat(second.string("payStatus")).hasValue("AUTHORIZATION");
        assertThat(second.string("authorizationExpireDate")).isPresent();
        assertThat(r.body()).contains("\"transactionId\":" + a + ",");
    }

    @ParameterizedTest
    @ValueSource(strings = {"v3", "v4"})
    void detailsAcceptThePhpArraySpellingOfRepeatedKeys(String v) {
        Shop shop = new Shop(sandbox, v);
        long a = shop.captured();
        long b = shop.captured();

        Wire.Response r = shop.details("transactionId%5B0%5D=" + a + "&transactionId%5B1%5D=" + b + "&fields=ALL");

        assertThat(r.returnCode()).as(r.body()).isEqualTo("0000");
        assertThat(r.json().array("info").orElseThrow().size()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"v3", "v4"})
    void aPreapprovedPaymentIssuesARegKeyThatPaysChecksAndExpires(String v) {
        Shop shop = new Shop(sandbox, v);
        String regKey = shop.regKey();
        assertThat(regKey).matches("RK[A-Z0-9]{13}");

        assertThat(shop.regKeyCheck(regKey, "").returnCode()).isEqualTo("0000");
        assertThat(shop.regKeyCheck(regKey, "creditCardAuth=true").returnCode()).isEqualTo("0000");
        String orderId = Shop.orderId();
        Wire.Response pay = shop.regKeyPay(regKey, orderId, 300);
        assertThat(pay.returnCode()).as(pay.body()).isEqualTo("0000");
        assertThat(pay.raw("transactionId")).matches(NINETEEN_DIGITS);
        assertThat(pay.info().string("orderId")).hasValue(orderId);
        assertThat(pay.info().string("transactionDate")).isPresent();
        assertThat(pay.info().has("authorizationExpireDate")).isFalse();
        assertThat(pay.info().has("paymentProvider")).isEqualTo(v.equals("v4"));
        long paid = Long.parseLong(pay.raw("transactionId"));
        SandboxBooks.BookedPayment booked = sandbox.books().payment(TransactionId.of(paid)).orElseThrow();
        assertThat(booked.payment().state()).isEqualTo(PaymentState.CAPTURED);
        assertThat(booked.paidWithRegKey().map(Object::toString)).hasValue(regKey);
        assertThat(booked.count(PaymentEvent.Confirm.class)).isEqualTo(1);
        assertThat(((JsonObject) shop.details("orderId=" + orderId).json().array("info").orElseThrow().get(0))
                .string("productName")).hasValue("Monthly tea");

        Wire.Response expire = shop.regKeyExpire(regKey);
        assertThat(expire.returnCode()).as(expire.body()).isEqualTo("0000");
        assertThat(shop.regKeyCheck(regKey, "").returnCode()).isEqualTo("1193");
        assertThat(shop.regKeyPay(regKey, Shop.orderId(), 300).returnCode()).isEqualTo("1193");
        assertThat(shop.regKeyExpire(regKey).returnCode()).isEqualTo("1193");
    }

    @ParameterizedTest
    @ValueSource(strings = {"v3", "v4"})
    void aRegKeyPaymentWithoutCaptureIsAnAuthorization(String v) {
        Shop shop = new Shop(sandbox, v);
        String regKey = shop.regKey();

        Wire.Response pay = shop.wire.post(shop.path("/payments/preapprovedPay/" + regKey + "/payment"),
                "{\"productName\":\"Refill\",\"amount\":250,\"currency\":\"TWD\",\"orderId\":\"" + Shop.orderId()
                        + "\",\"capture\":false}");

        assertThat(pay.returnCode()).as(pay.body()).isEqualTo("0000");
        assertThat(pay.info().string("authorizationExpireDate")).isPresent();
        long id = Long.parseLong(pay.raw("transactionId"));
        assertThat(shop.capture(id, 250).returnCode()).isEqualTo("0000");
    }

    private static JsonObject detail(Shop shop, long id) {
        Wire.Response r = shop.details("transactionId=" + id);
        assertThat(r.returnCode()).as(r.body()).isEqualTo("0000");
        return (JsonObject) r.json().array("info").orElseThrow().get(0);
    }
}
