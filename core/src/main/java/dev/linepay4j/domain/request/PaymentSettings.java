package dev.linepay4j.domain.request;

import java.util.Objects;

/**
 * How the payment is carried out ({@code options.payment}): whether confirm also captures, and whether
 * a pre-approved key is issued.
 *
 * <pre>{@code
 * PaymentSettings authorizeOnly = PaymentSettings.of(false, PayType.NORMAL);  // capture later
 * }</pre>
 *
 * @param capture true (LINE Pay's default) when confirm captures at once; false when confirm only
 *                authorizes and the merchant captures or voids later (needs LINE Pay's agreement in Taiwan)
 * @param payType the kind of payment
 */
public record PaymentSettings(boolean capture, PayType payType) {

    /**
     * Creates the settings.
     *
     * @param capture true (LINE Pay's default) when confirm captures at once; false when confirm only authorizes and the merchant captures or voids later (needs LINE Pay's agreement in Taiwan)
     * @param payType the kind of payment
     * @throws NullPointerException if payType is null
     */
    public PaymentSettings {
        Objects.requireNonNull(payType, "payType");
    }

    /**
     * The settings.
     *
     * @param capture whether confirm also captures
     * @param payType the kind of payment
     * @return the settings
     */
    public static PaymentSettings of(boolean capture, PayType payType) {
        return new PaymentSettings(capture, payType);
    }
}
