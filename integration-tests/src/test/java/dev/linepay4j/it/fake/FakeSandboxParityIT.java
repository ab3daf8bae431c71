package dev.linepay4j.it.fake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linepay4j.domain.ApiVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The testkit's two stand-ins for LINE Pay agree: each scripted scenario (every operation, every refusal,
 * the customer's and LINE Pay's moves, the clock, the client's own checks, the async forms, injected
 * failures) runs once on {@code FakeLinePay} and once through a real {@code LinePay} client over HTTP on a
 * {@code LinePaySandbox}, and the two transcripts (results, errors with their codes, messages and calls,
 * redirects, {@code raw()} JSON, the payments as kept) are the same, random ids aside.
 */
class FakeSandboxParityIT {

    static Stream<Arguments> scenarios() {
        return Scenarios.all().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("scenarios")
    void theFakeAnswersAsTheSandboxDoes(String name, ApiVersion version, Consumer<Script> scenario) {
        String sandbox = run(World.sandbox(version), scenario);
        String fake = run(World.fake(version), scenario);
        keep(name + "-" + version, sandbox, fake);

        assertThat(fake).as("%s on %s: the fake's transcript against the sandbox's", name, version).isEqualTo(sandbox);
        assertThat(fake).as("the scenario did something").contains(" -> ");
    }

    /** Both transcripts under target/parity, to compare with a diff tool when they differ. */
    private static void keep(String name, String sandbox, String fake) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "parity"));
            Files.writeString(dir.resolve(name + "-sandbox.txt"), sandbox + "\n");
            Files.writeString(dir.resolve(name + "-fake.txt"), fake + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String run(World world, Consumer<Script> scenario) {
        try (world) {
            Script script = new Script(world);
            scenario.accept(script);
            return script.transcript();
        }
    }
}
