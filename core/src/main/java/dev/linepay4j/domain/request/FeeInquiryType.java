package dev.linepay4j.domain.request;

/**
 * How LINE Pay learns the shipping fee in the legacy checkout feature
 * ({@code options.shipping.feeInquiryType}). Each constant's name is its wire value.
 *
 * <pre>{@code
 * Shipping.builder().feeInquiryType(FeeInquiryType.CONDITION).feeInquiryUrl("https://shop.example.com/fees");
 * }</pre>
 */
public enum FeeInquiryType {
    /** The fee depends on the address; LINE Pay asks {@code feeInquiryUrl}. */
    CONDITION,
    /** One fixed fee. */
    FIXED
}
