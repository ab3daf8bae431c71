package dev.linepay4j.domain.request;

import java.util.Objects;
import java.util.Optional;

/**
 * Who receives a shipment in the legacy checkout feature ({@code options.shipping.address.recipient},
 * legacy Online v3 documentation only). LINE Pay documents no lengths or formats for these fields, so
 * none are enforced.
 *
 * <pre>{@code
 * Recipient r = Recipient.builder().firstName("Mei").lastName("Lin").phoneNo("0912345678").build();
 * }</pre>
 *
 * @param firstName         the first name, if any
 * @param lastName          the last name, if any
 * @param firstNameOptional a second spelling of the first name (such as phonetic), if any
 * @param lastNameOptional  a second spelling of the last name, if any
 * @param email             the e-mail address, if any
 * @param phoneNo           the phone number, if any
 */
public record Recipient(Optional<String> firstName, Optional<String> lastName, Optional<String> firstNameOptional,
                        Optional<String> lastNameOptional, Optional<String> email, Optional<String> phoneNo) {

    /**
     * Creates the recipient.
     *
     * @param firstName the first name, if any
     * @param lastName the last name, if any
     * @param firstNameOptional a second spelling of the first name (such as phonetic), if any
     * @param lastNameOptional a second spelling of the last name, if any
     * @param email the e-mail address, if any
     * @param phoneNo the phone number, if any
     * @throws NullPointerException if an {@code Optional} is null
     */
    public Recipient {
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(firstNameOptional, "firstNameOptional");
        Objects.requireNonNull(lastNameOptional, "lastNameOptional");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phoneNo, "phoneNo");
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
        return new Builder().firstName(firstName.orElse(null)).lastName(lastName.orElse(null))
                .firstNameOptional(firstNameOptional.orElse(null)).lastNameOptional(lastNameOptional.orElse(null))
                .email(email.orElse(null)).phoneNo(phoneNo.orElse(null));
    }

    /**
     * Builds a {@link Recipient}; every field is optional.
     *
     * <pre>{@code
     * Recipient.builder().firstName("Mei").lastName("Lin").build();
     * }</pre>
     */
    public static final class Builder {

        private String firstName;
        private String lastName;
        private String firstNameOptional;
        private String lastNameOptional;
        private String email;
        private String phoneNo;

        private Builder() {
        }

        /**
         * Sets {@code firstName}.
         *
         * @param firstName the first name, or null for none
         * @return this builder
         */
        public Builder firstName(String firstName) {
            this.firstName = firstName;
            return this;
        }

        /**
         * Sets {@code lastName}.
         *
         * @param lastName the last name, or null for none
         * @return this builder
         */
        public Builder lastName(String lastName) {
            this.lastName = lastName;
            return this;
        }

        /**
         * Sets {@code firstNameOptional}.
         *
         * @param firstNameOptional a second spelling of the first name, or null for none
         * @return this builder
         */
        public Builder firstNameOptional(String firstNameOptional) {
            this.firstNameOptional = firstNameOptional;
            return this;
        }

        /**
         * Sets {@code lastNameOptional}.
         *
         * @param lastNameOptional a second spelling of the last name, or null for none
         * @return this builder
         */
        public Builder lastNameOptional(String lastNameOptional) {
            this.lastNameOptional = lastNameOptional;
            return this;
        }

        /**
         * Sets {@code email}.
         *
         * @param email the e-mail address, or null for none
         * @return this builder
         */
        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /**
         * Sets {@code phoneNo}.
         *
         * @param phoneNo the phone number, or null for none
         * @return this builder
         */
        public Builder phoneNo(String phoneNo) {
            this.phoneNo = phoneNo;
            return this;
        }

        /**
         * Builds the recipient.
         *
         * @return the recipient
         */
        public Recipient build() {
            return new Recipient(Optional.ofNullable(firstName), Optional.ofNullable(lastName),
                    Optional.ofNullable(firstNameOptional), Optional.ofNullable(lastNameOptional),
                    Optional.ofNullable(email), Optional.ofNullable(phoneNo));
        }
    }
}
