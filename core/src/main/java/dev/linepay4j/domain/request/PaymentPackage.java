package dev.linepay4j.domain.request;

import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A group of products delivered or sold together ({@code packages[]}), such as one store's part of an
 * order.
 *
 * <p>Rules: {@code id} required, at most 50 characters; {@code name} at most 100; at least one product;
 * {@code amount} equal to the sum of {@code price x quantity} of the products (LINE Pay answers
 * {@code 2101} otherwise). {@code userFee} is an Online API v3 field, not part of the package amount but
 * added to the request amount. The currency's decimal places are checked by the {@link PaymentRequest}
 * the package is put into.
 *
 * <pre>{@code
 * PaymentPackage pkg = PaymentPackage.builder()
 *         .id("1").amount(100)
 *         .addProduct(p -> p.name("Pen Brown").quantity(2).price(50))
 *         .build();
 * }</pre>
 *
 * @param id       the package id
 * @param amount   the package total: the sum of its products' subtotals
 * @param userFee  a fee charged to the customer on top (Online API v3 only), if any
 * @param name     the package or shipping merchant's name, if any
 * @param products the products; at least one, unmodifiable
 */
public record PaymentPackage(String id, Amount amount, Optional<Amount> userFee, Optional<String> name,
                             List<Product> products) {

    /** LINE Pay's limit for {@code packages[].id}. */
    public static final int MAX_ID_LENGTH = 50;
    /** LINE Pay's limit for {@code packages[].name}. */
    public static final int MAX_NAME_LENGTH = 100;

    /**
     * Creates a package.
     *
     * @param id the package id
     * @param amount the package total: the sum of its products' subtotals
     * @param userFee a fee charged to the customer on top (Online API v3 only), if any
     * @param name the package or shipping merchant's name, if any
     * @param products the products; at least one, unmodifiable
     * @throws ValidationException  listing every rule above that is broken
     * @throws NullPointerException if an {@code Optional} is null or the products hold a null
     */
    public PaymentPackage {
        Objects.requireNonNull(userFee, "userFee");
        Objects.requireNonNull(name, "name");
        products = products == null ? List.of() : List.copyOf(products);
        Check c = Check.root();
        c.required("amount", amount);
        rules(c, id, amount, userFee.orElse(null), name.orElse(null), products);
        c.throwIfAny();
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
     * A builder holding this package's values, to make a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.amount = amount.value();
        b.userFee = userFee.map(Amount::value).orElse(null);
        b.name = name.orElse(null);
        products.forEach(p -> b.products.add(p.toBuilder()));
        return b;
    }

    /**
     * The sum of the products' subtotals, which {@link #amount()} must equal.
     *
     * @return the sum of {@code price x quantity}
     */
    public Amount productTotal() {
        return products.stream().map(Product::subtotal).reduce(Amount.ZERO, Amount::plus);
    }

    /**
     * The package's own rules. {@code amount} and {@code userFee} are null when missing or already
     * reported; {@code products} holds null for each product that could not be made.
     */
    static void rules(Check c, String id, Amount amount, Amount userFee, String name, List<Product> products) {
        c.text("id", id, MAX_ID_LENGTH);
        c.optionalText("name", name, MAX_NAME_LENGTH);
        if (products.isEmpty()) {
            c.fail("products", "must hold at least one product");
        }
        c.scale("amount", amount);
        c.scale("userFee", userFee);
        // A sum over a product that could not be made would only repeat that product's own violation.
        if (amount != null && !products.isEmpty() && Check.allPresent(products)) {
            Amount sum = products.stream().map(Product::subtotal).reduce(Amount.ZERO, Amount::plus);
            if (sum.compareTo(amount) != 0) {
                c.fail("amount", "must equal the sum of price x quantity of its products (" + sum + "), was " + amount);
            }
        }
    }

    /** Re-checks this package and its products where they sit in a request, against its currency. */
    void verify(Check c) {
        rules(c, id, amount, userFee.orElse(null), name.orElse(null), products);
        for (int i = 0; i < products.size(); i++) {
            products.get(i).verify(c.at("products", i));
        }
    }

    /**
     * Builds a {@link PaymentPackage} from plain values and product builders; {@link #build()} reports
     * every broken rule of the package and its products at once.
     *
     * <pre>{@code
     * PaymentPackage.builder().id("shop-1").amount(250)
     *         .addProduct(p -> p.name("Coffee").quantity(2).price(100))
     *         .addProduct(p -> p.name("Cake").quantity(1).price(50))
     *         .build();
     * }</pre>
     */
    public static final class Builder {

        private String id;
        private BigDecimal amount;
        private BigDecimal userFee;
        private String name;
        private final List<Product.Builder> products = new ArrayList<>();

        private Builder() {
        }

        /**
         * Sets {@code id}.
         *
         * @param id at most 50 characters
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets {@code amount}, the package total.
         *
         * @param amount the sum of the products' {@code price x quantity}
         * @return this builder
         */
        public Builder amount(BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        /**
         * Sets {@code amount} to a whole amount.
         *
         * @param amount the sum of the products' {@code price x quantity}
         * @return this builder
         */
        public Builder amount(long amount) {
            return amount(BigDecimal.valueOf(amount));
        }

        /**
         * Sets {@code amount}.
         *
         * @param amount the sum of the products' {@code price x quantity}
         * @return this builder
         */
        public Builder amount(Amount amount) {
            return amount(amount == null ? null : amount.value());
        }

        /**
         * Sets {@code userFee}, a fee on top of the package amount (Online API v3 only).
         *
         * @param userFee zero or more, or null for none
         * @return this builder
         */
        public Builder userFee(BigDecimal userFee) {
            this.userFee = userFee;
            return this;
        }

        /**
         * Sets {@code userFee} to a whole amount (Online API v3 only).
         *
         * @param userFee zero or more
         * @return this builder
         */
        public Builder userFee(long userFee) {
            return userFee(BigDecimal.valueOf(userFee));
        }

        /**
         * Sets {@code userFee} (Online API v3 only).
         *
         * @param userFee the fee, or null for none
         * @return this builder
         */
        public Builder userFee(Amount userFee) {
            return userFee(userFee == null ? null : userFee.value());
        }

        /**
         * Sets {@code name}.
         *
         * @param name at most 100 characters, or null for none
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Adds a product described by a fresh {@link Product.Builder}; it is checked when this package (or
         * the request holding it) is built, so its problems are reported with the others.
         *
         * @param product sets the product's values
         * @return this builder
         */
        public Builder addProduct(Consumer<Product.Builder> product) {
            Product.Builder b = Product.builder();
            product.accept(b);
            products.add(b);
            return this;
        }

        /**
         * Adds a product made earlier.
         *
         * @param product the product
         * @return this builder
         */
        public Builder addProduct(Product product) {
            products.add(product.toBuilder());
            return this;
        }

        /**
         * Builds the package.
         *
         * @return the package
         * @throws ValidationException listing every broken rule, products' included
         */
        public PaymentPackage build() {
            Check c = Check.root();
            PaymentPackage pkg = build(c);
            c.throwIfAny();
            return pkg;
        }

        /** Whether a {@code userFee} was given, valid or not. */
        boolean hasUserFee() {
            return userFee != null;
        }

        PaymentPackage build(Check c) {
            int mark = c.mark();
            Amount a = c.amount("amount", amount, true);
            Amount fee = c.amount("userFee", userFee, false);
            List<Product> built = new ArrayList<>(products.size());
            for (int i = 0; i < products.size(); i++) {
                built.add(products.get(i).build(c.at("products", i)));
            }
            rules(c, id, a, fee, name, built);
            if (a == null || !Check.allPresent(built) || (userFee != null && fee == null)) {
                return null;
            }
            return c.attempt(mark, () -> new PaymentPackage(id, a, Optional.ofNullable(fee), Optional.ofNullable(name),
                    built));
        }
    }
}
