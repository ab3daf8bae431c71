/**
 * How requests prove who sends them: {@link dev.linepay4j.signing.RequestSigner} is the port, with
 * {@link dev.linepay4j.signing.HmacSha256Signer} for Online API v3/v4 and Offline API v4, and
 * {@link dev.linepay4j.signing.ChannelSecretHeaderSigner} for Offline API v2 and v2.4.
 * {@link dev.linepay4j.signing.NonceSource} supplies the one-time values. Depends on
 * {@code dev.linepay4j.domain} and {@code java.*} only.
 */
package dev.linepay4j.signing;
