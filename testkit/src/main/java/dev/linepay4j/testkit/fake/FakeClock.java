package dev.linepay4j.testkit.fake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The fake's time: a base clock moved forward by what {@link FakeLinePay#advanceClock} added. Views in
 * other zones share the offset, so a merchant's code given {@link FakeLinePay#clock()} sees every advance.
 */
final class FakeClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset;

    FakeClock(Clock base) {
        this(base, new AtomicReference<>(Duration.ZERO));
    }

    private FakeClock(Clock base, AtomicReference<Duration> offset) {
        this.base = base;
        this.offset = offset;
    }

    void advance(Duration by) {
        offset.accumulateAndGet(by, Duration::plus);
    }

    void rewind() {
        offset.set(Duration.ZERO);
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        return zone.equals(base.getZone()) ? this : new FakeClock(base.withZone(zone), offset);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FakeClock c && c.base.equals(base) && c.offset == offset;
    }

    @Override
    public int hashCode() {
        return base.hashCode() * 31 + System.identityHashCode(offset);
    }

    /** The base clock and the offset. */
    @Override
    public String toString() {
        return "FakeClock[" + base + " + " + offset.get() + "]";
    }
}
