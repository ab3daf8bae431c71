package dev.linepay4j.adapter.jdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linepay4j.discovery.ProviderKind;
import dev.linepay4j.discovery.ProviderLoader;
import dev.linepay4j.spi.HttpTransport;
import dev.linepay4j.spi.HttpTransportProvider;
import dev.linepay4j.spi.TransportSettings;
import dev.linepay4j.testkit.contract.ProviderRegistrationContract;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Registration through META-INF/services (the shared contract), and what is particular to this provider. */
class JdkHttpTransportProviderTest extends ProviderRegistrationContract<HttpTransportProvider> {

    @Override
    protected ProviderKind<HttpTransportProvider> kind() {
        return ProviderKind.HTTP_TRANSPORT;
    }

    @Override
    protected HttpTransportProvider provider() {
        return new JdkHttpTransportProvider();
    }

    @Test
    void itsIdAndPriorityAreTheDocumentedOnes() {
        assertThat(provider().id()).isEqualTo(JdkHttpTransportProvider.ID).isEqualTo("jdk");
        assertThat(provider().priority()).isEqualTo(10);
    }

    @Test
    void withNoOtherTransportOnTheClassPathCoreChoosesItUnasked() {
        assertThat(ProviderLoader.of(ProviderKind.HTTP_TRANSPORT).select(Optional.empty()).provider()).isInstanceOf(JdkHttpTransportProvider.class);
    }

    @Test
    void itCreatesJdkHttpTransports() {
        try (HttpTransport transport = provider().create(TransportSettings.defaults())) {
            assertThat(transport).isInstanceOf(JdkHttpTransport.class);
        }
    }
}
