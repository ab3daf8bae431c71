package dev.linepay4j.domain.request;

import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.OneTimeKey;
import dev.linepay4j.domain.OrderId;
import dev.linepay4j.domain.ValidationException;
import dev.linepay4j.domain.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A payment with the customer's My Code ({@code POST /v2|/v2.4|/v4/payments/oneTimeKeys/pay}): the shop
 * scans the code the LINE Pay app shows and charges it, with no redirect and no confirm step. One value
 * serves the three generations of the Offline API; each writes it in its own shape:
 *
 * <table>
 *   <caption>Where each field goes</caption>
 *   <tr><th>field</th><th>v2 and v2.4</th><th>v4</th></tr>
 *   <tr><td>{@code amount}, {@code currency}, {@code orderId}, {@code oneTimeKey}</td><td>top level</td>
 *       <td>top level</td></tr>
 *   <tr><td>{@code productName}</td><td>top level, required</td><td>not sent: v4's body has none</td></tr>
 *   <tr><td>{@code capture}</td><td>{@code capture}</td><td>{@code options.payment.capture}</td></tr>
 *   <tr><td>{@code branchName}, {@code branchId}</td><td>{@code extras.*}</td><td>{@code options.extra.*}</td></tr>
 *   <tr><td>{@code addFriends}</td><td>{@code extras.addFriends[]} (v2 only)</td><td>refused</td></tr>
 *   <tr><td>{@code packages}</td><td>refused</td><td>{@code packages[]}, optional</td></tr>
 * </table>
 *
 * <p>Rules, checked at once: {@code amount}, {@code currency}, {@code orderId} and {@code oneTimeKey}
 * required; amount greater than zero with no more decimal places than the currency allows, in a currency
 * that accepts new payments; {@code productName} at most 4000 characters and not blank when given;
 * {@code branchName} at most 200, {@code branchId} at most 32; when there are packages, their amounts add
 * up to {@code amount}, each package adds up its products, and no package has a {@code userFee} (an
 * Online API v3 field). What a generation does not accept ({@code productName} missing for v2.x,
 * {@code addFriends} outside v2, {@code packages} outside v4) is told by {@link #violationsFor}; the client
 * refuses such a request before sending anything.
 *
 * <p>{@code capture} is written only when false, as for pre-approved payments: true is LINE Pay's
 * default, and naming the parameter makes LINE Pay refuse merchants without capture separation
 * ({@code 2103}).
 *
 * <pre>{@code
 * OfflinePaymentRequest pay = OfflinePaymentRequest.builder()
 *         .productName("Pearl milk tea").amount(120).currency(Currency.TWD)
 *         .orderId("POS7-20261122-0042").oneTimeKey(scanned)
 *         .branchId("TPE-01").branchName("Taipei Main")
 *         .build();
 * pay.violationsFor(ApiVersion.OFFLINE_V4);   // []: fits v4 too (productName is simply not sent there)
 * }</pre>
 *
 * @param productName the product name the customer sees (v2 and v2.4 require it), if any
 * @param amount      the amount to charge
 * @param currency    the currency
 * @param orderId     the merchant's order id, unique per merchant; the status check finds the payment by it
 * @param oneTimeKey  the customer's My Code as scanned
 * @param capture     true (the default) to capture at once; false to authorize only and capture later
 * @param branchName  the shop's branch name, if any
 * @param branchId    the shop's branch id, if any
 * @param addFriends  LINE official accounts to offer the customer (Offline API v2 only); unmodifiable
 * @param packages    what is sold, in packages (Offline API v4 only); unmodifiable, may be empty
 */
public record OfflinePaymentRequest(Optional<String> productName, Amount amount, Currency currency, OrderId orderId,
                                    OneTimeKey oneTimeKey, boolean capture, Optional<String> branchName,
                                    Optional<String> branchId, List<AddFriend> addFriends,
                                    List<PaymentPackage> packages) {

    /** LINE Pay's limit for {@code productName}. */
    public static final int MAX_PRODUCT_NAME_LENGTH = 4000;

    /**
     * Creates the request.
     *
     * @param productName the product name (v2 and v2.4 require it), if any
     * @param amount the amount to charge
     * @param currency the currency
     * @param orderId the merchant's order id
     * @param oneTimeKey the customer's My Code as scanned
     * @param capture true to capture at once; false to authorize only
     * @param branchName the shop's branch name, if any
     * @param branchId the shop's branch id, if any
     * @param addFriends LINE official accounts to offer the customer (v2 only)
     * @param packages what is sold, in packages (v4 only)
     * @throws ValidationException  listing every rule above that is broken
     * @throws NullPointerException if an {@code Optional} is null or a list holds a null
     */
    public OfflinePaymentRequest {
        Objects.requireNonNull(productName, "productName");
        Objects.requireNonNull(branchName, "branchName");
        Objects.requireNonNull(branchId, "branchId");
        addFriends = addFriends == null ? List.of() : List.copyOf(addFriends);
        packages = packages == null ? List.of() : List.copyOf(packages);
        Check c = Check.root();
        c.required("orderId", orderId);
        c.required("oneTimeKey", oneTimeKey);
        ConfirmRequest.moneyRules(c, amount, currency);
        rules(c, productName.orElse(null), branchName.orElse(null), branchId.orElse(null));
        Check withCurrency = c.withCurrency(currency);
        for (int i = 0; i < packages.size(); i++) {
            packages.get(i).verify(withCurrency.at("packages", i));
        }
        packageRules(c, amount, packages);
        c.throwIfAny();
    }

    /**
     * A builder with {@code capture} true and nothing else set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding these values, to make a changed copy (a new order id for a second try, say).
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.productName = productName.orElse(null);
        b.amount = amount.value();
        b.currency = currency.name();
        b.orderId = orderId.value();
        b.oneTimeKey = oneTimeKey.value();
        b.capture = capture;
        b.branchName = branchName.orElse(null);
        b.branchId = branchId.orElse(null);
        b.addFriends.addAll(addFriends);
        packages.forEach(p -> b.packages.add(p.toBuilder()));
        return b;
    }

    /**
     * What a generation of the Offline API does not accept in this request: v2 and v2.4 require
     * {@code productName} and know no {@code packages}; only v2 knows {@code addFriends}. An Online API
     * version accepts none of it.
     *
     * @param version the version the request would be sent to
     * @return the violations; empty when the version accepts the request
     * @throws NullPointerException if version is null
     */
    public List<Violation> violationsFor(ApiVersion version) {
        Objects.requireNonNull(version, "version");
        if (version.isOnline()) {
            return List.of(new Violation("apiVersion", "a payment with a My Code (oneTimeKey) belongs to the Offline API"
                    + " (OFFLINE_V2, OFFLINE_V2_4 or OFFLINE_V4), not " + version));
        }
        List<Violation> violations = new ArrayList<>();
        if (version != ApiVersion.OFFLINE_V4) {
            if (productName.isEmpty()) {
                violations.add(new Violation("productName", "is required by " + version));
            }
            if (!packages.isEmpty()) {
                violations.add(new Violation("packages", "is an Offline API v4 field that " + version
                        + " does not accept"));
            }
        }
        if (version != ApiVersion.OFFLINE_V2 && !addFriends.isEmpty()) {
            violations.add(new Violation("addFriends", "is an Offline API v2 field that " + version
                    + " does not accept"));
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
    public OfflinePaymentRequest requireSupportedBy(ApiVersion version) {
        List<Violation> violations = violationsFor(version);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return this;
    }

    /** The order id and the amount; never the key in full, which could still charge the customer. */
    @Override
    public String toString() {
        return "OfflinePaymentRequest[orderId=" + orderId + ", amount=" + amount + " " + currency + ", oneTimeKey="
                + oneTimeKey + ", capture=" + capture + "]";
    }

    private static void rules(Check c, String productName, String branchName, String branchId) {
        if (productName != null) {
            c.text("productName", productName, MAX_PRODUCT_NAME_LENGTH);
        }
        c.optionalText("branchName", branchName, ExtraOptions.MAX_BRANCH_NAME_LENGTH);
        c.optionalText("branchId", branchId, ExtraOptions.MAX_BRANCH_ID_LENGTH);
    }

    private static void packageRules(Check c, Amount amount, List<PaymentPackage> packages) {
        for (int i = 0; i < packages.size(); i++) {
            if (packages.get(i) != null && packages.get(i).userFee().isPresent()) {
                c.fail("packages[" + i + "].userFee", "is an Online API v3 field; the Offline API has no user fee");
            }
        }
        if (amount != null && !packages.isEmpty() && Check.allPresent(packages)) {
            Amount sum = packages.stream().map(PaymentPackage::amount).reduce(Amount.ZERO, Amount::plus);
            if (sum.compareTo(amount) != 0) {
                c.fail("amount", "must equal the sum of the packages' amounts (" + sum + "), was " + amount);
            }
        }
    }

    /**
     * Builds an {@link OfflinePaymentRequest} from plain values; {@link #build()} reports every broken rule
     * at once, the packages' included.
     *
     * <pre>{@code
     * OfflinePaymentRequest.builder().amount(100).currency("THB").orderId("kiosk-3-881")
     *         .oneTimeKey("123456789012").capture(false)
     *         .addPackage(p -> p.id("1").amount(100).addProduct(pr -> pr.name("Coffee").quantity(1).price(100)))
     *         .build();
     * }</pre>
     */
    public static final class Builder {

        private String productName;
        private BigDecimal amount;
        private String currency;
        private String orderId;
        private String oneTimeKey;
        private boolean capture = true;
        private String branchName;
        private String branchId;
        private final List<AddFriend> addFriends = new ArrayList<>();
        private final List<PaymentPackage.Builder> packages = new ArrayList<>();

        private Builder() {
        }

        /**
         * Sets {@code productName} (required by v2 and v2.4; not sent to v4).
         *
         * @param productName at most 4000 characters
         * @return this builder
         */
        public Builder productName(String productName) {
            this.productName = productName;
            return this;
        }

        /**
         * Sets {@code amount}.
         *
         * @param amount greater than zero
         * @return this builder
         */
        public Builder amount(BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        /**
         * Sets {@code amount} to a whole amount.
         *
         * @param amount greater than zero
         * @return this builder
         */
        public Builder amount(long amount) {
            return amount(BigDecimal.valueOf(amount));
        }

        /**
         * Sets {@code amount}.
         *
         * @param amount greater than zero
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
         * @param orderId not blank, at most 100 characters
         * @return this builder
         */
        public Builder orderId(String orderId) {
            this.orderId = orderId;
            return this;
        }

        /**
         * Sets {@code orderId}.
         *
         * @param orderId the order id
         * @return this builder
         */
        public Builder orderId(OrderId orderId) {
            return orderId(orderId == null ? null : orderId.value());
        }

        /**
         * Sets {@code oneTimeKey} as the scanner read it, checked at build time.
         *
         * @param oneTimeKey 18 digits (Taiwan) or 12 (Thailand)
         * @return this builder
         */
        public Builder oneTimeKey(String oneTimeKey) {
            this.oneTimeKey = oneTimeKey;
            return this;
        }

        /**
         * Sets {@code oneTimeKey}.
         *
         * @param oneTimeKey the key
         * @return this builder
         */
        public Builder oneTimeKey(OneTimeKey oneTimeKey) {
            return oneTimeKey(oneTimeKey == null ? null : oneTimeKey.value());
        }

        /**
         * Sets {@code capture}.
         *
         * @param capture false to authorize only and capture later
         * @return this builder
         */
        public Builder capture(boolean capture) {
            this.capture = capture;
            return this;
        }

        /**
         * Sets the branch name.
         *
         * @param branchName at most 200 characters
         * @return this builder
         */
        public Builder branchName(String branchName) {
            this.branchName = branchName;
            return this;
        }

        /**
         * Sets the branch id.
         *
         * @param branchId at most 32 characters
         * @return this builder
         */
        public Builder branchId(String branchId) {
            this.branchId = branchId;
            return this;
        }

        /**
         * Offers the customer LINE official accounts to add as friends (Offline API v2 only).
         *
         * @param ids the official account ids
         * @return this builder
         * @throws ValidationException if no id is given or one is blank
         */
        public Builder addFriends(String... ids) {
            addFriends.add(new AddFriend(AddFriend.LINE_AT, Arrays.asList(ids)));
            return this;
        }

        /**
         * Adds a package described by a fresh {@link PaymentPackage.Builder} (Offline API v4 only); it is
         * checked when the request is built, against the request's currency.
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
         * Adds a package (Offline API v4 only).
         *
         * @param pkg the package
         * @return this builder
         */
        public Builder addPackage(PaymentPackage pkg) {
            packages.add(pkg.toBuilder());
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         * @throws ValidationException listing every broken rule of the request and its packages
         */
        public OfflinePaymentRequest build() {
            Check root = Check.root();
            Currency cur = null;
            if (currency == null) {
                root.fail("currency", "is required");
            } else {
                cur = root.value("currency", () -> Currency.of(currency));
            }
            Check c = root.withCurrency(cur);
            Amount a = c.amount("amount", amount, true);
            OrderId id = c.value("orderId", () -> OrderId.of(orderId));
            OneTimeKey key = oneTimeKey == null ? null : c.value("oneTimeKey", () -> OneTimeKey.of(oneTimeKey));
            if (oneTimeKey == null) {
                c.fail("oneTimeKey", "is required");
            }
            ConfirmRequest.valueRules(c, a, cur);
            rules(c, productName, branchName, branchId);
            List<PaymentPackage> built = new ArrayList<>(packages.size());
            for (int i = 0; i < packages.size(); i++) {
                built.add(packages.get(i).build(c.at("packages", i)));
            }
            packageRules(c, a, built);
            root.throwIfAny();
            return new OfflinePaymentRequest(Optional.ofNullable(productName), a, cur, id, key, capture,
                    Optional.ofNullable(branchName), Optional.ofNullable(branchId), addFriends, built);
        }
    }
}
