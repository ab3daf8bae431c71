package dev.linepay4j.it.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linepay4j.CallOptions;
import dev.linepay4j.Environment;
import dev.linepay4j.LinePay;
import dev.linepay4j.LinePayException;
import dev.linepay4j.LinePayListener;
import dev.linepay4j.OfflinePayments;
import dev.linepay4j.RawRequest;
import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.OneTimeKey;
import dev.linepay4j.domain.OrderId;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.request.CaptureRequest;
import dev.linepay4j.domain.request.RefundRequest;
import dev.linepay4j.testkit.contract.LoopbackHttpServer;
import dev.linepay4j.testkit.contract.LoopbackHttpServer.Received;
import dev.linepay4j.testkit.contract.LoopbackHttpServer.Reply;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Offline API v2 (and v2.4, which shares its code path) sends the channel secret itself, in
 * {@code X-LINE-ChannelSecret}, with every call. This
 * drives every kind of outcome of every offline operation through each transport while recording
 * everything a merchant's logs could get (listener events, exception messages with their causes, stack
 * traces and suppressed exceptions, toStrings, every java.util.logging record, the transports' own
 * exception messages) and checks that none of it holds the secret or a whole My Code, even when a gateway
 * echoes the request's headers back in its error page.
 */
class OfflineSecretsNeverLeakIT {

    /** A channel secret shaped like LINE Pay's (32 hex digits), to be searched for in every output. */
    private static final String SECRET = "c0ffee5ecre7c0ffee5ecre7c0ffee51";
    private static final String KEY = "918273645546372819";
    private static final OrderId ORDER = OrderId.of("POS7-0042");
    private static final TransactionId ID = TransactionId.parse("2023042201206549310");

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.linepay4j.it.offline.OfflineClients#transports")
    void noOutputHoldsTheSecretOrTheKey(String transport) throws Exception {
        ApiVersion version = ApiVersion.OFFLINE_V2;
        List<String> output = new CopyOnWriteArrayList<>();
        List<String> otherLibraries = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                List<String> to = String.valueOf(record.getLoggerName()).startsWith("dev.linepay4j") ? output
                        : otherLibraries;
                to.add(record.getMessage() + " " + Arrays.toString(record.getParameters()));
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
        };
        List<Received> received = new ArrayList<>();
        Function<Received, Reply>[] script = new Function[1];
        try (LoopbackHttpServer server = LoopbackHttpServer.start(r -> script[0].apply(r));
             LinePay linePay = OfflineClients.builder(transport, version, Environment.custom(server.uri("")),
                     "1234567890", SECRET).listener(listener).build()) {
            output.add(linePay.toString());
            output.add(linePay.offline().toString());
            // A gateway page that repeats what it got: headers (the secret among them), the body (the key).
            Function<Received, Reply> echo = r -> Reply.of(502, Map.of("Content-Type", "text/html"),
                    ("<html>got " + r.headers() + " " + r.target() + " " + new String(r.body(), StandardCharsets.UTF_8)
                            + " secret=" + SECRET + "</html>").getBytes(StandardCharsets.UTF_8));
            List<Function<Received, Reply>> scripts = List.of(
                    r -> Reply.ok("{\"returnCode\":\"0000\",\"info\":{\"transactionId\":1,\"orderId\":\"POS7-0042\","
                            + "\"transactionDate\":\"2026-11-22T03:04:05Z\",\"status\":\"COMPLETE\","
                            + "\"refundTransactionId\":2,\"refundTransactionDate\":\"2026-11-22T03:04:05Z\"}}"),
                    r -> Reply.ok("{\"returnCode\":\"1106\",\"returnMessage\":\"Header information error. "
                            + "X-LINE-ChannelSecret: " + SECRET + "\"}"),
                    // A refusal of the pay that repeats the key it refuses; the other calls never carry the key.
                    r -> r.target().endsWith("/oneTimeKeys/pay")
                            ? Reply.ok("{\"returnCode\":\"1133\",\"returnMessage\":\"oneTimeKey " + KEY + " is invalid\"}")
                            : Reply.ok("{\"returnCode\":\"1150\",\"returnMessage\":\"No transaction.\"}"),
                    echo,
                    r -> Reply.hang(),
                    r -> Reply.resetMidBody(),
                    r -> Reply.ok("{\"returnCode\":\"0000\",\"info\":{\"orderId\":\"o\"}}"));
            for (Function<Received, Reply> s : scripts) {
                script[0] = s;
                runEverything(linePay.offline().withOptions(CallOptions.none().withReadTimeout(Duration.ofMillis(300))),
                        linePay, output);
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
        try (LinePay refused = OfflineClients.builder(transport, version,
                Environment.custom("http://127.0.0.1:" + closedPort), "1234567890", SECRET).listener(listener).build()) {
            record(() -> refused.offline().pay(payment()), output);
            record(() -> refused.offline().checkPaymentStatus(ORDER), output);
        }

        assertThat(received).isNotEmpty();
        assertThat(received).allSatisfy(r -> assertThat(r.header("X-LINE-ChannelSecret")).contains(SECRET));
        String ours = String.join("\n", output);
        assertThat(ours).contains("TRANSPORT_FAILURE", "OUTCOME_UNKNOWN", "API_ERROR", "PROTOCOL_ERROR", "SUCCESS");
        assertThat(ours).doesNotContain(SECRET).doesNotContain(KEY);
        // The transports do not log request headers through java.util.logging at any level; Apache
        // HttpClient's header log (SLF4J, not bound here) would, which the README warns about.
        assertThat(String.join("\n", otherLibraries)).doesNotContain(SECRET);
    }

    private static dev.linepay4j.domain.request.OfflinePaymentRequest payment() {
        return OfflineClients.payment(ORDER.value(), OneTimeKey.of(KEY), 100, true);
    }

    private static void runEverything(OfflinePayments quick, LinePay linePay, List<String> output) {
        record(() -> output.add(String.valueOf(quick.pay(payment()))), output);
        record(() -> output.add(String.valueOf(quick.checkPaymentStatus(ORDER))), output);
        record(() -> output.add(String.valueOf(quick.capture(ORDER, CaptureRequest.of(Amount.of(100), Currency.TWD)))),
                output);
        record(() -> output.add(String.valueOf(quick.voidAuthorization(ORDER))), output);
        record(() -> output.add(String.valueOf(quick.refund(ORDER, RefundRequest.full()))), output);
        record(() -> output.add(String.valueOf(quick.paymentDetails(ID))), output);
        record(() -> output.add(String.valueOf(quick.authorizationDetails(ORDER))), output);
        record(() -> output.add(String.valueOf(payment())), output);
        // A raw answer keeps LINE Pay's message as sent (it is the caller's data); its code is what is logged here.
        record(() -> output.add(linePay.raw(RawRequest.get("/v2/payments").query("orderId", "o")
                .readTimeout(Duration.ofMillis(300)).build()).returnCode().toString()), output);
    }

    private static void record(Runnable call, List<String> output) {
        try {
            call.run();
        } catch (LinePayException e) {
            output.add(trace(e));
            output.add(e.error().toString());
        }
    }

    /** The stack trace with causes and suppressed exceptions, as a logger prints it. */
    private static String trace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString();
    }
}
