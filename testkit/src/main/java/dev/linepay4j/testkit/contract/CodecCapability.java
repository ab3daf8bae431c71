package dev.linepay4j.testkit.contract;

/**
 * Abilities a {@link dev.linepay4j.spi.JsonCodec} may lack. A codec declares what it has in
 * {@link JsonCodecContract#capabilities()}; the tests that need a missing ability show as skipped,
 * never as silently absent.
 *
 * <pre>{@code
 * protected Set<CodecCapability> capabilities() {
 *     return EnumSet.noneOf(CodecCapability.class);   // this codec replaces lone surrogates
 * }
 * }</pre>
 */
public enum CodecCapability {
    /**
     * A Java string holding an unpaired surrogate (a lone U+D800, say) is written as a six-character
     * {@code \}{@code uD800} escape and read back as the same string, instead of being replaced by
     * {@code ?} or refused. Codecs that encode through {@code String.getBytes(UTF_8)} lack it; LINE Pay
     * never sends such strings, so lacking it loses nothing on the wire.
     */
    LONE_SURROGATES
}
