package dev.linepay4j.adapter.jdk;

import dev.linepay4j.spi.HttpTransport;
import dev.linepay4j.spi.HttpTransportProvider;
import dev.linepay4j.spi.TransportSettings;

/**
 * Provides {@link JdkHttpTransport}; id {@code jdk}. Its priority is the lowest of linepay4j's
 * transports: an application that also has OkHttp or Apache HttpClient on its class path has chosen a
 * library on purpose, and that one wins unless the user names {@code jdk}.
 *
 * <pre>{@code
 * HttpTransport transport = new JdkHttpTransportProvider().create(TransportSettings.defaults());
 * }</pre>
 */
public final class JdkHttpTransportProvider implements HttpTransportProvider {

    /** The id users name to choose this transport. */
    public static final String ID = "jdk";

    /** Needed by {@link java.util.ServiceLoader}. */
    public JdkHttpTransportProvider() {
        // nothing to prepare: each transport owns its client
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public HttpTransport create(TransportSettings settings) {
        return new JdkHttpTransport(settings);
    }
}
