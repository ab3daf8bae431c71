package dev.linepay4j.testkit.sandbox;

import dev.linepay4j.domain.ApiVersion;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The faults waiting for calls, in the order they were injected. Taking a fault for a call and counting
 * it down is one atomic step, so with concurrent calls a fault of {@code times = n} hits exactly n calls.
 */
final class FaultBoard {

    /** A fault and the calls it still hits. */
    private static final class Armed {
        final Fault fault;
        int left;

        Armed(Fault fault) {
            this.fault = fault;
            this.left = fault.times();
        }
    }

    private final List<Armed> armed = new ArrayList<>();

    synchronized void inject(Fault fault) {
        armed.add(new Armed(Objects.requireNonNull(fault, "fault")));
    }

    /** The first fault matching the call, counted down by one; removed when used up. */
    synchronized Optional<Fault> take(SandboxEndpoint endpoint, ApiVersion version) {
        for (Iterator<Armed> it = armed.iterator(); it.hasNext(); ) {
            Armed a = it.next();
            if (a.fault.matches(endpoint, version)) {
                a.left--;
                if (a.left == 0) {
                    it.remove();
                }
                return Optional.of(a.fault);
            }
        }
        return Optional.empty();
    }

    /** Removes every fault; answers how many there were. */
    synchronized int clear() {
        int n = armed.size();
        armed.clear();
        return n;
    }

    /** The waiting faults, each with {@code times} set to the calls it still hits. */
    synchronized List<Fault> pending() {
        List<Fault> out = new ArrayList<>(armed.size());
        armed.forEach(a -> out.add(a.fault.times(a.left)));
        return List.copyOf(out);
    }
}
