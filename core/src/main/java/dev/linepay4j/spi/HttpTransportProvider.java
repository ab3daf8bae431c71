package dev.linepay4j.spi;

/**
 * Makes {@link HttpTransport}s; registered in {@code META-INF/services/dev.linepay4j.spi.HttpTransportProvider}
 * so that core finds it with {@link java.util.ServiceLoader}. Needs a public no-argument constructor.
 *
 * <pre>{@code
 * HttpTransport transport = new JdkHttpTransportProvider().create(TransportSettings.defaults());
 * }</pre>
 */
public interface HttpTransportProvider extends Provider {

    /**
     * Creates a transport with its own connection pool.
     *
     * @param settings the connect timeout, response cap and pool size
     * @return a new transport; the caller closes it
     */
    HttpTransport create(TransportSettings settings);
}
