package dev.linepay4j.codec.jackson;

import dev.linepay4j.spi.JsonCodec;
import dev.linepay4j.spi.JsonLimits;
import dev.linepay4j.testkit.contract.JsonCodecContract;

/** The shared codec contract, run against the Jackson codec; it declares every capability. */
class JacksonJsonCodecContractTest extends JsonCodecContract {

    @Override
    protected JsonCodec createCodec(JsonLimits limits) {
        return new JacksonJsonCodecProvider().create(limits);
    }
}
