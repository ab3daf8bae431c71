package dev.linepay4j.testkit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.payment.PaymentEvent;
import dev.linepay4j.domain.payment.PaymentState;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every error path the issue names, each answering LINE Pay's code with HTTP 200 and changing nothing. */
@ExtendWith(LinePaySandboxExtension.class)
class ErrorPathsTest {

    private final LinePaySandbox sandbox;

    ErrorPathsTest(LinePaySandbox sandbox) {
        this.sandbox = sandbox;
    }

    private static void assertCode(Wire.Response r, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.returnCode()).as(r.body()).isEqualTo(code);
        assertThat(r.json().has("info")).as("an error has no info: " + r.body()).isFalse();
        assertThat(r.returnMessage()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"v3", "v4"})
    void confirmBeforeTheCustomerApprovedIs1169(String v) {
        Shop shop = new Shop(sandbox, v);
        long id = shop.requested();

        assertCode(shop.confirm(id, 100, "TWD"), "1169");
        assertThat(state(id)).isEqualTo(PaymentState.REQUESTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"v3", "v4"})
    void confirmWithAnotherAmountOrCurrencyIs1153(String v) {
        Shop shop = new Shop(sandbox, v);
        long id = shop.approved(Shop.orderId(), null);

        assertCode(shop.confirm(id, 99, "TWD"), "1153");
        assertCode(shop.confirm(id, 100, "THB"), "1153");
        assertThat(state(id)).isEqualTo(PaymentState.AUTHENTICATED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"v3", "v4"})
    void aSecondRequestWithTheSameOrderIdIs1172(String v) {
        Shop shop = new Shop(sandbox, v);
        String orderId = Shop.orderId();
        shop.requested(orderId, null);

        assertCode(shop.request(Shop.body(orderId, null)), "1172");
        assertThat(sandbox.books().paymentsByOrderId(orderId)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"v3", "v4"})
    void aSecondConfirmIs1172AndConfirmsNothingTwice(String v) {
        Shop shop = new Shop(sandbox, v);
        long id = shop.captured();

        assertCode(shop.confirm(id, 100, "TWD"), "1172");
        assertThat(sandbox.books().payment(TransactionId.of(id)).orElseThrow().count(PaymentEvent.Confirm.class))
                .isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"v3", "v4"})
    void aRefundAboveTheRefundableBalanceIs1164(String v) {
        Shop shop = new Shop(sandbox, v);
        long id = shop.captured();
        shop.refund(id, "{\"refundAmount\":60}");

        assertCode(shop.refund(id, "{\"refundAmount\":41}"), "1164");
        assertThat(sandbox.books().payment(TransactionId.of(id)).orElseThrow().payment().refunds()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"v3", "v4"})
    void aRefundAfterTheFullRefundIs1165(String v) {
        Shop shop = new Shop(sandbox, v);
        long id = shop.captured();
        shop.refund(id, "");

        assertCode(shop.refund(id, ""), "1165");
        assertCode(shop.refund(id, "{\"refundAmount\":1}"), "1165");
        assertThat(sandbox.books().payment(TransactionId.of(id)).orElseThrow().count(PaymentEvent.Refund.class))
                .isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"v3", "v4"})
    void anUnknownTransactionIdIs1150OnEveryEndpointThatTakesOne(String v) {
        Shop shop = new Shop(sandbox, v);
        long unknown = 1234567890123456789L;

        assertCode(shop.check(unknown), "1150");
        assertCode(shop.confirm(unknown, 100, "TWD"), "1150");
        assertCode(shop.capture(unknown, 100), "1150");
        assertCode(shop.voidIt(unknown, ""), "1150");
        assertCode(shop.refund(unknown, ""), "1150");
        assertCode(shop.details("transactionId=" + unknown), "1150");
        assertCode(shop.details("orderId=no-such-order"), "1150");
    }

    @ParameterizedTest
    @ValueSource(strings = {"v3", "v4"})
    void detailsOfARequestNotYetConfirmedAre1150(String v) {
        Shop shop = new Shop(sandbox, v);
        String orderId = Shop.orderId();
        long id = shop.approved(orderId, null);

        assertCode(shop.details("transactionId=" + id), "1150");
        assertCode(shop.details("orderId=" + orderId), "1150");
    }

    @ParameterizedTest
    @ValueSource(strings = {"v3", "v4"})
    void theStatusCheckAnswers0121ForACancelOrAnExpiryAnd0122ForAFailure(String v) {
        Shop shop = new Shop(sandbox, v);
        long cancelled = shop.requested();
        long expired = shop.requested();
        long failed = shop.requested();

        sandbox.cancel(TransactionId.of(cancelled));
        sandbox.expire(TransactionId.of(expired));
        sandbox.fail(TransactionId.of(failed));

        assertThat(shop.check(cancelled).returnCode()).isEqualTo("0121");
        assertThat(shop.check(expired).returnCode()).isEqualTo("0121");
        assertThat(shop.check(failed).returnCode()).isEqualTo("0122");
        assertCode(shop.confirm(expired, 100, "TWD"), "1180");
    }

    @ParameterizedTest
    @ValueSource(strings = {"v3", "v4"})
    void anUnknownRegKeyIs1190OnCheckPayAndExpire(String v) {
        Shop shop = new Shop(sandbox, v);

        assertCode(shop.regKeyCheck("RKNOSUCHKEY0000", ""), "1190");
        assertCode(shop.regKeyPay("RKNOSUCHKEY0000", Shop.orderId(), 100), "1190");
        assertCode(shop.regKeyExpire("RKNOSUCHKEY0000"), "1190");
        assertCode(shop.regKeyCheck("not%2Fa%2Fkey", ""), "1190");
    }

    @ParameterizedTest
    @ValueSource(strings = {"v3", "v4"})
    void aRegKeyLinePayDiscardedIs1193(String v) {
        Shop shop = new Shop(sandbox, v);
        String regKey = shop.regKey();

        sandbox.expireRegKey(dev.linepay4j.domain.RegKey.of(regKey));

        assertCode(shop.regKeyCheck(regKey, ""), "1193");
        assertCode(shop.regKeyPay(regKey, Shop.orderId(), 100), "1193");
    }

    @Test
    void aRegKeyPaymentWithAnOrderIdTakenIs1172() {
        Shop shop = new Shop(sandbox, "v3");
        String regKey = shop.regKey();
        String orderId = Shop.orderId();
        shop.regKeyPay(regKey, orderId, 100);

        assertCode(shop.regKeyPay(regKey, orderId, 100), "1172");
    }

    @ParameterizedTest
    @ValueSource(strings = {"v3", "v4"})
    void detailsForMoreThanAHundredTransactionsAre1177(String v) {
        Shop shop = new Shop(sandbox, v);
        long id = shop.captured();
        StringJoiner hundred = new StringJoiner("&");
        StringJoiner hundredAndOne = new StringJoiner("&");
        for (int i = 0; i < 100; i++) {
            hundred.add("transactionId=" + id);
            hundredAndOne.add("transactionId=" + id);
        }
        hundredAndOne.add("orderId=x");

        assertThat(shop.details(hundred.toString()).returnCode()).isEqualTo("0000");
        assertCode(shop.details(hundredAndOne.toString()), "1177");
    }

    @ParameterizedTest
    @ValueSource(strings = {"v3", "v4"})
    void malformedJsonIs2102(String v) {
        Shop shop = new Shop(sandbox, v);
        long id = shop.approved(Shop.orderId(), null);

        assertCode(shop.request("{\"amount\":100,"), "2102");
        assertCode(shop.request(""), "2102");
        assertCode(shop.request("{'amount':100}"), "2102");
        assertCode(shop.confirm(id, 100, "TWD\u0000"), "2102");
        assertCode(shop.wire.post(shop.path("/payments/" + id + "/confirm"), "{\"amount\":100,\"amount\":100}"), "2102");
        assertCode(shop.refund(id, "[1,"), "2102");
        assertThat(state(id)).isEqualTo(PaymentState.AUTHENTICATED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"v3", "v4"})
    void aRequestBreakingLinePaysRulesIs2101ListingEveryViolation(String v) {
        Shop shop = new Shop(sandbox, v);

        Wire.Response r = shop.request("{\"amount\":\"100\",\"currency\":\"twd\",\"packages\":[],\"extras\":{}}");

        assertCode(r, "2101");
        assertThat(r.returnMessage()).contains("amount: must be a number", "currency: must be a currency code",
                "orderId", "packages", "redirectUrls", "extras: is not a field");
        assertCode(shop.request(Shop.body(Shop.orderId(), 120, null,
                "{\"confirmUrl\":\"" + Shop.CONFIRM_URL + "\",\"cancelUrl\":\"" + Shop.CANCEL_URL + "\"}")
                .replaceFirst("\"amount\":120", "\"amount\":121")), "2101");
        assertCode(shop.request(Shop.body(Shop.orderId(), "{\"payment\":{\"payType\":\"SOMETIMES\"}}")), "2101");
    }

    @Test
    void aV3OnlyFieldUnderV4Is2101AndAV4OnlyFieldUnderV3Too() {
        String withUserFee = Shop.body(Shop.orderId(), null).replace("\"amount\":100,\"currency\"", "\"amount\":110,\"currency\"")
                .replace("\"name\":\"Tea shop\"", "\"name\":\"Tea shop\",\"userFee\":10");
        Wire.Response v4 = new Shop(sandbox, "v4").request(withUserFee);
        Wire.Response v3 = new Shop(sandbox, "v3").request(withUserFee.replace("order-", "other-"));

        assertCode(v4, "2101");
        assertThat(v4.returnMessage()).contains("packages[0].userFee");
        assertThat(v3.returnCode()).as(v3.body()).isEqualTo("0000");

        String regPay = Shop.body(Shop.orderId(), "{\"payment\":{\"payType\":\"PREAPPROVED\"},\"regPayRequest\":"
                + "{\"regPayPeriodType\":\"NON_RECURRING\",\"perTransactionLimit\":500}}");
        Wire.Response underV3 = new Shop(sandbox, "v3").request(regPay);
        assertCode(underV3, "2101");
        assertThat(underV3.returnMessage()).contains("options.regPayRequest");
        assertThat(new Shop(sandbox, "v4").request(regPay).returnCode()).isEqualTo("0000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"v3", "v4"})
    void badParametersOfTheOtherEndpointsAre2101(String v) {
        Shop shop = new Shop(sandbox, v);
        long id = shop.authorized();

        assertCode(shop.wire.post(shop.path("/payments/" + id + "/confirm"), "{\"amount\":100}"), "2101");
        assertCode(shop.wire.post(shop.path("/payments/" + id + "/confirm"), "[100]"), "2101");
        assertCode(shop.wire.post(shop.path("/payments/authorizations/" + id + "/capture"), "{\"amount\":-5,\"currency\":\"TWD\"}"),
                "2101");
        assertCode(shop.voidIt(id, "{\"reason\":\"x\"}"), "2101");
        assertCode(shop.refund(id, "{\"refundAmount\":\"10\"}"), "2101");
        assertCode(shop.details(""), "2101");
        assertCode(shop.details("transactionId=12ab"), "2101");
        assertCode(shop.details("order=1"), "2101");
        assertCode(shop.wire.get(shop.path("/payments/requests/not-a-number/check"), ""), "2101");
        assertCode(shop.regKeyCheck("RKNOSUCHKEY0000", "creditCardAuth=maybe"), "2101");
        assertCode(shop.wire.post(shop.path("/payments/preapprovedPay/RKNOSUCHKEY0000/payment"), "{\"amount\":1}"), "2101");
        assertThat(state(id)).isEqualTo(PaymentState.AUTHORIZED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"v3", "v4"})
    void voidOfACapturedPaymentAndCaptureOfAVoidedOneFollowTheMachine(String v) {
        Shop shop = new Shop(sandbox, v);
        long captured = shop.captured();
        long voided = shop.authorized();
        shop.voidIt(voided, "");

        assertCode(shop.voidIt(captured, ""), "1155");
        assertCode(shop.capture(voided, 100), "1165");
        assertCode(shop.voidIt(voided, ""), "1165");
        assertCode(shop.capture(shop.authorized(), 101), "1184");
    }

    private PaymentState state(long id) {
        return sandbox.books().payment(TransactionId.of(id)).orElseThrow().payment().state();
    }
}
