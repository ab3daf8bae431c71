package dev.linepay4j.codec.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linepay4j.domain.json.JsonArray;
import dev.linepay4j.domain.json.JsonNumber;
import dev.linepay4j.domain.json.JsonObject;
import dev.linepay4j.domain.json.JsonString;
import dev.linepay4j.domain.json.JsonValue;
import dev.linepay4j.spi.JsonLimits;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What the codec's table of short values may and may not change: never a value, only how often one is made. */
class ShortValueCacheTest {

    private final JacksonJsonCodec codec = new JacksonJsonCodec(JsonLimits.defaults());

    @Test
    void aShortValueThatEveryAnswerRepeatsIsMadeOnceAndHandedOutAgain() {
        byte[] answer = "{\"returnCode\":\"0000\",\"returnMessage\":\"Success.\",\"info\":{\"amount\":300}}"
                .getBytes(StandardCharsets.UTF_8);
        JsonObject first = (JsonObject) codec.read(answer);
        JsonObject second = (JsonObject) codec.read(answer);

        assertThat(second.members().get("returnCode")).isSameAs(first.members().get("returnCode"));
        assertThat(second.members().get("returnMessage")).isSameAs(first.members().get("returnMessage"));
        assertThat(second.object("info").orElseThrow().members().get("amount"))
                .isSameAs(first.object("info").orElseThrow().members().get("amount"));
    }

    @Test
    void aValueLongerThanTheLimitIsMadeEachTime() {
        String id = "ORDER-" + "9".repeat(ShortValueCache.MAX_LENGTH);
        byte[] answer = ("[\"" + id + "\"]").getBytes(StandardCharsets.UTF_8);

        JsonValue first = ((JsonArray) codec.read(answer)).get(0);
        JsonValue second = ((JsonArray) codec.read(answer)).get(0);

        assertThat(second).isEqualTo(first).isEqualTo(JsonString.of(id)).isNotSameAs(first);
    }

    @Test
    void aRegKeyAMaskedCardNumberOrAOneTimeKeyIsNeverKept() {
        for (String value : new String[] {"RK9A8B7C6D5E4F3", "************1234", "123456789012345678"}) {
            byte[] answer = ("{\"v\":\"" + value + "\"}").getBytes(StandardCharsets.UTF_8);
            JsonValue first = ((JsonObject) codec.read(answer)).members().get("v");
            JsonValue second = ((JsonObject) codec.read(answer)).members().get("v");

            assertThat(second).as(value).isEqualTo(JsonString.of(value)).isNotSameAs(first);
        }
    }

    @Test
    void manyDifferentShortValuesSharingSlotsAreEachReadExactly() {
        // Far more values than slots, so slots are taken over again and again; escapes, non-ASCII and
        // surrogate pairs included, and numbers next to strings of the same text.
        Random random = new Random(20261122);
        for (int round = 0; round < 200; round++) {
            List<JsonValue> values = randomValues(random, 100);
            JsonArray written = new JsonArray(values);
            assertThat(codec.read(codec.write(written))).isEqualTo(written);
        }
    }

    @Test
    void threadsReadingDifferentValuesAtOnceEachGetTheirOwn() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                long seed = t;
                done.add(pool.submit(() -> {
                    Random random = new Random(seed);
                    int checked = 0;
                    for (int round = 0; round < 300; round++) {
                        JsonArray written = new JsonArray(randomValues(random, 50));
                        assertThat(codec.read(codec.write(written))).isEqualTo(written);
                        checked += written.size();
                    }
                    return checked;
                }));
            }
            for (Future<Integer> f : done) {
                assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(300 * 50);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<JsonValue> randomValues(Random random, int count) {
        String alphabet = "ab0\"\\/é珍\n\t";
        List<JsonValue> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int length = random.nextInt(ShortValueCache.MAX_LENGTH + 3);
            if (random.nextBoolean()) {
                StringBuilder s = new StringBuilder();
                while (s.length() < length) {
                    if (random.nextInt(10) == 0) {
                        s.appendCodePoint(0x1F600 + random.nextInt(50));   // an emoji: two chars
                    } else {
                        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                }
                values.add(JsonString.of(s.toString()));
            } else {
                String digits = Long.toString(Math.abs(random.nextLong()) % (long) Math.pow(10, 1 + random.nextInt(15)));
                values.add(JsonNumber.parse(random.nextBoolean() ? digits : "-" + digits + ".5"));
            }
        }
        return values;
    }
}
