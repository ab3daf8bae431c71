package dev.linepay4j.it.fake;

import dev.linepay4j.LinePayError;
import dev.linepay4j.domain.RegKey;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.json.JsonValue;
import dev.linepay4j.domain.response.PaymentRequestResponse;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * Writes results and errors as text that is the same for the fake and the sandbox when they answer alike:
 * what differs by nature (random transaction ids, regKeys and access tokens, the payment page's address, a
 * protocol error's excerpt of the bytes received) is replaced by names given in order of appearance
 * ({@code tx#1}, {@code key#1}); instants are written as the time since the start; every other part of every
 * record, {@code raw()} JSON included, is written out in full.
 */
final class Transcript {

    private final Instant start;
    private final Map<String, String> aliases = new LinkedHashMap<>();
    private int transactions;
    private int keys;

    Transcript(Instant start) {
        this.start = start;
    }

    String describe(Object value) {
        collect(value);
        return render(value);
    }

    /** Text with every known id replaced by its name. */
    String text(String s) {
        String out = s;
        List<Map.Entry<String, String>> byLength = new ArrayList<>(aliases.entrySet());
        byLength.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
        for (Map.Entry<String, String> e : byLength) {
            out = out.replace(e.getKey(), e.getValue());
        }
        return out;
    }

    /** Names the ids in the value, in order of appearance, so that a path naming one reads the same. */
    private void collect(Object v) {
        if (v instanceof TransactionId id) {
            aliases.computeIfAbsent(id.toString(), k -> "tx#" + ++transactions);
        } else if (v instanceof RegKey key) {
            aliases.computeIfAbsent(key.value(), k -> "key#" + ++keys);
        } else if (v instanceof PaymentRequestResponse r) {
            collect(r.transactionId());
            r.paymentAccessToken().ifPresent(t -> aliases.putIfAbsent(t, "<access token>"));
            aliases.putIfAbsent(r.paymentUrl().web(), "<payment page of " + text(r.transactionId().toString()) + ">");
        } else if (v instanceof Optional<?> o) {
            o.ifPresent(this::collect);
        } else if (v instanceof Collection<?> c) {
            c.forEach(this::collect);
        } else if (v != null && v.getClass().isRecord() && !(v instanceof JsonValue)) {
            for (RecordComponent rc : v.getClass().getRecordComponents()) {
                collect(component(v, rc));
            }
        }
    }

    private String render(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof String s) {
            return '"' + text(s) + '"';
        }
        if (v instanceof TransactionId || v instanceof RegKey) {
            return text(v instanceof RegKey k ? k.value() : v.toString());
        }
        if (v instanceof Instant i) {
            return "T+" + Duration.between(start, i);
        }
        if (v instanceof Optional<?> o) {
            return o.map(x -> "Optional[" + render(x) + "]").orElse("Optional.empty");
        }
        if (v instanceof OptionalLong o) {
            return o.toString();
        }
        if (v instanceof Collection<?> c) {
            return c.stream().map(this::render).collect(Collectors.joining(", ", "[", "]"));
        }
        if (v instanceof JsonValue json) {
            return text(json.toString());
        }
        if (v instanceof LinePayError.ProtocolError p) {
            // The excerpt is the start of the bytes received, which only the sandbox sends for real.
            return "ProtocolError{call=" + render(p.call()) + ", problem=" + p.problem() + ", httpStatus=" + p.httpStatus()
                    + ", detail=" + render(p.detail()) + ", excerpt=<" + (p.excerpt().isEmpty() ? "none" : "some") + ">}";
        }
        if (v.getClass().isRecord()) {
            StringBuilder b = new StringBuilder(v.getClass().getSimpleName()).append('{');
            RecordComponent[] parts = v.getClass().getRecordComponents();
            for (int i = 0; i < parts.length; i++) {
                b.append(i == 0 ? "" : ", ").append(parts[i].getName()).append('=').append(render(component(v, parts[i])));
            }
            return b.append('}').toString();
        }
        return text(String.valueOf(v));
    }

    private static Object component(Object record, RecordComponent rc) {
        try {
            return rc.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + rc, e);
        }
    }
}
