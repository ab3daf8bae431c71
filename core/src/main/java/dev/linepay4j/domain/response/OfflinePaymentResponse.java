package dev.linepay4j.domain.response;

import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.OrderId;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * LINE Pay's answer to a payment with a My Code ({@code POST /v2|/v2.4|/v4/payments/oneTimeKeys/pay}): the
 * customer is charged (or, with {@code capture=false}, the money is held).
 *
 * <p>LINE Pay asks the merchant to check that what the customer paid, the sum of {@link #payInfo()}, is
 * the amount requested, and to refund the payment when it is not: {@link #totalPaid()} gives that sum.
 *
 * <p>When the pay call's answer was lost (a read timeout, a broken answer) and the client found the
 * payment through the status check by order id instead, the answer is built from the status check's:
 * {@link #balance()} and {@link #authorizationExpireDate()} are then empty and {@link #raw()} is the status
 * check's {@code info}, which holds its {@code status}.
 *
 * <pre>{@code
 * OfflinePaymentResponse paid = linePay.offline().pay(request);
 * if (paid.totalPaid().compareTo(request.amount()) != 0) {
 *     linePay.offline().refund(request.orderId(), RefundRequest.full());
 * }
 * }</pre>
 *
 * @param transactionId           the payment's transaction id
 * @param orderId                 the merchant's order id
 * @param transactionDate         when the payment was made
 * @param payInfo                 how the customer paid, unmodifiable
 * @param balance                 the customer's LINE Pay balance after the payment (Offline API v2 only), when sent
 * @param paymentProvider         {@code TSP} or {@code EPI} (Offline API v2.4 and v4), when sent
 * @param authorizationExpireDate when an uncaptured authorization expires, when sent
 * @param raw                     the {@code info} object as read
 */
public record OfflinePaymentResponse(TransactionId transactionId, OrderId orderId, Instant transactionDate,
                                     List<PayInfo> payInfo, Optional<Amount> balance, Optional<String> paymentProvider,
                                     Optional<Instant> authorizationExpireDate, JsonObject raw) {

    /**
     * Creates the answer.
     *
     * @param transactionId the payment's transaction id
     * @param orderId the merchant's order id
     * @param transactionDate when the payment was made
     * @param payInfo how the customer paid
     * @param balance the customer's balance after the payment (v2), when sent
     * @param paymentProvider TSP or EPI (v2.4, v4), when sent
     * @param authorizationExpireDate when an uncaptured authorization expires, when sent
     * @param raw the {@code info} object as read
     * @throws NullPointerException if a part or a list element is null
     */
    public OfflinePaymentResponse {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(transactionDate, "transactionDate");
        payInfo = List.copyOf(payInfo);
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(paymentProvider, "paymentProvider");
        Objects.requireNonNull(authorizationExpireDate, "authorizationExpireDate");
        Objects.requireNonNull(raw, "raw");
    }

    /**
     * What the customer paid in all: the sum of {@link #payInfo()}, which LINE Pay asks merchants to compare
     * with the amount requested.
     *
     * @return the sum; zero when {@code payInfo} is empty
     */
    public Amount totalPaid() {
        return payInfo.stream().map(PayInfo::amount).reduce(Amount.ZERO, Amount::plus);
    }

    /** The modelled fields; never {@code raw()}. */
    @Override
    public String toString() {
        return "OfflinePaymentResponse[transactionId=" + transactionId + ", orderId=" + orderId + ", transactionDate="
                + transactionDate + ", payInfo=" + payInfo + ", balance=" + balance + ", paymentProvider="
                + paymentProvider + ", authorizationExpireDate=" + authorizationExpireDate + "]";
    }
}
