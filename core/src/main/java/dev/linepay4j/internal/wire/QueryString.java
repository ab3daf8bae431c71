package dev.linepay4j.internal.wire;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Builds a query string once, in the form it is both signed and sent: names and values form-encoded
 * with {@link URLEncoder} (UTF-8, a space as {@code +}, everything but {@code A-Z a-z 0-9 . - * _} as
 * {@code %XX}), pairs joined by {@code &}, a name repeated for several values
 * ({@code transactionId=1&transactionId=2}), no leading {@code ?}. LINE Pay does not document an
 * encoding; what it checks is that the signature covers exactly the characters sent, which building
 * the string once guarantees (LINEPAY-API.md §2.2).
 *
 * <pre>{@code
 * new QueryString().add("transactionId", "2023042201206549310").add("orderId", "A 1&2").toString();
 * // transactionId=2023042201206549310&orderId=A+1%262
 * }</pre>
 */
public final class QueryString {

    private final StringBuilder text = new StringBuilder(64);

    /** Starts an empty query. */
    public QueryString() {
    }

    /**
     * Adds a parameter.
     *
     * @param name  the name, not encoded
     * @param value the value, not encoded
     * @return this query
     */
    public QueryString add(String name, String value) {
        if (text.length() > 0) {
            text.append('&');
        }
        text.append(encode(name)).append('=').append(encode(value));
        return this;
    }

    /**
     * Whether no parameter was added.
     *
     * @return true for the empty query
     */
    public boolean isEmpty() {
        return text.length() == 0;
    }

    /**
     * Form-encodes one name or value.
     *
     * @param s the text
     * @return the encoded text
     */
    public static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The encoded query, without {@code ?}; empty when no parameter was added. */
    @Override
    public String toString() {
        return text.toString();
    }
}
