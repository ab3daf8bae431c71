package dev.linepay4j.testkit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linepay4j.domain.TransactionId;
import java.util.UUID;

/**
 * A merchant for the tests: builds request bodies by hand (so the sandbox is tested against the wire
 * format, not against core's own mapping) and walks payments to the state a test needs.
 */
final class Shop {

    static final String CONFIRM_URL = "http://127.0.0.1:9/shop/confirm";
    static final String CANCEL_URL = "http://127.0.0.1:9/shop/cancel";

    final LinePaySandbox sandbox;
    final Wire wire;
    /** "v3" or "v4". */
    final String v;

    Shop(LinePaySandbox sandbox, String version) {
        this(sandbox, Wire.of(sandbox), version);
    }

    Shop(LinePaySandbox sandbox, Wire wire, String version) {
        this.sandbox = sandbox;
        this.wire = wire;
        this.v = version;
    }

    static String orderId() {
        return "order-" + UUID.randomUUID();
    }

    /** A TWD request of two products, 100 in all, with the given options ({@code null} for none). */
    static String body(String orderId, String options) {
        return body(orderId, 100, options, "{\"confirmUrl\":\"" + CONFIRM_URL + "\",\"cancelUrl\":\"" + CANCEL_URL + "\"}");
    }

    static String body(String orderId, long amount, String options, String redirectUrls) {
        long half = amount / 2;
        return "{\"amount\":" + amount + ",\"currency\":\"TWD\",\"orderId\":" + Wire.quote(orderId)
                + ",\"packages\":[{\"id\":\"pkg-1\",\"amount\":" + amount + ",\"name\":\"Tea shop\",\"products\":["
                + "{\"id\":\"tea\",\"name\":\"Pearl milk tea\",\"quantity\":1,\"price\":" + half + "},"
                + "{\"name\":\"Green tea\",\"quantity\":1,\"price\":" + (amount - half) + "}]}],"
                + "\"redirectUrls\":" + redirectUrls
                + (options == null ? "" : ",\"options\":" + options) + "}";
    }

    String path(String rest) {
        return "/" + v + rest;
    }

    Wire.Response request(String body) {
        return wire.post(path("/payments/request"), body);
    }

    /** Requests a payment and answers its id. */
    long requested(String orderId, String options) {
        Wire.Response r = request(body(orderId, options));
        assertThat(r.returnCode()).as(r.body()).isEqualTo("0000");
        return Long.parseLong(r.raw("transactionId"));
    }

    long requested() {
        return requested(orderId(), null);
    }

    long approved(String orderId, String options) {
        long id = requested(orderId, options);
        sandbox.approve(TransactionId.of(id));
        return id;
    }

    Wire.Response confirm(long id, long amount, String currency) {
        return wire.post(path("/payments/" + id + "/confirm"), "{\"amount\":" + amount + ",\"currency\":\"" + currency + "\"}");
    }

    /** A captured payment of 100 TWD. */
    long captured() {
        return confirmed(orderId(), null);
    }

    /** An authorization of 100 TWD ({@code capture=false}). */
    long authorized() {
        return confirmed(orderId(), "{\"payment\":{\"capture\":false}}");
    }

    long confirmed(String orderId, String options) {
        long id = approved(orderId, options);
        Wire.Response r = confirm(id, 100, "TWD");
        assertThat(r.returnCode()).as(r.body()).isEqualTo("0000");
        return id;
    }

    Wire.Response check(long id) {
        return wire.get(path("/payments/requests/" + id + "/check"), "");
    }

    Wire.Response capture(long id, long amount) {
        return wire.post(path("/payments/authorizations/" + id + "/capture"),
                "{\"amount\":" + amount + ",\"currency\":\"TWD\"}");
    }

    Wire.Response voidIt(long id, String body) {
        return wire.post(path("/payments/authorizations/" + id + "/void"), body);
    }

    Wire.Response refund(long id, String body) {
        return wire.post(path("/payments/" + id + "/refund"), body);
    }

    Wire.Response details(String query) {
        return wire.get(path("/payments"), query);
    }

    Wire.Response regKeyCheck(String regKey, String query) {
        return wire.get(path("/payments/preapprovedPay/" + regKey + "/check"), query);
    }

    Wire.Response regKeyPay(String regKey, String orderId, long amount) {
        return wire.post(path("/payments/preapprovedPay/" + regKey + "/payment"), "{\"productName\":\"Monthly tea\","
                + "\"amount\":" + amount + ",\"currency\":\"TWD\",\"orderId\":" + Wire.quote(orderId) + "}");
    }

    Wire.Response regKeyExpire(String regKey) {
        return wire.post(path("/payments/preapprovedPay/" + regKey + "/expire"), "");
    }

    /** A PREAPPROVED payment, confirmed: answers the regKey. */
    String regKey() {
        long id = approved(orderId(), "{\"payment\":{\"payType\":\"PREAPPROVED\"}}");
        Wire.Response r = confirm(id, 100, "TWD");
        assertThat(r.returnCode()).as(r.body()).isEqualTo("0000");
        return r.info().string("regKey").orElseThrow();
    }
}
