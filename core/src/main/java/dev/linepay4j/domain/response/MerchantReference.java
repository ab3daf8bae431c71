package dev.linepay4j.domain.response;

import java.util.List;

/**
 * What LINE Pay tells the merchant about the customer's linked cards ({@code merchantReference} of the
 * confirm answer; Taiwan only, on request).
 *
 * <pre>{@code
 * confirm.merchantReference().map(MerchantReference::affiliateCards).orElse(List.of());
 * }</pre>
 *
 * @param affiliateCards the linked cards, unmodifiable
 */
public record MerchantReference(List<AffiliateCard> affiliateCards) {

    /**
     * Creates the reference.
     *
     * @param affiliateCards the linked cards
     * @throws NullPointerException if the list or a card is null
     */
    public MerchantReference {
        affiliateCards = List.copyOf(affiliateCards);
    }
}
