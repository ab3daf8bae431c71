package dev.linepay4j.internal.wire;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Encodes a value for one segment of a URL path, and checks a whole raw path. A value in a path (a
 * {@code regKey}) keeps the characters RFC 3986 allows in a segment ({@code A-Z a-z 0-9 - . _ ~},
 * {@code ! $ & ' ( ) * + , ; =}, {@code :} and {@code @}); every other byte of its UTF-8 form becomes
 * {@code %XX}. The path is signed as encoded, which is what the server receives.
 *
 * <pre>{@code
 * PathSegment.encode("RK<1>");   // "RK%3C1%3E"
 * }</pre>
 */
public final class PathSegment {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PathSegment() {
    }

    /**
     * Encodes one segment.
     *
     * @param value the raw value
     * @return the value with every character that is not allowed in a segment percent-encoded
     */
    public static String encode(String value) {
        StringBuilder b = null;
        for (int i = 0; i < value.length(); i++) {
            if (!isSegmentChar(value.charAt(i))) {
                b = new StringBuilder(value.length() + 16);
                break;
            }
        }
        if (b == null) {
            return value;
        }
        for (byte by : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (by & 0xff);
            if (c < 0x80 && isSegmentChar(c)) {
                b.append(c);
            } else {
                b.append('%').append(HEX[(by >> 4) & 0xf]).append(HEX[by & 0xf]);
            }
        }
        return b.toString();
    }

    /**
     * Where a raw API path breaks the rules of a path as sent and signed: it starts with {@code /}, and
     * holds only segment characters, {@code /} and well-formed {@code %XX} escapes (so no query, fragment,
     * space or control character).
     *
     * @param path the path
     * @return a description of the first problem, or empty when the path is fine
     */
    public static Optional<String> problemOf(String path) {
        if (!path.startsWith("/")) {
            return Optional.of("must start with '/', such as /v3/payments");
        }
        if (path.startsWith("//")) {
            return Optional.of("must not start with '//', which names a host, not a path");
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%') {
                if (i + 2 >= path.length() || hex(path.charAt(i + 1)) < 0 || hex(path.charAt(i + 2)) < 0) {
                    return Optional.of("has a '%' at character " + (i + 1) + " that does not start a %XX escape");
                }
                i += 2;
            } else if (c != '/' && !isSegmentChar(c)) {
                return Optional.of("holds a character not allowed in a URL path at character " + (i + 1)
                        + String.format(" (U+%04X); percent-encode it, and put a query in query(...)", (int) c));
            }
        }
        return Optional.empty();
    }

    private static boolean isSegmentChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "-._~!$&'()*+,;=:@".indexOf(c) >= 0;
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
