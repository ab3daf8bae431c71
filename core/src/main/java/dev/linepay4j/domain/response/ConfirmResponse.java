package dev.linepay4j.domain.response;

import dev.linepay4j.domain.OrderId;
import dev.linepay4j.domain.RegKey;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * LINE Pay's answer to a confirm ({@code POST /v3/payments/{transactionId}/confirm}): the payment is
 * done (or, with {@code options.payment.capture=false}, authorized until
 * {@link #authorizationExpireDate()}).
 *
 * <pre>{@code
 * ConfirmResponse confirmed = linePay.confirm(transactionId, ConfirmRequest.of(Amount.of(300), Currency.TWD));
 * confirmed.regKey().ifPresent(key -> subscriptions.store(customerId, key));   // PREAPPROVED requests only
 * }</pre>
 *
 * <p><b>Read back.</b> When LINE Pay's answer to a confirm was lost (a read timeout, a reset, a gateway
 * page) or was {@code 1172} ("already confirmed"), the client reads the payment back and, if it is
 * confirmed, returns it built from the payment details: then {@link #readBack()} is true, {@code raw()}
 * is the payment-details entry, and what the details do not carry is empty: {@link #regKey()},
 * {@link #merchantReference()} and the card fields of {@link #payInfo()}. A {@code regKey} cannot be
 * recovered after its confirm answer is lost (LINE Pay returns it only there): for a {@code PREAPPROVED}
 * payment, {@code readBack() && regKey().isEmpty()} means the key must be obtained again with a new
 * {@code PREAPPROVED} payment.
 *
 * @param transactionId           the payment's transaction id
 * @param orderId                 the merchant's order id
 * @param payInfo                 how the customer paid, unmodifiable
 * @param authorizationExpireDate when an authorized, uncaptured payment is voided by LINE Pay; only for
 *                                {@code capture=false}
 * @param regKey                  the pre-approved payment key; only for {@code payType=PREAPPROVED}, and
 *                                never when read back
 * @param packages                the packages, as LINE Pay reports them back; may be empty
 * @param merchantReference       the customer's linked cards (Taiwan only, on request)
 * @param paymentProvider         {@code TSP} or {@code EPI} (Online API v4 only; absent means {@code TSP})
 * @param raw                     the {@code info} object as read, with any field not modelled here (such as
 *                                the legacy {@code shipping}); the payment-details entry when read back
 * @param readBack                true when this was read back from the payment details because the confirm's
 *                                own answer was lost or ambiguous
 */
public record ConfirmResponse(TransactionId transactionId, OrderId orderId, List<PayInfo> payInfo,
                              Optional<Instant> authorizationExpireDate, Optional<RegKey> regKey,
                              List<PackageInfo> packages, Optional<MerchantReference> merchantReference,
                              Optional<String> paymentProvider, JsonObject raw, boolean readBack) {

    /**
     * Creates the answer.
     *
     * @param transactionId the payment's transaction id
     * @param orderId the merchant's order id
     * @param payInfo how the customer paid
     * @param authorizationExpireDate when an authorized payment expires; only for capture=false
     * @param regKey the pre-approved payment key; only for PREAPPROVED
     * @param packages the packages, as reported back
     * @param merchantReference the customer's linked cards, when sent
     * @param paymentProvider TSP or EPI (Online API v4), when sent
     * @param raw the {@code info} object as read
     * @param readBack true when read back from the payment details
     * @throws NullPointerException if a part or a list element is null
     */
    public ConfirmResponse {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(orderId, "orderId");
        payInfo = List.copyOf(payInfo);
        Objects.requireNonNull(authorizationExpireDate, "authorizationExpireDate");
        Objects.requireNonNull(regKey, "regKey");
        packages = List.copyOf(packages);
        Objects.requireNonNull(merchantReference, "merchantReference");
        Objects.requireNonNull(paymentProvider, "paymentProvider");
        Objects.requireNonNull(raw, "raw");
    }

    /**
     * Creates the answer as LINE Pay sent it ({@link #readBack()} false).
     *
     * @param transactionId the payment's transaction id
     * @param orderId the merchant's order id
     * @param payInfo how the customer paid
     * @param authorizationExpireDate when an authorized payment expires; only for capture=false
     * @param regKey the pre-approved payment key; only for PREAPPROVED
     * @param packages the packages, as reported back
     * @param merchantReference the customer's linked cards, when sent
     * @param paymentProvider TSP or EPI (Online API v4), when sent
     * @param raw the {@code info} object as read
     * @throws NullPointerException if a part or a list element is null
     */
    public ConfirmResponse(TransactionId transactionId, OrderId orderId, List<PayInfo> payInfo,
                           Optional<Instant> authorizationExpireDate, Optional<RegKey> regKey,
                           List<PackageInfo> packages, Optional<MerchantReference> merchantReference,
                           Optional<String> paymentProvider, JsonObject raw) {
        this(transactionId, orderId, payInfo, authorizationExpireDate, regKey, packages, merchantReference,
                paymentProvider, raw, false);
    }

    /** The modelled fields with the {@code regKey} masked; never {@code raw()}. */
    @Override
    public String toString() {
        return "ConfirmResponse[transactionId=" + transactionId + ", orderId=" + orderId + ", payInfo=" + payInfo
                + ", authorizationExpireDate=" + authorizationExpireDate
                + ", regKey=" + regKey.map(k -> "********") + ", packages=" + packages
                + ", merchantReference=" + merchantReference + ", paymentProvider=" + paymentProvider
                + (readBack ? ", readBack" : "") + "]";
    }
}
