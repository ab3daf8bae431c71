package dev.linepay4j.adapter.apache;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linepay4j.discovery.ProviderKind;
import dev.linepay4j.discovery.ProviderLoader;
import dev.linepay4j.discovery.ProviderSelection;
import dev.linepay4j.spi.HttpTransport;
import dev.linepay4j.spi.HttpTransportProvider;
import dev.linepay4j.spi.TransportSettings;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The provider is found the way core finds it: through {@code META-INF/services}, not by name. */
class ApacheHttpTransportProviderTest {

    private static final String SERVICE_FILE = "META-INF/services/" + HttpTransportProvider.class.getName();

    @Test
    void serviceLoaderFindsTheProvider() {
        List<HttpTransportProvider> found = ServiceLoader.load(HttpTransportProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p instanceof ApacheHttpTransportProvider)
                .collect(Collectors.toList());

        assertEquals(1, found.size(), "found " + found);
        assertEquals("apache", found.get(0).id());
    }

    @Test
    void coresLoaderChoosesItWhenItIsTheOnlyTransport() {
        ProviderSelection<HttpTransportProvider> selection = ProviderLoader.of(ProviderKind.HTTP_TRANSPORT).select(Optional.empty());

        assertEquals(ApacheHttpTransportProvider.ID, selection.provider().id());
        assertInstanceOf(ApacheHttpTransportProvider.class, selection.provider());
        assertTrue(selection.available().contains("apache"), selection.toString());
    }

    @Test
    void theProviderMakesAnApacheTransport() {
        try (HttpTransport transport = new ApacheHttpTransportProvider().create(TransportSettings.defaults())) {
            assertInstanceOf(ApacheHttpTransport.class, transport);
        }
    }

    @Test
    void priorityIs20BetweenTheJdkTransportsTenAndOkHttpsThirty() {
        assertEquals(20, new ApacheHttpTransportProvider().priority());
    }

    @Test
    void theServiceFileNamesExactlyTheProviderAndItIsAUsableProvider() throws Exception {
        List<String> names = serviceFileOfThisModule();

        assertEquals(List.of(ApacheHttpTransportProvider.class.getName()), names);
        Class<?> type = Class.forName(names.get(0));
        assertTrue(HttpTransportProvider.class.isAssignableFrom(type), type + " does not implement HttpTransportProvider");
        assertTrue(Modifier.isPublic(type.getModifiers()), "ServiceLoader needs a public class");
        assertTrue(Modifier.isPublic(type.getConstructor().getModifiers()), "ServiceLoader needs a public no-arg constructor");
    }

    /** The service file beside this module's classes, not another module's on the test class path. */
    private static List<String> serviceFileOfThisModule() throws IOException {
        String classes = ApacheHttpTransportProvider.class.getProtectionDomain().getCodeSource().getLocation().toString();
        List<URL> ours = new ArrayList<>();
        for (URL url : Collections.list(ApacheHttpTransportProvider.class.getClassLoader().getResources(SERVICE_FILE))) {
            if (url.toString().contains(classes)) {
                ours.add(url);
            }
        }
        assertEquals(1, ours.size(), "service files of this module: " + ours);
        try (InputStream in = ours.get(0).openStream()) {
            return new String(in.readAllBytes(), UTF_8).lines()
                    .map(line -> line.replaceFirst("#.*", "").trim())
                    .filter(line -> !line.isEmpty())
                    .collect(Collectors.toList());
        }
    }
}
