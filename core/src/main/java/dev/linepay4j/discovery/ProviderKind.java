package dev.linepay4j.discovery;

import dev.linepay4j.spi.HttpTransportProvider;
import dev.linepay4j.spi.JsonCodecProvider;
import dev.linepay4j.spi.Provider;
import java.util.List;
import java.util.Objects;

/**
 * One kind of provider and what the user can do about it: the interface, how the user names an id
 * (system property, environment variable), which artifacts bring one, and the builder method that
 * passes one by hand. These words go into the loader's error messages.
 *
 * <pre>{@code
 * ProviderLoader.of(ProviderKind.HTTP_TRANSPORT).select(Optional.empty()).provider();
 * }</pre>
 *
 * @param type                the provider interface
 * @param displayName         what the user calls it ("HTTP transport")
 * @param systemProperty      the system property that names an id
 * @param environmentVariable the environment variable that names an id
 * @param artifacts           Maven coordinates of the artifacts that provide one
 * @param builderMethod       the builder call that passes one explicitly
 * @param <P>                 the provider interface
 */
public record ProviderKind<P extends Provider>(Class<P> type, String displayName, String systemProperty,
                                               String environmentVariable, List<String> artifacts,
                                               String builderMethod) {

    /** HTTP transports: OkHttp, Apache HttpClient 5, the JDK's HttpClient. */
    public static final ProviderKind<HttpTransportProvider> HTTP_TRANSPORT = new ProviderKind<>(
            HttpTransportProvider.class, "HTTP transport", "linepay4j.transport", "LINEPAY4J_TRANSPORT",
            List.of("dev.linepay4j:linepay4j-adapter-okhttp", "dev.linepay4j:linepay4j-adapter-apache",
                    "dev.linepay4j:linepay4j-adapter-jdk"),
            "LinePay.builder().transport(...)");

    /** JSON codecs: Jackson. */
    public static final ProviderKind<JsonCodecProvider> JSON_CODEC = new ProviderKind<>(
            JsonCodecProvider.class, "JSON codec", "linepay4j.codec", "LINEPAY4J_CODEC",
            List.of("dev.linepay4j:linepay4j-codec-jackson"),
            "LinePay.builder().codec(...)");

    /**
     * Creates a kind.
     *
     * @param type the provider interface
     * @param displayName what the user calls it ("HTTP transport")
     * @param systemProperty the system property that names an id
     * @param environmentVariable the environment variable that names an id
     * @param artifacts Maven coordinates of the artifacts that provide one
     * @param builderMethod the builder call that passes one explicitly
     * @throws NullPointerException if a part is null
     */
    public ProviderKind {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(systemProperty, "systemProperty");
        Objects.requireNonNull(environmentVariable, "environmentVariable");
        artifacts = List.copyOf(artifacts);
        Objects.requireNonNull(builderMethod, "builderMethod");
    }
}
