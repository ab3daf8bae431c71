package dev.linepay4j.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A LINE Pay channel secret: the key that signs requests (HMAC-SHA256) or, for Offline API v2.x, the
 * value of the {@code X-LINE-ChannelSecret} header. It never shows itself: {@link #toString()} prints a
 * mask, and {@link #equals(Object)} compares in constant time so that comparing secrets leaks nothing
 * through timing.
 *
 * <pre>{@code
 * ChannelSecret secret = ChannelSecret.of(System.getenv("LINEPAY_CHANNEL_SECRET"));
 * log.info("using {}", secret);  // using ChannelSecret[********]
 * }</pre>
 */
public final class ChannelSecret {

    private final byte[] utf8;

    private ChannelSecret(byte[] utf8) {
        this.utf8 = utf8;
    }

    /**
     * Wraps a secret.
     *
     * @param secret the channel secret from LINE Pay's merchant center
     * @return the secret
     * @throws ValidationException if it is null, blank, or holds a control character or non-ASCII
     *                             character (it is sent in an HTTP header by Offline v2.x); the message
     *                             never repeats the secret
     */
    public static ChannelSecret of(String secret) {
        if (secret == null || secret.isBlank()) {
            throw ValidationException.of("channelSecret", "is required");
        }
        for (int i = 0; i < secret.length(); i++) {
            char c = secret.charAt(i);
            if (c <= ' ' || c >= 0x7f) {
                throw ValidationException.of("channelSecret",
                        "must be printable ASCII without spaces (character " + (i + 1) + " is not)");
            }
        }
        return new ChannelSecret(secret.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The secret's bytes, for building the HMAC key. Each call returns a fresh copy.
     *
     * @return the UTF-8 (ASCII) bytes of the secret
     */
    public byte[] bytes() {
        return utf8.clone();
    }

    /**
     * The secret itself, for the one place it must travel as text: the {@code X-LINE-ChannelSecret}
     * header of Offline API v2 and v2.4. Never log it.
     *
     * @return the secret in clear
     */
    public String reveal() {
        return new String(utf8, StandardCharsets.US_ASCII);
    }

    /** Compares in constant time for secrets of equal length. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ChannelSecret && MessageDigest.isEqual(utf8, ((ChannelSecret) o).utf8);
    }

    @Override
    public int hashCode() {
        // A constant: a hash of the secret would be a (weak) fingerprint of it.
        return ChannelSecret.class.hashCode();
    }

    /** A mask; never the secret. */
    @Override
    public String toString() {
        return "ChannelSecret[********]";
    }
}
