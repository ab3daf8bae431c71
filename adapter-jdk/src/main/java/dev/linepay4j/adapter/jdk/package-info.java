/**
 * The {@link dev.linepay4j.spi.HttpTransport} over the JDK's own {@code java.net.http.HttpClient}: no
 * dependency beyond linepay4j-core. Provider id {@code jdk}.
 */
package dev.linepay4j.adapter.jdk;
