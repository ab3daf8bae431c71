package dev.linepay4j.domain.request;

/**
 * The kind of payment requested ({@code options.payment.payType}). Each constant's name is its wire value.
 *
 * <pre>{@code
 * PaymentOptions.builder().payType(PayType.PREAPPROVED);  // confirm will return a regKey
 * }</pre>
 */
public enum PayType {
    /** A single payment; LINE Pay's default. */
    NORMAL,
    /** A payment that also registers the customer's method, returning a {@code regKey} at confirm. */
    PREAPPROVED
}
