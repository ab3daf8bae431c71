package dev.linepay4j.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Discovery through the real {@link java.util.ServiceLoader}, from META-INF/services files. */
class ServiceLoaderDiscoveryTest {

    @Test
    void providersRegisteredInMetaInfServicesAreFound() {
        // src/test/resources registers TestCodecProvider.
        var selection = ProviderLoader.of(ProviderKind.JSON_CODEC).select(Optional.empty());

        assertThat(selection.provider()).isInstanceOf(TestCodecProvider.class);
        assertThat(selection.available()).containsExactly("test-codec");
    }

    @Test
    void theContextClassLoaderIsSearchedToo(@TempDir Path dir) throws Exception {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve("dev.linepay4j.spi.HttpTransportProvider"),
                TestTransportProvider.class.getName() + "\n");
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader context = new URLClassLoader(new URL[] {dir.toUri().toURL()}, before)) {
            thread.setContextClassLoader(context);
            var selection = ProviderLoader.of(ProviderKind.HTTP_TRANSPORT).select(Optional.empty());
            assertThat(selection.provider().id()).isEqualTo("test-transport");
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    @Test
    void aRegisteredProviderThatCannotBeLoadedIsAnErrorNotSkipped(@TempDir Path dir) throws Exception {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve("dev.linepay4j.spi.HttpTransportProvider"), "com.example.Missing\n");
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader context = new URLClassLoader(new URL[] {dir.toUri().toURL()}, before)) {
            thread.setContextClassLoader(context);
            assertThatThrownBy(() -> ProviderLoader.of(ProviderKind.HTTP_TRANSPORT).select(Optional.empty()))
                    .isInstanceOf(DiscoveryException.class)
                    .hasMessageContaining("could not be loaded")
                    .hasMessageContaining("META-INF/services/dev.linepay4j.spi.HttpTransportProvider");
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}
