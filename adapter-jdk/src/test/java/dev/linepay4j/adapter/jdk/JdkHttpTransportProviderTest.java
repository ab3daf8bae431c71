package dev.linepay4j.adapter.jdk;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linepay4j.discovery.ProviderKind;
import dev.linepay4j.discovery.ProviderLoader;
import dev.linepay4j.discovery.ProviderSelection;
import dev.linepay4j.spi.HttpTransport;
import dev.linepay4j.spi.HttpTransportProvider;
import dev.linepay4j.spi.TransportSettings;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JdkHttpTransportProviderTest {

    private static final String SERVICES = "META-INF/services/" + HttpTransportProvider.class.getName();

    @Test
    void serviceLoaderFindsTheProvider() {
        List<HttpTransportProvider> found = ServiceLoader.load(HttpTransportProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .collect(Collectors.toList());

        assertThat(found).anySatisfy(p -> assertThat(p).isInstanceOf(JdkHttpTransportProvider.class));
    }

    @Test
    void coreDiscoveryChoosesJdkWhenItIsTheOnlyTransport() {
        ProviderSelection<HttpTransportProvider> selection = ProviderLoader.of(ProviderKind.HTTP_TRANSPORT)
                .select(Optional.empty());

        assertThat(selection.provider().id()).isEqualTo("jdk");
        assertThat(selection.provider()).isInstanceOf(JdkHttpTransportProvider.class);
    }

    @Test
    void theServicesFileNamesExactlyTheProviderClass() throws IOException, ClassNotFoundException {
        List<String> lines;
        try (InputStream in = JdkHttpTransportProvider.class.getClassLoader().getResourceAsStream(SERVICES)) {
            assertThat(in).as(SERVICES + " on the class path").isNotNull();
            lines = new String(in.readAllBytes(), UTF_8).lines()
                    .map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .collect(Collectors.toList());
        }

        assertThat(lines).containsExactly(JdkHttpTransportProvider.class.getName());
        assertThat(HttpTransportProvider.class).isAssignableFrom(Class.forName(lines.get(0)));
    }

    @Test
    void idAndPriorityPutJdkBelowTheOtherTransports() {
        JdkHttpTransportProvider provider = new JdkHttpTransportProvider();

        assertThat(provider.id()).isEqualTo(JdkHttpTransportProvider.ID).isEqualTo("jdk");
        assertThat(provider.priority()).isEqualTo(10);
    }

    @Test
    void createMakesAnJdkHttpTransport() {
        try (HttpTransport transport = new JdkHttpTransportProvider().create(TransportSettings.defaults())) {
            assertThat(transport).isInstanceOf(JdkHttpTransport.class);
        }
    }
}
