package dev.linepay4j.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.linepay4j.spi.HttpTransport;
import dev.linepay4j.spi.HttpTransportProvider;
import dev.linepay4j.spi.TransportSettings;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProviderLoaderTest {

    /** A provider that is only an id and a priority: the loader never creates transports. */
    private record Named(String id, int priority) implements HttpTransportProvider {
        @Override
        public HttpTransport create(TransportSettings settings) {
            throw new AssertionError("the loader must not create transports");
        }
    }

    private static final Named OKHTTP = new Named("okhttp", 30);
    private static final Named APACHE = new Named("apache", 20);
    private static final Named JDK = new Named("jdk", 10);

    private static ProviderLoader<HttpTransportProvider> loader(List<HttpTransportProvider> found,
                                                                Map<String, String> props, Map<String, String> env) {
        return new ProviderLoader<>(ProviderKind.HTTP_TRANSPORT, () -> found, props::get, env::get);
    }

    @Test
    void withNothingNamedTheHighestPriorityWins() {
        var selection = loader(List.of(JDK, OKHTTP, APACHE), Map.of(), Map.of()).select(Optional.empty());

        assertThat(selection.provider()).isEqualTo(OKHTTP);
        assertThat(selection.reason()).isEqualTo(ProviderSelection.Reason.HIGHEST_PRIORITY);
        assertThat(selection.available()).containsExactly("apache", "jdk", "okhttp");
    }

    @Test
    void equalPrioritiesAreBrokenByIdWhateverTheClassPathOrder() {
        Named b = new Named("bravo", 5);
        Named a = new Named("alpha", 5);

        assertThat(loader(List.of(b, a), Map.of(), Map.of()).select(Optional.empty()).provider()).isEqualTo(a);
        assertThat(loader(List.of(a, b), Map.of(), Map.of()).select(Optional.empty()).provider()).isEqualTo(a);
    }

    @Test
    void theBuilderIdBeatsTheSystemPropertyAndTheEnvironment() {
        var selection = loader(List.of(JDK, OKHTTP, APACHE), Map.of("linepay4j.transport", "apache"),
                Map.of("LINEPAY4J_TRANSPORT", "okhttp")).select(Optional.of("jdk"));

        assertThat(selection.provider()).isEqualTo(JDK);
        assertThat(selection.reason()).isEqualTo(ProviderSelection.Reason.BUILDER_ID);
    }

    @Test
    void theSystemPropertyBeatsTheEnvironmentAndThePriority() {
        var selection = loader(List.of(JDK, OKHTTP, APACHE), Map.of("linepay4j.transport", "apache"),
                Map.of("LINEPAY4J_TRANSPORT", "jdk")).select(Optional.empty());

        assertThat(selection.provider()).isEqualTo(APACHE);
        assertThat(selection.reason()).isEqualTo(ProviderSelection.Reason.SYSTEM_PROPERTY);
    }

    @Test
    void theEnvironmentVariableBeatsThePriority() {
        var selection = loader(List.of(JDK, OKHTTP, APACHE), Map.of(), Map.of("LINEPAY4J_TRANSPORT", " jdk "))
                .select(Optional.empty());

        assertThat(selection.provider()).isEqualTo(JDK);
        assertThat(selection.reason()).isEqualTo(ProviderSelection.Reason.ENVIRONMENT_VARIABLE);
    }

    @Test
    void blankNamesAreIgnored() {
        var selection = loader(List.of(JDK, OKHTTP), Map.of("linepay4j.transport", "  "), Map.of("LINEPAY4J_TRANSPORT", ""))
                .select(Optional.of(""));

        assertThat(selection.provider()).isEqualTo(OKHTTP);
        assertThat(selection.reason()).isEqualTo(ProviderSelection.Reason.HIGHEST_PRIORITY);
    }

    @Test
    void noneFoundNamesTheArtifactsToAddAndTheBuilderMethod() {
        assertThatThrownBy(() -> loader(List.of(), Map.of(), Map.of()).select(Optional.empty()))
                .isInstanceOf(DiscoveryException.class)
                .hasMessage("No HTTP transport found. Add one of these artifacts to your dependencies: "
                        + "dev.linepay4j:linepay4j-adapter-okhttp, dev.linepay4j:linepay4j-adapter-apache, "
                        + "dev.linepay4j:linepay4j-adapter-jdk; or pass one with LinePay.builder().transport(...).");
    }

    @Test
    void anUnknownBuilderIdListsTheRegisteredIds() {
        assertThatThrownBy(() -> loader(List.of(OKHTTP, JDK), Map.of(), Map.of()).select(Optional.of("netty")))
                .isInstanceOf(DiscoveryException.class)
                .hasMessage("No HTTP transport with id 'netty' (named by LinePay.builder().transport(...)). "
                        + "Registered ids: jdk, okhttp.");
    }

    @Test
    void anUnknownSystemPropertyIdSaysWhichPropertyNamedIt() {
        assertThatThrownBy(() -> loader(List.of(OKHTTP), Map.of("linepay4j.transport", "apach"), Map.of())
                .select(Optional.empty()))
                .hasMessage("No HTTP transport with id 'apach' (named by system property linepay4j.transport). "
                        + "Registered ids: okhttp.");
    }

    @Test
    void anUnknownEnvironmentIdWithNothingRegisteredSaysWhatToAdd() {
        assertThatThrownBy(() -> loader(List.of(), Map.of(), Map.of("LINEPAY4J_TRANSPORT", "jdk")).select(Optional.empty()))
                .hasMessage("No HTTP transport with id 'jdk' (named by environment variable LINEPAY4J_TRANSPORT). "
                        + "Registered ids: none; add one of dev.linepay4j:linepay4j-adapter-okhttp, "
                        + "dev.linepay4j:linepay4j-adapter-apache, dev.linepay4j:linepay4j-adapter-jdk.");
    }

    @Test
    void theCodecKindSpeaksOfCodecs() {
        var codecs = new ProviderLoader<>(ProviderKind.JSON_CODEC, List::of, k -> null, k -> null);

        assertThatThrownBy(() -> codecs.select(Optional.empty()))
                .hasMessage("No JSON codec found. Add one of these artifacts to your dependencies: "
                        + "dev.linepay4j:linepay4j-codec-jackson; or pass one with LinePay.builder().codec(...).");
    }

    @Test
    void aDuplicateIdKeepsTheFirstFound() {
        Named first = new Named("okhttp", 1);
        Named second = new Named("okhttp", 99);

        assertThat(loader(List.of(first, second), Map.of(), Map.of()).available()).containsExactly(first);
    }

    @Test
    void aGivenInstanceIsReportedAsSuch() {
        assertThat(ProviderSelection.given(JDK).reason()).isEqualTo(ProviderSelection.Reason.GIVEN_INSTANCE);
        assertThat(ProviderSelection.given(JDK).toString()).isEqualTo("jdk (GIVEN_INSTANCE among [jdk])");
    }
}
