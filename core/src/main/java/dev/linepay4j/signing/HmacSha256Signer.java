package dev.linepay4j.signing;

import dev.linepay4j.domain.ChannelSecret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import javax.crypto.Mac;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs requests for Online API v3/v4 and Offline API v4: {@code X-LINE-Authorization} is the
 * standard Base64 of HMAC-SHA256, keyed with the channel secret, over
 * {@code channelSecret + apiPath + payload + nonce}, where the payload is the query string without
 * {@code ?} for GET and the exact body bytes for POST.
 *
 * <p>The key is prepared once, when the signer is created; each signature then takes a spare keyed
 * {@link Mac} an earlier signature left (a finished {@code Mac} is back in its keyed initial state), or,
 * when none is at hand, clones a ready one: never a lookup of the algorithm or a new key set-up. The
 * spares are kept in a few slots, not per thread, so virtual threads reuse them too.
 *
 * <pre>{@code
 * RequestSigner signer = HmacSha256Signer.create(ChannelSecret.of(secret), NonceSource.uuidV4());
 * signer.sign(SignatureInput.forGet("/v3/payments", "transactionId=2021113000697317600"));
 * // {X-LINE-Authorization-Nonce=…, X-LINE-Authorization=…}
 * }</pre>
 */
public final class HmacSha256Signer implements RequestSigner {

    /** The header that carries the signature. */
    public static final String AUTHORIZATION_HEADER = "X-LINE-Authorization";
    /** The header that carries the nonce. */
    public static final String NONCE_HEADER = "X-LINE-Authorization-Nonce";

    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] secretPrefix;
    private final SecretKeySpec key;
    private final Mac prototype;
    /** Keyed Macs and their arrays, each used by one signature at a time. */
    private final Spares<Slot> spares = new Spares<>(() -> new Slot(mac()));
    private final NonceSource nonces;

    private HmacSha256Signer(ChannelSecret secret, NonceSource nonces) {
        this.secretPrefix = secret.bytes();
        this.key = new SecretKeySpec(secretPrefix, ALGORITHM);
        this.prototype = newMac(key);
        this.nonces = nonces;
    }

    /**
     * A signer for one channel.
     *
     * @param secret the channel secret
     * @param nonces where nonces come from
     * @return the signer
     */
    public static HmacSha256Signer create(ChannelSecret secret, NonceSource nonces) {
        return new HmacSha256Signer(Objects.requireNonNull(secret, "secret"), Objects.requireNonNull(nonces, "nonces"));
    }

    @Override
    public Map<String, String> sign(SignatureInput input) {
        String nonce = nonces.next();
        Map<String, String> headers = new LinkedHashMap<>(4);
        headers.put(NONCE_HEADER, nonce);
        headers.put(AUTHORIZATION_HEADER, signature(input, nonce));
        return headers;
    }

    /** The nonce header, then the signature: no map in between. */
    @Override
    public void sign(SignatureInput input, BiConsumer<String, String> headers) {
        String nonce = nonces.next();
        headers.accept(NONCE_HEADER, nonce);
        headers.accept(AUTHORIZATION_HEADER, signature(input, nonce));
    }

    /**
     * The signature for a given nonce. Servers (such as the testkit's sandbox) use it to check a
     * received request; clients use {@link #sign(SignatureInput)}.
     *
     * @param input the path and payload
     * @param nonce the nonce that travels with the request
     * @return the Base64 text of {@code X-LINE-Authorization}
     */
    public String signature(SignatureInput input, String nonce) {
        Slot slot = spares.take();
        String signature = slot.sign(secretPrefix, input, nonce);
        spares.putBack(slot);
        return signature;
    }

    @Override
    public String toString() {
        return "HmacSha256Signer[secret=********]";
    }

    /**
     * A keyed {@link Mac} and the arrays a signature is computed in, reused from one signature to the next
     * so that signing makes no garbage but the signature's own text.
     */
    private static final class Slot {

        private static final int DIGEST_BYTES = 32;
        private static final int BASE64_CHARS = 44;

        private final Mac mac;
        private final byte[] digest = new byte[DIGEST_BYTES];
        private final byte[] base64 = new byte[BASE64_CHARS];
        private byte[] ascii = new byte[64];

        Slot(Mac mac) {
            this.mac = mac;
        }

        String sign(byte[] secretPrefix, SignatureInput input, String nonce) {
            mac.update(secretPrefix);
            updateUtf8(input.apiPath());
            mac.update(input.payload());
            updateUtf8(nonce);
            try {
                mac.doFinal(digest, 0);   // also resets the Mac to the keyed state, ready for the next signature
            } catch (ShortBufferException e) {
                throw new IllegalStateException("an HmacSHA256 digest longer than " + DIGEST_BYTES + " bytes", e);
            }
            int length = Base64.getEncoder().encode(digest, base64);
            return new String(base64, 0, length, StandardCharsets.ISO_8859_1);
        }

        /** The UTF-8 bytes of a text: copied into the reused array when it is ASCII, as paths and nonces are. */
        private void updateUtf8(String text) {
            int n = text.length();
            if (n > ascii.length) {
                ascii = new byte[Math.max(n, ascii.length * 2)];
            }
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (c >= 0x80) {
                    mac.update(text.getBytes(StandardCharsets.UTF_8));
                    return;
                }
                ascii[i] = (byte) c;
            }
            mac.update(ascii, 0, n);
        }
    }

    private Mac mac() {
        try {
            return (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            // Some security providers' Macs cannot be cloned; initialising a new one is slower but right.
            return newMac(key);
        }
    }

    private static Mac newMac(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            // Every Java SE runtime must provide HmacSHA256, so this is a broken JVM, not a user error.
            throw new IllegalStateException("this JVM cannot compute " + ALGORITHM, e);
        }
    }

    /** The bare primitive: Base64(HMAC-SHA256(key, message)). For tests of the algorithm itself. */
    static String hmacBase64(byte[] key, byte[] message) throws GeneralSecurityException {
        Mac mac = Mac.getInstance(ALGORITHM);
        mac.init(new SecretKeySpec(key, ALGORITHM));
        return Base64.getEncoder().encodeToString(mac.doFinal(message));
    }
}
