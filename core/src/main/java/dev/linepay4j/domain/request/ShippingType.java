package dev.linepay4j.domain.request;

/**
 * The shipping mode of the legacy checkout feature ({@code options.shipping.type}, legacy Online v3
 * documentation only). Each constant's name is its wire value.
 *
 * <pre>{@code
 * Shipping.builder().type(ShippingType.FIXED_ADDRESS);
 * }</pre>
 */
public enum ShippingType {
    /** Nothing is shipped; the default. */
    NO_SHIPPING,
    /** Shipped to the address given in the request. */
    FIXED_ADDRESS,
    /** The customer picks an address in LINE Pay (checkout). */
    SHIPPING
}
