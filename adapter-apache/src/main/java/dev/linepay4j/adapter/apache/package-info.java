/**
 * The {@link dev.linepay4j.spi.HttpTransport} over Apache HttpClient 5: the classic client for
 * synchronous calls and the asynchronous client for {@code sendAsync}. Provider id {@code apache}.
 */
package dev.linepay4j.adapter.apache;
