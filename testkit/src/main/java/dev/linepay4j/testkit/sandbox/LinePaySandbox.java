package dev.linepay4j.testkit.sandbox;

import com.sun.net.httpserver.HttpServer;
import dev.linepay4j.domain.OneTimeKey;
import dev.linepay4j.domain.RegKey;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.payment.PaymentEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * LINE Pay on loopback: an HTTP server that speaks LINE Pay's Online API v3 and v4 and Offline API v2, v2.4
 * and v4 wire protocols, for developing and testing a merchant integration without LINE Pay's own sandbox
 * (which needs a LINE login on a phone and cannot be scripted).
 *
 * <p>It checks what LINE Pay checks (headers, the HMAC signature over the exact bytes received, nonce
 * replays), answers in LINE Pay's envelope with HTTP 200 and 19-digit transaction ids as bare JSON
 * numbers, and runs every payment on core's state machines, so its return codes are the ones the library
 * expects. The customer's side is a small HTML payment page at each request's {@code paymentUrl.web},
 * whose Pay and Cancel buttons redirect to the merchant's {@code confirmUrl} and {@code cancelUrl}; tests
 * can press them with {@link #approve} and {@link #cancel} instead. For the Offline API, the customer's
 * My Code comes from {@link #issueOneTimeKey}. Faults ({@link Fault}) make it answer slowly, brokenly, or
 * not at all.
 *
 * <pre>{@code
 * try (LinePaySandbox sandbox = LinePaySandbox.start()) {
 *     URI api = sandbox.baseUri();           // http://127.0.0.1:<port>; use it instead of LINE Pay's host
 *     // ... the merchant requests a payment and gets a transaction id ...
 *     sandbox.approve(transactionId);       // the customer pays; returns the confirmUrl the browser would open
 *     // ... the merchant confirms ...
 *     sandbox.inject(Fault.of(FaultKind.CONNECTION_RESET, SandboxEndpoint.REFUND));
 *     assertThat(sandbox.books().payment(transactionId).orElseThrow().payment().state())
 *             .isEqualTo(PaymentState.CAPTURED);
 * }
 * }</pre>
 *
 * <p>The URL layout, the choices made where LINE Pay documents nothing, the control API and the fault
 * kinds are described in the README's "Local sandbox" section and on the package. Thread-safe: any
 * number of clients may call it at once.
 */
public final class LinePaySandbox implements AutoCloseable {

    /** The channel id of the default channel, used when no channel is configured. */
    public static final String DEFAULT_CHANNEL_ID = "1234567890";
    /** The channel secret of the default channel. Public on purpose: it guards nothing but a local sandbox. */
    public static final String DEFAULT_CHANNEL_SECRET = "linepay4j-sandbox-secret";

    private static final AtomicInteger SANDBOXES = new AtomicInteger();

    static {
        // The JDK server writes a response's headers and body in two writes; with Nagle's algorithm on,
        // the body then waits for the client's delayed ACK, some 40 ms per call. The property is read
        // once, when the first JDK HTTP server of the JVM starts, and only sets TCP_NODELAY on that
        // server's connections. A value the user set is left alone.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final SandboxOptions options;
    private final HttpServer server;
    private final ExecutorService executor;
    private final URI baseUri;
    private final CustomerSide customer;
    private final FaultBoard faults;
    private final Ledger ledger;
    private final CallLog calls;
    private final OneTimeKeys oneTimeKeys;
    private final CountDownLatch closing = new CountDownLatch(1);
    private final AtomicBoolean closed = new AtomicBoolean();

    private LinePaySandbox(SandboxOptions options) throws IOException {
        this.options = options;
        Consumer<String> log = options.log().orElse(line -> { });
        this.ledger = new Ledger(options.clock(), options.requestLifetime(),
                options.channels().stream().map(SandboxChannel::id).toList());
        this.faults = new FaultBoard();
        this.calls = new CallLog();
        this.customer = new CustomerSide(ledger, log);
        Authentication hmac = new HmacAuthentication(options.channels(), new NonceRegistry(options.nonceMemory()));
        Routes routes = Routes.online(hmac).withOffline(new ChannelSecretAuthentication(options.channels()));
        URI[] base = new URI[1];
        Ids ids = Ids.create(options.clock());
        OnlineApi api = new OnlineApi(ledger, ids, options.authorizationLifetime(), () -> base[0]);
        this.oneTimeKeys = OneTimeKeys.create(options.clock());
        OfflineApi offline = new OfflineApi(ledger, ids, oneTimeKeys, options.authorizationLifetime(), api);
        SandboxHandler handler = new SandboxHandler(routes, api, offline,
                new ControlApi(customer, faults, oneTimeKeys, options.clock()), faults, calls, options.clock(),
                options.hangLimit(), closing, log);

        this.server = HttpServer.create(new InetSocketAddress(options.bindAddress(), options.port()), 256);
        int number = SANDBOXES.incrementAndGet();
        AtomicInteger threads = new AtomicInteger();
        // Unbounded, as the JDK server handles a rejected exchange badly; idle threads die after 30 s.
        // Daemon threads: a sandbox a test forgot to close must not keep the JVM alive.
        ThreadPoolExecutor pool = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
                new SynchronousQueue<>(), r -> {
                    Thread t = new Thread(r, "linepay-sandbox-" + number + "-" + threads.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        this.executor = pool;
        server.setExecutor(pool);
        server.createContext("/", handler);
        server.start();
        InetSocketAddress bound = server.getAddress();
        String host = bound.getAddress() instanceof Inet6Address ? "[" + bound.getAddress().getHostAddress() + "]"
                : bound.getAddress().getHostAddress();
        this.baseUri = URI.create("http://" + host + ":" + bound.getPort());
        base[0] = baseUri;
    }

    /**
     * Starts a sandbox with the default options: the default channel ({@link #DEFAULT_CHANNEL_ID},
     * {@link #DEFAULT_CHANNEL_SECRET}) on a free port of 127.0.0.1.
     *
     * @return the running sandbox; close it when done
     * @throws UncheckedIOException if the server cannot listen
     */
    public static LinePaySandbox start() {
        return start(SandboxOptions.defaults());
    }

    /**
     * Starts a sandbox. It accepts connections when this method returns.
     *
     * @param options the channels, port, clock and the rest
     * @return the running sandbox; close it when done
     * @throws UncheckedIOException if the server cannot listen (the port is taken, say)
     */
    public static LinePaySandbox start(SandboxOptions options) {
        Objects.requireNonNull(options, "options");
        try {
            return new LinePaySandbox(options);
        } catch (IOException e) {
            throw new UncheckedIOException("LinePaySandbox cannot listen on " + options.bindAddress().getHostAddress()
                    + ":" + options.port(), e);
        }
    }

    /**
     * The default channel, which a client uses when the sandbox was started without channels.
     *
     * @return {@link #DEFAULT_CHANNEL_ID} with {@link #DEFAULT_CHANNEL_SECRET}
     */
    public static SandboxChannel defaultChannel() {
        return SandboxChannel.of(DEFAULT_CHANNEL_ID, DEFAULT_CHANNEL_SECRET);
    }

    /**
     * Where the sandbox listens, to use in place of {@code https://sandbox-api-pay.line.me}: API paths go
     * under it unchanged ({@code /v3/payments/request}).
     *
     * @return {@code http://127.0.0.1:<port>}, without a trailing slash
     */
    public URI baseUri() {
        return baseUri;
    }

    /**
     * The port the sandbox listens on (the free port chosen when the options said 0).
     *
     * @return the port
     */
    public int port() {
        return baseUri.getPort();
    }

    /**
     * The options the sandbox runs with.
     *
     * @return the options
     */
    public SandboxOptions options() {
        return options;
    }

    /**
     * The payment page of a request, as its {@code paymentUrl.web} gives it.
     *
     * @param transactionId the request's transaction id
     * @return {@code <baseUri>/sandbox/pay/<transactionId>}
     */
    public URI paymentPageUri(TransactionId transactionId) {
        return baseUri.resolve("/sandbox/pay/" + Objects.requireNonNull(transactionId, "transactionId"));
    }

    /**
     * The customer approves the payment, as the payment page's Pay button does. With
     * {@code confirmUrlType} {@code SERVER} the sandbox then calls the merchant's {@code confirmUrl}
     * itself before this method returns.
     *
     * @param transactionId the request's transaction id
     * @return the {@code confirmUrl} with {@code transactionId} and {@code orderId} appended: where the
     *         browser is sent ({@code CLIENT}) or what the sandbox called ({@code SERVER}); empty for
     *         {@code NONE} or a request without a {@code confirmUrl}
     * @throws java.util.NoSuchElementException if no payment has the id
     * @throws IllegalStateException            if the payment is not waiting for approval; the message
     *                                          holds the state machine's rule
     */
    public Optional<URI> approve(TransactionId transactionId) {
        return control(() -> customer.approve(transactionId).redirect());
    }

    /**
     * The customer cancels on the payment page (status {@code 0121}).
     *
     * @param transactionId the request's transaction id
     * @return the {@code cancelUrl} with {@code transactionId} and {@code orderId} appended, where the
     *         browser is sent; empty when the request has no {@code cancelUrl}
     * @throws java.util.NoSuchElementException if no payment has the id
     * @throws IllegalStateException            if the payment is not waiting for approval
     */
    public Optional<URI> cancel(TransactionId transactionId) {
        return control(() -> customer.cancel(transactionId).redirect());
    }

    /**
     * The payment request runs out before it is confirmed (status {@code 0121}; confirm then answers
     * {@code 1180}), as it does by itself after {@link SandboxOptions#requestLifetime()}.
     *
     * @param transactionId the request's transaction id
     * @throws java.util.NoSuchElementException if no payment has the id
     * @throws IllegalStateException            if the payment was confirmed or has ended
     */
    public void expire(TransactionId transactionId) {
        control(() -> customer.happen(transactionId, new PaymentEvent.Expire()));
    }

    /**
     * LINE Pay fails the payment before it is confirmed (status {@code 0122}).
     *
     * @param transactionId the request's transaction id
     * @throws java.util.NoSuchElementException if no payment has the id
     * @throws IllegalStateException            if the payment was confirmed or has ended
     */
    public void fail(TransactionId transactionId) {
        control(() -> customer.happen(transactionId, new PaymentEvent.Fail()));
    }

    /**
     * The authorization of a payment confirmed with {@code capture=false} runs out and LINE Pay voids it
     * ({@code payStatus} {@code EXPIRED_AUTHORIZATION}), as it does by itself after
     * {@link SandboxOptions#authorizationLifetime()}.
     *
     * @param transactionId the payment's transaction id
     * @throws java.util.NoSuchElementException if no payment has the id
     * @throws IllegalStateException            if the payment is not an uncaptured authorization
     */
    public void expireAuthorization(TransactionId transactionId) {
        control(() -> customer.happen(transactionId, new PaymentEvent.ExpireAuthorization()));
    }

    /**
     * LINE Pay discards a regKey (every later call with it answers {@code 1193}).
     *
     * @param regKey the key
     * @throws java.util.NoSuchElementException if the sandbox never issued the key
     * @throws IllegalStateException            if the key has expired already
     */
    public void expireRegKey(RegKey regKey) {
        Objects.requireNonNull(regKey, "regKey");
        control(() -> {
            customer.expireRegKey(regKey);
            return null;
        });
    }

    /**
     * The customer opens My Code in the LINE app: a fresh {@code oneTimeKey} of the country's length (18
     * digits for Taiwan, 12 for Thailand) that the customer pays with their balance. It pays one Offline
     * API payment, within five minutes of now by the sandbox's clock; a key used again, run out, or never
     * issued is refused with {@code 1133}.
     *
     * <pre>{@code
     * OneTimeKey key = sandbox.issueOneTimeKey(OneTimeKey.Country.TW);
     * linePay.offline().pay(OfflinePaymentRequest.builder()...oneTimeKey(key).build());
     * }</pre>
     *
     * @param country where the customer's LINE Pay account is
     * @return the key, as the shop's scanner would read it
     */
    public OneTimeKey issueOneTimeKey(OneTimeKey.Country country) {
        return issueOneTimeKey(country, SandboxPaymentMethod.BALANCE);
    }

    /**
     * The customer opens My Code, set to pay a given way ({@code payInfo[].method} of the payment follows
     * it). A balance payment above {@value OneTimeKeys#WALLET} (in the payment's currency) is refused with
     * {@code 1142}, as an insufficient balance is.
     *
     * @param country where the customer's LINE Pay account is
     * @param method  how the customer pays
     * @return the key, as the shop's scanner would read it
     */
    public OneTimeKey issueOneTimeKey(OneTimeKey.Country country, SandboxPaymentMethod method) {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(method, "method");
        return oneTimeKeys.issue(country, method).key;
    }

    /**
     * Injects a fault; it hits the next matching calls (see {@link Fault}).
     *
     * @param fault the fault
     */
    public void inject(Fault fault) {
        faults.inject(fault);
    }

    /**
     * The faults still waiting, each with {@link Fault#times()} set to the calls it still hits.
     *
     * @return an unmodifiable list, in injection order
     */
    public List<Fault> faults() {
        return faults.pending();
    }

    /** Removes every waiting fault. */
    public void clearFaults() {
        faults.clear();
    }

    /**
     * A copy of the books as they are now: payments, regKeys, call counts. Expiries that are due by the
     * clock are applied first.
     *
     * @return the copy
     */
    public SandboxBooks books() {
        Ledger.SandboxBooksParts parts = ledger.locked(ledger::snapshot);
        return new SandboxBooks(parts.payments(), parts.regKeys(), calls.counts(), calls.recent());
    }

    /**
     * Stops the sandbox: held connections ({@link FaultKind#PROCESS_THEN_HANG}) and delays are released
     * and closed, the port is freed. Calling it again does nothing.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The address and channel ids; never a secret. */
    @Override
    public String toString() {
        return "LinePaySandbox[" + baseUri + ", channels=" + options.channels().stream().map(c -> c.id().value()).toList()
                + (closed.get() ? ", closed" : "") + "]";
    }

    private <T> T control(Supplier<T> action) {
        try {
            return action.get();
        } catch (ControlFailure f) {
            throw f.forJava();
        }
    }
}
