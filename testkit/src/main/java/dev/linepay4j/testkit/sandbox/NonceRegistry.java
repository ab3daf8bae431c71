package dev.linepay4j.testkit.sandbox;

import dev.linepay4j.domain.ChannelId;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;

/**
 * The nonces each channel has used, to refuse a replayed request ({@code 1106}). LINE Pay documents no
 * window, so the sandbox remembers the last {@code capacity} nonces of every channel (default
 * {@value SandboxOptions#DEFAULT_NONCE_MEMORY}) and forgets the oldest beyond that: memory stays bounded
 * however long the sandbox runs, and any realistic test's nonces are all remembered. Only nonces of
 * correctly signed calls are recorded, so a forged call cannot burn a nonce a real client will use.
 */
final class NonceRegistry {

    private final int capacity;
    private final Map<ChannelId, LinkedHashSet<String>> used = new HashMap<>();

    NonceRegistry(int capacity) {
        this.capacity = capacity;
    }

    /** Records the nonce; false when the channel used it already (within the remembered ones). */
    synchronized boolean claim(ChannelId channel, String nonce) {
        LinkedHashSet<String> seen = used.computeIfAbsent(channel, c -> new LinkedHashSet<>());
        if (!seen.add(nonce)) {
            return false;
        }
        if (seen.size() > capacity) {
            Iterator<String> oldest = seen.iterator();
            oldest.next();
            oldest.remove();
        }
        return true;
    }
}
