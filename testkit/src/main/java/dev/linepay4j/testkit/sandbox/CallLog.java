package dev.linepay4j.testkit.sandbox;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts calls per endpoint and keeps the latest ones, for {@link SandboxBooks}. */
final class CallLog {

    /** How many calls {@link SandboxBooks#recentCalls()} keeps. */
    static final int RECENT = 10_000;

    private final Map<SandboxEndpoint, long[]> counts = new EnumMap<>(SandboxEndpoint.class);
    private final Deque<SandboxBooks.Call> recent = new ArrayDeque<>();

    synchronized void received(SandboxEndpoint endpoint) {
        counts.computeIfAbsent(endpoint, e -> new long[2])[0]++;
    }

    /** Records a call once its answer is decided, before it is sent (or withheld by a fault). */
    synchronized void decided(SandboxBooks.Call call) {
        if (call.processed()) {
            counts.computeIfAbsent(call.endpoint(), e -> new long[2])[1]++;
        }
        recent.addLast(call);
        if (recent.size() > RECENT) {
            recent.removeFirst();
        }
    }

    synchronized Map<SandboxEndpoint, SandboxBooks.CallCount> counts() {
        Map<SandboxEndpoint, SandboxBooks.CallCount> out = new EnumMap<>(SandboxEndpoint.class);
        counts.forEach((e, c) -> out.put(e, new SandboxBooks.CallCount(c[0], c[1])));
        return out;
    }

    synchronized List<SandboxBooks.Call> recent() {
        return new ArrayList<>(recent);
    }
}
