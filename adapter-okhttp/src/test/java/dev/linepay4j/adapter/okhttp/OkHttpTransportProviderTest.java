package dev.linepay4j.adapter.okhttp;

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

class OkHttpTransportProviderTest {

    private static final String SERVICES = "META-INF/services/" + HttpTransportProvider.class.getName();

    @Test
    void serviceLoaderFindsTheProvider() {
        List<HttpTransportProvider> found = ServiceLoader.load(HttpTransportProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .collect(Collectors.toList());

        assertThat(found).anySatisfy(p -> assertThat(p).isInstanceOf(OkHttpTransportProvider.class));
    }

    @Test
    void coreDiscoveryChoosesOkHttpWhenNothingIsNamed() {
        ProviderSelection<HttpTransportProvider> selection = ProviderLoader.of(ProviderKind.HTTP_TRANSPORT)
                .select(Optional.empty());

        assertThat(selection.provider().id()).isEqualTo("okhttp");
        assertThat(selection.provider()).isInstanceOf(OkHttpTransportProvider.class);
    }

    @Test
    void theServicesFileNamesExactlyTheProviderClass() throws IOException, ClassNotFoundException {
        List<String> lines;
        try (InputStream in = OkHttpTransportProvider.class.getClassLoader().getResourceAsStream(SERVICES)) {
            assertThat(in).as(SERVICES + " on the class path").isNotNull();
            lines = new String(in.readAllBytes(), UTF_8).lines()
                    .map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .collect(Collectors.toList());
        }

        assertThat(lines).containsExactly(OkHttpTransportProvider.class.getName());
        assertThat(HttpTransportProvider.class).isAssignableFrom(Class.forName(lines.get(0)));
    }

    @Test
    void idAndPriorityPutOkHttpAboveTheOtherTransports() {
        OkHttpTransportProvider provider = new OkHttpTransportProvider();

        assertThat(provider.id()).isEqualTo(OkHttpTransportProvider.ID).isEqualTo("okhttp");
        assertThat(provider.priority()).isEqualTo(30);
    }

    @Test
    void createMakesAnOkHttpTransport() {
        try (HttpTransport transport = new OkHttpTransportProvider().create(TransportSettings.defaults())) {
            assertThat(transport).isInstanceOf(OkHttpTransport.class);
        }
    }
}
