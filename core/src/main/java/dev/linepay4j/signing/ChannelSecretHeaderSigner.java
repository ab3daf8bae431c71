package dev.linepay4j.signing;

import dev.linepay4j.domain.ChannelSecret;
import java.util.Map;
import java.util.Objects;

/**
 * Authenticates Offline API v2 and v2.4 requests, which carry no signature: the channel secret travels
 * as it is in the {@code X-LINE-ChannelSecret} header (over HTTPS only). The secret is read once, when
 * the signer is created.
 *
 * <pre>{@code
 * RequestSigner signer = ChannelSecretHeaderSigner.create(ChannelSecret.of(secret));
 * signer.sign(SignatureInput.forPost("/v2/payments/oneTimeKeys/pay", body)); // {X-LINE-ChannelSecret=…}
 * }</pre>
 */
public final class ChannelSecretHeaderSigner implements RequestSigner {

    /** The header that carries the secret. */
    public static final String CHANNEL_SECRET_HEADER = "X-LINE-ChannelSecret";

    private final Map<String, String> headers;

    private ChannelSecretHeaderSigner(ChannelSecret secret) {
        this.headers = Map.of(CHANNEL_SECRET_HEADER, secret.reveal());
    }

    /**
     * A signer for one channel.
     *
     * @param secret the channel secret
     * @return the signer
     */
    public static ChannelSecretHeaderSigner create(ChannelSecret secret) {
        return new ChannelSecretHeaderSigner(Objects.requireNonNull(secret, "secret"));
    }

    /** The same header for every request: v2.x has no per-request proof. */
    @Override
    public Map<String, String> sign(SignatureInput input) {
        Objects.requireNonNull(input, "input");
        return headers;
    }

    /** Never the secret. */
    @Override
    public String toString() {
        return "ChannelSecretHeaderSigner[secret=********]";
    }
}
