package dev.linepay4j.domain.request;

import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.RedirectUrl;
import dev.linepay4j.domain.ValidationException;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Shipping for the legacy checkout feature ({@code options.shipping}). Only the legacy Online v3
 * documentation describes it; it is kept for merchants whose contract still includes checkout. When
 * {@code feeAmount} is given, the request amount must include it.
 *
 * <p>Rules: {@code feeInquiryUrl}, which LINE Pay calls, follows {@link RedirectUrl}'s rules (https, at
 * most 500 characters); {@code feeAmount} fits the request currency's decimal places.
 *
 * <pre>{@code
 * Shipping s = Shipping.builder().type(ShippingType.FIXED_ADDRESS).feeAmount(60)
 *         .address(a -> a.country("TW").city("Taipei"))
 *         .build();
 * }</pre>
 *
 * @param type           the shipping mode; LINE Pay's default ({@code NO_SHIPPING}) when empty
 * @param feeAmount      the shipping fee, included in the request amount, if any
 * @param feeInquiryUrl  the merchant URL LINE Pay asks for shipping methods and fees, if any
 * @param feeInquiryType how the fee is found, if given
 * @param address        the delivery address, if given
 */
public record Shipping(Optional<ShippingType> type, Optional<Amount> feeAmount, Optional<String> feeInquiryUrl,
                       Optional<FeeInquiryType> feeInquiryType, Optional<ShippingAddress> address) {

    /**
     * Creates the shipping options.
     *
     * @param type the shipping mode; LINE Pay's default ({@code NO_SHIPPING}) when empty
     * @param feeAmount the shipping fee, included in the request amount, if any
     * @param feeInquiryUrl the merchant URL LINE Pay asks for shipping methods and fees, if any
     * @param feeInquiryType how the fee is found, if given
     * @param address the delivery address, if given
     * @throws ValidationException  if {@code feeInquiryUrl} breaks {@link RedirectUrl}'s rules
     * @throws NullPointerException if an {@code Optional} is null
     */
    public Shipping {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(feeAmount, "feeAmount");
        Objects.requireNonNull(feeInquiryUrl, "feeInquiryUrl");
        Objects.requireNonNull(feeInquiryType, "feeInquiryType");
        Objects.requireNonNull(address, "address");
        Check c = Check.root();
        rules(c, feeAmount.orElse(null), feeInquiryUrl.orElse(null));
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
     * A builder holding these values, to make a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder().type(type.orElse(null)).feeInquiryUrl(feeInquiryUrl.orElse(null))
                .feeInquiryType(feeInquiryType.orElse(null));
        b.feeAmount = feeAmount.map(Amount::value).orElse(null);
        address.ifPresent(b::address);
        return b;
    }

    static void rules(Check c, Amount feeAmount, String feeInquiryUrl) {
        if (feeInquiryUrl != null) {
            c.value("feeInquiryUrl", () -> RedirectUrl.of(feeInquiryUrl));
        }
        c.scale("feeAmount", feeAmount);
    }

    void verify(Check c) {
        rules(c, feeAmount.orElse(null), feeInquiryUrl.orElse(null));
    }

    /**
     * Builds {@link Shipping} from plain values; {@link #build()} reports every broken rule at once.
     *
     * <pre>{@code
     * Shipping.builder().type(ShippingType.SHIPPING).feeInquiryType(FeeInquiryType.CONDITION)
     *         .feeInquiryUrl("https://shop.example.com/linepay/shipping-methods").build();
     * }</pre>
     */
    public static final class Builder {

        private ShippingType type;
        private BigDecimal feeAmount;
        private String feeInquiryUrl;
        private FeeInquiryType feeInquiryType;
        private ShippingAddress address;

        private Builder() {
        }

        /**
         * Sets {@code type}.
         *
         * @param type the shipping mode, or null for LINE Pay's default
         * @return this builder
         */
        public Builder type(ShippingType type) {
            this.type = type;
            return this;
        }

        /**
         * Sets {@code feeAmount}.
         *
         * @param feeAmount the shipping fee, or null for none
         * @return this builder
         */
        public Builder feeAmount(BigDecimal feeAmount) {
            this.feeAmount = feeAmount;
            return this;
        }

        /**
         * Sets {@code feeAmount} to a whole amount.
         *
         * @param feeAmount the shipping fee
         * @return this builder
         */
        public Builder feeAmount(long feeAmount) {
            return feeAmount(BigDecimal.valueOf(feeAmount));
        }

        /**
         * Sets {@code feeAmount}.
         *
         * @param feeAmount the shipping fee, or null for none
         * @return this builder
         */
        public Builder feeAmount(Amount feeAmount) {
            return feeAmount(feeAmount == null ? null : feeAmount.value());
        }

        /**
         * Sets {@code feeInquiryUrl}.
         *
         * @param feeInquiryUrl an https URL, or null for none
         * @return this builder
         */
        public Builder feeInquiryUrl(String feeInquiryUrl) {
            this.feeInquiryUrl = feeInquiryUrl;
            return this;
        }

        /**
         * Sets {@code feeInquiryType}.
         *
         * @param feeInquiryType how the fee is found, or null for none
         * @return this builder
         */
        public Builder feeInquiryType(FeeInquiryType feeInquiryType) {
            this.feeInquiryType = feeInquiryType;
            return this;
        }

        /**
         * Sets {@code address}.
         *
         * @param address the delivery address, or null for none
         * @return this builder
         */
        public Builder address(ShippingAddress address) {
            this.address = address;
            return this;
        }

        /**
         * Sets {@code address} from a fresh {@link ShippingAddress.Builder}.
         *
         * @param address sets the address's values
         * @return this builder
         */
        public Builder address(Consumer<ShippingAddress.Builder> address) {
            ShippingAddress.Builder b = ShippingAddress.builder();
            address.accept(b);
            this.address = b.build();
            return this;
        }

        /**
         * Builds the shipping options.
         *
         * @return the shipping options
         * @throws ValidationException listing every broken rule
         */
        public Shipping build() {
            Check c = Check.root();
            Shipping shipping = build(c);
            c.throwIfAny();
            return shipping;
        }

        Shipping build(Check c) {
            int mark = c.mark();
            Amount fee = c.amount("feeAmount", feeAmount, false);
            rules(c, fee, feeInquiryUrl);
            if (feeAmount != null && fee == null) {
                return null;
            }
            return c.attempt(mark, () -> new Shipping(Optional.ofNullable(type), Optional.ofNullable(fee),
                    Optional.ofNullable(feeInquiryUrl), Optional.ofNullable(feeInquiryType),
                    Optional.ofNullable(address)));
        }
    }
}
