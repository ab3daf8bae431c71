package dev.linepay4j.adapter.apache;

import dev.linepay4j.spi.HttpTransport;
import dev.linepay4j.spi.HttpTransportProvider;
import dev.linepay4j.spi.TransportSettings;

/**
 * Provides {@link ApacheHttpTransport}; id {@code apache}. Its priority is above the JDK transport's,
 * because an application with Apache HttpClient on its class path chose that library (or a framework
 * that did), and below OkHttp's, so that the choice stays deterministic when both are present; naming
 * {@code apache} in the builder, {@code -Dlinepay4j.transport=apache} or
 * {@code LINEPAY4J_TRANSPORT=apache} picks it regardless.
 *
 * <pre>{@code
 * HttpTransport transport = new ApacheHttpTransportProvider().create(TransportSettings.defaults());
 * }</pre>
 */
public final class ApacheHttpTransportProvider implements HttpTransportProvider {

    /** The id users name to choose this transport. */
    public static final String ID = "apache";

    /** Needed by {@link java.util.ServiceLoader}. */
    public ApacheHttpTransportProvider() {
        // nothing to prepare: each transport owns its clients and pools
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int priority() {
        return 20;
    }

    @Override
    public HttpTransport create(TransportSettings settings) {
        return new ApacheHttpTransport(settings);
    }
}
