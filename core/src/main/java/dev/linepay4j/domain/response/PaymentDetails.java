package dev.linepay4j.domain.response;

import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.OrderId;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.json.JsonObject;
import dev.linepay4j.domain.payment.PayStatus;
import dev.linepay4j.domain.payment.TransactionType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One transaction of the payment-details answer ({@code GET /v3/payments}, {@code info[]}): a payment,
 * or a refund when the query named a refund's transaction id.
 *
 * <p>Fields LINE Pay documents for every entry are plain values; the others are optional. Enumerated
 * fields ({@link #transactionType()}, {@link #payStatus()}, {@link #currency()}) are empty both when
 * absent and when they hold a value linepay4j does not know, so that a value LINE Pay adds never makes
 * a read fail; the text as sent is in {@link #raw()}.
 *
 * <pre>{@code
 * List<PaymentDetails> found = linePay.paymentDetails(PaymentDetailsQuery.ofOrderIds(OrderId.of("order-7")));
 * boolean captured = found.stream().anyMatch(d -> d.payStatus().equals(Optional.of(PayStatus.CAPTURE)));
 * }</pre>
 *
 * @param transactionId           the transaction's id
 * @param transactionDate         when the transaction was made
 * @param transactionType         {@code PAYMENT}, {@code PAYMENT_REFUND} or {@code PARTIAL_REFUND}, when
 *                                sent and known
 * @param payStatus               the payment's status ({@code AUTHORIZATION}, {@code CAPTURE},
 *                                {@code VOIDED_AUTHORIZATION}, {@code EXPIRED_AUTHORIZATION}), when sent and known
 * @param orderId                 the merchant's order id, when sent
 * @param productName             the product name, when sent
 * @param merchantName            the merchant's name, when sent
 * @param currency                the currency, when sent and known
 * @param authorizationExpireDate when an uncaptured authorization expires, when sent
 * @param payInfo                 how the customer paid, unmodifiable
 * @param refundList              the refunds of this payment, unmodifiable; empty when none
 * @param originalTransactionId   the payment a refund belongs to, when the entry is a refund
 * @param packages                the packages, unmodifiable; may be empty
 * @param paymentProvider         {@code TSP} or {@code EPI} (Online API v4 only; absent means {@code TSP})
 * @param raw                     this entry of {@code info[]} as read
 */
public record PaymentDetails(TransactionId transactionId, Instant transactionDate,
                             Optional<TransactionType> transactionType, Optional<PayStatus> payStatus,
                             Optional<OrderId> orderId, Optional<String> productName, Optional<String> merchantName,
                             Optional<Currency> currency, Optional<Instant> authorizationExpireDate,
                             List<PayInfo> payInfo, List<RefundInfo> refundList,
                             Optional<TransactionId> originalTransactionId, List<PackageInfo> packages,
                             Optional<String> paymentProvider, JsonObject raw) {

    /**
     * Creates the entry.
     *
     * @param transactionId the transaction's id
     * @param transactionDate when the transaction was made
     * @param transactionType the transaction's type, when sent and known
     * @param payStatus the payment's status, when sent and known
     * @param orderId the merchant's order id, when sent
     * @param productName the product name, when sent
     * @param merchantName the merchant's name, when sent
     * @param currency the currency, when sent and known
     * @param authorizationExpireDate when an uncaptured authorization expires, when sent
     * @param payInfo how the customer paid
     * @param refundList the refunds of this payment
     * @param originalTransactionId the payment a refund belongs to, when sent
     * @param packages the packages
     * @param paymentProvider TSP or EPI (Online API v4), when sent
     * @param raw this entry of {@code info[]} as read
     * @throws NullPointerException if a part or a list element is null
     */
    public PaymentDetails {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(transactionDate, "transactionDate");
        Objects.requireNonNull(transactionType, "transactionType");
        Objects.requireNonNull(payStatus, "payStatus");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(productName, "productName");
        Objects.requireNonNull(merchantName, "merchantName");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(authorizationExpireDate, "authorizationExpireDate");
        payInfo = List.copyOf(payInfo);
        refundList = List.copyOf(refundList);
        Objects.requireNonNull(originalTransactionId, "originalTransactionId");
        packages = List.copyOf(packages);
        Objects.requireNonNull(paymentProvider, "paymentProvider");
        Objects.requireNonNull(raw, "raw");
    }

    /**
     * A builder with the two required fields; the rest start absent or empty and {@code raw} starts as
     * the empty object. For test doubles that answer like LINE Pay.
     *
     * @param transactionId   the transaction's id
     * @param transactionDate when the transaction was made
     * @return a new builder
     */
    public static Builder builder(TransactionId transactionId, Instant transactionDate) {
        return new Builder(transactionId, transactionDate);
    }

    /** The modelled fields; never {@code raw()}. */
    @Override
    public String toString() {
        return "PaymentDetails[transactionId=" + transactionId + ", transactionDate=" + transactionDate
                + ", transactionType=" + transactionType + ", payStatus=" + payStatus + ", orderId=" + orderId
                + ", currency=" + currency + ", payInfo=" + payInfo + ", refundList=" + refundList
                + ", originalTransactionId=" + originalTransactionId + ", paymentProvider=" + paymentProvider + "]";
    }

    /**
     * Builds a {@link PaymentDetails}, as a test double needs to.
     *
     * <pre>{@code
     * PaymentDetails d = PaymentDetails.builder(id, Instant.now())
     *         .transactionType(TransactionType.PAYMENT).payStatus(PayStatus.CAPTURE)
     *         .orderId(OrderId.of("order-7")).currency(Currency.TWD)
     *         .addPayInfo(new PayInfo("BALANCE", Amount.of(300), Optional.empty(), Optional.empty(), Optional.empty()))
     *         .build();
     * }</pre>
     */
    public static final class Builder {

        private final TransactionId transactionId;
        private final Instant transactionDate;
        private TransactionType transactionType;
        private PayStatus payStatus;
        private OrderId orderId;
        private String productName;
        private String merchantName;
        private Currency currency;
        private Instant authorizationExpireDate;
        private final List<PayInfo> payInfo = new ArrayList<>();
        private final List<RefundInfo> refundList = new ArrayList<>();
        private TransactionId originalTransactionId;
        private final List<PackageInfo> packages = new ArrayList<>();
        private String paymentProvider;
        private JsonObject raw = JsonObject.of();

        private Builder(TransactionId transactionId, Instant transactionDate) {
            this.transactionId = Objects.requireNonNull(transactionId, "transactionId");
            this.transactionDate = Objects.requireNonNull(transactionDate, "transactionDate");
        }

        /**
         * Sets {@code transactionType}.
         *
         * @param transactionType the type
         * @return this builder
         */
        public Builder transactionType(TransactionType transactionType) {
            this.transactionType = transactionType;
            return this;
        }

        /**
         * Sets {@code payStatus}.
         *
         * @param payStatus the status
         * @return this builder
         */
        public Builder payStatus(PayStatus payStatus) {
            this.payStatus = payStatus;
            return this;
        }

        /**
         * Sets {@code orderId}.
         *
         * @param orderId the order id
         * @return this builder
         */
        public Builder orderId(OrderId orderId) {
            this.orderId = orderId;
            return this;
        }

        /**
         * Sets {@code productName}.
         *
         * @param productName the product name
         * @return this builder
         */
        public Builder productName(String productName) {
            this.productName = productName;
            return this;
        }

        /**
         * Sets {@code merchantName}.
         *
         * @param merchantName the merchant's name
         * @return this builder
         */
        public Builder merchantName(String merchantName) {
            this.merchantName = merchantName;
            return this;
        }

        /**
         * Sets {@code currency}.
         *
         * @param currency the currency
         * @return this builder
         */
        public Builder currency(Currency currency) {
            this.currency = currency;
            return this;
        }

        /**
         * Sets {@code authorizationExpireDate}.
         *
         * @param authorizationExpireDate when the authorization expires
         * @return this builder
         */
        public Builder authorizationExpireDate(Instant authorizationExpireDate) {
            this.authorizationExpireDate = authorizationExpireDate;
            return this;
        }

        /**
         * Adds a {@code payInfo} entry.
         *
         * @param entry how part of the payment was paid
         * @return this builder
         */
        public Builder addPayInfo(PayInfo entry) {
            payInfo.add(Objects.requireNonNull(entry, "entry"));
            return this;
        }

        /**
         * Adds a {@code refundList} entry.
         *
         * @param refund a refund of this payment
         * @return this builder
         */
        public Builder addRefund(RefundInfo refund) {
            refundList.add(Objects.requireNonNull(refund, "refund"));
            return this;
        }

        /**
         * Sets {@code originalTransactionId}.
         *
         * @param originalTransactionId the payment a refund belongs to
         * @return this builder
         */
        public Builder originalTransactionId(TransactionId originalTransactionId) {
            this.originalTransactionId = originalTransactionId;
            return this;
        }

        /**
         * Adds a package.
         *
         * @param pkg the package
         * @return this builder
         */
        public Builder addPackage(PackageInfo pkg) {
            packages.add(Objects.requireNonNull(pkg, "pkg"));
            return this;
        }

        /**
         * Sets {@code paymentProvider}.
         *
         * @param paymentProvider {@code TSP} or {@code EPI}
         * @return this builder
         */
        public Builder paymentProvider(String paymentProvider) {
            this.paymentProvider = paymentProvider;
            return this;
        }

        /**
         * Sets the raw view.
         *
         * @param raw the entry as it would be read
         * @return this builder
         */
        public Builder raw(JsonObject raw) {
            this.raw = Objects.requireNonNull(raw, "raw");
            return this;
        }

        /**
         * Builds the entry.
         *
         * @return the entry
         */
        public PaymentDetails build() {
            return new PaymentDetails(transactionId, transactionDate, Optional.ofNullable(transactionType),
                    Optional.ofNullable(payStatus), Optional.ofNullable(orderId), Optional.ofNullable(productName),
                    Optional.ofNullable(merchantName), Optional.ofNullable(currency),
                    Optional.ofNullable(authorizationExpireDate), payInfo, refundList,
                    Optional.ofNullable(originalTransactionId), packages, Optional.ofNullable(paymentProvider), raw);
        }
    }
}
