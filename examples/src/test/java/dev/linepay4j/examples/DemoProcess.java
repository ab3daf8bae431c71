package dev.linepay4j.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** {@code java -jar linepay4j-demo.jar} as a process, with a clean environment and a bounded wait. */
final class DemoProcess {

    /** What a finished run left. */
    record Result(int exitCode, List<String> out, List<String> err) {

        String stdout() {
            return String.join("\n", out);
        }

        String stderr() {
            return String.join("\n", err);
        }
    }

    /** The name the shade plugin gives the demo jar, in target/. */
    static final String JAR_NAME = "linepay4j-demo.jar";

    private DemoProcess() {
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("linepay4j.demoJar", "target/" + JAR_NAME));
        if (!Files.isRegularFile(jar)) {
            throw new AssertionError(jar + " is missing: run the failsafe tests after `package`");
        }
        return jar;
    }

    static Result run(Map<String, String> env, Duration limit, String... args) throws Exception {
        return run(env, limit, line -> { }, args);
    }

    /**
     * Runs the jar with {@code args} and the inherited environment minus every LINEPAY_ and LINEPAY4J_ variable, plus {@code env};
     * each standard-output line goes to {@code onLine} as it arrives.
     */
    static Result run(Map<String, String> env, Duration limit, Consumer<String> onLine, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().keySet().removeIf(k -> k.startsWith("LINEPAY_") || k.startsWith("LINEPAY4J_"));
        pb.environment().putAll(env);
        Process p = pb.start();
        List<String> out = new CopyOnWriteArrayList<>();
        List<String> err = new CopyOnWriteArrayList<>();
        Thread outReader = reader(p.getInputStream(), out, onLine);
        Thread errReader = reader(p.getErrorStream(), err, line -> { });
        try {
            if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("the demo did not end within " + limit + "; output so far:\n"
                        + String.join("\n", out) + "\n" + String.join("\n", err));
            }
            outReader.join(5_000);
            errReader.join(5_000);
            return new Result(p.exitValue(), new ArrayList<>(out), new ArrayList<>(err));
        } finally {
            p.destroyForcibly();
        }
    }

    private static Thread reader(InputStream in, List<String> into, Consumer<String> onLine) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    into.add(line);
                    try {
                        onLine.accept(line);
                    } catch (RuntimeException e) {
                        into.add("[test's line handler failed: " + e + "]");
                    }
                }
            } catch (IOException | RuntimeException e) {
                into.add("[reader: " + e + "]");
            }
        }, "demo-output");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
