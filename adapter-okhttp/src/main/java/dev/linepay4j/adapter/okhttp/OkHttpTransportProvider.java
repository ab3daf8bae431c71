package dev.linepay4j.adapter.okhttp;

import dev.linepay4j.spi.HttpTransport;
import dev.linepay4j.spi.HttpTransportProvider;
import dev.linepay4j.spi.TransportSettings;

/**
 * Provides {@link OkHttpTransport}; id {@code okhttp}. Its priority is the highest of linepay4j's
 * transports: OkHttp is on a class path because someone put it there to do HTTP, its connection pool
 * and HTTP/2 support are the most mature, and it lets every failure be placed before or after the
 * request was sent. Name another id to choose another transport.
 *
 * <pre>{@code
 * HttpTransport transport = new OkHttpTransportProvider().create(TransportSettings.defaults());
 * }</pre>
 */
public final class OkHttpTransportProvider implements HttpTransportProvider {

    /** The id users name to choose this transport. */
    public static final String ID = "okhttp";

    /** Above Apache HttpClient and the JDK client, so OkHttp wins when the user names none. */
    static final int PRIORITY = 30;

    /** Needed by {@link java.util.ServiceLoader}. */
    public OkHttpTransportProvider() {
        // nothing to prepare: each transport owns its client, pool and threads
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    @Override
    public HttpTransport create(TransportSettings settings) {
        return new OkHttpTransport(settings);
    }
}
