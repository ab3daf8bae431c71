package dev.linepay4j.codec.jackson;

import dev.linepay4j.spi.JsonCodec;
import dev.linepay4j.spi.JsonCodecProvider;
import dev.linepay4j.spi.JsonLimits;

/**
 * Provides {@link JacksonJsonCodec}; id {@code jackson}. Registered in
 * {@code META-INF/services/dev.linepay4j.spi.JsonCodecProvider}, so adding linepay4j-codec-jackson to the
 * class path is all a client needs to find it.
 *
 * <pre>{@code
 * JsonCodec codec = new JacksonJsonCodecProvider().create(JsonLimits.defaults());
 * }</pre>
 */
public final class JacksonJsonCodecProvider implements JsonCodecProvider {

    /** The id users name to choose this codec. */
    public static final String ID = "jackson";

    /** Needed by {@link java.util.ServiceLoader}. */
    public JacksonJsonCodecProvider() {
        // nothing to prepare: each codec builds its own factory from its limits
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public JsonCodec create(JsonLimits limits) {
        return new JacksonJsonCodec(limits);
    }
}
