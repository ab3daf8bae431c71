package dev.linepay4j.testkit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The standalone jar's command line (the jar itself is run by SandboxJarIT). */
class SandboxMainTest {

    private final ByteArrayOutputStream notes = new ByteArrayOutputStream();

    private SandboxOptions parse(Map<String, String> env, String... args) {
        return SandboxMain.parse(args, env::get, new PrintStream(notes, true, java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void channelIdsAndSecretsPairUpInOrder() {
        SandboxOptions o = parse(Map.of("SECOND", "second-secret"), "--port", "0", "--channel-id", "1111111111",
                "--channel-secret", "first-secret", "--channel-id", "2222222222", "--channel-secret-env", "SECOND",
                "--hang-limit", "7", "--quiet");

        assertThat(o.channels()).extracting(c -> c.id().value()).containsExactly("1111111111", "2222222222");
        assertThat(o.channels().get(0).secret().reveal()).isEqualTo("first-secret");
        assertThat(o.channels().get(1).secret().reveal()).isEqualTo("second-secret");
        assertThat(o.hangLimit()).isEqualTo(Duration.ofSeconds(7));
        assertThat(o.log()).isEmpty();
        assertThat(notes.toString()).isEmpty();
    }

    @Test
    void withoutChannelsTheDefaultChannelIsServedAndSaidSo() {
        SandboxOptions o = parse(Map.of(), "--port", "8090");

        assertThat(o.channels()).containsExactly(LinePaySandbox.defaultChannel());
        assertThat(o.port()).isEqualTo(8090);
        assertThat(o.log()).isPresent();
        assertThat(notes.toString()).contains("default channel 1234567890").doesNotContain(LinePaySandbox.DEFAULT_CHANNEL_SECRET);
    }

    @Test
    void mistakesAreExplainedWithoutRepeatingASecret() {
        assertThatThrownBy(() -> parse(Map.of(), "--channel-id", "1111111111"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 ids and 0 secrets");
        assertThatThrownBy(() -> parse(Map.of(), "--port")).hasMessageContaining("--port needs a value");
        assertThatThrownBy(() -> parse(Map.of(), "--port", "eighty")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> parse(Map.of(), "--bogus")).hasMessageContaining("unknown option --bogus");
        assertThatThrownBy(() -> parse(Map.of(), "--channel-id", "1", "--channel-secret-env", "MISSING"))
                .hasMessageContaining("MISSING is not set");
        assertThatThrownBy(() -> parse(Map.of(), "--channel-id", "1111111111", "--channel-secret", "has space secret"))
                .isInstanceOf(IllegalArgumentException.class).message().doesNotContain("has space secret");
    }

    @Test
    void helpIsRequestedByEitherSpelling() {
        assertThatThrownBy(() -> parse(Map.of(), "--help")).isInstanceOf(SandboxMain.HelpRequested.class);
        assertThatThrownBy(() -> parse(Map.of(), "--port", "0", "-h")).isInstanceOf(SandboxMain.HelpRequested.class);
        assertThat(SandboxMain.USAGE).contains("--port", "--channel-id", "--channel-secret", "--channel-secret-env",
                "--hang-limit", "--quiet", "/sandbox/faults");
    }
}
