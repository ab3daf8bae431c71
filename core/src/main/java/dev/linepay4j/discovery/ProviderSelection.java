package dev.linepay4j.discovery;

import dev.linepay4j.spi.Provider;
import java.util.List;
import java.util.Objects;

/**
 * Which provider was chosen, and why: so that a user who wonders which transport their client runs on
 * can ask instead of guess.
 *
 * <pre>{@code
 * ProviderSelection<HttpTransportProvider> s = ProviderLoader.of(ProviderKind.HTTP_TRANSPORT).select(Optional.empty());
 * s.provider().id();   // "okhttp"
 * s.reason();          // HIGHEST_PRIORITY
 * }</pre>
 *
 * @param provider  the chosen provider
 * @param reason    what decided
 * @param available the ids of every provider that was found, sorted
 * @param <P>       the provider interface
 */
public record ProviderSelection<P extends Provider>(P provider, Reason reason, List<String> available) {

    /** What decided the choice, in the order they are tried. */
    public enum Reason {
        /** The application passed the provider itself. */
        GIVEN_INSTANCE,
        /** The application named the id in the builder. */
        BUILDER_ID,
        /** The system property named the id. */
        SYSTEM_PROPERTY,
        /** The environment variable named the id. */
        ENVIRONMENT_VARIABLE,
        /** Nobody named one: the highest priority won, ties broken by id. */
        HIGHEST_PRIORITY
    }

    /**
     * Creates a selection.
     *
     * @param provider the chosen provider
     * @param reason what decided
     * @param available the ids of every provider that was found, sorted
     * @throws NullPointerException if a part is null
     */
    public ProviderSelection {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(reason, "reason");
        available = List.copyOf(available);
    }

    /**
     * A selection of a provider the application passed itself.
     *
     * @param provider the provider
     * @param <P>      the provider interface
     * @return the selection
     */
    public static <P extends Provider> ProviderSelection<P> given(P provider) {
        return new ProviderSelection<>(provider, Reason.GIVEN_INSTANCE, List.of(provider.id()));
    }

    /** For logs: {@code okhttp (HIGHEST_PRIORITY among [apache, jdk, okhttp])}. */
    @Override
    public String toString() {
        return provider.id() + " (" + reason + " among " + available + ")";
    }
}
