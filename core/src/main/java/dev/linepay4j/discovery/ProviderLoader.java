package dev.linepay4j.discovery;

import dev.linepay4j.spi.Provider;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Finds and chooses a provider of one {@link ProviderKind}, the same way for every kind:
 * <ol>
 *   <li>an id named in the builder;</li>
 *   <li>else the id named by the system property (for example {@code -Dlinepay4j.transport=jdk});</li>
 *   <li>else the id named by the environment variable ({@code LINEPAY4J_TRANSPORT=jdk});</li>
 *   <li>else the provider with the highest {@link Provider#priority()}, ties broken by id, so the
 *       choice never depends on class-path order and two adapters on the class path are never an
 *       error.</li>
 * </ol>
 * Providers are loaded with core's own class loader first, then the thread's context class loader
 * (application servers and plugin systems). A provider that fails to load is an error, never skipped.
 * The choice is logged once at DEBUG on the {@code dev.linepay4j.discovery} logger.
 *
 * <pre>{@code
 * HttpTransportProvider provider = ProviderLoader.of(ProviderKind.HTTP_TRANSPORT)
 *         .select(Optional.empty())
 *         .provider();
 * }</pre>
 *
 * @param <P> the provider interface
 */
public final class ProviderLoader<P extends Provider> {

    private static final System.Logger LOG = System.getLogger("dev.linepay4j.discovery");

    private final ProviderKind<P> kind;
    private final Supplier<List<P>> candidates;
    private final Function<String, String> systemProperties;
    private final Function<String, String> environment;

    ProviderLoader(ProviderKind<P> kind, Supplier<List<P>> candidates, Function<String, String> systemProperties,
                   Function<String, String> environment) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.candidates = Objects.requireNonNull(candidates, "candidates");
        this.systemProperties = Objects.requireNonNull(systemProperties, "systemProperties");
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    /**
     * A loader that reads {@code META-INF/services}, the system properties and the environment.
     *
     * @param kind the kind of provider
     * @param <P>  the provider interface
     * @return the loader
     */
    public static <P extends Provider> ProviderLoader<P> of(ProviderKind<P> kind) {
        return new ProviderLoader<>(kind, () -> load(kind.type()), System::getProperty, System::getenv);
    }

    /**
     * Every provider found, one per id, sorted by id.
     *
     * @return the providers
     * @throws DiscoveryException if a registered provider fails to load
     */
    public List<P> available() {
        Map<String, P> byId = new LinkedHashMap<>();
        for (P p : candidates.get()) {
            P earlier = byId.putIfAbsent(p.id(), p);
            if (earlier != null && earlier.getClass() != p.getClass()) {
                LOG.log(Level.WARNING, "two {0}s claim the id ''{1}'': {2} and {3}; using {2}",
                        kind.displayName(), p.id(), earlier.getClass().getName(), p.getClass().getName());
            }
        }
        return byId.values().stream().sorted(Comparator.comparing(Provider::id)).collect(Collectors.toList());
    }

    /**
     * Chooses a provider.
     *
     * @param builderId the id the application named in the builder, if any
     * @return the choice and why
     * @throws DiscoveryException if none is found, the named id is not registered, or a provider fails
     *                            to load
     */
    public ProviderSelection<P> select(Optional<String> builderId) {
        List<P> found = available();
        List<String> ids = found.stream().map(Provider::id).collect(Collectors.toList());
        ProviderSelection<P> selection = named(builderId, found, ids)
                .orElseGet(() -> byPriority(found, ids));
        LOG.log(Level.DEBUG, () -> kind.displayName() + " chosen: " + selection);
        return selection;
    }

    private Optional<ProviderSelection<P>> named(Optional<String> builderId, List<P> found, List<String> ids) {
        String[] sources = {
            builderId.orElse(null), systemProperties.apply(kind.systemProperty()), environment.apply(kind.environmentVariable())
        };
        ProviderSelection.Reason[] reasons = {
            ProviderSelection.Reason.BUILDER_ID, ProviderSelection.Reason.SYSTEM_PROPERTY,
            ProviderSelection.Reason.ENVIRONMENT_VARIABLE
        };
        for (int i = 0; i < sources.length; i++) {
            String id = sources[i] == null ? "" : sources[i].trim();
            if (id.isEmpty()) {
                continue;
            }
            ProviderSelection.Reason reason = reasons[i];
            return Optional.of(found.stream()
                    .filter(p -> p.id().equals(id))
                    .findFirst()
                    .map(p -> new ProviderSelection<>(p, reason, ids))
                    .orElseThrow(() -> new DiscoveryException(unknownIdMessage(id, reason, ids), null)));
        }
        return Optional.empty();
    }

    private ProviderSelection<P> byPriority(List<P> found, List<String> ids) {
        return found.stream()
                .max(Comparator.comparingInt(Provider::priority)
                        .thenComparing(Provider::id, Comparator.reverseOrder()))
                .map(p -> new ProviderSelection<>(p, ProviderSelection.Reason.HIGHEST_PRIORITY, ids))
                .orElseThrow(() -> new DiscoveryException(noneFoundMessage(), null));
    }

    String noneFoundMessage() {
        return "No " + kind.displayName() + " found. Add one of these artifacts to your dependencies: "
                + String.join(", ", kind.artifacts()) + "; or pass one with " + kind.builderMethod() + ".";
    }

    String unknownIdMessage(String id, ProviderSelection.Reason reason, List<String> ids) {
        String namedBy;
        switch (reason) {
            case SYSTEM_PROPERTY:
                namedBy = "system property " + kind.systemProperty();
                break;
            case ENVIRONMENT_VARIABLE:
                namedBy = "environment variable " + kind.environmentVariable();
                break;
            default:
                namedBy = kind.builderMethod();
                break;
        }
        return "No " + kind.displayName() + " with id '" + id + "' (named by " + namedBy + "). Registered ids: "
                + (ids.isEmpty() ? "none; add one of " + String.join(", ", kind.artifacts()) : String.join(", ", ids))
                + ".";
    }

    private static <P> List<P> load(Class<P> type) {
        List<P> all = new ArrayList<>();
        ClassLoader own = ProviderLoader.class.getClassLoader();
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        loadInto(all, type, own);
        if (context != null && context != own) {
            loadInto(all, type, context);
        }
        return all;
    }

    private static <P> void loadInto(List<P> all, Class<P> type, ClassLoader loader) {
        try {
            for (P p : ServiceLoader.load(type, loader)) {
                if (all.stream().noneMatch(seen -> seen.getClass() == p.getClass())) {
                    all.add(p);
                }
            }
        } catch (ServiceConfigurationError e) {
            throw new DiscoveryException("A registered " + type.getSimpleName() + " could not be loaded: "
                    + e.getMessage() + ". Check META-INF/services/" + type.getName() + " and the provider's dependencies.", e);
        }
    }
}
