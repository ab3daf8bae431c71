package dev.linepay4j.testkit.sandbox;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The standalone jar as a user runs it: {@code java -jar linepay4j-sandbox.jar --port 0 ...} with only a
 * JDK. It must print the listening line, answer a signed request, log it, and stop cleanly on SIGTERM.
 */
class SandboxJarIT {

    private static final Pattern LISTENING = Pattern.compile("LinePaySandbox listening on (http://127\\.0\\.0\\.1:(\\d+))");

    private Process process;

    @AfterEach
    void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static Path jar() {
        Path jar = Paths.get(System.getProperty("linepay4j.sandboxJar", "target/linepay4j-sandbox.jar"));
        assertThat(jar).as("built by mvn package").exists();
        return jar;
    }

    private static String java() {
        return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Test
    void theJarHoldsCoreAndTheSandboxButNoJunit() throws IOException {
        try (JarFile jar = new JarFile(jar().toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
                    .isEqualTo("dev.linepay4j.testkit.sandbox.SandboxMain");
            assertThat(jar.getEntry("dev/linepay4j/testkit/sandbox/LinePaySandbox.class")).isNotNull();
            assertThat(jar.getEntry("dev/linepay4j/domain/payment/PaymentMachine.class")).isNotNull();
            assertThat(jar.stream().map(e -> e.getName()))
                    .noneMatch(n -> n.startsWith("org/junit/") || n.startsWith("org/opentest4j/"))
                    .noneMatch(n -> n.startsWith("dev/linepay4j/testkit/contract/"));
        }
    }

    @Test
    void itStartsWithJavaDashJarAloneAnswersASignedCallAndStopsOnSigterm() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(java(), "-jar", jar().toString(), "--port", "0",
                "--channel-id", "1111111111", "--channel-secret", "jar-secret",
                "--channel-id", "2222222222", "--channel-secret-env", "SECOND_SECRET");
        builder.environment().put("SECOND_SECRET", "second-secret");
        // A file, not a pipe: a pipe read while the process exits can lose its last bytes.
        Path stderr = Files.createTempFile("sandbox-stderr", ".txt");
        builder.redirectError(stderr.toFile());
        process = builder.start();
        process.getOutputStream().close();
        BufferedReader stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8));

        String first = CompletableFuture.supplyAsync(() -> readLine(stdout)).get(30, TimeUnit.SECONDS);

        Matcher m = LISTENING.matcher(first == null ? "" : first);
        assertThat(m.matches()).as("first line: " + first).isTrue();
        URI base = URI.create(m.group(1));
        Wire wire = new Wire(base, "1111111111", "jar-secret");
        Wire.Response r = wire.post("/v3/payments/request", Shop.body(Shop.orderId(), null));
        assertThat(r.returnCode()).as(r.body()).isEqualTo("0000");
        assertThat(r.raw("transactionId")).matches("[0-9]{19}");
        Wire.Response secondChannel = new Wire(base, "2222222222", "second-secret").get("/v4/payments", "orderId=x");
        assertThat(secondChannel.returnCode()).as("authenticated, nothing found").isEqualTo("1150");

        process.destroy();   // SIGTERM on Unix

        assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("stopped within 20 s").isTrue();
        assertThat(process.exitValue()).as("exit after SIGTERM: 143 (128 + 15), or 0").isIn(0, 143);
        String log = Files.readString(stderr, UTF_8);
        Files.deleteIfExists(stderr);
        assertThat(log).contains("POST /v3/payments/request 200 channel=1111111111 endpoint=request returnCode=0000")
                .contains("LinePaySandbox stopped")
                .doesNotContain("jar-secret").doesNotContain("second-secret");
    }

    @Test
    void helpDocumentsTheOptionsAndExitsZero() throws Exception {
        Path out = Files.createTempFile("sandbox-help", ".txt");
        process = new ProcessBuilder(java(), "-jar", jar().toString(), "--help").redirectOutput(out.toFile()).start();

        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(Files.readString(out, UTF_8)).contains("--port", "--channel-id", "--channel-secret", "--help");
        Files.deleteIfExists(out);
    }

    @Test
    void aBadOptionExitsTwoWithAReason() throws Exception {
        Path err = Files.createTempFile("sandbox-err", ".txt");
        process = new ProcessBuilder(java(), "-jar", jar().toString(), "--port", "many").redirectError(err.toFile()).start();

        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(Files.readString(err, UTF_8)).contains("--port needs a whole number");
        Files.deleteIfExists(err);
    }

    private static String readLine(BufferedReader r) {
        try {
            return r.readLine();
        } catch (IOException e) {
            return null;
        }
    }
}
