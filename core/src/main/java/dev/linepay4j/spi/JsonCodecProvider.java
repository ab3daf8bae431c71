package dev.linepay4j.spi;

/**
 * Makes {@link JsonCodec}s; registered in {@code META-INF/services/dev.linepay4j.spi.JsonCodecProvider}
 * so that core finds it with {@link java.util.ServiceLoader}. Needs a public no-argument constructor.
 *
 * <pre>{@code
 * JsonCodec codec = new JacksonJsonCodecProvider().create(JsonLimits.defaults());
 * }</pre>
 */
public interface JsonCodecProvider extends Provider {

    /**
     * Creates a codec.
     *
     * @param limits what the codec reads at most
     * @return the codec
     */
    JsonCodec create(JsonLimits limits);
}
