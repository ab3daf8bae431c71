/**
 * The bodies of the calls a merchant sends, as immutable values checked against LINE Pay's rules before
 * anything leaves the application: the payment request ({@link
 * dev.linepay4j.domain.request.PaymentRequest} with its packages, products, redirect URLs and options),
 * the smaller bodies of confirm, capture, refund and pre-approved payment, and the Offline API's payment
 * with a My Code ({@link dev.linepay4j.domain.request.OfflinePaymentRequest}), whose capture and refund
 * reuse the online bodies.
 *
 * <p>Conventions shared by every type here:
 * <ul>
 *   <li>Builders take plain Java values ({@code String}, {@code long}, {@code BigDecimal}, enums) and
 *       nested builders ({@code addPackage(p -> p.id("1")...)}), so that {@code build()} can check
 *       everything at once and throw a single {@link dev.linepay4j.domain.ValidationException} that
 *       lists every broken rule with its full path, such as {@code packages[0].products[1].name}.</li>
 *   <li>Each type is a record whose constructor checks the same rules, so no invalid value exists
 *       however it is made. Accessors never return null: absent fields are empty {@code Optional}s and
 *       lists are unmodifiable.</li>
 *   <li>Money is {@link dev.linepay4j.domain.Amount}; whether an amount has too many decimal places
 *       depends on the currency, which only the request holding it knows, so that check is made by
 *       the request ({@code TWD 10.5} is refused, {@code USD 10.55} is not).</li>
 *   <li>Lengths are counted in UTF-16 code units ({@link java.lang.String#length()}), the stricter of
 *       the readings of LINE Pay's "characters".</li>
 *   <li>A rule that combines several values (a sum, say) is checked only when every value it needs is
 *       itself valid, so one mistake is reported once.</li>
 * </ul>
 *
 * <p>Version differences (Online API v3 against v4) are not rules of a request on its own; {@link
 * dev.linepay4j.domain.request.PaymentRequest#violationsFor} reports them for a given version.
 * Depends on {@code java.*} and {@code dev.linepay4j.domain} only.
 */
package dev.linepay4j.domain.request;
