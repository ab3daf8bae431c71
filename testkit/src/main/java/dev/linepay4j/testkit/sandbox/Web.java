package dev.linepay4j.testkit.sandbox;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Small text helpers for answers, pages and redirects. */
final class Web {

    private Web() {
    }

    /**
     * The merchant's URL with {@code transactionId} and {@code orderId} appended as LINE Pay appends them
     * (LINEPAY-API.md §4.2): the URL's own query parameters are kept, and when the merchant already put
     * an {@code orderId} parameter in it, only {@code transactionId} is added. (Core's {@code RedirectUrl}
     * refuses fragments, so there is none to keep at the end.)
     */
    static URI withPaymentParameters(String url, String transactionId, String orderId) {
        int q = url.indexOf('?');
        String query = q < 0 ? "" : url.substring(q + 1);
        boolean hasOrderId = !query.isEmpty() && Query.parse(query).pairs().stream()
                .anyMatch(p -> p.key().equals("orderId"));
        StringBuilder b = new StringBuilder(url);
        if (q < 0) {
            b.append('?');
        } else if (!query.isEmpty() && !query.endsWith("&")) {
            b.append('&');
        }
        b.append("transactionId=").append(transactionId);
        if (!hasOrderId) {
            b.append("&orderId=").append(URLEncoder.encode(orderId, StandardCharsets.UTF_8));
        }
        return URI.create(b.toString());
    }

    /** ISO-8601 in UTC to the second, as LINE Pay writes its dates ({@code 2023-04-29T07:20:09Z}). */
    static String date(Instant at) {
        return DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS));
    }

    /** Text made safe for HTML element content and attribute values. */
    static String html(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
