package dev.linepay4j.codec.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.linepay4j.discovery.ProviderKind;
import dev.linepay4j.discovery.ProviderLoader;
import dev.linepay4j.discovery.ProviderSelection;
import dev.linepay4j.spi.JsonCodecProvider;
import dev.linepay4j.spi.JsonLimits;
import dev.linepay4j.spi.JsonReadException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The provider directly, through {@link ServiceLoader}, and through linepay4j's own loader. */
class JacksonJsonCodecProviderTest {

    private static final String SERVICES = "META-INF/services/" + JsonCodecProvider.class.getName();

    @Test
    void theProviderIsNamedJacksonWithPriorityTen() {
        JacksonJsonCodecProvider provider = new JacksonJsonCodecProvider();

        assertThat(provider.id()).isEqualTo("jackson").isEqualTo(JacksonJsonCodecProvider.ID);
        assertThat(provider.priority()).isEqualTo(10);
    }

    @Test
    void aCreatedCodecReadsWithTheGivenLimits() {
        JsonLimits limits = new JsonLimits(16, 4, 10, 10);

        var codec = new JacksonJsonCodecProvider().create(limits);

        assertThat(codec).isInstanceOf(JacksonJsonCodec.class);
        assertThat(((JacksonJsonCodec) codec).limits()).isEqualTo(limits);
        JsonReadException e = catchThrowableOfType(JsonReadException.class, () -> codec.read(new byte[17]));
        assertThat(e.reason()).isEqualTo(JsonReadException.Reason.TOO_LARGE);
    }

    @Test
    void serviceLoaderFindsTheProvider() {
        List<JsonCodecProvider> found = ServiceLoader.load(JsonCodecProvider.class).stream()
                .map(ServiceLoader.Provider::get).collect(Collectors.toList());

        assertThat(found).hasAtLeastOneElementOfType(JacksonJsonCodecProvider.class);
    }

    @Test
    void linepay4jsLoaderChoosesJacksonWhenNobodyNamesACodec() {
        ProviderSelection<JsonCodecProvider> selection = ProviderLoader.of(ProviderKind.JSON_CODEC).select(Optional.empty());

        assertThat(selection.provider()).isInstanceOf(JacksonJsonCodecProvider.class);
        assertThat(selection.reason()).isEqualTo(ProviderSelection.Reason.HIGHEST_PRIORITY);
        assertThat(selection.available()).containsExactly("jackson");
    }

    @Test
    void linepay4jsLoaderChoosesJacksonByItsId() {
        ProviderSelection<JsonCodecProvider> selection = ProviderLoader.of(ProviderKind.JSON_CODEC).select(Optional.of("jackson"));

        assertThat(selection.provider()).isInstanceOf(JacksonJsonCodecProvider.class);
        assertThat(selection.reason()).isEqualTo(ProviderSelection.Reason.BUILDER_ID);
    }

    @Test
    void theServicesFileOfThisModuleNamesExactlyTheProviderClass() throws IOException, URISyntaxException {
        // The file in this module's own classes or jar, not whichever one comes first on the class path.
        URI location = JacksonJsonCodecProvider.class.getProtectionDomain().getCodeSource().getLocation().toURI();
        URL file = location.getPath().endsWith(".jar")
                ? URI.create("jar:" + location + "!/" + SERVICES).toURL()
                : location.resolve(SERVICES).toURL();

        String content;
        try (InputStream in = file.openStream()) {
            content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        List<String> entries = Arrays.stream(content.split("\n"))
                .map(line -> line.replaceAll("#.*", "").trim())
                .filter(line -> !line.isEmpty())
                .collect(Collectors.toList());
        assertThat(entries).containsExactly(JacksonJsonCodecProvider.class.getName());
    }
}
