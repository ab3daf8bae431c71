package dev.linepay4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An application that merges every jar into one (maven-shade, a fat jar) still finds every adapter:
 * the build merges the META-INF/services files, and core's discovery reads the merged file.
 */
class MergedJarDiscoveryIT {

    private static Path mergedJar() {
        Path jar = Path.of(System.getProperty("linepay4j.it.mergedJar"));
        assertThat(jar).as("the merged jar built in the package phase").exists();
        return jar;
    }

    @Test
    void everyTransportAndTheCodecAreFoundInTheMergedJar() throws Exception {
        try (IsolatedDiscovery discovery = new IsolatedDiscovery(List.of(mergedJar().toUri().toURL()))) {
            assertThat(discovery.availableIds("HTTP_TRANSPORT")).containsExactly("apache", "jdk", "okhttp");
            assertThat(discovery.availableIds("JSON_CODEC")).containsExactly("jackson");
            assertThat(discovery.chosenId("HTTP_TRANSPORT")).isEqualTo("okhttp");
        }
    }

    @Test
    void eachTransportInTheMergedJarCanBeCreatedAndClosed() throws Exception {
        try (IsolatedDiscovery discovery = new IsolatedDiscovery(List.of(mergedJar().toUri().toURL()))) {
            for (String id : List.of("apache", "jdk", "okhttp")) {
                discovery.createAndCloseTransport(id);
            }
        }
    }

    @Test
    void theMergedServicesFileListsAllThreeTransports() throws Exception {
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(mergedJar().toFile())) {
            String services = new String(jar.getInputStream(jar.getEntry("META-INF/services/dev.linepay4j.spi.HttpTransportProvider"))
                    .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(services.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")))
                    .containsExactlyInAnyOrder(
                            "dev.linepay4j.adapter.apache.ApacheHttpTransportProvider",
                            "dev.linepay4j.adapter.jdk.JdkHttpTransportProvider",
                            "dev.linepay4j.adapter.okhttp.OkHttpTransportProvider");
        }
        assertThat(Files.size(mergedJar())).isPositive();
    }
}
