package dev.linepay4j.domain.response;

import java.util.Objects;

/**
 * A card the customer linked to the payment in LINE Pay ({@code merchantReference.affiliateCards[]},
 * Taiwan only, on request); a {@code cardType} of {@code MOBILE_CARRIER} is the customer's e-invoice
 * carrier.
 *
 * <pre>{@code
 * confirm.merchantReference().stream()
 *         .flatMap(r -> r.affiliateCards().stream())
 *         .filter(c -> c.cardType().equals("MOBILE_CARRIER"))
 *         .findFirst().ifPresent(c -> invoice.carrier(c.cardId()));
 * }</pre>
 *
 * @param cardId   the card id
 * @param cardType the card type, as LINE Pay names it
 */
public record AffiliateCard(String cardId, String cardType) {

    /**
     * Creates the card.
     *
     * @param cardId the card id
     * @param cardType the card type, as LINE Pay names it
     * @throws NullPointerException if a part is null
     */
    public AffiliateCard {
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(cardType, "cardType");
    }
}
