/**
 * What LINE Pay answers, as immutable typed values read from the {@code info} of each Online and
 * Offline API answer: the payment request's URLs, the confirmed, captured and refunded transactions,
 * payment details with their refunds, pre-approved payments, My Code payments and their status.
 *
 * <p>Conventions shared by every type here:
 * <ul>
 *   <li>A field LINE Pay documents as always present is a plain value; one that is present only
 *       sometimes (v4 only, capture separation only, Taiwan only) is an {@link java.util.Optional}
 *       or an empty list. Accessors never return null.</li>
 *   <li>Transaction ids are {@link dev.linepay4j.domain.TransactionId}s read exactly from their
 *       digits, whether LINE Pay sends them as JSON numbers or strings; amounts are
 *       {@link dev.linepay4j.domain.Amount}s; dates are {@link java.time.Instant}s.</li>
 *   <li>Every top-level answer keeps {@code raw()}: the {@code info} object exactly as read, so a
 *       field LINE Pay adds (or a legacy one linepay4j does not model, such as {@code shipping}) is
 *       never out of reach.</li>
 *   <li>{@code toString()} shows the modelled fields but never {@code raw()}, which may hold personal
 *       data, and never a {@code regKey}.</li>
 * </ul>
 * Depends on {@code java.*} and {@code dev.linepay4j.domain} only.
 */
package dev.linepay4j.domain.response;
