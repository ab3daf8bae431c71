package dev.linepay4j.internal;

import dev.linepay4j.internal.wire.PathSegment;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Makes the short excerpt of an answer that a protocol error keeps: the start of the body on one line,
 * at most {@value #MAX_EXCERPT} characters, with whatever could be a secret masked first. An answer
 * that is not LINE Pay's comes from something in between, which may echo what it received: so the
 * channel secret, the call's own sensitive values (a {@code regKey}), the authentication headers and
 * anything shaped like an HMAC-SHA256 signature are masked, and so are the JSON members that hold keys
 * or card data.
 *
 * <pre>{@code
 * String excerpt = redactor.excerpt(response.body(), operation.sensitive());
 * }</pre>
 */
final class Redactor {

    static final int MAX_EXCERPT = 200;
    static final String MASK = "********";

    /** Bytes looked at: enough for the excerpt after masking, bounded whatever the body's size. */
    private static final int MAX_SCANNED_BYTES = 4096;

    private static final Pattern SECRET_MEMBERS = Pattern.compile(
            "(\"(?:regKey|channelSecret|secret|password|token|paymentAccessToken|oneTimeKey|maskedCreditCardNumber"
                    + "|creditCardNickname|authorization)\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AUTH_HEADERS = Pattern.compile(
            "(X-LINE-(?:Authorization-Nonce|Authorization|ChannelSecret)[\"']?\\s*[:=]\\s*[\"']?)[^\\s\"'<>,;&]+",
            Pattern.CASE_INSENSITIVE);
    /** Base64 of 32 bytes: 43 characters and one '='. */
    private static final Pattern HMAC_SHAPED = Pattern.compile("[A-Za-z0-9+/]{43}=");

    private final String secret;

    /**
     * A redactor for one channel.
     *
     * @param secret the channel secret in clear, to be masked wherever it appears
     */
    Redactor(String secret) {
        this.secret = secret;
    }

    /**
     * The excerpt of a body.
     *
     * @param body      the body bytes
     * @param sensitive the call's own values to mask
     * @return at most 200 characters on one line; empty for an empty body
     */
    String excerpt(byte[] body, List<String> sensitive) {
        int n = Math.min(body.length, MAX_SCANNED_BYTES);
        String text = new String(body, 0, n, StandardCharsets.UTF_8);
        text = text.replace(secret, MASK);
        for (String value : sensitive) {
            text = text.replace(value, MASK);
            String encoded = PathSegment.encode(value);
            if (!encoded.equals(value)) {
                text = text.replace(encoded, MASK);
            }
        }
        text = SECRET_MEMBERS.matcher(text).replaceAll("$1\"" + MASK + "\"");
        text = AUTH_HEADERS.matcher(text).replaceAll("$1" + MASK);
        text = HMAC_SHAPED.matcher(text).replaceAll(MASK);
        return oneLine(text);
    }

    /**
     * A message with the channel secret and the call's own sensitive values masked, otherwise as it was: for
     * LINE Pay's {@code returnMessage}, which an {@code ApiError} repeats and which could echo what it got
     * (a {@code oneTimeKey} it refuses, say).
     *
     * @param message   the text
     * @param sensitive the call's own values to mask
     * @return the text, masked
     */
    String mask(String message, List<String> sensitive) {
        String text = message.replace(secret, MASK);
        for (String value : sensitive) {
            text = text.replace(value, MASK);
        }
        return text;
    }

    /** White space runs become one space, other control characters a {@code ?}; cut at 200 characters. */
    private static String oneLine(String s) {
        StringBuilder b = new StringBuilder(Math.min(s.length(), MAX_EXCERPT + 1));
        boolean space = false;
        for (int i = 0; i < s.length() && b.length() < MAX_EXCERPT; i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
                if (b.length() >= MAX_EXCERPT) {
                    break;
                }
            }
            b.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? '?' : c);
        }
        if (b.length() >= MAX_EXCERPT && s.length() > MAX_EXCERPT) {
            b.setLength(MAX_EXCERPT - 1);
            b.append('…');
        }
        return b.toString();
    }

    /** Never the secret. */
    @Override
    public String toString() {
        return "Redactor[secret=" + MASK + "]";
    }
}
