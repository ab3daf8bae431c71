package dev.linepay4j.spi;

import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP header. Names are tokens and values hold no control characters, so a CR/LF from user
 * input can never split a header or smuggle another one in.
 *
 * <pre>{@code
 * new HttpHeader("X-LINE-ChannelId", "1234567890")
 * }</pre>
 *
 * @param name  the header name, a token ({@code A-Z a-z 0-9 ! # $ % & ' * + - . ^ _ ` | ~})
 * @param value the value: visible ASCII, spaces and horizontal tabs only
 */
public record HttpHeader(String name, String value) {

    /** Which ASCII characters may stand in a header name (RFC 9110 token): looked up, not searched, per character. */
    private static final boolean[] TOKEN_CHARS = tokenChars();


    /**
     * Creates a header.
     *
     * @param name  the header name, a token
     * @param value the value: visible ASCII, spaces and horizontal tabs only
     * @throws IllegalArgumentException if the name is not a token or the value holds a control
     *                                  character or non-ASCII text; the message names the header,
     *                                  never the value (it may be a secret)
     */
    public HttpHeader {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (!isToken(name)) {
            throw new IllegalArgumentException("not a valid HTTP header name: '" + printable(name) + "'");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isControlOrNonAscii(c)) {
                throw new IllegalArgumentException("the value of header " + name
                        + " holds a control or non-ASCII character at position " + (i + 1));
            }
        }
    }

    /**
     * A header as received from a server, made safe rather than refused: a peer's bad header must not
     * turn a LINE Pay answer into an error. Characters a value may not hold become {@code ?}.
     *
     * @param name  the received name
     * @param value the received value
     * @return the header, or empty when the name is not a valid token
     */
    public static Optional<HttpHeader> received(String name, String value) {
        if (name == null || !isToken(name)) {
            return Optional.empty();
        }
        if (value == null) {
            return Optional.of(new HttpHeader(name, ""));
        }
        int bad = 0;
        while (bad < value.length() && !isControlOrNonAscii(value.charAt(bad))) {
            bad++;
        }
        if (bad == value.length()) {
            return Optional.of(new HttpHeader(name, value)); // the common case: nothing to replace, no copy
        }
        StringBuilder clean = new StringBuilder(value.length()).append(value, 0, bad);
        for (int i = bad; i < value.length(); i++) {
            char c = value.charAt(i);
            clean.append(isControlOrNonAscii(c) ? '?' : c);
        }
        return Optional.of(new HttpHeader(name, clean.toString()));
    }

    /**
     * Whether this header has the given name, ignoring case as HTTP does.
     *
     * @param other a header name
     * @return true if the names match without regard to case
     */
    public boolean hasName(String other) {
        return name.equalsIgnoreCase(other);
    }

    /**
     * Whether the HTTP client itself writes this header from the connection and the body: {@code Connection},
     * {@code Content-Length}, {@code Expect}, {@code Host}, {@code Transfer-Encoding} and {@code Upgrade}, in
     * any case. A transport leaves these out of what it hands its HTTP client: a caller's copy could
     * contradict the client's own framing of the body.
     *
     * @return true for one of the six headers an HTTP client owns
     */
    public boolean isWrittenByHttpClient() {
        // By length first: every request asks this of each of its headers, and most are none of the six.
        switch (name.length()) {
            case 4:
                return name.equalsIgnoreCase("host");
            case 6:
                return name.equalsIgnoreCase("expect");
            case 7:
                return name.equalsIgnoreCase("upgrade");
            case 10:
                return name.equalsIgnoreCase("connection");
            case 14:
                return name.equalsIgnoreCase("content-length");
            case 17:
                return name.equalsIgnoreCase("transfer-encoding");
            default:
                return false;
        }
    }

    /** A plain loop rather than {@code chars().allMatch}: every request builds several headers. */
    private static boolean isToken(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (!isTokenChar(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isControlOrNonAscii(char c) {
        return (c < 0x20 && c != '\t') || c >= 0x7f;
    }

    private static boolean isTokenChar(int c) {
        return c < TOKEN_CHARS.length && TOKEN_CHARS[c];
    }

    private static boolean[] tokenChars() {
        boolean[] token = new boolean[0x7f];
        for (int c = 0x21; c < 0x7f; c++) {
            token[c] = "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0;
        }
        return token;
    }

    private static String printable(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().limit(40).forEach(c -> b.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return b.toString();
    }
}
