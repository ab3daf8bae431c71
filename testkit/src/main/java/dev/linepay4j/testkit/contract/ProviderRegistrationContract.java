package dev.linepay4j.testkit.contract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linepay4j.discovery.ProviderKind;
import dev.linepay4j.discovery.ProviderLoader;
import dev.linepay4j.discovery.ProviderSelection;
import dev.linepay4j.spi.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What every provider's registration must get right, so that core finds it the way a user's
 * application will: through its own {@code META-INF/services} file, with {@link ServiceLoader} and with
 * core's {@link ProviderLoader}.
 *
 * <pre>{@code
 * class OkHttpTransportProviderTest extends ProviderRegistrationContract<HttpTransportProvider> {
 *     protected ProviderKind<HttpTransportProvider> kind() { return ProviderKind.HTTP_TRANSPORT; }
 *     protected HttpTransportProvider provider() { return new OkHttpTransportProvider(); }
 * }
 * }</pre>
 *
 * @param <P> the provider interface
 */
public abstract class ProviderRegistrationContract<P extends Provider> {

    /**
     * The kind of provider under test.
     *
     * @return for example {@link ProviderKind#HTTP_TRANSPORT}
     */
    protected abstract ProviderKind<P> kind();

    /**
     * A new instance of the provider under test.
     *
     * @return the provider
     */
    protected abstract P provider();

    private String servicesFile() {
        return "META-INF/services/" + kind().type().getName();
    }

    @Test
    void serviceLoaderFindsExactlyOneInstanceOfTheProvider() {
        Class<?> type = provider().getClass();

        List<P> found = ServiceLoader.load(kind().type()).stream()
                .map(ServiceLoader.Provider::get)
                .filter(type::isInstance)
                .collect(Collectors.toList());

        assertEquals(1, found.size(), "found " + found);
        assertEquals(provider().id(), found.get(0).id());
    }

    @Test
    void theServicesFileBesideTheProviderNamesExactlyItAndServiceLoaderCanMakeIt() throws Exception {
        List<String> names = servicesFileOfTheProvidersModule();

        assertEquals(List.of(provider().getClass().getName()), names);
        Class<?> type = Class.forName(names.get(0));
        assertTrue(kind().type().isAssignableFrom(type), type + " does not implement " + kind().type().getName());
        assertTrue(Modifier.isPublic(type.getModifiers()), "ServiceLoader needs a public class");
        assertTrue(Modifier.isPublic(type.getConstructor().getModifiers()), "ServiceLoader needs a public no-argument constructor");
    }

    @Test
    void coresLoaderFindsTheProviderAndChoosesItById() {
        String id = provider().id();

        ProviderSelection<P> selection = ProviderLoader.of(kind()).select(Optional.of(id));

        assertEquals(provider().getClass(), selection.provider().getClass());
        assertEquals(ProviderSelection.Reason.BUILDER_ID, selection.reason());
        assertTrue(selection.available().contains(id), selection.toString());
    }

    @Test
    void theIdIsAShortLowerCaseWordUsersCanType() {
        assertTrue(provider().id().matches("[a-z][a-z0-9-]{1,30}"), "id '" + provider().id() + "'");
    }

    /** The file in the provider's own classes or jar, not another module's on the class path. */
    private List<String> servicesFileOfTheProvidersModule() throws IOException, URISyntaxException {
        String home = provider().getClass().getProtectionDomain().getCodeSource().getLocation().toURI().toString();
        List<URL> ours = new ArrayList<>();
        for (URL url : Collections.list(provider().getClass().getClassLoader().getResources(servicesFile()))) {
            if (url.toString().contains(home)) {
                ours.add(url);
            }
        }
        assertEquals(1, ours.size(), servicesFile() + " beside " + home + ": " + ours);
        try (InputStream in = ours.get(0).openStream()) {
            return new String(in.readAllBytes(), UTF_8).lines()
                    .map(line -> line.replaceFirst("#.*", "").trim())
                    .filter(line -> !line.isEmpty())
                    .collect(Collectors.toList());
        }
    }
}
