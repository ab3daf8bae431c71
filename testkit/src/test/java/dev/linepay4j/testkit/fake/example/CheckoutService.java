package dev.linepay4j.testkit.fake.example;

import dev.linepay4j.LinePayError;
import dev.linepay4j.LinePayException;
import dev.linepay4j.OnlinePayments;
import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.OrderId;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.code.ReturnCode;
import dev.linepay4j.domain.request.ConfirmRequest;
import dev.linepay4j.domain.request.PaymentDetailsQuery;
import dev.linepay4j.domain.request.PaymentRequest;
import dev.linepay4j.domain.request.RefundRequest;
import dev.linepay4j.domain.response.PaymentRequestResponse;
import dev.linepay4j.redirect.RedirectCallback;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A shop's checkout. It takes an OnlinePayments: a LinePay in production, a FakeLinePay in tests. */
public class CheckoutService {

    public enum Status { AWAITING_PAYMENT, PAID, CHECKING, PAYMENT_FAILED, REFUNDED }

    public record Order(OrderId id, Amount amount, TransactionId transactionId, Status status) {
        Order with(Status next) {
            return new Order(id, amount, transactionId, next);
        }
    }

    private final OnlinePayments linePay;
    private final Map<OrderId, Order> orders = new ConcurrentHashMap<>();

    public CheckoutService(OnlinePayments linePay) {
        this.linePay = linePay;
    }

    /** Reserves the payment and answers LINE Pay's page, where the customer's browser goes next. */
    public URI checkout(String orderId, long amount) {
        PaymentRequest request = PaymentRequest.builder()
                .orderId(orderId).currency(Currency.TWD).amount(amount)
                .addPackage(p -> p.id("cart").amount(amount)
                        .addProduct(pr -> pr.name("Order " + orderId).quantity(1).price(amount)))
                .redirectUrls(r -> r.confirmUrl("https://shop.example/pay/confirm")
                                    .cancelUrl("https://shop.example/pay/cancel"))
                .build();
        PaymentRequestResponse requested = linePay.request(request);
        orders.put(request.orderId(), new Order(request.orderId(), request.amount(),
                requested.transactionId(), Status.AWAITING_PAYMENT));
        return URI.create(requested.paymentUrl().web());
    }

    /** The confirm page: LINE Pay sent the customer back with this query string. */
    public Status confirm(String rawQuery) {
        RedirectCallback callback = RedirectCallback.parse(rawQuery);
        Order order = orders.get(callback.orderId());
        if (order == null || !order.transactionId().equals(callback.transactionId())) {
            throw new IllegalArgumentException("not a payment this shop requested");
        }
        Status status;
        try {
            linePay.confirm(order.transactionId(), ConfirmRequest.of(order.amount(), Currency.TWD));
            status = Status.PAID;
        } catch (LinePayException e) {
            status = e.error().mayHaveBeenProcessed() ? Status.CHECKING : Status.PAYMENT_FAILED;
        }
        orders.put(order.id(), order.with(status));
        return status;
    }

    /** After an unknown outcome: asks LINE Pay whether the payment went through. */
    public Status recheck(String orderId) {
        Order order = orders.get(OrderId.of(orderId));
        Status status;
        try {
            linePay.paymentDetails(PaymentDetailsQuery.ofTransactionIds(order.transactionId()));
            status = Status.PAID;
        } catch (LinePayException e) {
            if (!(e.error() instanceof LinePayError.ApiError api)
                    || !api.returnCode().equals(ReturnCode.NO_TRANSACTION)) {
                throw e;                          // still unknown: try again later
            }
            status = Status.PAYMENT_FAILED;       // 1150: no confirmed payment
        }
        orders.put(order.id(), order.with(status));
        return status;
    }

    /** Gives the whole payment back. */
    public void refund(String orderId) {
        Order order = orders.get(OrderId.of(orderId));
        linePay.refund(order.transactionId(), RefundRequest.full());
        orders.put(order.id(), order.with(Status.REFUNDED));
    }

    public Order order(String orderId) {
        return orders.get(OrderId.of(orderId));
    }
}
