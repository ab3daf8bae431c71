package dev.linepay4j.codec.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linepay4j.domain.json.JsonObject;
import dev.linepay4j.domain.json.JsonValue;
import dev.linepay4j.spi.JsonLimits;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Jackson's read and write buffers are shared by the threads that call a codec, not kept per thread: a
 * thread that has never used the codec (a virtual thread always is one) reads and writes without
 * allocating them again.
 */
class BufferReuseTest {

    private static final byte[] ANSWER = ("{\"returnCode\":\"0000\",\"returnMessage\":\"Success.\",\"info\":"
            + "{\"orderId\":\"ORDER-1\",\"transactionId\":2026112204412563051}}").getBytes(StandardCharsets.UTF_8);

    private final JacksonJsonCodec codec = new JacksonJsonCodec(JsonLimits.defaults());

    @Test
    void aNewThreadReadsAndWritesWithoutAllocatingBuffersOfItsOwn() throws Exception {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        JsonValue tree = codec.read(ANSWER);
        codec.write(tree);   // the buffers now exist, in the codec's pool
        for (int warm = 0; warm < 20; warm++) {
            onNewThread(() -> codec.write(codec.read(ANSWER)));   // classes loaded, first-use paths taken
        }

        AtomicLong allocated = new AtomicLong();
        AtomicReference<JsonValue> read = new AtomicReference<>();
        onNewThread(() -> {
            long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
            JsonValue value = codec.read(ANSWER);
            codec.write(value);
            allocated.set(threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before);
            read.set(value);
        });

        assertThat(read.get()).isInstanceOf(JsonObject.class).isEqualTo(tree);
        // With Jackson's per-thread buffers this thread allocated about 18,700 bytes; without them, the
        // parser, the tree and the written bytes take about 2,000.
        assertThat(allocated.get()).isLessThan(8_000);
    }

    private static void onNewThread(Runnable work) throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                work.run();
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        t.start();
        t.join(10_000);
        assertThat(failure.get()).isNull();
    }
}
