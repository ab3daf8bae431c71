package dev.linepay4j.it;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs core's own provider discovery inside a class loader that sees only the given jars, the way an
 * application that ships them would: nothing from this module's class path (target/classes, the test
 * runner) can make the result look better than it is.
 */
final class IsolatedDiscovery implements AutoCloseable {

    private final URLClassLoader loader;

    IsolatedDiscovery(List<URL> jars) {
        this.loader = new URLClassLoader(jars.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    /** The ids of every provider of a kind ({@code HTTP_TRANSPORT}, {@code JSON_CODEC}), sorted. */
    List<String> availableIds(String kindName) throws Exception {
        return inLoader(() -> {
            Object providerLoader = providerLoader(kindName);
            List<String> ids = new ArrayList<>();
            for (Object provider : (List<?>) providerLoader.getClass().getMethod("available").invoke(providerLoader)) {
                ids.add(id(provider));
            }
            return ids;
        });
    }

    /** The id the loader chooses when nobody names one. */
    String chosenId(String kindName) throws Exception {
        return inLoader(() -> {
            Object providerLoader = providerLoader(kindName);
            Object selection = providerLoader.getClass().getMethod("select", java.util.Optional.class)
                    .invoke(providerLoader, java.util.Optional.empty());
            return id(selection.getClass().getMethod("provider").invoke(selection));
        });
    }

    /** Creates a transport from the named provider, then closes it: the jar's dependencies are all there. */
    void createAndCloseTransport(String id) throws Exception {
        inLoader(() -> {
            Object providerLoader = providerLoader("HTTP_TRANSPORT");
            for (Object provider : (List<?>) providerLoader.getClass().getMethod("available").invoke(providerLoader)) {
                if (id(provider).equals(id)) {
                    Class<?> settingsType = loader.loadClass("dev.linepay4j.spi.TransportSettings");
                    Object settings = settingsType.getMethod("defaults").invoke(null);
                    Method create = loader.loadClass("dev.linepay4j.spi.HttpTransportProvider").getMethod("create", settingsType);
                    ((AutoCloseable) create.invoke(provider, settings)).close();
                    return null;
                }
            }
            throw new AssertionError("no provider " + id);
        });
    }

    private Object providerLoader(String kindName) throws Exception {
        Class<?> kindType = loader.loadClass("dev.linepay4j.discovery.ProviderKind");
        Object kind = kindType.getField(kindName).get(null);
        return loader.loadClass("dev.linepay4j.discovery.ProviderLoader").getMethod("of", kindType).invoke(null, kind);
    }

    private String id(Object provider) throws Exception {
        return (String) loader.loadClass("dev.linepay4j.spi.Provider").getMethod("id").invoke(provider);
    }

    /** Discovery also asks the context class loader; during the call it must be the isolated one. */
    private <T> T inLoader(java.util.concurrent.Callable<T> work) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return work.call();
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    @Override
    public void close() throws Exception {
        loader.close();
    }
}
