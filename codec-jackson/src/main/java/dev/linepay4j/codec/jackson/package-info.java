/**
 * The {@link dev.linepay4j.spi.JsonCodec} over Jackson's streaming API ({@code jackson-core} only, no
 * data binding): {@link dev.linepay4j.codec.jackson.JacksonJsonCodec}, found through
 * {@link dev.linepay4j.codec.jackson.JacksonJsonCodecProvider} with provider id {@code jackson}.
 * Numbers keep their literal digits both ways; input is strict RFC 8259 in strict UTF-8, held to
 * {@link dev.linepay4j.spi.JsonLimits}.
 */
package dev.linepay4j.codec.jackson;
