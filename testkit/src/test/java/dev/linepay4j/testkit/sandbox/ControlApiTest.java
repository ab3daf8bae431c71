package dev.linepay4j.testkit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.domain.RegKey;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.code.ReturnCode;
import dev.linepay4j.domain.payment.PaymentState;
import java.net.URI;
import java.time.Duration;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The control API over HTTP (JSON answers, HTTP statuses for failures) and its Java twins. */
@ExtendWith(LinePaySandboxExtension.class)
class ControlApiTest {

    private final LinePaySandbox sandbox;
    private final Shop shop;

    ControlApiTest(LinePaySandbox sandbox) {
        this.sandbox = sandbox;
        this.shop = new Shop(sandbox, "v4");
    }

    @Test
    void approveAnswersTheStateAndWhereTheBrowserGoes() {
        String orderId = Shop.orderId();
        long id = shop.requested(orderId, null);

        Wire.Response r = shop.wire.control("POST", "/sandbox/payments/" + id + "/approve", null);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).hasValue("application/json;charset=UTF-8");
        assertThat(r.raw("transactionId")).isEqualTo(Long.toString(id));
        assertThat(r.json().string("orderId")).hasValue(orderId);
        assertThat(r.json().string("state")).hasValue("AUTHENTICATED");
        assertThat(r.json().string("confirmUrlType")).hasValue("CLIENT");
        assertThat(r.json().string("redirectUrl")).hasValue(Shop.CONFIRM_URL + "?transactionId=" + id + "&orderId=" + orderId);
    }

    @Test
    void cancelExpireAndFailMoveTheRequest() {
        long cancelled = shop.requested();
        long expired = shop.requested();
        long failed = shop.requested();

        assertThat(shop.wire.control("POST", "/sandbox/payments/" + cancelled + "/cancel", null).json().string("state"))
                .hasValue("CANCELLED");
        assertThat(shop.wire.control("POST", "/sandbox/payments/" + expired + "/expire", null).json().string("state"))
                .hasValue("EXPIRED");
        assertThat(shop.wire.control("POST", "/sandbox/payments/" + failed + "/fail", null).json().string("state"))
                .hasValue("FAILED");
        assertThat(shop.wire.control("GET", "/sandbox/payments/" + failed, null).json().string("state"))
                .hasValue("FAILED");
    }

    @Test
    void anExpiredAuthorizationIsVoidedByLinePay() {
        long id = shop.authorized();

        Wire.Response r = shop.wire.control("POST", "/sandbox/authorizations/" + id + "/expire", null);

        assertThat(r.json().string("state")).hasValue("AUTHORIZATION_EXPIRED");
        assertThat(((dev.linepay4j.domain.json.JsonObject) shop.details("transactionId=" + id).json().array("info")
                .orElseThrow().get(0)).string("payStatus")).hasValue("EXPIRED_AUTHORIZATION");
        assertThat(shop.capture(id, 100).returnCode()).isEqualTo("1180");
    }

    @Test
    void aRegKeyCanBeDiscardedThroughTheControlApi() {
        String regKey = shop.regKey();

        Wire.Response r = shop.wire.control("POST", "/sandbox/regkeys/" + regKey + "/expire", null);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().string("state")).hasValue("EXPIRED");
        assertThat(shop.regKeyCheck(regKey, "").returnCode()).isEqualTo("1193");
        assertThat(sandbox.books().regKey(RegKey.of(regKey)).orElseThrow().state())
                .isEqualTo(SandboxBooks.RegKeyState.EXPIRED);
        assertThat(shop.wire.control("POST", "/sandbox/regkeys/" + regKey + "/expire", null).status()).isEqualTo(409);
        assertThat(shop.wire.control("POST", "/sandbox/regkeys/RKNOTAKEY/expire", null).status()).isEqualTo(404);
    }

    @Test
    void failuresAreHttpStatusesWithAJsonMessage() {
        long captured = shop.captured();

        Wire.Response unknown = shop.wire.control("POST", "/sandbox/payments/1234567890123456789/approve", null);
        Wire.Response refused = shop.wire.control("POST", "/sandbox/payments/" + captured + "/cancel", null);
        Wire.Response wrongMethod = shop.wire.control("GET", "/sandbox/payments/" + captured + "/approve", null);
        Wire.Response noSuchPath = shop.wire.control("POST", "/sandbox/nothing", null);

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().string("error")).hasValueSatisfying(m -> assertThat(m).contains("no payment"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().string("error")).hasValueSatisfying(m -> assertThat(m).contains("CAPTURED"));
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.header("Allow")).hasValue("POST");
        assertThat(noSuchPath.status()).isEqualTo(404);
    }

    @Test
    void faultsAreInjectedListedAndClearedAsJson() {
        Wire.Response posted = shop.wire.control("POST", "/sandbox/faults",
                "{\"endpoint\":\"confirm\",\"fault\":\"DELAY\",\"millis\":10,\"times\":2,\"version\":\"v3\"}");
        shop.wire.control("POST", "/sandbox/faults", "{\"endpoint\":\"*\",\"fault\":\"RETURN_CODE\",\"returnCode\":\"1198\"}");

        Wire.Response listed = shop.wire.control("GET", "/sandbox/faults", null);

        assertThat(posted.status()).isEqualTo(201);
        assertThat(listed.body()).isEqualTo("{\"faults\":[{\"endpoint\":\"confirm\",\"fault\":\"DELAY\",\"times\":2,"
                + "\"version\":\"v3\",\"millis\":10},{\"endpoint\":\"*\",\"fault\":\"RETURN_CODE\",\"times\":1,"
                + "\"returnCode\":\"1198\"}]}");
        assertThat(sandbox.faults()).containsExactly(
                Fault.delay(SandboxEndpoint.CONFIRM, Duration.ofMillis(10)).times(2).onVersion(ApiVersion.ONLINE_V3),
                Fault.returnCode(ReturnCode.of("1198")));
        Wire.Response cleared = shop.wire.control("DELETE", "/sandbox/faults", null);
        assertThat(cleared.body()).isEqualTo("{\"cleared\":2}");
        assertThat(sandbox.faults()).isEmpty();
    }

    @Test
    void aFaultThatCannotBeIs400() {
        for (String bad : new String[] {"", "[]", "{\"fault\":\"DELAY\"}", "{\"endpoint\":\"confirm\"}",
                "{\"endpoint\":\"nope\",\"fault\":\"EMPTY_BODY\"}", "{\"endpoint\":\"confirm\",\"fault\":\"SLOW\"}",
                "{\"endpoint\":\"confirm\",\"fault\":\"DELAY\"}", "{\"endpoint\":\"confirm\",\"fault\":\"RETURN_CODE\"}",
                "{\"endpoint\":\"confirm\",\"fault\":\"EMPTY_BODY\",\"times\":0}",
                "{\"endpoint\":\"confirm\",\"fault\":\"EMPTY_BODY\",\"version\":\"v5\"}",
                "{\"endpoint\":\"confirm\",\"fault\":\"RETURN_CODE\",\"returnCode\":\"11\"}",
                "{\"endpoint\":\"confirm\",\"fault\":\"EMPTY_BODY\",\"extra\":1}"}) {
            Wire.Response r = shop.wire.control("POST", "/sandbox/faults", bad);
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.json().string("error")).as(bad).isPresent();
        }
        assertThat(sandbox.faults()).isEmpty();
    }

    @Test
    void theJavaMethodsDoWhatTheControlApiDoes() {
        String orderId = Shop.orderId();
        long id = shop.requested(orderId, null);

        assertThat(sandbox.approve(TransactionId.of(id)))
                .hasValue(URI.create(Shop.CONFIRM_URL + "?transactionId=" + id + "&orderId=" + orderId));
        assertThatThrownBy(() -> sandbox.approve(TransactionId.of(id))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already approved");
        assertThatThrownBy(() -> sandbox.cancel(TransactionId.of(1234567890123456789L)))
                .isInstanceOf(NoSuchElementException.class);
        long other = shop.requested();
        assertThat(sandbox.cancel(TransactionId.of(other))).hasValueSatisfying(u -> assertThat(u.toString())
                .startsWith(Shop.CANCEL_URL + "?transactionId=" + other));
        assertThat(sandbox.paymentPageUri(TransactionId.of(other)))
                .isEqualTo(URI.create(sandbox.baseUri() + "/sandbox/pay/" + other));
        assertThat(sandbox.books().payment(TransactionId.of(other)).orElseThrow().payment().state())
                .isEqualTo(PaymentState.CANCELLED);
    }
}
