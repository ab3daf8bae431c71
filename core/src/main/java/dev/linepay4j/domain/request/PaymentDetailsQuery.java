package dev.linepay4j.domain.request;

import dev.linepay4j.domain.OrderId;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.ValidationException;
import dev.linepay4j.domain.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the payment-details call ({@code GET /v3/payments}) looks up: transaction ids, order ids, or
 * both. LINE Pay answers at most 100 transactions and refuses more with {@code 1177}, so a query names
 * at most 100 ids in all; it needs at least one.
 *
 * <p>The ids are sent in the order given, transaction ids first, each as its own query parameter
 * ({@code transactionId=1&transactionId=2&orderId=A}). A refund's transaction id finds the refund, whose
 * details name the payment in {@code originalTransactionId}. The legacy {@code fields} parameter is not
 * modelled; a raw call reaches it.
 *
 * <pre>{@code
 * PaymentDetailsQuery one  = PaymentDetailsQuery.ofTransactionIds(TransactionId.parse("2023042201206549310"));
 * PaymentDetailsQuery many = PaymentDetailsQuery.builder()
 *         .transactionId(TransactionId.parse("2023042201206549310"))
 *         .orderId(OrderId.of("order-7"))
 *         .build();
 * }</pre>
 *
 * @param transactionIds the transaction ids to look up, unmodifiable
 * @param orderIds       the order ids to look up, unmodifiable
 */
public record PaymentDetailsQuery(List<TransactionId> transactionIds, List<OrderId> orderIds) {

    /** The most ids one query may name: LINE Pay answers at most 100 transactions ({@code 1177} beyond). */
    public static final int MAX_IDS = 100;

    /**
     * Creates a query.
     *
     * @param transactionIds the transaction ids to look up
     * @param orderIds the order ids to look up
     * @throws ValidationException  if there is no id at all, or more than {@value #MAX_IDS}
     * @throws NullPointerException if a list or an id in it is null
     */
    public PaymentDetailsQuery {
        transactionIds = List.copyOf(transactionIds);
        orderIds = List.copyOf(orderIds);
        int count = transactionIds.size() + orderIds.size();
        if (count == 0) {
            throw new ValidationException(List.of(new Violation("transactionId",
                    "or orderId is required: name at least one payment to look up")));
        }
        if (count > MAX_IDS) {
            throw ValidationException.of("transactionId",
                    "and orderId name " + count + " ids; LINE Pay answers at most " + MAX_IDS
                            + " transactions per call (1177 beyond), so split the query");
        }
    }

    /**
     * A query by transaction ids.
     *
     * @param transactionIds one to 100 ids
     * @return the query
     * @throws ValidationException if there are none or more than 100
     */
    public static PaymentDetailsQuery ofTransactionIds(TransactionId... transactionIds) {
        return new PaymentDetailsQuery(Arrays.asList(transactionIds), List.of());
    }

    /**
     * A query by order ids.
     *
     * @param orderIds one to 100 ids
     * @return the query
     * @throws ValidationException if there are none or more than 100
     */
    public static PaymentDetailsQuery ofOrderIds(OrderId... orderIds) {
        return new PaymentDetailsQuery(List.of(), Arrays.asList(orderIds));
    }

    /**
     * A builder with no id.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Collects ids for a {@link PaymentDetailsQuery}.
     *
     * <pre>{@code
     * PaymentDetailsQuery.builder().orderId("order-7").orderId("order-8").build();
     * }</pre>
     */
    public static final class Builder {

        private final List<TransactionId> transactionIds = new ArrayList<>();
        private final List<OrderId> orderIds = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds a transaction id.
         *
         * @param transactionId the id of a payment or a refund
         * @return this builder
         */
        public Builder transactionId(TransactionId transactionId) {
            transactionIds.add(transactionId);
            return this;
        }

        /**
         * Adds an order id.
         *
         * @param orderId the merchant's order id
         * @return this builder
         */
        public Builder orderId(OrderId orderId) {
            orderIds.add(orderId);
            return this;
        }

        /**
         * Adds an order id, checked at once.
         *
         * @param orderId the merchant's order id
         * @return this builder
         * @throws ValidationException if the id is not a valid order id
         */
        public Builder orderId(String orderId) {
            return orderId(OrderId.of(orderId));
        }

        /**
         * Builds the query.
         *
         * @return the query
         * @throws ValidationException if there is no id, or more than 100
         */
        public PaymentDetailsQuery build() {
            return new PaymentDetailsQuery(transactionIds, orderIds);
        }
    }
}
