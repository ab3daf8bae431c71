package dev.linepay4j.testkit.sandbox;

import dev.linepay4j.domain.ChannelId;
import dev.linepay4j.domain.ValidationException;
import dev.linepay4j.domain.code.ReturnCode;
import dev.linepay4j.signing.HmacSha256Signer;
import dev.linepay4j.signing.NonceSource;
import dev.linepay4j.signing.SignatureInput;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Authentication of Online API v3/v4 calls, in this order (the first failure answers):
 * <ol>
 * <li>{@code X-LINE-ChannelId} missing or not a channel id (digits) &rarr; {@code 1106}; a well-formed
 *     id of no configured channel &rarr; {@code 1104};</li>
 * <li>on POST, {@code Content-Type} not {@code application/json} (parameters allowed; a {@code charset}
 *     other than UTF-8 refused) &rarr; {@code 1106}, as LINE Pay lists Content-Type among the required
 *     headers and {@code 1106} is its header error;</li>
 * <li>{@code X-LINE-Authorization-Nonce} or {@code X-LINE-Authorization} missing, or the nonce not 1 to
 *     {@value #MAX_NONCE_LENGTH} visible ASCII characters &rarr; {@code 1106};</li>
 * <li>the signature differs from Base64(HMAC-SHA256(secret, secret + path + payload + nonce)) over the
 *     exact bytes received &rarr; {@code 1106}; compared in constant time;</li>
 * <li>the nonce was used before by the same channel (see {@link NonceRegistry}) &rarr; {@code 1106}.</li>
 * </ol>
 * The payload is the body for POST (an empty body signs the empty string) and the raw query string
 * without {@code ?} for GET (empty when there is none), byte for byte as it came on the wire.
 */
final class HmacAuthentication implements Authentication {

    static final int MAX_NONCE_LENGTH = 128;

    private static final String CHANNEL_HEADER = "X-LINE-ChannelId";

    /** A channel and the signer that recomputes its signatures (its nonce source is never used). */
    private record Verifier(SandboxChannel channel, HmacSha256Signer signer) {
    }

    private final Map<ChannelId, Verifier> channels = new LinkedHashMap<>();
    private final NonceRegistry nonces;

    HmacAuthentication(Iterable<SandboxChannel> channels, NonceRegistry nonces) {
        channels.forEach(c -> this.channels.put(c.id(), new Verifier(c, HmacSha256Signer.create(c.secret(),
                NonceSource.uuidV4()))));
        this.nonces = nonces;
    }

    @Override
    public SandboxChannel authenticate(ApiRequest r) {
        String id = r.single(CHANNEL_HEADER).orElseThrow(() -> headerError(CHANNEL_HEADER + " is missing."));
        ChannelId channelId;
        try {
            channelId = ChannelId.of(id);
        } catch (ValidationException e) {
            throw headerError(CHANNEL_HEADER + " data is invalid.");
        }
        Verifier v = channels.get(channelId);
        if (v == null) {
            throw new Refusal(ReturnCode.MERCHANT_NOT_FOUND, "Merchant not found. No channel " + channelId
                    + " in this sandbox.");
        }
        if ("POST".equals(r.method())) {
            checkContentType(r);
        }
        String nonce = r.single(HmacSha256Signer.NONCE_HEADER)
                .orElseThrow(() -> headerError(HmacSha256Signer.NONCE_HEADER + " is missing."));
        if (!isVisibleAscii(nonce, MAX_NONCE_LENGTH)) {
            throw headerError(HmacSha256Signer.NONCE_HEADER + " must be 1 to " + MAX_NONCE_LENGTH
                    + " visible ASCII characters.");
        }
        String signature = r.single(HmacSha256Signer.AUTHORIZATION_HEADER)
                .orElseThrow(() -> headerError(HmacSha256Signer.AUTHORIZATION_HEADER + " is missing."));
        // The request line and headers were read as ISO-8859-1 (one char per byte), so encoding the raw
        // query back with it yields the very bytes the client sent. The signer takes a byte payload only
        // through forPost; LINE Pay signs GET and POST alike (secret + path + payload + nonce).
        byte[] payload = "POST".equals(r.method()) ? r.body() : r.rawQuery().getBytes(StandardCharsets.ISO_8859_1);
        String expected = v.signer().signature(SignatureInput.forPost(r.rawPath(), payload), nonce);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.ISO_8859_1),
                signature.getBytes(StandardCharsets.ISO_8859_1))) {
            throw headerError("The signature in " + HmacSha256Signer.AUTHORIZATION_HEADER
                    + " does not match the request.");
        }
        if (!nonces.claim(channelId, nonce)) {
            throw headerError("The nonce in " + HmacSha256Signer.NONCE_HEADER
                    + " has been used before by this channel.");
        }
        return v.channel();
    }

    static void checkContentType(ApiRequest r) {
        String type = r.single("Content-Type").orElseThrow(() -> headerError("Content-Type is missing; send "
                + "application/json."));
        String[] parts = type.split(";");
        boolean json = parts[0].trim().toLowerCase(Locale.ROOT).equals("application/json");
        boolean utf8 = true;
        for (int i = 1; i < parts.length; i++) {
            String[] p = parts[i].trim().split("=", 2);
            if (p[0].trim().equalsIgnoreCase("charset") && p.length == 2) {
                String charset = p[1].trim().replace("\"", "");
                utf8 &= charset.equalsIgnoreCase("UTF-8") || charset.equalsIgnoreCase("utf8");
            }
        }
        if (!json || !utf8) {
            throw headerError("Content-Type must be application/json (UTF-8).");
        }
    }

    private static boolean isVisibleAscii(String s, int maxLength) {
        if (s.isEmpty() || s.length() > maxLength) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) <= ' ' || s.charAt(i) >= 0x7f) {
                return false;
            }
        }
        return true;
    }

    static Refusal headerError(String what) {
        return new Refusal(ReturnCode.INVALID_HEADERS, "Header information error. " + what);
    }
}
