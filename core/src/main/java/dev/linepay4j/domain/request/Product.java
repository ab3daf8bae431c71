package dev.linepay4j.domain.request;

import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.RedirectUrl;
import dev.linepay4j.domain.ValidationException;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a package ({@code packages[].products[]}): what is bought, how many, at what price.
 *
 * <p>Rules: {@code name} required, at most 4000 characters; {@code id} at most 50; {@code imageUrl} at
 * most 500 and {@code https} (plain {@code http} for loopback hosts only, see {@link RedirectUrl});
 * {@code quantity} at least 1; {@code price} required. Whether the prices fit the currency's decimal
 * places is checked by the {@link PaymentRequest} the product is put into, which knows the currency.
 *
 * <pre>{@code
 * Product pen = Product.builder().name("Pen Brown").quantity(2).price(50).build();
 * pen.subtotal();  // 100
 * }</pre>
 *
 * @param id            the merchant's product id, if any
 * @param name          the product name shown to the customer
 * @param imageUrl      the product image, if any
 * @param quantity      how many; at least 1
 * @param price         the unit price
 * @param originalPrice the price before discount, if any
 */
public record Product(Optional<String> id, String name, Optional<String> imageUrl, long quantity, Amount price,
                      Optional<Amount> originalPrice) {

    /** LINE Pay's limit for {@code products[].id}. */
    public static final int MAX_ID_LENGTH = 50;
    /** LINE Pay's limit for {@code products[].name}. */
    public static final int MAX_NAME_LENGTH = 4000;

    /**
     * Creates a product.
     *
     * @param id the merchant's product id, if any
     * @param name the product name shown to the customer
     * @param imageUrl the product image, if any
     * @param quantity how many; at least 1
     * @param price the unit price
     * @param originalPrice the price before discount, if any
     * @throws ValidationException  listing every rule above that is broken
     * @throws NullPointerException if one of the {@code Optional}s is null
     */
    public Product {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(imageUrl, "imageUrl");
        Objects.requireNonNull(originalPrice, "originalPrice");
        Check c = Check.root();
        c.required("price", price);
        rules(c, id.orElse(null), name, imageUrl.orElse(null), quantity, price, originalPrice.orElse(null));
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
     * A builder holding this product's values, to make a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id.orElse(null);
        b.name = name;
        b.imageUrl = imageUrl.orElse(null);
        b.quantity = quantity;
        b.price = price.value();
        b.originalPrice = originalPrice.map(Amount::value).orElse(null);
        return b;
    }

    /**
     * The price of this line: {@code price x quantity}.
     *
     * @return the subtotal
     */
    public Amount subtotal() {
        return price.times(quantity);
    }

    /** The rules on a product's own fields; null stands for a value that is missing or already reported. */
    static void rules(Check c, String id, String name, String imageUrl, long quantity, Amount price,
                      Amount originalPrice) {
        c.optionalText("id", id, MAX_ID_LENGTH);
        c.text("name", name, MAX_NAME_LENGTH);
        if (imageUrl != null) {
            c.value("imageUrl", () -> RedirectUrl.of(imageUrl));
        }
        if (quantity < 1) {
            c.fail("quantity", "must be at least 1, was " + quantity);
        }
        c.scale("price", price);
        c.scale("originalPrice", originalPrice);
    }

    /** Re-checks this product where it sits in a request, against the request's currency. */
    void verify(Check c) {
        rules(c, id.orElse(null), name, imageUrl.orElse(null), quantity, price, originalPrice.orElse(null));
    }

    /**
     * Builds a {@link Product} from plain values; {@link #build()} reports every broken rule at once.
     *
     * <pre>{@code
     * Product.builder().id("PEN-B-001").name("Pen Brown").quantity(2).price(50).build();
     * }</pre>
     */
    public static final class Builder {

        private String id;
        private String name;
        private String imageUrl;
        private Long quantity;
        private BigDecimal price;
        private BigDecimal originalPrice;

        private Builder() {
        }

        /**
         * Sets {@code id}, the merchant's product id.
         *
         * @param id at most 50 characters, or null for none
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets {@code name}, shown to the customer.
         *
         * @param name at most 4000 characters
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets {@code imageUrl}.
         *
         * @param imageUrl an https URL of at most 500 characters, or null for none
         * @return this builder
         */
        public Builder imageUrl(String imageUrl) {
            this.imageUrl = imageUrl;
            return this;
        }

        /**
         * Sets {@code quantity}.
         *
         * @param quantity at least 1
         * @return this builder
         */
        public Builder quantity(long quantity) {
            this.quantity = quantity;
            return this;
        }

        /**
         * Sets {@code price}, the unit price.
         *
         * @param price zero or more
         * @return this builder
         */
        public Builder price(BigDecimal price) {
            this.price = price;
            return this;
        }

        /**
         * Sets {@code price} to a whole amount.
         *
         * @param price zero or more
         * @return this builder
         */
        public Builder price(long price) {
            return price(BigDecimal.valueOf(price));
        }

        /**
         * Sets {@code price}.
         *
         * @param price the unit price
         * @return this builder
         */
        public Builder price(Amount price) {
            return price(price == null ? null : price.value());
        }

        /**
         * Sets {@code originalPrice}, the price before discount.
         *
         * @param originalPrice zero or more, or null for none
         * @return this builder
         */
        public Builder originalPrice(BigDecimal originalPrice) {
            this.originalPrice = originalPrice;
            return this;
        }

        /**
         * Sets {@code originalPrice} to a whole amount.
         *
         * @param originalPrice zero or more
         * @return this builder
         */
        public Builder originalPrice(long originalPrice) {
            return originalPrice(BigDecimal.valueOf(originalPrice));
        }

        /**
         * Sets {@code originalPrice}.
         *
         * @param originalPrice the price before discount, or null for none
         * @return this builder
         */
        public Builder originalPrice(Amount originalPrice) {
            return originalPrice(originalPrice == null ? null : originalPrice.value());
        }

        /**
         * Builds the product.
         *
         * @return the product
         * @throws ValidationException listing every broken rule
         */
        public Product build() {
            Check c = Check.root();
            Product product = build(c);
            c.throwIfAny();
            return product;
        }

        Product build(Check c) {
            int mark = c.mark();
            Amount p = c.amount("price", price, true);
            Amount o = c.amount("originalPrice", originalPrice, false);
            if (quantity == null) {
                c.fail("quantity", "is required");
            }
            long q = quantity == null ? 1 : quantity;
            rules(c, id, name, imageUrl, q, p, o);
            if (p == null || quantity == null || (originalPrice != null && o == null)) {
                return null;
            }
            return c.attempt(mark, () -> new Product(Optional.ofNullable(id), name, Optional.ofNullable(imageUrl),
                    q, p, Optional.ofNullable(o)));
        }
    }
}
