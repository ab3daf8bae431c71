package dev.linepay4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The jars Maven packaged — not target/classes — as an application gets them: each names its module,
 * registers its provider, and core's discovery finds them from those jars alone.
 */
class PackagedJarsIT {

    private static List<Path> classPath() throws Exception {
        String text = Files.readString(Path.of(System.getProperty("linepay4j.it.classPathFile")), StandardCharsets.UTF_8).trim();
        List<Path> entries = new ArrayList<>();
        for (String entry : text.split(File.pathSeparator)) {
            entries.add(Path.of(entry));
        }
        return entries;
    }

    private static Path ourJar(String artifactId) throws Exception {
        return classPath().stream()
                .filter(p -> p.getFileName().toString().startsWith(artifactId + "-"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(artifactId + " is not on the class path"));
    }

    @Test
    void everyLinepay4jEntryIsAPackagedJar() throws Exception {
        List<Path> ours = classPath().stream()
                .filter(p -> p.toString().contains("linepay4j"))
                .collect(Collectors.toList());

        assertThat(ours).hasSize(6).allSatisfy(p -> assertThat(p.toString()).endsWith(".jar"));
    }

    @Test
    void discoveryFromThePackagedJarsFindsEveryAdapter() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (Path p : classPath()) {
            urls.add(p.toUri().toURL());
        }
        try (IsolatedDiscovery discovery = new IsolatedDiscovery(urls)) {
            assertThat(discovery.availableIds("HTTP_TRANSPORT")).containsExactly("apache", "jdk", "okhttp");
            assertThat(discovery.availableIds("JSON_CODEC")).containsExactly("jackson");
        }
    }

    @ParameterizedTest(name = "{0} registers {2}")
    @CsvSource({
        "linepay4j-adapter-okhttp, dev.linepay4j.spi.HttpTransportProvider, dev.linepay4j.adapter.okhttp.OkHttpTransportProvider, dev.linepay4j.adapter.okhttp",
        "linepay4j-adapter-apache, dev.linepay4j.spi.HttpTransportProvider, dev.linepay4j.adapter.apache.ApacheHttpTransportProvider, dev.linepay4j.adapter.apache",
        "linepay4j-adapter-jdk, dev.linepay4j.spi.HttpTransportProvider, dev.linepay4j.adapter.jdk.JdkHttpTransportProvider, dev.linepay4j.adapter.jdk",
        "linepay4j-codec-jackson, dev.linepay4j.spi.JsonCodecProvider, dev.linepay4j.codec.jackson.JacksonJsonCodecProvider, dev.linepay4j.codec.jackson",
    })
    void eachAdapterJarRegistersItsProviderAndNamesItsModule(String artifactId, String service, String provider,
                                                             String moduleName) throws Exception {
        try (JarFile jar = new JarFile(ourJar(artifactId).toFile())) {
            String registered = new String(jar.getInputStream(jar.getEntry("META-INF/services/" + service)).readAllBytes(),
                    StandardCharsets.UTF_8);

            assertThat(registered.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")))
                    .containsExactly(provider);
            assertThat(jar.getEntry(provider.replace('.', '/') + ".class")).as("the registered class is in the jar").isNotNull();
            assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name")).isEqualTo(moduleName);
        }
    }

    @ParameterizedTest(name = "{0} names its module {1} and registers no provider")
    @CsvSource({
        "linepay4j-core, dev.linepay4j.core",
        "linepay4j-vavr, dev.linepay4j.vavr",
    })
    void theJarsWithoutAProviderNameTheirModuleAndRegisterNone(String artifactId, String moduleName) throws Exception {
        try (JarFile jar = new JarFile(ourJar(artifactId).toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name")).isEqualTo(moduleName);
            assertThat(jar.stream().map(e -> e.getName()).filter(n -> n.startsWith("META-INF/services/")).collect(Collectors.toList()))
                    .isEmpty();
        }
    }
}
