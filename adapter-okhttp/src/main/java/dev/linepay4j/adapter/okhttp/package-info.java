/**
 * The {@link dev.linepay4j.spi.HttpTransport} over OkHttp 5: synchronous calls with
 * {@code Call.execute()}, asynchronous ones with {@code Call.enqueue()}. Provider id {@code okhttp}.
 *
 * <pre>{@code
 * try (HttpTransport transport = new OkHttpTransportProvider().create(TransportSettings.defaults())) {
 *     HttpResponse response = transport.send(request);
 * }
 * }</pre>
 */
package dev.linepay4j.adapter.okhttp;
