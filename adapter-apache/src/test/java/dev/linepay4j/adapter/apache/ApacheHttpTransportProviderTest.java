package dev.linepay4j.adapter.apache;

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
class ApacheHttpTransportProviderTest extends ProviderRegistrationContract<HttpTransportProvider> {

    @Override
    protected ProviderKind<HttpTransportProvider> kind() {
        return ProviderKind.HTTP_TRANSPORT;
    }

    @Override
    protected HttpTransportProvider provider() {
        return new ApacheHttpTransportProvider();
    }

    @Test
    void itsIdAndPriorityAreTheDocumentedOnes() {
        assertThat(provider().id()).isEqualTo(ApacheHttpTransportProvider.ID).isEqualTo("apache");
        assertThat(provider().priority()).isEqualTo(20);
    }

    @Test
    void withNoOtherTransportOnTheClassPathCoreChoosesItUnasked() {
        assertThat(ProviderLoader.of(ProviderKind.HTTP_TRANSPORT).select(Optional.empty()).provider()).isInstanceOf(ApacheHttpTransportProvider.class);
    }

    @Test
    void itCreatesApacheHttpTransports() {
        try (HttpTransport transport = provider().create(TransportSettings.defaults())) {
            assertThat(transport).isInstanceOf(ApacheHttpTransport.class);
        }
    }
}
