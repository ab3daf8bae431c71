package dev.linepay4j.testkit.sandbox;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Starting, options, logging and closing. */
class LinePaySandboxTest {

    @Test
    void itListensOnALoopbackAddressOnlyAndSaysSo() throws Exception {
        assertThatThrownBy(() -> SandboxOptions.builder().bindAddress(InetAddress.getByName("192.0.2.1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loopback");
        try (LinePaySandbox sandbox = LinePaySandbox.start()) {
            assertThat(sandbox.baseUri().toString()).isEqualTo("http://127.0.0.1:" + sandbox.port());
            assertThat(sandbox.port()).isPositive();
        }
    }

    @Test
    void closeFreesThePortAndCanBeCalledTwice() throws IOException {
        LinePaySandbox sandbox = LinePaySandbox.start();
        int port = sandbox.port();

        sandbox.close();
        sandbox.close();

        assertThat(sandbox.toString()).endsWith(", closed]");
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
        assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close()).isInstanceOf(IOException.class);
    }

    @Test
    void aTakenPortIsAClearError() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> LinePaySandbox.start(SandboxOptions.builder().port(taken.getLocalPort()).build()))
                    .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining(":" + taken.getLocalPort());
        }
    }

    @Test
    void optionsRefuseWhatCannotWork() {
        SandboxOptions.Builder b = SandboxOptions.builder().channel("1111111111", "one");
        assertThatThrownBy(() -> b.channel("1111111111", "again")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SandboxOptions.builder().port(70_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SandboxOptions.builder().hangLimit(java.time.Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SandboxOptions.builder().nonceMemory(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(SandboxOptions.defaults().channels()).containsExactly(LinePaySandbox.defaultChannel());
    }

    @Test
    void noSecretShowsInToString() {
        SandboxChannel channel = SandboxChannel.of("1111111111", "very-secret-value");
        SandboxOptions options = SandboxOptions.builder().channel(channel).build();

        assertThat(channel.toString()).doesNotContain("very-secret-value").contains("1111111111");
        assertThat(options.toString()).doesNotContain("very-secret-value").contains("1111111111");
        try (LinePaySandbox sandbox = LinePaySandbox.start(options)) {
            assertThat(sandbox.toString()).doesNotContain("very-secret-value");
        }
    }

    @Test
    void theLogHasOneLinePerRequestWithoutSecretsSignaturesNoncesOrRegKeys() {
        List<String> lines = new CopyOnWriteArrayList<>();
        try (LinePaySandbox sandbox = LinePaySandbox.start(SandboxOptions.builder().log(lines::add).build())) {
            Shop shop = new Shop(sandbox, "v3");
            String regKey = shop.regKey();
            shop.regKeyPay(regKey, Shop.orderId(), 100);
            String nonce = UUID.randomUUID().toString();
            byte[] body = "{\"amount\":1}".getBytes(UTF_8);
            String signature = Wire.sign(LinePaySandbox.DEFAULT_CHANNEL_SECRET, "/v3/payments/request", body, nonce);
            Wire.send(shop.wire.signedPost("/v3/payments/request", body, nonce));
            shop.wire.get("/v3/payments", "orderId=private-order");
            shop.wire.control("POST", "/sandbox/payments/" + shop.requested() + "/approve", null);

            assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line)
                    .doesNotContain(LinePaySandbox.DEFAULT_CHANNEL_SECRET)
                    .doesNotContain(signature)
                    .doesNotContain(nonce)
                    .doesNotContain(regKey)
                    .doesNotContain("private-order")
                    .doesNotContain("\n"));
            assertThat(lines).anySatisfy(line -> assertThat(line).matches(
                    "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ POST /v3/payments/\\d{19}/confirm 200 channel=1234567890 "
                            + "endpoint=confirm returnCode=0000 \\d+ms"));
            assertThat(lines).anySatisfy(line -> assertThat(line)
                    .contains("POST /v3/payments/preapprovedPay/" + regKey.substring(0, 4) + "…/payment 200"));
            assertThat(lines).anySatisfy(line -> assertThat(line).contains("POST /sandbox/payments/").contains("/approve 200")
                    .doesNotContain("endpoint="));
            assertThat(lines).anySatisfy(line -> assertThat(line).contains("endpoint=request returnCode=2101"));
        }
    }

    @Test
    void aBrokenLogSinkDoesNotBreakTheSandbox() {
        try (LinePaySandbox sandbox = LinePaySandbox.start(SandboxOptions.builder()
                .log(line -> { throw new IllegalStateException("sink down"); }).build())) {
            assertThat(new Shop(sandbox, "v4").request(Shop.body(Shop.orderId(), null)).returnCode()).isEqualTo("0000");
        }
    }

    @Test
    void theRootPageSaysWhatThisIs() {
        try (LinePaySandbox sandbox = LinePaySandbox.start()) {
            Wire.Response r = Wire.of(sandbox).control("GET", "/", null);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).contains("LinePaySandbox");
            assertThat(Wire.of(sandbox).control("GET", "/favicon.ico", null).status()).isEqualTo(404);
        }
    }
}
