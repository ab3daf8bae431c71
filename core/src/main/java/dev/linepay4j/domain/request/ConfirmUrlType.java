package dev.linepay4j.domain.request;

/**
 * How LINE Pay hands the payment back once the customer has approved it
 * ({@code redirectUrls.confirmUrlType}). Each constant's name is its wire value.
 *
 * <pre>{@code
 * RedirectUrls.builder().confirmUrlType(ConfirmUrlType.NONE).build();  // poll the status check instead
 * }</pre>
 */
public enum ConfirmUrlType {
    /** The customer's browser or the LINE app is sent to {@code confirmUrl}; LINE Pay's default. */
    CLIENT,
    /** LINE Pay's server calls {@code confirmUrl} itself. */
    SERVER,
    /** Nothing is called; the merchant polls the payment request status check. URLs may be left out. */
    NONE
}
