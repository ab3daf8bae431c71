package dev.linepay4j.domain;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * An absolute web URL that LINE Pay sends the customer to, or calls, on the merchant's behalf:
 * {@code redirectUrls.confirmUrl} and {@code cancelUrl}. The same rules serve the other merchant URLs
 * of a request (product images, the legacy shipping-fee inquiry).
 *
 * <p>The rules: at most 500 characters; absolute, with a host; {@code https}, or plain {@code http}
 * only when the host is a loopback host ({@code localhost}, {@code 127.0.0.0/8}, {@code [::1]}), which
 * is what local tests and the testkit's sandbox need and cannot leak anything; no control characters;
 * no user name or password (LINE Pay and the customer's browser would both see them); and no fragment
 * ({@code #...}): LINE Pay appends {@code transactionId} and {@code orderId} to the query, and behind a
 * fragment they would never reach the merchant's server. Error messages never repeat the URL, which
 * may carry a token of the merchant's.
 *
 * <pre>{@code
 * RedirectUrl confirm = RedirectUrl.of("https://shop.example.com/pay/confirm");
 * RedirectUrl local   = RedirectUrl.of("http://localhost:8080/pay/confirm");   // loopback: http allowed
 * }</pre>
 *
 * @param value the URL, exactly as it is sent
 */
public record RedirectUrl(String value) {

    /** LINE Pay's limit for {@code confirmUrl}, {@code cancelUrl} and {@code imageUrl}. */
    public static final int MAX_LENGTH = 500;

    private static final String FIELD = "redirectUrl";

    /**
     * Creates a URL.
     *
     * @param value the URL, exactly as it is sent
     * @throws ValidationException if the value breaks one of the rules above
     */
    public RedirectUrl {
        if (value == null) {
            throw ValidationException.of(FIELD, "is required");
        }
        if (value.isBlank()) {
            throw ValidationException.of(FIELD, "must not be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw ValidationException.of(FIELD,
                    "must be at most " + MAX_LENGTH + " characters, was " + value.length());
        }
        int control = Chars.firstControl(value);
        if (control >= 0) {
            throw ValidationException.of(FIELD,
                    "must not contain control characters (" + Chars.at(value, control) + ")");
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            // getReason() describes the fault without quoting the input; getInput() would quote it.
            throw ValidationException.of(FIELD,
                    "is not a valid URL: " + e.getReason() + " at character " + (e.getIndex() + 1));
        }
        String scheme = uri.getScheme();
        if (scheme == null || uri.isOpaque()) {
            throw ValidationException.of(FIELD, "must be an absolute URL such as https://shop.example.com/pay");
        }
        boolean https = scheme.equalsIgnoreCase("https");
        boolean http = scheme.equalsIgnoreCase("http");
        if (!https && !http) {
            throw ValidationException.of(FIELD, "must use https");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw ValidationException.of(FIELD, "must name a valid host");
        }
        if (uri.getRawUserInfo() != null) {
            throw ValidationException.of(FIELD, "must not carry a user name or password");
        }
        if (uri.getRawFragment() != null) {
            throw ValidationException.of(FIELD,
                    "must not have a fragment (#...): LINE Pay appends its parameters to the query,"
                            + " which a fragment would hide");
        }
        if (http && !isLoopback(host)) {
            throw ValidationException.of(FIELD,
                    "must use https; plain http is allowed only for loopback hosts (localhost, 127.0.0.0/8, [::1])");
        }
    }

    /**
     * A URL.
     *
     * @param url the absolute URL, such as {@code "https://shop.example.com/pay/confirm"}
     * @return the URL
     * @throws ValidationException if the URL breaks one of the rules above
     */
    public static RedirectUrl of(String url) {
        return new RedirectUrl(url);
    }

    /**
     * The URL as a {@link URI}.
     *
     * @return the parsed URL; its {@code toString()} is {@link #value()}
     */
    public URI toUri() {
        return URI.create(value);
    }

    /**
     * Whether the URL points at this machine, as in tests.
     *
     * @return true when the host is {@code localhost}, in {@code 127.0.0.0/8}, or the IPv6 loopback
     */
    public boolean isLoopback() {
        return isLoopback(toUri().getHost());
    }

    /** The URL itself. */
    @Override
    public String toString() {
        return value;
    }

    private static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            // URI has checked it is an IPv6 literal, so no name lookup happens here.
            try {
                return InetAddress.getByName(host.substring(1, host.length() - 1)).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }
        return isIpv4Loopback(host.toLowerCase(Locale.ROOT));
    }

    /** Dotted-quad 127.x.y.z only: a name that merely starts with "127." is a DNS name like any other. */
    private static boolean isIpv4Loopback(String host) {
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4 || !parts[0].equals("127")) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')
                    || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }
}
