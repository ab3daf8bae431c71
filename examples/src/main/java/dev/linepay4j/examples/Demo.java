package dev.linepay4j.examples;

import dev.linepay4j.LinePayException;
import dev.linepay4j.discovery.DiscoveryException;
import dev.linepay4j.domain.ValidationException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * linepay4j's runnable demo: one payment through LINE Pay's redirect flow, each step printed on one or
 * two lines. Build and run it from a clone of the repository:
 *
 * <pre>
 * mvn -B -q -DskipTests package -pl examples -am &amp;&amp; java -jar examples/target/linepay4j-demo.jar
 * java -jar examples/target/linepay4j-demo.jar offline
 * </pre>
 *
 * <p>With no environment it starts an embedded {@code LinePaySandbox} on loopback and plays every part:
 * the shop requests a payment; the customer opens {@code paymentUrl.web} and presses Pay over HTTP, and
 * the page redirects (303) to the shop's confirm page, a small server of the demo's own on loopback;
 * that page reads the ids with {@code RedirectCallback} and confirms; then the shop refunds part of the
 * payment and reads its details.
 *
 * <p>With {@code LINEPAY_CHANNEL_ID} and {@code LINEPAY_CHANNEL_SECRET} set, it runs the same flow against
 * that LINE Pay server ({@code LINEPAY_API_BASE_URL}, LINE Pay's sandbox by default): it prints
 * {@code paymentUrl.web} for a person to open, and checks the request's status once a second until they
 * approve (at most {@code LINEPAY_WAIT_SECONDS}, 600 by default). {@code LINEPAY_TRANSPORT}
 * ({@code okhttp}, {@code apache}, {@code jdk}), {@code LINEPAY_API_VERSION} ({@code v3}, {@code v4}) and
 * {@code LINEPAY_CURRENCY} apply to both modes; {@code --help} lists them all.
 *
 * <p>With the argument {@code offline} it takes a payment at the till instead (Offline API, {@code v4} by
 * default, {@code v2} or {@code v2.4} by {@code LINEPAY_API_VERSION}): the customer's My Code (from the
 * embedded sandbox's {@code issueOneTimeKey}, or {@code LINEPAY_ONE_TIME_KEY} on a LINE Pay server) is
 * paid with a fresh order id, the status is checked by that order id, part is refunded and the payment's
 * details are read. The key prints masked, as {@code OneTimeKey.toString} does.
 *
 * <p>It exits with 0 when every step went through. Any failure ends it with status 1 and one line on
 * standard error, {@code linepay4j demo failed: <reason>}; {@code LINEPAY_DEBUG=1} adds the stack trace.
 * The channel secret is never printed.
 */
public final class Demo {

    static final String USAGE = """
            linepay4j demo: one LINE Pay payment, requested, approved, confirmed, partly refunded and read back;
            with offline, one payment at the till: the customer's My Code charged, its status checked, partly
            refunded and read back.

            usage: java -jar linepay4j-demo.jar [offline | --help]

            With none of the variables below it runs against an embedded LinePaySandbox on 127.0.0.1
            and plays the customer too. Environment variables:
              LINEPAY_CHANNEL_ID      your channel id         } set both to use a LINE Pay server instead:
              LINEPAY_CHANNEL_SECRET  your channel secret     } a person approves at paymentUrl.web
              LINEPAY_API_BASE_URL    the server (default https://sandbox-api-pay.line.me)
              LINEPAY_ONE_TIME_KEY    offline on a LINE Pay server: the customer's My Code (12 or 18 digits),
                                      for LINE Pay's sandbox from its My Code generator page
              LINEPAY_WAIT_SECONDS    how long to wait for the approval (default 600; online only)
              LINEPAY_TRANSPORT       okhttp | apache | jdk (default: the client's discovery, okhttp)
              LINEPAY_API_VERSION     online: v3 | v4 (default v3); offline: v2 | v2.4 | v4 (default v4)
              LINEPAY_CURRENCY        TWD (default) | THB | USD | JPY: your channel's currency
              LINEPAY_DEBUG           1 to print a failure's stack trace

            Exit status 0 when every step went through; otherwise 1, with one line on standard error.
            """;

    private Demo() {
    }

    /**
     * Runs the demo, then exits the JVM: status 0 when every step went through, 1 otherwise.
     *
     * @param args nothing for the online flow, {@code offline} for a payment at the till, {@code --help} to
     *             print the environment variables; nothing else is accepted
     */
    public static void main(String[] args) {
        System.exit(run(List.of(args), System.getenv(), System.out, System.err));
    }

    /**
     * The demo without the exit, for tests: settings from {@code env}, steps to {@code out}, the failure
     * line (and, with {@code LINEPAY_DEBUG=1}, its stack trace) to {@code err}.
     *
     * @return the exit status: 0 or 1
     */
    static int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
        String secret = Optional.ofNullable(env.get(DemoSettings.CHANNEL_SECRET)).map(String::trim).orElse("");
        String oneTimeKey = Optional.ofNullable(env.get(DemoSettings.ONE_TIME_KEY)).map(k -> k.replaceAll("\\s", ""))
                .filter(k -> k.length() >= 8).orElse("");   // a stray digit or two is no key, and masking it would garble
        boolean debug = Optional.ofNullable(env.get(DemoSettings.DEBUG)).map(String::trim)
                .filter(d -> d.equals("1") || d.equalsIgnoreCase("true")).isPresent();
        try {
            if (args.equals(List.of("--help")) || args.equals(List.of("-h"))) {
                out.print(USAGE);
                out.flush();
                return 0;
            }
            DemoSettings.Mode mode = DemoSettings.Mode.ONLINE;
            if (!args.isEmpty() && args.get(0).equals("offline")) {
                mode = DemoSettings.Mode.OFFLINE;
            }
            int known = mode == DemoSettings.Mode.OFFLINE ? 1 : 0;
            if (args.size() > known) {
                throw new DemoFailure("unexpected argument '" + oneLine(args.get(known))
                        + "': the demo takes its settings from environment variables (--help lists them)");
            }
            new DemoFlow(DemoSettings.from(mode, env), out).run();
            out.flush();
            return 0;
        } catch (Exception | LinkageError e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            out.flush();
            err.println(redact(redact("linepay4j demo failed: "
                    + oneLine(e instanceof DemoFailure ? e.getMessage() : describe(e)), secret), oneTimeKey));
            if (debug) {
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                err.print(redact(redact(trace.toString(), secret), oneTimeKey));
            }
            err.flush();
            return 1;
        }
    }

    /** A failure in a few words: linepay4j's own messages as they are (they never hold a secret). */
    static String describe(Throwable e) {
        if (e instanceof DemoFailure || e instanceof LinePayException || e instanceof ValidationException
                || e instanceof DiscoveryException) {
            return e.getMessage();
        }
        if (e instanceof InterruptedException) {
            return "interrupted";
        }
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    /** Defence in depth: whatever a third-party message holds, the secret (or the My Code) never reaches the terminal. */
    private static String redact(String s, String secret) {
        return secret.isEmpty() ? s : s.replace(secret, "********");
    }
}
