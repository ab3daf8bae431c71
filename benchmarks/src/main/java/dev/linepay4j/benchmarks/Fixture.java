package dev.linepay4j.benchmarks;

import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.request.ConfirmRequest;
import dev.linepay4j.domain.request.PaymentDetailsQuery;
import dev.linepay4j.domain.request.PaymentRequest;
import java.nio.charset.StandardCharsets;

/**
 * What every benchmark sends and what the canned LINE Pay answers: one channel, one order, and the answers
 * LINE Pay documents for confirm, request and payment details (LINEPAY-API.md §4.1, §4.4, §4.7), with a
 * 19-digit transaction id as a bare JSON number. Built once per JVM; nothing here changes.
 */
public final class Fixture {

    /** The channel id sent as {@code X-LINE-ChannelId}. */
    public static final String CHANNEL_ID = "1234567890";
    /** The channel secret; the canned servers never check signatures, the sandbox does (its default channel). */
    public static final String CHANNEL_SECRET = "linepay4j-sandbox-secret";

    /** The transaction confirmed and looked up. */
    public static final TransactionId TRANSACTION_ID = TransactionId.of(2026112204412563051L);

    /** The confirm body's values: 300 TWD. */
    public static final ConfirmRequest CONFIRM = ConfirmRequest.of(Amount.of(300), Currency.TWD);

    /** The details query: one transaction id. */
    public static final PaymentDetailsQuery DETAILS = PaymentDetailsQuery.ofTransactionIds(TRANSACTION_ID);

    /** A typical request: one package, two products, redirect URLs; about 300 bytes on the wire. */
    public static final PaymentRequest REQUEST = PaymentRequest.builder()
            .orderId("ORDER-20261122-0001").currency(Currency.TWD).amount(300)
            .addPackage(p -> p.id("pkg-1").amount(300).name("Tea house")
                    .addProduct(pr -> pr.name("Pearl milk tea").quantity(2).price(100))
                    .addProduct(pr -> pr.name("Egg tart").quantity(1).price(100)))
            .redirectUrls(r -> r.confirmUrl("https://shop.example/pay/confirm")
                    .cancelUrl("https://shop.example/pay/cancel"))
            .build();

    /** LINE Pay's answer to a confirm that captured 300 TWD. */
    public static final byte[] CONFIRM_ANSWER = utf8("{\"returnCode\":\"0000\",\"returnMessage\":\"Success.\","
            + "\"info\":{\"transactionId\":2026112204412563051,\"orderId\":\"ORDER-20261122-0001\","
            + "\"payInfo\":[{\"method\":\"BALANCE\",\"amount\":300}],"
            + "\"packages\":[{\"id\":\"pkg-1\",\"amount\":300,\"userFeeAmount\":0}]}}");

    /** LINE Pay's answer to a payment request. */
    public static final byte[] REQUEST_ANSWER = utf8("{\"returnCode\":\"0000\",\"returnMessage\":\"Success.\","
            + "\"info\":{\"paymentUrl\":{\"web\":\"https://sandbox-web-pay.line.me/web/payment/wait"
            + "?transactionReserveId=cWJDVk1VSjJ5cXpmYkJ2SU5nVTJ4ZEJOQnF6UUJ0YmZZeWN3cjVuODlrSEJ5d3BqVDE2K3RqenE1"
            + "&locale=en_US\",\"app\":\"line://pay/payment/cWJDVk1VSjJ5cXpmYkJ2SU5nVTJ4ZEJOQnF6UUJ0YmZZeWN3cjVuODlr"
            + "SEJ5d3BqVDE2K3RqenE1\"},\"transactionId\":2026112204412563051,\"paymentAccessToken\":\"187568751124\"}}");

    /** LINE Pay's answer to a details query: one captured payment with its package and products. */
    public static final byte[] DETAILS_ANSWER = utf8("{\"returnCode\":\"0000\",\"returnMessage\":\"success\","
            + "\"info\":[{\"transactionId\":2026112204412563051,\"transactionDate\":\"2026-11-22T04:41:25Z\","
            + "\"transactionType\":\"PAYMENT\",\"payStatus\":\"CAPTURE\",\"orderId\":\"ORDER-20261122-0001\","
            + "\"productName\":\"Tea house\",\"merchantName\":\"linepay4j shop\",\"currency\":\"TWD\","
            + "\"payInfo\":[{\"method\":\"BALANCE\",\"amount\":300}],"
            + "\"packages\":[{\"id\":\"pkg-1\",\"amount\":300,\"userFeeAmount\":0,\"name\":\"Tea house\","
            + "\"products\":[{\"name\":\"Pearl milk tea\",\"quantity\":2,\"price\":100},"
            + "{\"name\":\"Egg tart\",\"quantity\":1,\"price\":100}]}]}]}");

    private Fixture() {
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
