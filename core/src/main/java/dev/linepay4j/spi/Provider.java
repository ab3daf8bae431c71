package dev.linepay4j.spi;

/**
 * What every {@link java.util.ServiceLoader} provider of linepay4j declares, so that one loader can
 * choose among several: a stable id users can name, and a priority.
 *
 * <pre>{@code
 * public final class OkHttpTransportProvider implements HttpTransportProvider {
 *     public String id() { return "okhttp"; }
 *     public int priority() { return 30; }
 *     ...
 * }
 * }</pre>
 */
public interface Provider {

    /**
     * The id users name in the builder, the system property or the environment variable.
     *
     * @return a short lower-case word, unique among providers of the same kind
     */
    String id();

    /**
     * Which provider wins when several are found and the user named none: the highest priority,
     * ties broken by id.
     *
     * @return the priority
     */
    int priority();
}
