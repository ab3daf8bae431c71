package dev.linepay4j.domain.request;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where a shipment goes in the legacy checkout feature ({@code options.shipping.address}, legacy Online
 * v3 documentation only). LINE Pay documents no lengths or formats for these fields, so none are enforced.
 *
 * <pre>{@code
 * ShippingAddress a = ShippingAddress.builder()
 *         .country("TW").postalCode("100").city("Taipei").detail("No. 1, Sec. 1, Zhongxiao W. Rd.")
 *         .recipient(r -> r.firstName("Mei").lastName("Lin"))
 *         .build();
 * }</pre>
 *
 * @param country    the country code, if any
 * @param postalCode the postal code, if any
 * @param state      the state or province, if any
 * @param city       the city, if any
 * @param detail     the street address, if any
 * @param optional   further address lines, if any
 * @param recipient  who receives the shipment, if given
 */
public record ShippingAddress(Optional<String> country, Optional<String> postalCode, Optional<String> state,
                              Optional<String> city, Optional<String> detail, Optional<String> optional,
                              Optional<Recipient> recipient) {

    /**
     * Creates the address.
     *
     * @param country the country code, if any
     * @param postalCode the postal code, if any
     * @param state the state or province, if any
     * @param city the city, if any
     * @param detail the street address, if any
     * @param optional further address lines, if any
     * @param recipient who receives the shipment, if given
     * @throws NullPointerException if an {@code Optional} is null
     */
    public ShippingAddress {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(postalCode, "postalCode");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(optional, "optional");
        Objects.requireNonNull(recipient, "recipient");
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
        Builder b = new Builder().country(country.orElse(null)).postalCode(postalCode.orElse(null))
                .state(state.orElse(null)).city(city.orElse(null)).detail(detail.orElse(null))
                .optional(optional.orElse(null));
        recipient.ifPresent(b::recipient);
        return b;
    }

    /**
     * Builds a {@link ShippingAddress}; every field is optional.
     *
     * <pre>{@code
     * ShippingAddress.builder().country("TW").city("Taipei").build();
     * }</pre>
     */
    public static final class Builder {

        private String country;
        private String postalCode;
        private String state;
        private String city;
        private String detail;
        private String optional;
        private Recipient recipient;

        private Builder() {
        }

        /**
         * Sets {@code country}.
         *
         * @param country the country code, or null for none
         * @return this builder
         */
        public Builder country(String country) {
            this.country = country;
            return this;
        }

        /**
         * Sets {@code postalCode}.
         *
         * @param postalCode the postal code, or null for none
         * @return this builder
         */
        public Builder postalCode(String postalCode) {
            this.postalCode = postalCode;
            return this;
        }

        /**
         * Sets {@code state}.
         *
         * @param state the state or province, or null for none
         * @return this builder
         */
        public Builder state(String state) {
            this.state = state;
            return this;
        }

        /**
         * Sets {@code city}.
         *
         * @param city the city, or null for none
         * @return this builder
         */
        public Builder city(String city) {
            this.city = city;
            return this;
        }

        /**
         * Sets {@code detail}.
         *
         * @param detail the street address, or null for none
         * @return this builder
         */
        public Builder detail(String detail) {
            this.detail = detail;
            return this;
        }

        /**
         * Sets {@code optional}, further address lines.
         *
         * @param optional further address lines, or null for none
         * @return this builder
         */
        public Builder optional(String optional) {
            this.optional = optional;
            return this;
        }

        /**
         * Sets {@code recipient}.
         *
         * @param recipient who receives the shipment, or null for none
         * @return this builder
         */
        public Builder recipient(Recipient recipient) {
            this.recipient = recipient;
            return this;
        }

        /**
         * Sets {@code recipient} from a fresh {@link Recipient.Builder}.
         *
         * @param recipient sets the recipient's values
         * @return this builder
         */
        public Builder recipient(Consumer<Recipient.Builder> recipient) {
            Recipient.Builder b = Recipient.builder();
            recipient.accept(b);
            this.recipient = b.build();
            return this;
        }

        /**
         * Builds the address.
         *
         * @return the address
         */
        public ShippingAddress build() {
            return new ShippingAddress(Optional.ofNullable(country), Optional.ofNullable(postalCode),
                    Optional.ofNullable(state), Optional.ofNullable(city), Optional.ofNullable(detail),
                    Optional.ofNullable(optional), Optional.ofNullable(recipient));
        }
    }
}
