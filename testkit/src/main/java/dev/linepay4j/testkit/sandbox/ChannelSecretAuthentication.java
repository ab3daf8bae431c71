package dev.linepay4j.testkit.sandbox;

import dev.linepay4j.domain.ChannelId;
import dev.linepay4j.domain.ValidationException;
import dev.linepay4j.domain.code.ReturnCode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Authentication of Offline API v2 and v2.4 calls, which carry the channel secret itself in
 * {@code X-LINE-ChannelSecret} and no signature (LINE Pay's offline prerequisites). In this order, the
 * first failure answers:
 * <ol>
 * <li>{@code X-LINE-ChannelId} missing or not a channel id (digits) &rarr; {@code 1106}; a well-formed id
 *     of no configured channel &rarr; {@code 1104};</li>
 * <li>on POST, {@code Content-Type} not {@code application/json} (the legacy reference's
 *     {@code application/json; charset=UTF-8} is accepted, another charset is not) &rarr; {@code 1106};</li>
 * <li>{@code X-LINE-ChannelSecret} missing, sent twice, or not the channel's secret &rarr; {@code 1106},
 *     compared in constant time.</li>
 * </ol>
 * LINE Pay also checks the caller's IP address against the merchant's allowlist for v2.x ({@code 1106}
 * when it is not there); the sandbox listens on loopback only and has no allowlist. An
 * {@code X-LINE-Authorization} sent along is ignored, as v2.x knows no such header.
 */
final class ChannelSecretAuthentication implements Authentication {

    static final String SECRET_HEADER = "X-LINE-ChannelSecret";

    private static final String CHANNEL_HEADER = "X-LINE-ChannelId";

    /** A channel and its secret's bytes. */
    private record Secret(SandboxChannel channel, byte[] bytes) {
    }

    private final Map<ChannelId, Secret> channels = new LinkedHashMap<>();

    ChannelSecretAuthentication(Iterable<SandboxChannel> channels) {
        channels.forEach(c -> this.channels.put(c.id(), new Secret(c, c.secret().bytes())));
    }

    @Override
    public SandboxChannel authenticate(ApiRequest r) {
        String id = r.single(CHANNEL_HEADER).orElseThrow(() -> HmacAuthentication.headerError(CHANNEL_HEADER
                + " is missing."));
        ChannelId channelId;
        try {
            channelId = ChannelId.of(id);
        } catch (ValidationException e) {
            throw HmacAuthentication.headerError(CHANNEL_HEADER + " data is invalid.");
        }
        Secret s = channels.get(channelId);
        if (s == null) {
            throw new Refusal(ReturnCode.MERCHANT_NOT_FOUND, "Merchant not found. No channel " + channelId
                    + " in this sandbox.");
        }
        if ("POST".equals(r.method())) {
            HmacAuthentication.checkContentType(r);
        }
        String given = r.single(SECRET_HEADER).orElseThrow(() -> HmacAuthentication.headerError(SECRET_HEADER
                + " is missing."));
        // Headers were read as ISO-8859-1, one char per byte: encoding back gives the bytes received.
        if (!MessageDigest.isEqual(s.bytes(), given.getBytes(StandardCharsets.ISO_8859_1))) {
            throw HmacAuthentication.headerError(SECRET_HEADER + " is not the channel's secret.");
        }
        return s.channel();
    }
}
