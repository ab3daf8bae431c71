package dev.linepay4j.it.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linepay4j.CallOptions;
import dev.linepay4j.Environment;
import dev.linepay4j.LinePay;
import dev.linepay4j.LinePayException;
import dev.linepay4j.LinePayListener;
import dev.linepay4j.RawRequest;
import dev.linepay4j.RetryPolicy;
import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.RegKey;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.request.ConfirmRequest;
import dev.linepay4j.domain.request.PaymentDetailsQuery;
import dev.linepay4j.domain.request.PreapprovedPaymentRequest;
import dev.linepay4j.testkit.contract.LoopbackHttpServer.Received;
import dev.linepay4j.testkit.contract.LoopbackHttpServer.Reply;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Drives every kind of outcome through each transport while recording everything a merchant's logs
 * could get: listener events, exception messages with their causes and stack traces, toStrings, and
 * every java.util.logging record (where System.Logger goes by default). linepay4j's own output never
 * holds the channel secret, a signature that was sent, or a regKey; other libraries' logs, even at their
 * most verbose, never hold the secret or a signature.
 */
class SecretsNeverLeakIT {

    private static final TransactionId ID = TransactionId.parse("2023042201206549310");
    private static final RegKey KEY = RegKey.of("RKSECRET0KEY123");

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.linepay4j.it.client.Clients#transports")
    void noOutputHoldsTheSecretASignatureOrAKey(String transport) throws Exception {
        List<String> output = new CopyOnWriteArrayList<>();
        List<String> otherLibraries = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                List<String> to = String.valueOf(record.getLoggerName()).startsWith("dev.linepay4j") ? output
                        : otherLibraries;
                to.add(String.valueOf(record.getMessage()) + " " + Arrays.toString(record.getParameters()));
                if (record.getThrown() != null) {
                    to.add(trace(record.getThrown()));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        Level before = root.getLevel();
        root.addHandler(capture);
        root.setLevel(Level.ALL);
        LinePayListener listener = new LinePayListener() {
            @Override
            public void attemptStarted(AttemptStarted event) {
                output.add(event.toString());
            }

            @Override
            public void attemptFinished(AttemptFinished event) {
                output.add(event.toString());
                event.error().ifPresent(e -> output.add(e.describe()));
            }

            @Override
            public void retrying(RetryScheduled event) {
                output.add(event.toString());
                output.add(event.error().describe());
            }

            @Override
            public void reconciled(Reconciled event) {
                output.add(event.toString());
                output.add(event.reconciliation().describe());
            }
        };
        List<Received> received = new ArrayList<>();
        try (ScriptedLinePay server = ScriptedLinePay.start();
             LinePay linePay = Clients.client(transport, ApiVersion.ONLINE_V3, server.environment(), listener)) {
            output.add(linePay.toString());
            // An echoing gateway page that repeats what it got: headers, the secret, the key.
            Function<Received, Reply> echo = r -> ScriptedLinePay.reply(502, "text/html", "<html>got "
                    + r.headers() + " " + r.target() + " secret=" + Clients.SECRET + "</html>");
            List<Function<Received, Reply>> scripts = List.of(
                    r -> Reply.ok("{\"returnCode\":\"0000\",\"info\":{\"transactionId\":1,\"orderId\":\"o\","
                            + "\"regKey\":\"" + KEY.value() + "\"}}"),
                    r -> Reply.ok("{\"returnCode\":\"1106\",\"returnMessage\":\"Header information error.\"}"),
                    echo,
                    r -> Reply.hang(),
                    r -> Reply.resetMidBody(),
                    r -> Reply.ok("{\"returnCode\":\"0000\",\"info\":{\"orderId\":\"o\"}}"));
            for (Function<Received, Reply> script : scripts) {
                server.answer(script);
                // Retries and read-backs too (two attempts, not waited, to keep the hanging script short).
                runEverything(linePay.withOptions(CallOptions.none().withReadTimeout(Duration.ofMillis(300))
                        .withRetryPolicy(RetryPolicy.builder().maxAttempts(2).build().withoutSleeping())), linePay,
                        output);
            }
            received.addAll(server.received());
        } finally {
            root.removeHandler(capture);
            root.setLevel(before);
        }
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        try (LinePay refused = Clients.client(transport, ApiVersion.ONLINE_V3,
                Environment.custom("http://127.0.0.1:" + closedPort), listener)) {
            record(() -> refused.expireRegKey(KEY), output);
        }

        assertThat(received).isNotEmpty();
        String ours = String.join("\n", output);
        String theirs = String.join("\n", otherLibraries);
        assertThat(ours).contains("TRANSPORT_FAILURE", "OUTCOME_UNKNOWN", "API_ERROR", "PROTOCOL_ERROR", "SUCCESS",
                "RetryScheduled", "Reconciled");
        assertThat(ours).doesNotContain(Clients.SECRET).doesNotContain(KEY.value());
        // Other libraries' DEBUG logs (the JDK client's jdk.internal.httpclient.debug) print URLs, and so a regKey
        // in a path (see the README); never the secret, which the HMAC APIs do not send, or a signature header.
        assertThat(theirs).doesNotContain(Clients.SECRET);
        for (Received r : received) {
            String signature = r.header("X-LINE-Authorization").orElseThrow();
            assertThat(ours).doesNotContain(signature);
            assertThat(theirs).doesNotContain(signature);
        }
    }

    private static void runEverything(dev.linepay4j.OnlinePayments quick, LinePay linePay, List<String> output) {
        record(() -> output.add(String.valueOf(quick.confirm(ID, ConfirmRequest.of(Amount.of(1), Currency.TWD)))), output);
        record(() -> quick.checkRegKey(KEY), output);
        record(() -> quick.payPreapproved(KEY, PreapprovedPaymentRequest.builder().productName("P").amount(1)
                .currency(Currency.TWD).orderId("s").build()), output);
        record(() -> quick.expireRegKey(KEY), output);
        record(() -> quick.paymentDetails(PaymentDetailsQuery.ofTransactionIds(ID)), output);
        record(() -> output.add(String.valueOf(linePay.raw(RawRequest.get("/v3/payments").query("orderId", "o")
                .readTimeout(Duration.ofMillis(300)).build()))), output);
    }

    private static void record(Runnable call, List<String> output) {
        try {
            call.run();
        } catch (LinePayException e) {
            output.add(trace(e));
            output.add(e.error().toString());
        }
    }

    private static String trace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString();
    }
}
