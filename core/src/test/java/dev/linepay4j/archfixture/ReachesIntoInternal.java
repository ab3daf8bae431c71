package dev.linepay4j.archfixture;

import dev.linepay4j.internal.Timeouts;
import java.time.Duration;
import java.util.Map;

/** A class outside the entry point that uses internal on purpose, to show the rule catches it. */
public final class ReachesIntoInternal {

    private ReachesIntoInternal() {
    }

    /** Uses an internal type. */
    public static Timeouts timeouts() {
        return new Timeouts(Map.of(), Duration.ofSeconds(5));
    }
}
