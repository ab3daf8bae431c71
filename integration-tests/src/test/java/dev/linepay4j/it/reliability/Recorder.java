package dev.linepay4j.it.reliability;

import dev.linepay4j.Endpoint;
import dev.linepay4j.LinePayError;
import dev.linepay4j.LinePayListener;
import dev.linepay4j.Reconciliation;
import dev.linepay4j.Reconciliation.Verdict;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/** Hears retries and reconciliations, from any thread, for assertions and counts. */
final class Recorder implements LinePayListener {

    final ConcurrentLinkedQueue<RetryScheduled> retries = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Reconciled> reconciliations = new ConcurrentLinkedQueue<>();
    final AtomicLong attempts = new AtomicLong();
    /** Events kept only while true (the chaos run counts without keeping). */
    private final boolean keep;
    private final Map<Verdict, AtomicLong> verdicts = new EnumMap<>(Verdict.class);
    private final AtomicLong retryCount = new AtomicLong();
    /** Broken rule: a retry after an unknown outcome of a call that changes state, without NOT_DONE. */
    final ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();

    Recorder(boolean keep) {
        this.keep = keep;
        for (Verdict v : Verdict.values()) {
            verdicts.put(v, new AtomicLong());
        }
    }

    /** Attempts per endpoint, those that failed before sending, and read timeouts. */
    final Map<Endpoint, AtomicLong> started = new java.util.concurrent.ConcurrentHashMap<>();
    final Map<Endpoint, AtomicLong> notSent = new java.util.concurrent.ConcurrentHashMap<>();
    final AtomicLong timeouts = new AtomicLong();

    @Override
    public void attemptStarted(AttemptStarted event) {
        attempts.incrementAndGet();
        started.computeIfAbsent(event.call().endpoint(), e -> new AtomicLong()).incrementAndGet();
    }

    @Override
    public void attemptFinished(AttemptFinished event) {
        event.error().ifPresent(e -> {
            if (e instanceof LinePayError.TransportFailure) {
                notSent.computeIfAbsent(event.call().endpoint(), x -> new AtomicLong()).incrementAndGet();
            } else if (e instanceof LinePayError.OutcomeUnknown u && u.transportFailure()
                    .filter(k -> k == dev.linepay4j.spi.TransportException.Kind.READ_TIMEOUT).isPresent()) {
                timeouts.incrementAndGet();
            }
        });
    }

    long started(Endpoint e) {
        AtomicLong n = started.get(e);
        return n == null ? 0 : n.get();
    }

    long notSent(Endpoint e) {
        AtomicLong n = notSent.get(e);
        return n == null ? 0 : n.get();
    }

    /** Attempts that failed before sending, on any endpoint. */
    long notSent() {
        return notSent.values().stream().mapToLong(AtomicLong::get).sum();
    }

    @Override
    public void retrying(RetryScheduled event) {
        retryCount.incrementAndGet();
        if (keep) {
            retries.add(event);
        }
        LinePayError error = event.error();
        if (error instanceof LinePayError.OutcomeUnknown unknown && event.call().endpoint().changesState()
                && event.call().endpoint() != Endpoint.RAW) {
            boolean provenNotDone = event.reason() == RetryReason.NOT_DONE && unknown.reconciliation()
                    .map(r -> r.verdict() == Verdict.NOT_DONE).orElse(false);
            if (!provenNotDone) {
                violations.add("sent again after an unknown outcome without a NOT_DONE read-back: " + event);
            }
        }
    }

    /** The first read-backs that found nothing conclusive, kept in every mode, for the printout. */
    final ConcurrentLinkedQueue<String> unknowns = new ConcurrentLinkedQueue<>();

    @Override
    public void reconciled(Reconciled event) {
        verdicts.get(event.reconciliation().verdict()).incrementAndGet();
        if (event.reconciliation().verdict() == Verdict.UNKNOWN && unknowns.size() < 10) {
            unknowns.add(event.reconciliation().endpoint() + ": " + event.reconciliation().describe());
        }
        if (keep) {
            reconciliations.add(event);
        }
    }

    long retries() {
        return retryCount.get();
    }

    long verdicts(Verdict v) {
        return verdicts.get(v).get();
    }

    List<Reconciliation> reconciliationsList() {
        List<Reconciliation> out = new ArrayList<>();
        reconciliations.forEach(e -> out.add(e.reconciliation()));
        return out;
    }

    void clear() {
        retries.clear();
        reconciliations.clear();
        violations.clear();
        attempts.set(0);
        started.clear();
        notSent.clear();
        timeouts.set(0);
    }
}
