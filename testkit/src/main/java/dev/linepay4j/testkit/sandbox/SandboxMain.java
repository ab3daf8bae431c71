package dev.linepay4j.testkit.sandbox;

import dev.linepay4j.domain.ValidationException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a {@link LinePaySandbox} as a process: {@code java -jar linepay4j-sandbox.jar --port 0
 * --channel-id ID --channel-secret SECRET}. It prints {@code LinePaySandbox listening on
 * http://127.0.0.1:<port>} on standard output once it accepts connections, one line per request on
 * standard error, and stops cleanly on SIGTERM or Ctrl-C (printing {@code LinePaySandbox stopped} on
 * standard error; the exit status is then the JVM's for the signal, 143 for SIGTERM). {@code --help}
 * lists the options.
 *
 * <pre>{@code
 * java -jar testkit/target/linepay4j-sandbox.jar --port 8090 --channel-id 1234567890 --channel-secret-env LINEPAY_SECRET
 * }</pre>
 */
public final class SandboxMain {

    static final String USAGE = """
            Usage: java -jar linepay4j-sandbox.jar [options]

            LINE Pay's Online API v3 and v4 and Offline API v2, v2.4 and v4 (My Code payments) on
            http://127.0.0.1, for local development and tests.

            Options:
              --port N                    port to listen on; 0 (the default) picks a free one
              --channel-id ID             a channel id (digits); repeat with a secret for more channels
              --channel-secret SECRET     the secret of the channel id before it
              --channel-secret-env NAME   read that secret from environment variable NAME instead,
                                          which keeps it out of the process list
              --hang-limit SECONDS        how long PROCESS_THEN_HANG holds a connection (default 120)
              --quiet                     no request log on standard error
              --help                      this text

            Without --channel-id the sandbox serves one channel: id 1234567890, secret
            linepay4j-sandbox-secret. Once listening it prints
              LinePaySandbox listening on http://127.0.0.1:<port>
            on standard output, and one line per request (never a secret, signature or nonce) on
            standard error. SIGTERM or Ctrl-C stops it.

            Payment pages:  GET  /sandbox/pay/{transactionId}   (paymentUrl.web)
            Control API:    POST /sandbox/payments/{transactionId}/approve|cancel|expire|fail
                            POST /sandbox/authorizations/{transactionId}/expire
                            POST /sandbox/regkeys/{regKey}/expire
                            POST /sandbox/one-time-keys  {"country":"TW"|"TH","paymentMethod":"balance"|"card"|"point"}
                                 a customer's My Code (oneTimeKey): 18 or 12 digits, one payment, 5 minutes
                            GET  /sandbox/one-time-keys/{oneTimeKey}
                            GET|POST|DELETE /sandbox/faults
            Faults:         {"endpoint":"confirm","fault":"PROCESS_THEN_HANG","times":1}
                            endpoint: request, check, confirm, capture, void, refund, details,
                                      regkey-check, regkey-pay, regkey-expire, offline-pay,
                                      offline-check, offline-capture, offline-void, offline-refund,
                                      offline-authorizations, offline-details, or *
                            version (optional): v2, v2.4, v3 or v4 (v4: Online and Offline)
                            fault: DELAY (with millis), HTTP_500_HTML, MALFORMED_JSON, TRUNCATED_JSON,
                                   EMPTY_BODY, CONNECTION_RESET, PROCESS_THEN_HANG,
                                   RETURN_CODE (with returnCode)
            """;

    private SandboxMain() {
    }

    /**
     * Starts the sandbox and runs until the process is stopped.
     *
     * @param args the options; see {@code --help}
     */
    public static void main(String[] args) {
        SandboxOptions options;
        try {
            options = parse(args, System.getenv()::get, System.err);
        } catch (HelpRequested h) {
            System.out.print(USAGE);
            return;
        } catch (IllegalArgumentException e) {
            System.err.println("linepay4j-sandbox: " + e.getMessage());
            System.err.println("Try --help.");
            System.exit(2);
            return;
        }
        LinePaySandbox sandbox = LinePaySandbox.start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            System.err.println("LinePaySandbox stopped");
            System.err.flush();
            stopped.countDown();
        }, "linepay-sandbox-shutdown"));
        System.out.println("LinePaySandbox listening on " + sandbox.baseUri());
        System.out.flush();
        try {
            stopped.await();   // the JVM exits when the shutdown hook is done
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Thrown by {@link #parse} for {@code --help}. */
    static final class HelpRequested extends RuntimeException {
        private static final long serialVersionUID = 1L;

        HelpRequested() {
            super("help", null, false, false);
        }
    }

    /** Environment lookup, a seam for tests. */
    interface Environment {
        String get(String name);
    }

    static SandboxOptions parse(String[] args, Environment env, PrintStream notes) {
        SandboxOptions.Builder b = SandboxOptions.builder();
        List<String> ids = new ArrayList<>();
        List<String> secrets = new ArrayList<>();
        boolean quiet = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--help", "-h" -> throw new HelpRequested();
                case "--quiet" -> quiet = true;
                case "--port" -> b.port(number(a, value(args, ++i, a)));
                case "--hang-limit" -> b.hangLimit(Duration.ofSeconds(number(a, value(args, ++i, a))));
                case "--channel-id" -> ids.add(value(args, ++i, a));
                case "--channel-secret" -> secrets.add(value(args, ++i, a));
                case "--channel-secret-env" -> {
                    String name = value(args, ++i, a);
                    String secret = env.get(name);
                    if (secret == null || secret.isEmpty()) {
                        throw new IllegalArgumentException("environment variable " + name + " is not set");
                    }
                    secrets.add(secret);
                }
                default -> throw new IllegalArgumentException("unknown option " + printable(a));
            }
        }
        if (ids.size() != secrets.size()) {
            throw new IllegalArgumentException("give each --channel-id one --channel-secret (or --channel-secret-env):"
                    + " found " + ids.size() + " ids and " + secrets.size() + " secrets");
        }
        for (int i = 0; i < ids.size(); i++) {
            try {
                b.channel(SandboxChannel.of(ids.get(i), secrets.get(i)));
            } catch (ValidationException e) {
                throw new IllegalArgumentException(e.getMessage());   // never repeats a secret
            }
        }
        if (ids.isEmpty()) {
            notes.println("linepay4j-sandbox: no --channel-id given; serving the default channel "
                    + LinePaySandbox.DEFAULT_CHANNEL_ID + " (see --help)");
        }
        if (!quiet) {
            b.log(System.err::println);
        }
        return b.build();
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int number(String option, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, was " + printable(text));
        }
    }

    private static String printable(String s) {
        String cut = s.length() > 40 ? s.substring(0, 40) + "…" : s;
        return cut.replaceAll("[^\\x20-\\x7e…]", "?");
    }
}
