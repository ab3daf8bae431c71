package dev.linepay4j.testkit.sandbox;

/**
 * How one generation of LINE Pay's APIs authenticates a call. Online API v3/v4 (and, later, Offline
 * API v4) sign with HMAC-SHA256 ({@link HmacAuthentication}); Offline API v2/v2.4 send the channel
 * secret in {@code X-LINE-ChannelSecret}, which a second implementation will check when those routes
 * are added. {@link Routes} picks the implementation from {@code ApiVersion.authentication()}.
 */
interface Authentication {

    /**
     * Checks a call's credentials.
     *
     * @param request the call as received
     * @return the channel the call authenticated as
     * @throws Refusal with {@code 1104} or {@code 1106} when it does not authenticate
     */
    SandboxChannel authenticate(ApiRequest request);
}
