package dev.linepay4j.discovery;

import dev.linepay4j.spi.JsonCodec;
import dev.linepay4j.spi.JsonCodecProvider;
import dev.linepay4j.spi.JsonLimits;

/** Registered in src/test/resources/META-INF/services. */
public final class TestCodecProvider implements JsonCodecProvider {

    @Override
    public String id() {
        return "test-codec";
    }

    @Override
    public int priority() {
        return 0;
    }

    @Override
    public JsonCodec create(JsonLimits limits) {
        throw new UnsupportedOperationException("discovery tests only choose providers");
    }
}
