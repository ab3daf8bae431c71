package dev.linepay4j;

import static dev.linepay4j.support.ScriptedTransport.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.OrderId;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.request.ConfirmRequest;
import dev.linepay4j.domain.request.PaymentDetailsQuery;
import dev.linepay4j.domain.request.PaymentRequest;
import dev.linepay4j.domain.request.RefundRequest;
import dev.linepay4j.domain.response.ConfirmResponse;
import dev.linepay4j.domain.response.PaymentDetails;
import dev.linepay4j.domain.response.PaymentRequestResponse;
import dev.linepay4j.redirect.InvalidCallbackException;
import dev.linepay4j.redirect.RedirectCallback;
import dev.linepay4j.support.MiniJsonCodec;
import dev.linepay4j.support.ScriptedTransport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The README's "Taking a payment" and "Your confirm page" examples, kept compiling and true. */
class ReadmeClientExampleTest {

    private static final String BIG = "2023042201206549310";

    /** The shop's own records, as the README's example assumes them. */
    record Order(String id, Amount amount, Currency currency, TransactionId transactionId) {
    }

    /** A framework's response, as the README's example assumes it. */
    static final class Response {
        int status = 200;
        String location;

        void status(int status) {
            this.status = status;
        }

        void redirect(String location) {
            this.location = location;
        }
    }

    private final Map<OrderId, Order> stored = new HashMap<>();
    private final ScriptedTransport transport = new ScriptedTransport(r -> {
        String path = r.uri().getRawPath();
        if (path.endsWith("/request")) {
            return ok("{\"returnCode\":\"0000\",\"info\":{\"transactionId\":" + BIG + ",\"paymentUrl\":{\"web\":\"https://pay\"}}}");
        } else if (path.endsWith("/confirm")) {
            return ok("{\"returnCode\":\"0000\",\"info\":{\"transactionId\":" + BIG + ",\"orderId\":\"ORDER-20261122-0001\"}}");
        } else if (path.endsWith("/refund")) {
            return ok("{\"returnCode\":\"0000\",\"info\":{\"refundTransactionId\":2023042201206549311,"
                    + "\"refundTransactionDate\":\"2026-11-22T10:00:00Z\"}}");
        }
        return ok("{\"returnCode\":\"0000\",\"info\":[{\"transactionId\":" + BIG + ",\"transactionDate\":\"2026-11-22T09:00:00Z\"}]}");
    });
    private final LinePay linePay = LinePay.builder()
            .channelId("1234567890").channelSecret("s3cret-from-the-merchant-center")
            .environment(Environment.SANDBOX)
            .transport(transport).codec(new MiniJsonCodec())
            .build();

    private Optional<Order> find(OrderId id) {
        return Optional.ofNullable(stored.get(id));
    }

    @Test
    void theRedirectFlowFromRequestToRefund() {
        PaymentRequest order = PaymentRequest.builder()
                .orderId("ORDER-20261122-0001").currency(Currency.TWD).amount(300)
                .addPackage(p -> p.id("pkg-1").amount(300)
                        .addProduct(pr -> pr.name("Pearl milk tea").quantity(2).price(150)))
                .redirectUrls(r -> r.confirmUrl("https://shop.example/pay/confirm")
                        .cancelUrl("https://shop.example/pay/cancel"))
                .build();

        PaymentRequestResponse requested = linePay.request(order);
        stored.put(order.orderId(), new Order("1", order.amount(), order.currency(), requested.transactionId()));
        ConfirmResponse confirmed = linePay.confirm(requested.transactionId(),
                ConfirmRequest.of(order.amount(), order.currency()));
        linePay.refund(confirmed.transactionId(), RefundRequest.partial(Amount.of(100), Currency.TWD));
        List<PaymentDetails> now = linePay.paymentDetails(PaymentDetailsQuery.ofTransactionIds(confirmed.transactionId()));

        assertThat(now).hasSize(1);
        // request, confirm, the refunds already made (read first so that an unknown outcome of the refund
        // can be reconciled), refund, details
        assertThat(transport.sent()).hasSize(5);
    }

    @Test
    void theConfirmPageConfirmsAKnownOrderAndRefusesTheRest() {
        stored.put(OrderId.of("ORDER-20261122-0001"),
                new Order("1", Amount.of(300), Currency.TWD, TransactionId.parse(BIG)));

        Response ok = new Response();
        confirmPage("transactionId=" + BIG + "&orderId=ORDER-20261122-0001", ok);
        Response forged = new Response();
        confirmPage("transactionId=1&orderId=ORDER-20261122-0001", forged);
        Response garbage = new Response();
        confirmPage("transactionId=x", garbage);

        assertThat(ok.location).isEqualTo("/orders/1/thanks");
        assertThat(forged.status).isEqualTo(404);
        assertThat(garbage.status).isEqualTo(400);
        assertThat(transport.sent()).hasSize(1);
    }

    /** As in the README. */
    void confirmPage(String rawQuery, Response response) {
        RedirectCallback callback;
        try {
            callback = RedirectCallback.parse(rawQuery);
        } catch (InvalidCallbackException e) {
            response.status(400);
            return;
        }
        Order order = find(callback.orderId()).orElse(null);
        if (order == null || !order.transactionId().equals(callback.transactionId())) {
            response.status(404);
            return;
        }
        try {
            linePay.confirm(callback.transactionId(),
                    ConfirmRequest.of(order.amount(), order.currency()));
            response.redirect("/orders/" + order.id() + "/thanks");
        } catch (LinePayException e) {
            if (e.error().mayHaveBeenProcessed()) {
                response.redirect("/orders/" + order.id() + "/checking");
            } else {
                response.redirect("/orders/" + order.id() + "/failed");
            }
        }
    }
}
