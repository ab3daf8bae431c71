/**
 * The driven ports of linepay4j and the {@link java.util.ServiceLoader} provider interfaces that find
 * their adapters: {@link dev.linepay4j.spi.HttpTransport} moves bytes over HTTP,
 * {@link dev.linepay4j.spi.JsonCodec} turns {@link dev.linepay4j.domain.json.JsonValue} trees into bytes
 * and back. Adapters implement these and nothing else; retries, signing and error mapping stay in core
 * so that every adapter behaves the same. Depends on {@code dev.linepay4j.domain} only.
 */
package dev.linepay4j.spi;
