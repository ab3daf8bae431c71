package dev.linepay4j.domain.response;

import dev.linepay4j.domain.Amount;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A package of a payment as LINE Pay reports it back ({@code packages[]} of the confirm and
 * payment-details answers).
 *
 * <p>Online API v3 reports the fee of a package as {@code userFeeAmount} (confirm) or {@code userFee}
 * (some details answers); both are read into {@link #userFeeAmount()}. Online API v4 has no fee.
 *
 * <pre>{@code
 * for (PackageInfo p : confirm.packages()) {
 *     ledger.book(p.id(), p.amount());
 * }
 * }</pre>
 *
 * @param id            the merchant's package id
 * @param amount        the package amount
 * @param userFeeAmount the package's fee (Online API v3 only), when sent
 * @param name          the package name, when sent
 * @param products      the products, when the answer lists them (payment details); else empty
 */
public record PackageInfo(String id, Amount amount, Optional<Amount> userFeeAmount, Optional<String> name,
                          List<ProductInfo> products) {

    /**
     * Creates the package.
     *
     * @param id the merchant's package id
     * @param amount the package amount
     * @param userFeeAmount the package's fee (Online API v3 only), when sent
     * @param name the package name, when sent
     * @param products the products; empty when the answer lists none
     * @throws NullPointerException if a part or a product is null
     */
    public PackageInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(userFeeAmount, "userFeeAmount");
        Objects.requireNonNull(name, "name");
        products = List.copyOf(products);
    }
}
