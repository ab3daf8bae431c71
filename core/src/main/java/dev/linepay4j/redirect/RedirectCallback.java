package dev.linepay4j.redirect;

import dev.linepay4j.domain.OrderId;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.ValidationException;
import dev.linepay4j.redirect.InvalidCallbackException.Issue;
import dev.linepay4j.redirect.InvalidCallbackException.Problem;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The ids LINE Pay appends to the merchant's {@code confirmUrl} when it sends the customer (or, with
 * {@code confirmUrlType=SERVER}, its own server) back: {@code ?transactionId=2023...&orderId=A-1}.
 *
 * <p>{@link #parse(String)} reads them from the raw query string: form-decoded (UTF-8, {@code +} as a
 * space), other parameters (your own, a tracking tag) ignored, each of the two required exactly once
 * (a repeated one is refused, since which one LINE Pay sent cannot be told) and validated
 * ({@link TransactionId} exactly to all 19 digits, {@link OrderId}'s rules). Every problem is reported
 * at once in an {@link InvalidCallbackException}.
 *
 * <p><b>The callback proves nothing.</b> Anyone can load your confirm URL with any ids. Look the order up
 * by {@link #orderId()}, check that its stored transaction id is {@link #transactionId()}, and confirm
 * with the amount and currency from your own records, never from the query: LINE Pay's confirm is what
 * checks that the customer approved that amount ({@code 1153} when it differs, {@code 1169} when not
 * approved).
 *
 * <pre>{@code
 * RedirectCallback callback = RedirectCallback.parse(request.getQueryString());
 * Order order = orders.find(callback.orderId()).orElseThrow();
 * if (!order.transactionId().equals(callback.transactionId())) {
 *     throw new NotFound();
 * }
 * linePay.confirm(callback.transactionId(), ConfirmRequest.of(order.amount(), order.currency()));
 * }</pre>
 *
 * @param transactionId the payment's transaction id
 * @param orderId       the merchant's order id
 */
public record RedirectCallback(TransactionId transactionId, OrderId orderId) {

    private static final String TRANSACTION_ID = "transactionId";
    private static final String ORDER_ID = "orderId";

    /**
     * Creates the callback.
     *
     * @param transactionId the payment's transaction id
     * @param orderId the merchant's order id
     * @throws NullPointerException if a part is null
     */
    public RedirectCallback {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(orderId, "orderId");
    }

    /**
     * Reads the ids from a confirm page's query string.
     *
     * @param rawQuery the query as received, still encoded, with or without a leading {@code ?}
     *                 ({@code HttpServletRequest.getQueryString()}, {@code URI.getRawQuery()}); null reads as
     *                 empty
     * @return the ids
     * @throws InvalidCallbackException listing every problem: an id missing, repeated or invalid, or a
     *                                  malformed part of the query
     */
    public static RedirectCallback parse(String rawQuery) {
        Parsed p = Parsed.of(rawQuery);
        List<Issue> issues = new ArrayList<>(p.malformed);
        TransactionId transactionId = one(TRANSACTION_ID, p.transactionIds, issues, RedirectCallback::transactionId);
        OrderId orderId = one(ORDER_ID, p.orderIds, issues, RedirectCallback::orderId);
        if (!issues.isEmpty()) {
            throw new InvalidCallbackException(issues);
        }
        return new RedirectCallback(transactionId, orderId);
    }

    /**
     * Reads the ids from a cancel page's query string, where LINE Pay appends them only when it can
     * ("conditional" in its documentation).
     *
     * @param rawQuery the query as received, still encoded; null reads as empty
     * @return the ids, or empty when the query carries neither
     * @throws InvalidCallbackException when the query carries one or both but not validly, as {@link #parse}
     */
    public static Optional<RedirectCallback> parseIfPresent(String rawQuery) {
        Parsed p = Parsed.of(rawQuery);
        if (p.malformed.isEmpty() && p.transactionIds.isEmpty() && p.orderIds.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(parse(rawQuery));
    }

    private static <T> T one(String name, List<String> values, List<Issue> issues,
                             Function<String, T> parse) {
        if (values.isEmpty()) {
            issues.add(new Issue(Problem.MISSING, name, "is missing; LINE Pay appends it to the URL"));
            return null;
        }
        if (values.size() > 1) {
            issues.add(new Issue(Problem.DUPLICATED, name, "appears " + values.size() + " times; it must appear once"));
            return null;
        }
        try {
            return parse.apply(values.get(0));
        } catch (ValidationException e) {
            issues.add(new Issue(Problem.INVALID, name, e.violations().get(0).message()));
            return null;
        }
    }

    private static TransactionId transactionId(String value) {
        try {
            return TransactionId.parse(value);
        } catch (ValidationException e) {
            // TransactionId's messages quote the text; this one must not.
            throw ValidationException.of(TRANSACTION_ID, "must be the decimal digits of a positive 64-bit number");
        }
    }

    private static OrderId orderId(String value) {
        return OrderId.of(value); // OrderId's messages never quote the value
    }

    /** The query split and decoded. */
    private static final class Parsed {

        final List<String> transactionIds = new ArrayList<>(1);
        final List<String> orderIds = new ArrayList<>(1);
        final List<Issue> malformed = new ArrayList<>(0);

        static Parsed of(String rawQuery) {
            Parsed p = new Parsed();
            String q = rawQuery == null ? "" : rawQuery.startsWith("?") ? rawQuery.substring(1) : rawQuery;
            if (q.isEmpty()) {
                return p;
            }
            String[] parts = q.split("&", -1);
            for (int i = 0; i < parts.length; i++) {
                String part = parts[i];
                if (part.isEmpty()) {
                    continue;
                }
                int eq = part.indexOf('=');
                String name;
                String value;
                try {
                    name = URLDecoder.decode(eq < 0 ? part : part.substring(0, eq), StandardCharsets.UTF_8);
                    value = eq < 0 ? "" : URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    p.malformed.add(new Issue(Problem.MALFORMED, "part " + (i + 1),
                            "is not well-formed percent-encoding"));
                    continue;
                }
                if (name.equals(TRANSACTION_ID)) {
                    p.transactionIds.add(value);
                } else if (name.equals(ORDER_ID)) {
                    p.orderIds.add(value);
                }
            }
            return p;
        }
    }
}
