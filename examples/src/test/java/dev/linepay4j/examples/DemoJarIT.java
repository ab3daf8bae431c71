package dev.linepay4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linepay4j.domain.OneTimeKey;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.payment.PaymentEvent;
import dev.linepay4j.domain.payment.PaymentState;
import dev.linepay4j.testkit.sandbox.LinePaySandbox;
import dev.linepay4j.testkit.sandbox.SandboxBooks;
import dev.linepay4j.testkit.sandbox.SandboxOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The packaged demo, {@code target/linepay4j-demo.jar}, run with {@code java -jar} as the README says: the
 * whole flow against its embedded sandbox on every transport, and the external mode against a
 * {@link LinePaySandbox} this test starts, where the test plays the customer.
 */
class DemoJarIT {

    private static final Duration LIMIT = Duration.ofSeconds(90);
    private static final String CHANNEL_ID = "2345678901";
    private static final String SECRET = "demo-it-secret-5ecre7c0ffee51abc";
    private static final Pattern REQUESTED = Pattern.compile("^request +transactionId=(\\d{19}) ");
    private static final List<String> STEPS = List.of("client", "request", "approve", "confirm", "refund", "details", "done");
    private static final List<String> TILL_STEPS = List.of("client", "scan", "pay", "status", "refund", "details", "done");
    private static final Pattern PAID = Pattern.compile("(?m)^pay +transactionId=(\\d{19}) orderId=(\\S+) ");

    private static LinePaySandbox sandbox;

    @BeforeAll
    static void startSandbox() {
        sandbox = LinePaySandbox.start(SandboxOptions.builder().channel(CHANNEL_ID, SECRET).build());
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    private static Map<String, String> external(String... more) {
        Map<String, String> env = new java.util.HashMap<>(Map.of("LINEPAY_CHANNEL_ID", CHANNEL_ID,
                "LINEPAY_CHANNEL_SECRET", SECRET, "LINEPAY_API_BASE_URL", sandbox.baseUri().toString(),
                "LINEPAY_WAIT_SECONDS", "30"));
        for (int i = 0; i < more.length; i += 2) {
            env.put(more[i], more[i + 1]);
        }
        return env;
    }

    /** Every step printed, in order, each line starting with the step's name. */
    private static void assertWholeFlow(DemoProcess.Result r) {
        assertThat(r.exitCode()).as("exit status; stderr: %s", r.stderr()).isZero();
        List<String> firstWords = r.out().stream().filter(l -> !l.startsWith(" ")).map(l -> l.split(" ", 2)[0]).toList();
        assertThat(firstWords).containsSubsequence(STEPS);
        assertThat(r.out().get(r.out().size() - 1)).isEqualTo("done");
        assertThat(r.stdout())
                .containsPattern("request +transactionId=\\d{19} orderId=demo-\\S+ amount=300 TWD")
                .containsPattern("paymentUrl\\.web=http://127\\.0\\.0\\.1:\\d+/sandbox/pay/\\d{19}")
                .containsPattern("confirm .*confirmed 300 TWD")
                .containsPattern("payInfo=\\[BALANCE 300\\] amount=300 TWD")
                .containsPattern("refund +refundTransactionId=\\d{19} amount=100 TWD")
                .containsPattern("details +payStatus=CAPTURE transactionType=PAYMENT paid=300 TWD")
                .containsPattern("refunds=\\[\\d{19} PARTIAL_REFUND 100\\] remaining=200 TWD");
        assertThat(r.err()).as("nothing on stderr when all goes well (no logging noise either)").isEmpty();
    }

    @ParameterizedTest(name = "LINEPAY_TRANSPORT={0} LINEPAY_API_VERSION={1}")
    @CsvSource({"'', ''", "okhttp, v3", "apache, v3", "jdk, v4"})
    void withoutEnvironmentItRunsTheWholeFlowAgainstTheEmbeddedSandbox(String transport, String version) throws Exception {
        DemoProcess.Result r = DemoProcess.run(Map.of("LINEPAY_TRANSPORT", transport, "LINEPAY_API_VERSION", version),
                LIMIT);

        assertWholeFlow(r);
        assertThat(r.stdout())
                .contains("embedded LinePaySandbox at http://127.0.0.1:")
                .containsPattern("client +Online API " + (version.isEmpty() ? "v3" : version) + ", transport "
                        + (transport.isEmpty() ? "okhttp" : transport) + ", codec jackson")
                .containsPattern("approve .*pressed Pay \\(POST /sandbox/pay/\\d{19}/approve\\): HTTP 303")
                .containsPattern("Location: http://127\\.0\\.0\\.1:\\d+/linepay/confirm\\?transactionId=\\d{19}&orderId=demo-")
                .containsPattern("confirm +the shop's confirm page read transactionId=\\d{19} orderId=demo-\\S+ with RedirectCallback");
    }

    @Test
    void withCredentialsItWaitsForTheCustomerThenConfirmsRefundsAndReads() throws Exception {
        CompletableFuture<TransactionId> requested = new CompletableFuture<>();
        DemoProcess.Result r = DemoProcess.run(external("LINEPAY_TRANSPORT", "jdk", "LINEPAY_API_VERSION", "v4"), LIMIT,
                line -> {
                    Matcher m = REQUESTED.matcher(line);
                    if (m.find()) {
                        TransactionId id = TransactionId.parse(m.group(1));
                        requested.complete(id);
                        pauseThen(() -> sandbox.approve(id));   // a person taking a moment on the payment page
                    }
                });

        assertWholeFlow(r);
        assertThat(r.stdout())
                .contains("LINE Pay at " + sandbox.baseUri() + " (CUSTOM), channel " + CHANNEL_ID)
                .contains("open paymentUrl.web in a browser and approve the payment")
                .containsPattern("status 0110 \\(AUTHENTICATED\\) after \\d+ s")
                .contains("the shop confirmed 300 TWD, the stored order's amount, after the status check")
                .doesNotContain(SECRET);
        SandboxBooks.BookedPayment booked = sandbox.books().payment(requested.get(1, TimeUnit.SECONDS)).orElseThrow();
        assertThat(booked.payment().state()).isEqualTo(PaymentState.PARTIALLY_REFUNDED);
        assertThat(booked.count(PaymentEvent.Confirm.class)).isEqualTo(1);
    }

    @Test
    void whenTheCustomersBrowserComesBackTheConfirmPageConfirmsOnce() throws Exception {
        CompletableFuture<TransactionId> requested = new CompletableFuture<>();
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        DemoProcess.Result r = DemoProcess.run(external(), LIMIT, line -> {
            Matcher m = REQUESTED.matcher(line);
            if (m.find()) {
                TransactionId id = TransactionId.parse(m.group(1));
                requested.complete(id);
                pauseThen(() -> {
                    URI confirmPage = sandbox.approve(id).orElseThrow();
                    return browser.send(HttpRequest.newBuilder(confirmPage).GET().build(),
                            HttpResponse.BodyHandlers.ofString()).statusCode();
                });
            }
        });

        assertWholeFlow(r);
        assertThat(sandbox.books().payment(requested.get(1, TimeUnit.SECONDS)).orElseThrow()
                .count(PaymentEvent.Confirm.class)).as("the page and the status check confirm once between them").isEqualTo(1);
    }

    @Test
    void aWrongSecretEndsWithOneLineNamingTheStepAndTheCode() throws Exception {
        String wrong = "not-the-channel-secret-0123456789";
        DemoProcess.Result r = DemoProcess.run(external("LINEPAY_CHANNEL_SECRET", wrong), LIMIT);

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).hasSize(1);
        assertThat(r.err().get(0)).startsWith("linepay4j demo failed: request: ").contains("1106");
        assertThat(r.stdout() + r.stderr()).doesNotContain(wrong).doesNotContain(SECRET).doesNotContain("\tat ");
    }

    @Test
    void aCustomerWhoNeverApprovesEndsTheWaitWithStatusOne() throws Exception {
        DemoProcess.Result r = DemoProcess.run(external("LINEPAY_WAIT_SECONDS", "2"), LIMIT);

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).containsExactly("linepay4j demo failed: approve: the customer did not approve within 2 s"
                + " (status check still 0000, not yet authenticated)");
        assertThat(r.stdout()).contains("paymentUrl.web=").doesNotContain("done");
    }

    @Test
    void aCustomerWhoCancelsEndsTheDemoWithStatusOne() throws Exception {
        DemoProcess.Result r = DemoProcess.run(external(), LIMIT, line -> {
            Matcher m = REQUESTED.matcher(line);
            if (m.find()) {
                pauseThen(() -> sandbox.cancel(TransactionId.parse(m.group(1))));
            }
        });

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).containsExactly("linepay4j demo failed: approve: the customer cancelled or the payment"
                + " request expired (status 0121)");
    }

    @Test
    void halfTheCredentialsIsRefusedBeforeAnythingRuns() throws Exception {
        DemoProcess.Result r = DemoProcess.run(Map.of("LINEPAY_CHANNEL_ID", CHANNEL_ID), LIMIT);

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).containsExactly("linepay4j demo failed: LINEPAY_CHANNEL_ID is set but LINEPAY_CHANNEL_SECRET"
                + " is not: set both to use a LINE Pay server, or neither for the embedded sandbox");
    }

    /** The till's every step printed, in order, with its amounts; the My Code masked. */
    private static void assertWholeTillFlow(DemoProcess.Result r, String version) {
        assertThat(r.exitCode()).as("exit status; stderr: %s", r.stderr()).isZero();
        List<String> firstWords = r.out().stream().filter(l -> !l.startsWith(" ")).map(l -> l.split(" ", 2)[0]).toList();
        assertThat(firstWords).containsSubsequence(TILL_STEPS);
        assertThat(r.out().get(r.out().size() - 1)).isEqualTo("done");
        assertThat(r.stdout())
                .containsPattern("client +Offline API " + Pattern.quote(version) + ", transport \\w+, codec jackson")
                .containsPattern("scan .*: OneTimeKey\\[\\*{14}\\d{4}\\]")
                .containsPattern("pay +transactionId=\\d{19} orderId=demo-\\S+ amount=300 TWD")
                .containsPattern("payInfo=\\[BALANCE 300\\] paid=300 TWD" + (version.equals("v2") ? " balance=\\d+" : " paymentProvider=\\w+"))
                .containsPattern("status +status=COMPLETE transactionId=\\d{19} \\(checked by orderId=demo-\\S+\\)")
                .containsPattern("refund +refundTransactionId=\\d{19} amount=100 TWD \\(partial, of 300 TWD\\)")
                .containsPattern("details +payStatus=CAPTURE transactionType=PAYMENT paid=300 TWD")
                .containsPattern("refunds=\\[\\d{19} PARTIAL_REFUND 100\\] remaining=200 TWD");
        assertThat(r.err()).as("nothing on stderr when all goes well").isEmpty();
    }

    @ParameterizedTest(name = "offline LINEPAY_API_VERSION={0}")
    @CsvSource({"''", "v2", "v2.4"})
    void offlineWithoutEnvironmentPaysAtTheTillAgainstTheEmbeddedSandbox(String version) throws Exception {
        DemoProcess.Result r = DemoProcess.run(Map.of("LINEPAY_API_VERSION", version), LIMIT, "offline");

        assertWholeTillFlow(r, version.isEmpty() ? "v4" : version);
        assertThat(r.stdout()).startsWith("linepay4j demo (offline): LINE Pay played by an embedded LinePaySandbox at"
                + " http://127.0.0.1:").contains("the customer opened My Code (TW, issued by the sandbox)");
    }

    @ParameterizedTest(name = "offline with credentials LINEPAY_API_VERSION={0}")
    @CsvSource({"v4, okhttp", "v2.4, apache", "v2, jdk"})
    void offlineWithCredentialsChargesTheMyCodeFromTheEnvironment(String version, String transport) throws Exception {
        OneTimeKey key = sandbox.issueOneTimeKey(OneTimeKey.Country.TW);
        DemoProcess.Result r = DemoProcess.run(external("LINEPAY_API_VERSION", version, "LINEPAY_TRANSPORT", transport,
                "LINEPAY_ONE_TIME_KEY", key.value()), LIMIT, "offline");

        assertWholeTillFlow(r, version);
        assertThat(r.stdout())
                .contains("linepay4j demo (offline): LINE Pay at " + sandbox.baseUri() + " (CUSTOM), channel " + CHANNEL_ID)
                .contains("the customer's My Code from LINEPAY_ONE_TIME_KEY: " + key)
                .doesNotContain(key.value()).doesNotContain(SECRET);
        Matcher paid = PAID.matcher(r.stdout());
        assertThat(paid.find()).isTrue();
        SandboxBooks.BookedPayment booked = sandbox.books().payment(TransactionId.parse(paid.group(1))).orElseThrow();
        assertThat(booked.payment().orderId()).isEqualTo(paid.group(2));
        assertThat(booked.payment().state()).isEqualTo(PaymentState.PARTIALLY_REFUNDED);
    }

    @Test
    void offlineWithCredentialsButNoMyCodeSaysWhereToGetOne() throws Exception {
        DemoProcess.Result r = DemoProcess.run(external(), LIMIT, "offline");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).singleElement().asString()
                .startsWith("linepay4j demo failed: LINEPAY_ONE_TIME_KEY is not set: ")
                .contains("My Code generator page (https://sandbox-web-pay.line.me/web/sandbox/payment/oneTimeKey?countryCode=TW")
                .doesNotContain(SECRET);
    }

    @Test
    void offlineAMyCodeUsedOnceIsRefusedOnOneLineWithoutRepeatingIt() throws Exception {
        OneTimeKey key = sandbox.issueOneTimeKey(OneTimeKey.Country.TW);
        Map<String, String> env = external("LINEPAY_ONE_TIME_KEY", key.value());
        assertThat(DemoProcess.run(env, LIMIT, "offline").exitCode()).isZero();

        DemoProcess.Result again = DemoProcess.run(env, LIMIT, "offline");

        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).singleElement().asString().startsWith("linepay4j demo failed: pay: ");
        assertThat(again.stdout() + again.stderr()).doesNotContain(key.value()).doesNotContain(SECRET)
                .doesNotContain("\tat ");
    }

    /** Acts on another thread after a short pause, as a person would, so the demo's loop sees 0000 first. */
    private static void pauseThen(java.util.concurrent.Callable<?> action) {
        CompletableFuture.runAsync(() -> {
            try {
                Thread.sleep(1_200);
                action.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
