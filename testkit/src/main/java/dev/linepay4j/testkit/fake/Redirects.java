package dev.linepay4j.testkit.fake;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where LINE Pay sends the customer after the payment page, as the sandbox builds it. */
final class Redirects {

    private Redirects() {
    }

    /**
     * The merchant's URL with {@code transactionId} and {@code orderId} appended as LINE Pay appends them
     * (LINEPAY-API.md §4.2): the URL's own query parameters are kept, and when the merchant already put an
     * {@code orderId} parameter in it, only {@code transactionId} is added. (Core's {@code RedirectUrl}
     * refuses fragments, so there is none to keep at the end.)
     */
    static URI withPaymentParameters(String url, String transactionId, String orderId) {
        int q = url.indexOf('?');
        String query = q < 0 ? "" : url.substring(q + 1);
        StringBuilder b = new StringBuilder(url);
        if (q < 0) {
            b.append('?');
        } else if (!query.isEmpty() && !query.endsWith("&")) {
            b.append('&');
        }
        b.append("transactionId=").append(transactionId);
        if (!hasParameter(query, "orderId")) {
            b.append("&orderId=").append(URLEncoder.encode(orderId, StandardCharsets.UTF_8));
        }
        return URI.create(b.toString());
    }

    private static boolean hasParameter(String query, String name) {
        for (String part : query.split("&", -1)) {
            int eq = part.indexOf('=');
            String key = eq < 0 ? part : part.substring(0, eq);
            if (decode(key).equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
