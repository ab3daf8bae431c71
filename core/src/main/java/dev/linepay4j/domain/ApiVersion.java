package dev.linepay4j.domain;

/**
 * A LINE Pay API family and version: where its paths start and how its calls are authenticated.
 *
 * <pre>{@code
 * ApiVersion v = ApiVersion.ONLINE_V3;
 * v.pathPrefix() + "/payments/request";   // "/v3/payments/request"
 * v.authentication();                     // HMAC_SIGNATURE
 * }</pre>
 */
public enum ApiVersion {
    /** Online API v3. */
    ONLINE_V3("/v3", true, Authentication.HMAC_SIGNATURE),
    /** Online API v4: v3 plus {@code paymentProvider} and {@code options.regPayRequest}, minus v3's fee fields. */
    ONLINE_V4("/v4", true, Authentication.HMAC_SIGNATURE),
    /** Offline API v2 (legacy), authenticated by the channel secret in a header. */
    OFFLINE_V2("/v2", false, Authentication.CHANNEL_SECRET_HEADER),
    /** Offline API v2.4: v2's authentication with the EPI fields. */
    OFFLINE_V2_4("/v2.4", false, Authentication.CHANNEL_SECRET_HEADER),
    /** Offline API v4, signed like the online APIs. */
    OFFLINE_V4("/v4", false, Authentication.HMAC_SIGNATURE);

    /**
     * How a request proves it comes from the channel.
     *
     * <pre>{@code
     * if (version.authentication() == ApiVersion.Authentication.HMAC_SIGNATURE) { ... }
     * }</pre>
     */
    public enum Authentication {
        /** {@code X-LINE-Authorization}: Base64 HMAC-SHA256 of secret + path + body or query + nonce. */
        HMAC_SIGNATURE,
        /** {@code X-LINE-ChannelSecret}: the secret itself, in clear (Offline v2 and v2.4). */
        CHANNEL_SECRET_HEADER
    }

    private final String pathPrefix;
    private final boolean online;
    private final Authentication authentication;

    ApiVersion(String pathPrefix, boolean online, Authentication authentication) {
        this.pathPrefix = pathPrefix;
        this.online = online;
        this.authentication = authentication;
    }

    /**
     * The start of every path of this version. Online v4 and Offline v4 share {@code "/v4"}: their
     * endpoints differ after it.
     *
     * @return {@code "/v3"}, {@code "/v4"}, {@code "/v2"} or {@code "/v2.4"}; no trailing slash
     */
    public String pathPrefix() {
        return pathPrefix;
    }

    /**
     * Whether this is a version of the Online API (redirect flow) rather than the Offline API (My Code).
     *
     * @return true for {@link #ONLINE_V3} and {@link #ONLINE_V4}
     */
    public boolean isOnline() {
        return online;
    }

    /**
     * How calls of this version are authenticated.
     *
     * @return {@link Authentication#CHANNEL_SECRET_HEADER} for Offline v2 and v2.4,
     *         {@link Authentication#HMAC_SIGNATURE} for the others
     */
    public Authentication authentication() {
        return authentication;
    }
}
