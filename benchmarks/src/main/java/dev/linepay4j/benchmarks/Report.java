package dev.linepay4j.benchmarks;

import dev.linepay4j.codec.jackson.JacksonJsonCodec;
import dev.linepay4j.domain.json.JsonArray;
import dev.linepay4j.domain.json.JsonNumber;
import dev.linepay4j.domain.json.JsonObject;
import dev.linepay4j.domain.json.JsonString;
import dev.linepay4j.domain.json.JsonValue;
import dev.linepay4j.spi.JsonLimits;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns JMH's JSON results ({@code -rf json}) into the README's tables: the in-memory calls and parts with
 * time and allocation per operation, and each transport's client next to its bare HTTP client with the
 * ratio of their throughputs. Read with linepay4j's own codec.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.linepay4j.benchmarks.Report benchmarks/target/jmh-short.json
 * }</pre>
 */
public final class Report {

    private static final String PACKAGE = "dev.linepay4j.benchmarks.";

    /** One benchmark's result. */
    record Result(String className, String method, Map<String, String> params, int threads, double score,
                          double error, String unit, double allocPerOp, double allocError) {
    }

    private Report() {
    }

    /**
     * Prints the tables.
     *
     * @param args the JMH JSON result file
     * @throws IOException if it cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: Report <jmh-result.json>");
            System.exit(2);
        }
        byte[] json = Files.readAllBytes(Path.of(args[0]));
        JsonValue tree = new JacksonJsonCodec(new JsonLimits(256 * 1024 * 1024, 64, 1000, 16 * 1024 * 1024))
                .read(json);
        print(results(tree), System.out);
    }

    static List<Result> results(JsonValue tree) {
        List<Result> results = new ArrayList<>();
        for (JsonValue v : ((JsonArray) tree).elements()) {
            JsonObject r = (JsonObject) v;
            String name = r.string("benchmark").orElseThrow();
            String local = name.startsWith(PACKAGE) ? name.substring(PACKAGE.length()) : name;
            int dot = local.lastIndexOf('.');
            Map<String, String> params = new LinkedHashMap<>();
            r.object("params").ifPresent(p -> p.members().forEach((k, x) -> params.put(k, text(x))));
            JsonObject primary = r.object("primaryMetric").orElseThrow();
            double alloc = Double.NaN;
            double allocError = Double.NaN;
            JsonObject secondary = r.object("secondaryMetrics").orElse(JsonObject.of());
            if (secondary.object("gc.alloc.rate.norm").isPresent()) {
                JsonObject a = secondary.object("gc.alloc.rate.norm").orElseThrow();
                alloc = number(a.get("score").orElseThrow());
                allocError = number(a.get("scoreError").orElseThrow());
            }
            results.add(new Result(local.substring(0, dot), local.substring(dot + 1), params,
                    (int) number(r.get("threads").orElseThrow()), number(primary.get("score").orElseThrow()),
                    number(primary.get("scoreError").orElseThrow()), primary.string("scoreUnit").orElseThrow(),
                    alloc, allocError));
        }
        return results;
    }

    static void print(List<Result> results, PrintStream out) {
        List<Result> inMemory = results.stream().filter(r -> r.className().equals("InMemoryBenchmark")).toList();
        if (!inMemory.isEmpty()) {
            out.println();
            out.println("In memory (one caller; the transport answers at once with a canned LINE Pay answer)");
            out.println();
            out.println("| benchmark | time/op | ± error | allocated/op |");
            out.println("|---|---:|---:|---:|");
            for (Result r : inMemory) {
                out.printf(Locale.ROOT, "| %s | %s | %s | %s |%n", r.method(), time(r.score(), r.unit()),
                        time(r.error(), r.unit()), bytes(r.allocPerOp()));
            }
        }
        List<Result> loopback = results.stream().filter(r -> r.className().startsWith("Loopback")).toList();
        if (!loopback.isEmpty()) {
            out.println();
            out.println("Loopback (confirm against the canned HTTP server; client = linepay4j, bare = the same HTTP"
                    + " library alone; time/op = callers / throughput)");
            out.println();
            out.println("| transport | callers | mode | client ops/s | bare ops/s | client/bare | client time/op"
                    + " | bare time/op | client B/op | bare B/op |");
            out.println("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|");
            for (String transport : List.of("okhttp", "apache", "jdk")) {
                for (int threads : List.of(1, 64)) {
                    for (String mode : List.of("Sync", "Async")) {
                        Result client = find(loopback, threads, transport + mode + "Client");
                        Result bare = find(loopback, threads, transport + mode + "Bare");
                        if (client == null || bare == null) {
                            continue;
                        }
                        out.printf(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %s | %s | %s | %s |%n", transport,
                                threads, mode.toLowerCase(Locale.ROOT), ops(client), ops(bare),
                                ratio(client.score(), client.error(), bare.score(), bare.error()),
                                micros(threads / client.score()), micros(threads / bare.score()),
                                bytes(client.allocPerOp()), bytes(bare.allocPerOp()));
                    }
                }
            }
        }
    }

    private static Result find(List<Result> results, int threads, String method) {
        for (Result r : results) {
            if (r.method().equals(method) && r.threads() == threads) {
                return r;
            }
        }
        return null;
    }

    private static String ops(Result r) {
        return Double.isNaN(r.error()) ? String.format(Locale.ROOT, "%,.0f", r.score())
                : String.format(Locale.ROOT, "%,.0f ± %,.0f", r.score(), r.error());
    }

    /** The ratio, with the error of a quotient from the two relative errors. */
    private static String ratio(double a, double aError, double b, double bError) {
        double q = a / b;
        double rel = Math.sqrt(square(safe(aError) / a) + square(safe(bError) / b));
        return String.format(Locale.ROOT, "%.2f ± %.2f", q, q * rel);
    }

    private static double safe(double error) {
        return Double.isNaN(error) ? 0 : error;
    }

    private static double square(double x) {
        return x * x;
    }

    private static String micros(double seconds) {
        return String.format(Locale.ROOT, "%.1f µs", seconds * 1e6);
    }

    private static String time(double value, String unit) {
        if (Double.isNaN(value)) {
            return "–";
        }
        if (unit.equals("ns/op") && value >= 1000) {
            return String.format(Locale.ROOT, "%.2f µs", value / 1000);
        }
        return String.format(Locale.ROOT, "%.0f %s", value, unit.replace("/op", ""));
    }

    private static String bytes(double b) {
        return Double.isNaN(b) ? "–" : String.format(Locale.ROOT, "%,.0f B", b);
    }

    private static double number(JsonValue v) {
        if (v instanceof JsonNumber n) {
            return n.bigDecimalValue().doubleValue();
        }
        if (v instanceof JsonString s) {
            // JMH writes NaN and infinities as strings
            return Double.parseDouble(s.value());
        }
        throw new IllegalArgumentException("not a number: " + v);
    }

    private static String text(JsonValue v) {
        return v instanceof JsonString s ? s.value() : v.toString();
    }
}
