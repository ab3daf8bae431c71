package dev.linepay4j.domain.request;

import dev.linepay4j.domain.RedirectUrl;
import dev.linepay4j.domain.ValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * Where LINE Pay sends the customer after the payment page ({@code redirectUrls}).
 *
 * <p>Rules: {@code confirmUrl} and {@code cancelUrl} are required unless {@code confirmUrlType} is
 * {@link ConfirmUrlType#NONE} (then the merchant polls the status check instead); each is a
 * {@link RedirectUrl} (https, at most 500 characters); {@code appPackageName} at most 4000 characters.
 *
 * <pre>{@code
 * RedirectUrls urls = RedirectUrls.of("https://shop.example.com/pay/confirm",
 *                                     "https://shop.example.com/pay/cancel");
 * }</pre>
 *
 * @param confirmUrl     called after the customer approves the payment; empty only with {@code NONE}
 * @param cancelUrl      called when the customer cancels; empty only with {@code NONE}
 * @param confirmUrlType how {@code confirmUrl} is called; LINE Pay's default ({@code CLIENT}) when empty
 * @param appPackageName the Android app to return to, if any
 */
public record RedirectUrls(Optional<RedirectUrl> confirmUrl, Optional<RedirectUrl> cancelUrl,
                           Optional<ConfirmUrlType> confirmUrlType, Optional<String> appPackageName) {

    /** LINE Pay's limit for {@code redirectUrls.appPackageName}. */
    public static final int MAX_APP_PACKAGE_NAME_LENGTH = 4000;

    /**
     * Creates the redirect URLs.
     *
     * @param confirmUrl called after the customer approves the payment; empty only with {@code NONE}
     * @param cancelUrl called when the customer cancels; empty only with {@code NONE}
     * @param confirmUrlType how {@code confirmUrl} is called; LINE Pay's default ({@code CLIENT}) when empty
     * @param appPackageName the Android app to return to, if any
     * @throws ValidationException  if a URL is missing while {@code confirmUrlType} is not {@code NONE},
     *                              or {@code appPackageName} is too long
     * @throws NullPointerException if an {@code Optional} is null
     */
    public RedirectUrls {
        Objects.requireNonNull(confirmUrl, "confirmUrl");
        Objects.requireNonNull(cancelUrl, "cancelUrl");
        Objects.requireNonNull(confirmUrlType, "confirmUrlType");
        Objects.requireNonNull(appPackageName, "appPackageName");
        Check c = Check.root();
        rules(c, confirmUrl.isPresent(), cancelUrl.isPresent(), confirmUrlType.orElse(null),
                appPackageName.orElse(null));
        c.throwIfAny();
    }

    /**
     * The usual pair: the customer's browser goes to {@code confirmUrl} or {@code cancelUrl}.
     *
     * @param confirmUrl the URL called after approval
     * @param cancelUrl  the URL called on cancel
     * @return the redirect URLs
     * @throws ValidationException listing each URL that breaks {@link RedirectUrl}'s rules
     */
    public static RedirectUrls of(String confirmUrl, String cancelUrl) {
        return builder().confirmUrl(confirmUrl).cancelUrl(cancelUrl).build();
    }

    /**
     * No redirect at all ({@code confirmUrlType} {@code NONE}): the merchant polls the payment request
     * status check to learn when to confirm.
     *
     * @return the redirect URLs
     */
    public static RedirectUrls none() {
        return builder().confirmUrlType(ConfirmUrlType.NONE).build();
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
        Builder b = new Builder();
        b.confirmUrl = confirmUrl.map(RedirectUrl::value).orElse(null);
        b.cancelUrl = cancelUrl.map(RedirectUrl::value).orElse(null);
        b.confirmUrlType = confirmUrlType.orElse(null);
        b.appPackageName = appPackageName.orElse(null);
        return b;
    }

    static void rules(Check c, boolean hasConfirmUrl, boolean hasCancelUrl, ConfirmUrlType type,
                      String appPackageName) {
        if (type != ConfirmUrlType.NONE) {
            if (!hasConfirmUrl) {
                c.fail("confirmUrl", "is required unless confirmUrlType is NONE");
            }
            if (!hasCancelUrl) {
                c.fail("cancelUrl", "is required unless confirmUrlType is NONE");
            }
        }
        c.optionalText("appPackageName", appPackageName, MAX_APP_PACKAGE_NAME_LENGTH);
    }

    /**
     * Builds {@link RedirectUrls} from plain strings; {@link #build()} reports every broken rule at once.
     *
     * <pre>{@code
     * RedirectUrls.builder()
     *         .confirmUrl("https://shop.example.com/pay/confirm")
     *         .cancelUrl("https://shop.example.com/pay/cancel")
     *         .confirmUrlType(ConfirmUrlType.SERVER)
     *         .build();
     * }</pre>
     */
    public static final class Builder {

        private String confirmUrl;
        private String cancelUrl;
        private ConfirmUrlType confirmUrlType;
        private String appPackageName;

        private Builder() {
        }

        /**
         * Sets {@code confirmUrl}.
         *
         * @param confirmUrl an https URL (http for loopback hosts), or null for none
         * @return this builder
         */
        public Builder confirmUrl(String confirmUrl) {
            this.confirmUrl = confirmUrl;
            return this;
        }

        /**
         * Sets {@code confirmUrl}.
         *
         * @param confirmUrl the URL, or null for none
         * @return this builder
         */
        public Builder confirmUrl(RedirectUrl confirmUrl) {
            return confirmUrl(confirmUrl == null ? null : confirmUrl.value());
        }

        /**
         * Sets {@code cancelUrl}.
         *
         * @param cancelUrl an https URL (http for loopback hosts), or null for none
         * @return this builder
         */
        public Builder cancelUrl(String cancelUrl) {
            this.cancelUrl = cancelUrl;
            return this;
        }

        /**
         * Sets {@code cancelUrl}.
         *
         * @param cancelUrl the URL, or null for none
         * @return this builder
         */
        public Builder cancelUrl(RedirectUrl cancelUrl) {
            return cancelUrl(cancelUrl == null ? null : cancelUrl.value());
        }

        /**
         * Sets {@code confirmUrlType}.
         *
         * @param confirmUrlType how confirmUrl is called, or null for LINE Pay's default ({@code CLIENT})
         * @return this builder
         */
        public Builder confirmUrlType(ConfirmUrlType confirmUrlType) {
            this.confirmUrlType = confirmUrlType;
            return this;
        }

        /**
         * Sets {@code appPackageName}, the Android app LINE Pay returns to.
         *
         * @param appPackageName at most 4000 characters, or null for none
         * @return this builder
         */
        public Builder appPackageName(String appPackageName) {
            this.appPackageName = appPackageName;
            return this;
        }

        /**
         * Builds the redirect URLs.
         *
         * @return the redirect URLs
         * @throws ValidationException listing every broken rule
         */
        public RedirectUrls build() {
            Check c = Check.root();
            RedirectUrls urls = build(c);
            c.throwIfAny();
            return urls;
        }

        RedirectUrls build(Check c) {
            int mark = c.mark();
            RedirectUrl confirm = confirmUrl == null ? null : c.value("confirmUrl", () -> RedirectUrl.of(confirmUrl));
            RedirectUrl cancel = cancelUrl == null ? null : c.value("cancelUrl", () -> RedirectUrl.of(cancelUrl));
            rules(c, confirmUrl != null, cancelUrl != null, confirmUrlType, appPackageName);
            if ((confirmUrl != null && confirm == null) || (cancelUrl != null && cancel == null)) {
                return null;
            }
            return c.attempt(mark, () -> new RedirectUrls(Optional.ofNullable(confirm), Optional.ofNullable(cancel),
                    Optional.ofNullable(confirmUrlType), Optional.ofNullable(appPackageName)));
        }
    }
}
