package dev.linepay4j.testkit.json;

import dev.linepay4j.domain.json.JsonValue;
import dev.linepay4j.spi.JsonCodec;
import dev.linepay4j.spi.JsonLimits;
import dev.linepay4j.testkit.contract.JsonCodecContract;

/**
 * MinimalJson runs the suite every codec passes, so the sandbox reads and writes JSON exactly as the
 * library's own codecs do: exact numbers, strict syntax, the same limits.
 */
class MinimalJsonContractTest extends JsonCodecContract {

    @Override
    protected JsonCodec createCodec(JsonLimits limits) {
        return new JsonCodec() {
            @Override
            public byte[] write(JsonValue value) {
                return MinimalJson.write(value);
            }

            @Override
            public JsonValue read(byte[] json) {
                return MinimalJson.read(json, limits);
            }
        };
    }
}
