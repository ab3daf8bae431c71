package dev.linepay4j.domain.response;

import dev.linepay4j.domain.Amount;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A product of a package, as the payment-details answer repeats it ({@code packages[].products[]};
 * documented by LINE Pay's legacy pages only, so every part is optional).
 *
 * <pre>{@code
 * details.packages().get(0).products().forEach(p -> System.out.println(p.name().orElse("?")));
 * }</pre>
 *
 * @param id            the merchant's product id, when sent
 * @param name          the product name, when sent
 * @param imageUrl      the product image URL, when sent
 * @param quantity      the quantity, when sent
 * @param price         the unit price, when sent
 * @param originalPrice the price before discount, when sent
 */
public record ProductInfo(Optional<String> id, Optional<String> name, Optional<String> imageUrl,
                          OptionalLong quantity, Optional<Amount> price, Optional<Amount> originalPrice) {

    /**
     * Creates the product.
     *
     * @param id the merchant's product id, when sent
     * @param name the product name, when sent
     * @param imageUrl the product image URL, when sent
     * @param quantity the quantity, when sent
     * @param price the unit price, when sent
     * @param originalPrice the price before discount, when sent
     * @throws NullPointerException if a part is null
     */
    public ProductInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(imageUrl, "imageUrl");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(originalPrice, "originalPrice");
    }
}
