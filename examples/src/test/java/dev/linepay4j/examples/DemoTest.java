package dev.linepay4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The demo in this JVM: its flow against the embedded sandbox, and each way its settings can be wrong. */
class DemoTest {

    private record Run(int status, String out, String err) {
    }

    private static Run run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Demo.run(List.of(args), env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"okhttp, v3", "okhttp, v4", "apache, v3", "apache, v4", "jdk, v3", "jdk, v4"})
    void theWholeFlowOnEveryTransportAndVersion(String transport, String version) {
        Run r = run(Map.of("LINEPAY_TRANSPORT", transport, "LINEPAY_API_VERSION", version));

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).containsPattern("client +Online API " + version + ", transport " + transport)
                .containsPattern("(?m)^request .*\\n.*\\n^approve .*\\n.*Location: .*\\n^confirm .*\\n.*\\n^refund .*\\n"
                        + "^details .*\\n.*remaining=200 TWD\\n^done$");
    }

    @Test
    void anotherCurrencyIsTheChannels() {
        Run r = run(Map.of("LINEPAY_CURRENCY", "thb"));

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("amount=300 THB").contains("remaining=200 THB");
    }

    @ParameterizedTest(name = "offline {0} {1}")
    @CsvSource({"okhttp, v4", "apache, v2.4", "jdk, v2", "'', ''"})
    void offlineTheWholeTillFlowOnEveryGeneration(String transport, String version) {
        Run r = run(Map.of("LINEPAY_TRANSPORT", transport, "LINEPAY_API_VERSION", version), "offline");

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("linepay4j demo (offline): LINE Pay played by an embedded LinePaySandbox at http://127.0.0.1:")
                .containsPattern("client +Offline API " + (version.isEmpty() ? "v4" : version) + ", transport "
                        + (transport.isEmpty() ? "okhttp" : transport))
                .containsPattern("(?m)^scan .*: OneTimeKey\\[\\*{14}\\d{4}\\]\\n^pay +transactionId=\\d{19} orderId=demo-\\S+ amount=300 TWD\\n"
                        + ".*payInfo=\\[BALANCE 300\\] paid=300 TWD.*\\n^status +status=COMPLETE .*\\n^refund .*\\n"
                        + "^details .*\\n.*remaining=200 TWD\\n^done$");
    }

    @Test
    void offlineInBahtTheCustomersMyCodeIsThai() {
        Run r = run(Map.of("LINEPAY_CURRENCY", "THB"), "offline");

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("My Code (TH, issued by the sandbox): OneTimeKey[********")
                .contains("amount=300 THB").contains("remaining=200 THB");
    }

    @Test
    void offlineRefusesAnOnlineVersionAndAKeyTheSandboxWouldNotRead() {
        Run r = run(Map.of("LINEPAY_API_VERSION", "v3", "LINEPAY_ONE_TIME_KEY", "123456789012345678"), "offline");

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).containsExactly("linepay4j demo failed: LINEPAY_API_VERSION must be v2, v2.4 or v4"
                + " for the offline demo, not 'v3'; LINEPAY_ONE_TIME_KEY is set without LINEPAY_CHANNEL_ID and"
                + " LINEPAY_CHANNEL_SECRET: the embedded sandbox issues its own My Code; unset it, or set the channel"
                + " to use a LINE Pay server");
    }

    @Test
    void aMyCodeWithoutOfflineSaysWhichArgumentReadsIt() {
        Run r = run(Map.of("LINEPAY_ONE_TIME_KEY", "123456789012345678"));

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("linepay4j demo failed: LINEPAY_ONE_TIME_KEY is set but the demo runs the online"
                + " flow: a My Code pays at the till, run it as `linepay4j-demo.jar offline`" + System.lineSeparator());
    }

    @Test
    void offlineOnAServerWithoutAMyCodeSaysWhereToGetOne() {
        Run r = run(Map.of("LINEPAY_CHANNEL_ID", "1234567890", "LINEPAY_CHANNEL_SECRET", "s3cret-0123456789abcdef",
                "LINEPAY_CURRENCY", "THB"), "offline");

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).singleElement().asString()
                .startsWith("linepay4j demo failed: LINEPAY_ONE_TIME_KEY is not set: ")
                .contains("My Code generator page (https://sandbox-web-pay.line.me/web/sandbox/payment/oneTimeKey?countryCode=TH")
                .doesNotContain("s3cret");
    }

    @Test
    void aMyCodeOfTheWrongLengthIsRefusedWithoutRepeatingIt() {
        Run r = run(Map.of("LINEPAY_CHANNEL_ID", "1234567890", "LINEPAY_CHANNEL_SECRET", "s3cret-0123456789abcdef",
                "LINEPAY_ONE_TIME_KEY", "98765 43210 9876"), "offline");

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).startsWith("linepay4j demo failed: LINEPAY_ONE_TIME_KEY must be 18 digits (Taiwan) or 12")
                .doesNotContain("9876543210").doesNotContain("98765");
    }

    @Test
    void anythingAfterOfflineIsRefused() {
        Run r = run(Map.of(), "offline", "v2");

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).startsWith("linepay4j demo failed: unexpected argument 'v2': ");
    }

    @Test
    void helpListsEveryVariable() {
        Run r = run(Map.of(), "--help");

        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("LINEPAY_CHANNEL_ID", "LINEPAY_CHANNEL_SECRET", "LINEPAY_API_BASE_URL",
                "LINEPAY_WAIT_SECONDS", "LINEPAY_TRANSPORT", "LINEPAY_API_VERSION", "LINEPAY_CURRENCY", "LINEPAY_DEBUG",
                "LINEPAY_ONE_TIME_KEY", "[offline | --help]", "offline: v2 | v2.4 | v4 (default v4)");
    }

    @Test
    void anUnknownArgumentIsRefused() {
        Run r = run(Map.of(), "--fast");

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("linepay4j demo failed: unexpected argument '--fast': the demo takes its settings"
                + " from environment variables (--help lists them)" + System.lineSeparator());
    }

    @Test
    void everyWrongSettingIsReportedAtOnceOnOneLine() {
        Run r = run(Map.of("LINEPAY_TRANSPORT", "netty", "LINEPAY_API_VERSION", "v2", "LINEPAY_WAIT_SECONDS", "soon",
                "LINEPAY_CURRENCY", "EUR", "LINEPAY_API_BASE_URL", "https://example.test"));

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).containsExactly("linepay4j demo failed: LINEPAY_API_BASE_URL is set without"
                + " LINEPAY_CHANNEL_ID and LINEPAY_CHANNEL_SECRET: a LINE Pay server needs a channel; unset it for the"
                + " embedded sandbox; LINEPAY_TRANSPORT must be okhttp, apache or jdk, not 'netty'; LINEPAY_API_VERSION"
                + " must be v3 or v4, not 'v2'; LINEPAY_CURRENCY must be one of [USD, TWD, THB, JPY], not 'EUR';"
                + " LINEPAY_WAIT_SECONDS must be a whole number of seconds from 1 to 86400, not 'soon'");
    }

    @Test
    void aPlainHttpServerOffLoopbackIsRefusedWithoutRepeatingTheSecret() {
        String secret = "s3cret-never-printed-0123456789ab";
        Run r = run(Map.of("LINEPAY_CHANNEL_ID", "1234567890", "LINEPAY_CHANNEL_SECRET", secret,
                "LINEPAY_API_BASE_URL", "http://pay.example.test"));

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).startsWith("linepay4j demo failed: LINEPAY_API_BASE_URL ").contains("https")
                .doesNotContain(secret);
        assertThat(r.err().lines()).hasSize(1);
    }

    @Test
    void aSecretWithASpaceIsRefusedWithoutRepeatingIt() {
        Run r = run(Map.of("LINEPAY_CHANNEL_ID", "1234567890", "LINEPAY_CHANNEL_SECRET", "two words"));

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).startsWith("linepay4j demo failed: LINEPAY_CHANNEL_SECRET must be printable ASCII")
                .doesNotContain("two words");
    }

    @Test
    void aServerThatIsNotThereFailsOnOneLineAndDebugAddsTheTrace() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Map<String, String> env = Map.of("LINEPAY_CHANNEL_ID", "1234567890", "LINEPAY_CHANNEL_SECRET", "abc",
                "LINEPAY_API_BASE_URL", "http://127.0.0.1:" + port, "LINEPAY_TRANSPORT", "jdk");

        Run quiet = run(env);
        assertThat(quiet.status()).isEqualTo(1);
        assertThat(quiet.err().lines()).singleElement().asString()
                .startsWith("linepay4j demo failed: request: ").contains("CONNECT_FAILED");

        Map<String, String> debug = new java.util.HashMap<>(env);
        debug.put("LINEPAY_DEBUG", "1");
        Run loud = run(debug);
        assertThat(loud.status()).isEqualTo(1);
        assertThat(loud.err().lines().count()).isGreaterThan(2);
        assertThat(loud.err()).contains("\tat dev.linepay4j.");
    }
}
