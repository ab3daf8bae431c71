package dev.linepay4j.domain.request;

import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.OrderId;
import dev.linepay4j.domain.ValidationException;
import dev.linepay4j.domain.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The body of an Online API payment request ({@code POST /v3/payments/request} or
 * {@code /v4/payments/request}), checked against LINE Pay's rules before anything is sent.
 *
 * <p>Rules checked, on top of each part's own ({@link PaymentPackage}, {@link Product},
 * {@link RedirectUrls}, {@link PaymentOptions} and theirs):
 * <ul>
 *   <li>{@code amount}, {@code currency}, {@code orderId}, {@code packages} (at least one) and
 *       {@code redirectUrls} are required; {@code amount} is greater than zero;</li>
 *   <li>{@code currency} accepts new payments ({@code JPY} does not: LINE Pay Japan has ended);</li>
 *   <li>every amount in the request has no more decimal places than the currency allows
 *       ({@code TWD}: none; {@code USD}, {@code THB}: two);</li>
 *   <li>{@code amount} = &Sigma; {@code packages[].amount} + &Sigma; {@code packages[].userFee} +
 *       {@code options.shipping.feeAmount} (the last two when present), as LINE Pay checks it
 *       (return code {@code 2101} otherwise);</li>
 *   <li>a request does not mix Online API v3-only fields ({@code packages[].userFee},
 *       {@code options.familyService}) with v4-only ones ({@code options.regPayRequest}), since no
 *       version would accept it. Which version a request fits is told by {@link #violationsFor}.</li>
 * </ul>
 * A sum is checked only when every term of it could be read: a broken package reports its own problem
 * rather than a second, derived one.
 *
 * <pre>{@code
 * PaymentRequest request = PaymentRequest.builder()
 *         .amount(100).currency(Currency.TWD).orderId("MKSI_S_20180904_1000001")
 *         .addPackage(p -> p.id("1").amount(100)
 *                 .addProduct(pr -> pr.name("Pen Brown").quantity(2).price(50)))
 *         .redirectUrls(r -> r.confirmUrl("https://shop.example.com/pay/confirm")
 *                             .cancelUrl("https://shop.example.com/pay/cancel"))
 *         .build();                                    // throws ValidationException listing every problem
 * request.violationsFor(ApiVersion.ONLINE_V4);         // [] : fits v4
 * }</pre>
 *
 * @param amount       the payment amount
 * @param currency     the currency of every amount in the request
 * @param orderId      the merchant's order id
 * @param packages     the packages; at least one, unmodifiable
 * @param redirectUrls where the customer goes afterwards
 * @param options      the optional parts, if any
 */
public record PaymentRequest(Amount amount, Currency currency, OrderId orderId, List<PaymentPackage> packages,
                             RedirectUrls redirectUrls, Optional<PaymentOptions> options) {

    /**
     * Creates a request.
     *
     * @param amount the payment amount
     * @param currency the currency of every amount in the request
     * @param orderId the merchant's order id
     * @param packages the packages; at least one, unmodifiable
     * @param redirectUrls where the customer goes afterwards
     * @param options the optional parts, if any
     * @throws ValidationException  listing every rule above that is broken
     * @throws NullPointerException if options is null or a package is null
     */
    public PaymentRequest {
        Objects.requireNonNull(options, "options");
        packages = packages == null ? List.of() : List.copyOf(packages);
        Check root = Check.root();
        root.required("amount", amount);
        root.required("currency", currency);
        root.required("orderId", orderId);
        root.required("redirectUrls", redirectUrls);
        Check c = root.withCurrency(currency);
        rules(c, amount, currency, packages, options.orElse(null), true, v3OnlyFields(packages, options),
                options.flatMap(PaymentOptions::regPayRequest).isPresent());
        for (int i = 0; i < packages.size(); i++) {
            packages.get(i).verify(c.at("packages", i));
        }
        options.ifPresent(o -> o.verify(c.at("options")));
        root.throwIfAny();
    }

    /**
     * A builder with nothing set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this request's values, to make a changed copy (a new order id for a retry with
     * changed data, say).
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.amount = amount.value();
        b.currency = currency.name();
        b.orderId = orderId.value();
        packages.forEach(b::addPackage);
        b.redirectUrls(redirectUrls);
        options.ifPresent(b::options);
        return b;
    }

    /**
     * The fields this request uses that exist in Online API v3 only.
     *
     * @return true when a package has {@code userFee} or {@code options.familyService} is set
     */
    public boolean usesV3OnlyFields() {
        return !v3OnlyFields(packages, options).isEmpty();
    }

    /**
     * The fields this request uses that exist in Online API v4 only.
     *
     * @return true when {@code options.regPayRequest} is set
     */
    public boolean usesV4OnlyFields() {
        return options.flatMap(PaymentOptions::regPayRequest).isPresent();
    }

    /**
     * What stops this request from being sent to the given API version, for the client to check before
     * sending: each v3-only field under {@link ApiVersion#ONLINE_V4}, each v4-only field under
     * {@link ApiVersion#ONLINE_V3}, and the version itself when it is an offline one (a payment request
     * with redirect URLs exists only in the Online API).
     *
     * @param version the version the request would be sent to
     * @return the violations; empty when the version accepts the request
     */
    public List<Violation> violationsFor(ApiVersion version) {
        Objects.requireNonNull(version, "version");
        if (!version.isOnline()) {
            return List.of(new Violation("apiVersion", "a payment request with redirect URLs belongs to the Online API"
                    + " (ONLINE_V3 or ONLINE_V4), not " + version));
        }
        List<Violation> violations = new ArrayList<>();
        if (version == ApiVersion.ONLINE_V4) {
            for (String field : v3OnlyFields(packages, options)) {
                violations.add(new Violation(field, "is an Online API v3 field that v4 does not accept"));
            }
        } else if (usesV4OnlyFields()) {
            violations.add(new Violation("options.regPayRequest", "is an Online API v4 field that v3 does not accept"));
        }
        return List.copyOf(violations);
    }

    /**
     * Throws when {@link #violationsFor(ApiVersion)} finds anything.
     *
     * @param version the version the request would be sent to
     * @return this request, for chaining
     * @throws ValidationException listing what the version does not accept
     */
    public PaymentRequest requireSupportedBy(ApiVersion version) {
        List<Violation> violations = violationsFor(version);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return this;
    }

    private static List<String> v3OnlyFields(List<PaymentPackage> packages, Optional<PaymentOptions> options) {
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < packages.size(); i++) {
            if (packages.get(i).userFee().isPresent()) {
                fields.add("packages[" + i + "].userFee");
            }
        }
        if (options.flatMap(PaymentOptions::familyService).isPresent()) {
            fields.add("options.familyService");
        }
        return fields;
    }

    /**
     * The request's own rules. Null stands for a value that is missing or already reported;
     * {@code packages} holds null for each package that could not be made, and {@code optionsKnown} is
     * false when the options were given but could not be made. The version-specific fields are passed
     * as found, whether their values are valid or not.
     */
    static void rules(Check c, Amount amount, Currency currency, List<PaymentPackage> packages,
                      PaymentOptions options, boolean optionsKnown, List<String> v3OnlyFields, boolean usesV4) {
        if (currency != null && !currency.acceptsNewPayments()) {
            c.fail("currency", currency + " cannot be used for new payments since LINE Pay Japan has ended;"
                    + " use USD, TWD or THB");
        }
        c.positive("amount", amount);
        c.scale("amount", amount);
        if (packages.isEmpty()) {
            c.fail("packages", "must hold at least one package");
        }
        if (amount != null && !packages.isEmpty() && Check.allPresent(packages) && optionsKnown) {
            checkTotal(c, amount, packages, options);
        }
        if (usesV4 && !v3OnlyFields.isEmpty()) {
            c.fail("options.regPayRequest", "is an Online API v4 field and cannot be sent together with Online API"
                    + " v3 fields (" + String.join(", ", v3OnlyFields) + "); no version accepts both");
        }
    }

    private static void checkTotal(Check c, Amount amount, List<PaymentPackage> packages, PaymentOptions options) {
        Amount packageSum = Amount.ZERO;
        Amount feeSum = Amount.ZERO;
        boolean anyFee = false;
        for (PaymentPackage p : packages) {
            packageSum = packageSum.plus(p.amount());
            if (p.userFee().isPresent()) {
                anyFee = true;
                feeSum = feeSum.plus(p.userFee().get());
            }
        }
        Optional<Amount> shippingFee = options == null ? Optional.empty()
                : options.shipping().flatMap(Shipping::feeAmount);
        Amount expected = packageSum.plus(feeSum).plus(shippingFee.orElse(Amount.ZERO));
        if (expected.compareTo(amount) == 0) {
            return;
        }
        StringBuilder terms = new StringBuilder("packages[].amount (").append(packageSum).append(')');
        if (anyFee) {
            terms.append(" + packages[].userFee (").append(feeSum).append(')');
        }
        shippingFee.ifPresent(fee -> terms.append(" + options.shipping.feeAmount (").append(fee).append(')'));
        boolean single = !anyFee && shippingFee.isEmpty();
        c.fail("amount", "must equal the sum of " + terms + (single ? "" : " = " + expected) + ", was " + amount);
    }

    /**
     * Builds a {@link PaymentRequest} from plain values and nested builders. {@link #build()} checks
     * every rule of the request and all its parts, with the request's currency, and throws one
     * {@link ValidationException} listing every broken rule with its full field path
     * ({@code packages[0].products[1].name}).
     *
     * <pre>{@code
     * PaymentRequest.builder()
     *         .amount(new BigDecimal("12.50")).currency("USD").orderId("order-1")
     *         .addPackage(p -> p.id("pkg-1").amount(new BigDecimal("12.50"))
     *                 .addProduct(pr -> pr.name("Tea").quantity(1).price(new BigDecimal("12.50"))))
     *         .redirectUrls(RedirectUrls.of("https://shop.example.com/ok", "https://shop.example.com/cancel"))
     *         .options(o -> o.locale(DisplayLocale.EN))
     *         .build();
     * }</pre>
     */
    public static final class Builder {

        private BigDecimal amount;
        private String currency;
        private String orderId;
        private final List<PaymentPackage.Builder> packages = new ArrayList<>();
        private RedirectUrls.Builder redirectUrls;
        private PaymentOptions.Builder options;

        private Builder() {
        }

        /**
         * Sets {@code amount}.
         *
         * @param amount the payment amount; greater than zero
         * @return this builder
         */
        public Builder amount(BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        /**
         * Sets {@code amount} to a whole amount.
         *
         * @param amount the payment amount; greater than zero
         * @return this builder
         */
        public Builder amount(long amount) {
            return amount(BigDecimal.valueOf(amount));
        }

        /**
         * Sets {@code amount}.
         *
         * @param amount the payment amount; greater than zero
         * @return this builder
         */
        public Builder amount(Amount amount) {
            return amount(amount == null ? null : amount.value());
        }

        /**
         * Sets {@code currency}.
         *
         * @param currency USD, TWD or THB
         * @return this builder
         */
        public Builder currency(Currency currency) {
            return currency(currency == null ? null : currency.name());
        }

        /**
         * Sets {@code currency} from its code, checked at build time.
         *
         * @param currency {@code "USD"}, {@code "TWD"} or {@code "THB"}
         * @return this builder
         */
        public Builder currency(String currency) {
            this.currency = currency;
            return this;
        }

        /**
         * Sets {@code orderId}, checked at build time.
         *
         * @param orderId the merchant's order id; not blank, at most 100 characters
         * @return this builder
         */
        public Builder orderId(String orderId) {
            this.orderId = orderId;
            return this;
        }

        /**
         * Sets {@code orderId}.
         *
         * @param orderId the merchant's order id
         * @return this builder
         */
        public Builder orderId(OrderId orderId) {
            return orderId(orderId == null ? null : orderId.value());
        }

        /**
         * Adds a package described by a fresh {@link PaymentPackage.Builder}; it is checked when the
         * request is built, against the request's currency.
         *
         * @param pkg sets the package's values and products
         * @return this builder
         */
        public Builder addPackage(Consumer<PaymentPackage.Builder> pkg) {
            PaymentPackage.Builder b = PaymentPackage.builder();
            pkg.accept(b);
            packages.add(b);
            return this;
        }

        /**
         * Adds a package made earlier; its amounts are checked against the request's currency.
         *
         * @param pkg the package
         * @return this builder
         */
        public Builder addPackage(PaymentPackage pkg) {
            packages.add(pkg.toBuilder());
            return this;
        }

        /**
         * Sets {@code redirectUrls} from a fresh {@link RedirectUrls.Builder}, replacing any set before.
         *
         * @param redirectUrls sets the URLs
         * @return this builder
         */
        public Builder redirectUrls(Consumer<RedirectUrls.Builder> redirectUrls) {
            RedirectUrls.Builder b = RedirectUrls.builder();
            redirectUrls.accept(b);
            this.redirectUrls = b;
            return this;
        }

        /**
         * Sets {@code redirectUrls} from a value made earlier.
         *
         * @param redirectUrls the URLs, or null for none
         * @return this builder
         */
        public Builder redirectUrls(RedirectUrls redirectUrls) {
            this.redirectUrls = redirectUrls == null ? null : redirectUrls.toBuilder();
            return this;
        }

        /**
         * Sets {@code options} from a fresh {@link PaymentOptions.Builder}, replacing any set before.
         *
         * @param options sets the options
         * @return this builder
         */
        public Builder options(Consumer<PaymentOptions.Builder> options) {
            PaymentOptions.Builder b = PaymentOptions.builder();
            options.accept(b);
            this.options = b;
            return this;
        }

        /**
         * Sets {@code options} from a value made earlier; its amounts are checked against the request's
         * currency.
         *
         * @param options the options, or null for none
         * @return this builder
         */
        public Builder options(PaymentOptions options) {
            this.options = options == null ? null : options.toBuilder();
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         * @throws ValidationException listing every broken rule of the request and its parts
         */
        public PaymentRequest build() {
            Check root = Check.root();
            Currency cur = currency == null ? null : root.value("currency", () -> Currency.of(currency));
            if (currency == null) {
                root.fail("currency", "is required");
            }
            Check c = root.withCurrency(cur);
            Amount a = c.amount("amount", amount, true);
            OrderId id = c.value("orderId", () -> OrderId.of(orderId));
            List<PaymentPackage> built = new ArrayList<>(packages.size());
            List<String> v3OnlyFields = new ArrayList<>();
            for (int i = 0; i < packages.size(); i++) {
                PaymentPackage.Builder p = packages.get(i);
                built.add(p.build(c.at("packages", i)));
                if (p.hasUserFee()) {
                    v3OnlyFields.add("packages[" + i + "].userFee");
                }
            }
            RedirectUrls urls = null;
            if (redirectUrls == null) {
                c.fail("redirectUrls", "is required");
            } else {
                urls = redirectUrls.build(c.at("redirectUrls"));
            }
            PaymentOptions opts = options == null ? null : options.build(c.at("options"));
            if (options != null && options.hasFamilyService()) {
                v3OnlyFields.add("options.familyService");
            }
            boolean usesV4 = options != null && options.hasRegPayRequest();
            rules(c, a, cur, built, opts, options == null || opts != null, v3OnlyFields, usesV4);
            root.throwIfAny();
            return new PaymentRequest(a, cur, id, built, urls, Optional.ofNullable(opts));
        }
    }
}
