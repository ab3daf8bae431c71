package dev.linepay4j.testkit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.payment.PaymentState;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The customer's side: the HTML page at paymentUrl.web, its Pay and Cancel forms, and the redirects. */
@ExtendWith(LinePaySandboxExtension.class)
class PaymentPageTest {

    private final LinePaySandbox sandbox;
    private final Shop shop;

    PaymentPageTest(LinePaySandbox sandbox) {
        this.sandbox = sandbox;
        this.shop = new Shop(sandbox, "v3");
    }

    @Test
    void thePageShowsTheOrderItsItemsAndAmountWithEveryMerchantStringEscaped() {
        String orderId = "<script>alert(1)</script>&\"'";
        String body = Shop.body(orderId, null).replace("Pearl milk tea", "<b>Tea</b> & \\\"more\\\"");
        Wire.Response requested = shop.request(body);
        String web = requested.info().object("paymentUrl").orElseThrow().string("web").orElseThrow();

        Wire.Response page = Wire.send(java.net.http.HttpRequest.newBuilder(URI.create(web)).GET());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(page.header("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v).contains("default-src 'none'"));
        assertThat(page.body())
                .contains("<dd id=\"orderId\">&lt;script&gt;alert(1)&lt;/script&gt;&amp;&quot;&#39;</dd>")
                .contains("&lt;b&gt;Tea&lt;/b&gt; &amp; &quot;more&quot;")
                .contains("Green tea")
                .contains("<dd id=\"amount\">100 <span id=\"currency\">TWD</span></dd>")
                .contains(SandboxChannel.DEFAULT_MERCHANT_NAME)
                .doesNotContain("<script>")
                .doesNotContain("<b>Tea");
        String id = requested.raw("transactionId");
        assertThat(page.body()).contains("<form method=\"post\" action=\"/sandbox/pay/" + id + "/approve\">")
                .contains("<form method=\"post\" action=\"/sandbox/pay/" + id + "/cancel\">")
                .contains(">Pay</button>").contains(">Cancel</button>");
    }

    @Test
    void payRedirectsToTheConfirmUrlWithTransactionIdAndOrderIdAppended() {
        String orderId = "A 1&2/\u00e9-" + System.nanoTime();
        long id = shop.requested(orderId, null);

        Wire.Response pay = shop.wire.control("POST", "/sandbox/pay/" + id + "/approve", null);

        assertThat(pay.status()).isEqualTo(303);
        assertThat(pay.header("Location")).hasValue(Shop.CONFIRM_URL + "?transactionId=" + id + "&orderId="
                + java.net.URLEncoder.encode(orderId, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(pay.header("Location").orElseThrow()).contains("orderId=A+1%262%2F%C3%A9-");
        assertThat(shop.check(id).returnCode()).isEqualTo("0110");
    }

    @Test
    void theConfirmUrlsOwnQueryIsKeptAndAnOrderIdAlreadyInItIsNotAddedAgain() {
        String orderId = Shop.orderId();
        long kept = requestWith(orderId, "http://127.0.0.1:9/shop/confirm?shop=1&lang=zh_TW", Shop.CANCEL_URL, null);
        long ownOrder = requestWith(Shop.orderId(), "http://127.0.0.1:9/shop/confirm?orderId=mine", Shop.CANCEL_URL, null);
        long trailing = requestWith("t-" + kept, "http://127.0.0.1:9/shop/confirm?", Shop.CANCEL_URL, null);

        assertThat(location("/sandbox/pay/" + kept + "/approve"))
                .isEqualTo("http://127.0.0.1:9/shop/confirm?shop=1&lang=zh_TW&transactionId=" + kept + "&orderId=" + orderId);
        assertThat(location("/sandbox/pay/" + ownOrder + "/approve"))
                .isEqualTo("http://127.0.0.1:9/shop/confirm?orderId=mine&transactionId=" + ownOrder);
        assertThat(location("/sandbox/pay/" + trailing + "/approve"))
                .isEqualTo("http://127.0.0.1:9/shop/confirm?transactionId=" + trailing + "&orderId=t-" + kept);
    }

    @Test
    void cancelRedirectsToTheCancelUrlTheSameWay() {
        String orderId = Shop.orderId();
        long id = requestWith(orderId, Shop.CONFIRM_URL, "http://127.0.0.1:9/shop/cancel?reason=user", null);

        assertThat(location("/sandbox/pay/" + id + "/cancel"))
                .isEqualTo("http://127.0.0.1:9/shop/cancel?reason=user&transactionId=" + id + "&orderId=" + orderId);
        assertThat(shop.check(id).returnCode()).isEqualTo("0121");
    }

    @Test
    void anAnsweredPageHasNoFormsAndCannotBeAnsweredTwice() {
        long id = shop.requested();
        location("/sandbox/pay/" + id + "/approve");

        Wire.Response page = shop.wire.control("GET", "/sandbox/pay/" + id, null);
        Wire.Response again = shop.wire.control("POST", "/sandbox/pay/" + id + "/cancel", null);

        assertThat(page.body()).contains("<dd id=\"state\">AUTHENTICATED</dd>").doesNotContain("<form");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.header("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(shop.check(id).returnCode()).isEqualTo("0110");
    }

    @Test
    void theApiVersionOfTheRequestDoesNotMatterToThePage() {
        Shop v4 = new Shop(sandbox, "v4");
        long id = v4.requested();

        assertThat(shop.wire.control("POST", "/sandbox/pay/" + id + "/approve", null).status()).isEqualTo(303);
        assertThat(v4.confirm(id, 100, "TWD").returnCode()).isEqualTo("0000");
    }

    @Test
    void anUnknownPaymentIs404AndAnExpiredOneSaysSo() {
        long expired = shop.requested();
        sandbox.expire(TransactionId.of(expired));

        Wire.Response unknown = shop.wire.control("GET", "/sandbox/pay/1234567890123456789", null);
        Wire.Response garbage = shop.wire.control("GET", "/sandbox/pay/xyz", null);
        Wire.Response page = shop.wire.control("GET", "/sandbox/pay/" + expired, null);
        Wire.Response pay = shop.wire.control("POST", "/sandbox/pay/" + expired + "/approve", null);

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("No payment has the transaction id");
        assertThat(garbage.status()).isEqualTo(404);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("expired").doesNotContain("<form");
        assertThat(pay.status()).isEqualTo(409);
    }

    @Test
    void withConfirmUrlTypeServerTheSandboxCallsTheConfirmUrlItself() throws Exception {
        List<String> calls = new CopyOnWriteArrayList<>();
        HttpServer merchant = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        merchant.createContext("/shop/confirm", ex -> {
            String query = ex.getRequestURI().getRawQuery();
            calls.add(ex.getRequestMethod() + " " + query);
            Matcher m = Pattern.compile("transactionId=(\\d+)").matcher(query);
            // The merchant confirms from inside the call, as a real SERVER-type confirmUrl does.
            String code = m.find() ? shop.confirm(Long.parseLong(m.group(1)), 100, "TWD").returnCode() : "none";
            byte[] answer = code.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, answer.length);
            ex.getResponseBody().write(answer);
            ex.close();
        });
        merchant.start();
        try {
            String confirmUrl = "http://127.0.0.1:" + merchant.getAddress().getPort() + "/shop/confirm?shop=7";
            String orderId = Shop.orderId();
            long id = requestWith(orderId, confirmUrl, Shop.CANCEL_URL, "SERVER");

            Wire.Response page = shop.wire.control("POST", "/sandbox/pay/" + id + "/approve", null);

            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("Payment completed").contains("HTTP 200");
            assertThat(calls).containsExactly("GET shop=7&transactionId=" + id + "&orderId=" + orderId);
            assertThat(sandbox.books().payment(TransactionId.of(id)).orElseThrow().payment().state())
                    .isEqualTo(PaymentState.CAPTURED);
        } finally {
            merchant.stop(0);
        }
    }

    @Test
    void withConfirmUrlTypeNoneApprovalOnlyChangesTheStatus() {
        long id = requestWith(Shop.orderId(), null, null, "NONE");

        Wire.Response pay = shop.wire.control("POST", "/sandbox/pay/" + id + "/approve", null);

        assertThat(pay.status()).isEqualTo(200);
        assertThat(pay.header("Location")).isEmpty();
        assertThat(pay.body()).contains("Payment approved");
        assertThat(shop.check(id).returnCode()).isEqualTo("0110");
        assertThat(sandbox.approve(TransactionId.of(requestWith(Shop.orderId(), null, null, "NONE")))).isEmpty();
    }

    private long requestWith(String orderId, String confirmUrl, String cancelUrl, String type) {
        StringBuilder urls = new StringBuilder("{");
        if (confirmUrl != null) {
            urls.append("\"confirmUrl\":").append(Wire.quote(confirmUrl)).append(',');
        }
        if (cancelUrl != null) {
            urls.append("\"cancelUrl\":").append(Wire.quote(cancelUrl)).append(',');
        }
        if (type != null) {
            urls.append("\"confirmUrlType\":\"").append(type).append("\",");
        }
        urls.setLength(urls.length() - 1);
        Wire.Response r = shop.request(Shop.body(orderId, 100, null, urls.append('}').toString()));
        assertThat(r.returnCode()).as(r.body()).isEqualTo("0000");
        return Long.parseLong(r.raw("transactionId"));
    }

    private String location(String path) {
        Wire.Response r = shop.wire.control("POST", path, null);
        assertThat(r.status()).as(r.body()).isEqualTo(303);
        return r.header("Location").orElseThrow();
    }
}
