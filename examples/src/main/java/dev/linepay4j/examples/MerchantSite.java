package dev.linepay4j.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.linepay4j.LinePayException;
import dev.linepay4j.OnlinePayments;
import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.OrderId;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.request.ConfirmRequest;
import dev.linepay4j.domain.response.ConfirmResponse;
import dev.linepay4j.redirect.InvalidCallbackException;
import dev.linepay4j.redirect.RedirectCallback;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The shop's side of the redirect flow, on loopback: the {@code confirmUrl} and {@code cancelUrl} pages
 * LINE Pay sends the customer's browser to. The confirm page does what a real shop's does (README, "Your
 * confirm page"): it reads the ids with {@link RedirectCallback}, matches them against the order the shop
 * stored when it requested the payment, and confirms with the amount and currency from that order, never
 * from the query.
 *
 * <p>A payment is confirmed once, whoever asks first: the confirm page, or the demo's status-check loop
 * when it sees {@code 0110} (against a real LINE Pay, the customer's browser may or may not come back to
 * this machine). The second asker gets the first one's result.
 */
final class MerchantSite implements AutoCloseable {

    static final String CONFIRM_PATH = "/linepay/confirm";
    static final String CANCEL_PATH = "/linepay/cancel";
    /** {@link Confirmation#by()} of a confirm made by the confirm page. */
    static final String BY_CONFIRM_PAGE = "from the confirm page";

    /** What the shop stored when it requested the payment. */
    record Order(OrderId orderId, TransactionId transactionId, Amount amount, Currency currency) {
    }

    /** One confirm call: who made it, and its result. */
    record Confirmation(String by, CompletableFuture<ConfirmResponse> result) {
    }

    private final OnlinePayments linePay;
    private final HttpServer server;
    private final ExecutorService pool;
    private final URI base;
    private final AtomicReference<Order> order = new AtomicReference<>();
    private final AtomicReference<Confirmation> confirmation = new AtomicReference<>();
    private final AtomicReference<RedirectCallback> callback = new AtomicReference<>();
    private final AtomicReference<Optional<RedirectCallback>> cancelled = new AtomicReference<>();

    private MerchantSite(OnlinePayments linePay) throws IOException {
        this.linePay = linePay;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        this.pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "demo-shop");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext(CONFIRM_PATH, this::confirmPage);
        server.createContext(CANCEL_PATH, this::cancelPage);
        server.start();
        this.base = URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":"
                + server.getAddress().getPort());
    }

    static MerchantSite start(OnlinePayments linePay) throws IOException {
        return new MerchantSite(Objects.requireNonNull(linePay, "linePay"));
    }

    URI confirmUrl() {
        return base.resolve(CONFIRM_PATH);
    }

    URI cancelUrl() {
        return base.resolve(CANCEL_PATH);
    }

    /** Stores the order the shop requested a payment for. */
    void remember(Order requested) {
        order.set(requested);
    }

    /** What the confirm page read, once the customer's browser came back to it with matching ids. */
    Optional<RedirectCallback> callback() {
        return Optional.ofNullable(callback.get());
    }

    /** What the cancel page read (empty inside when LINE Pay appended no ids), once the customer cancelled. */
    Optional<Optional<RedirectCallback>> cancelled() {
        return Optional.ofNullable(cancelled.get());
    }

    /** The confirm call, if someone made it. */
    Optional<Confirmation> confirmation() {
        return Optional.ofNullable(confirmation.get());
    }

    /**
     * Confirms the stored order, unless it was confirmed already: then the earlier confirm call is returned.
     *
     * @param by who asks, for the demo's output
     * @return the confirm call
     */
    Confirmation confirmOnce(String by) {
        Order o = order.get();
        if (o == null) {
            throw new IllegalStateException("no order to confirm");
        }
        Confirmation mine = new Confirmation(by, new CompletableFuture<>());
        if (!confirmation.compareAndSet(null, mine)) {
            return confirmation.get();
        }
        try {
            mine.result().complete(linePay.confirm(o.transactionId(), ConfirmRequest.of(o.amount(), o.currency())));
        } catch (RuntimeException e) {
            mine.result().completeExceptionally(e);
        }
        return mine;
    }

    private void confirmPage(HttpExchange ex) throws IOException {
        try {
            if (!ex.getRequestMethod().equals("GET")) {
                page(ex, 405, "Method not allowed", "LINE Pay sends the customer here with GET.");
                return;
            }
            RedirectCallback cb;
            try {
                cb = RedirectCallback.parse(Optional.ofNullable(ex.getRequestURI().getRawQuery()).orElse(""));
            } catch (InvalidCallbackException e) {
                page(ex, 400, "Not a LINE Pay callback", e.getMessage());   // it never echoes the values
                return;
            }
            Order o = order.get();
            if (o == null || !o.orderId().equals(cb.orderId()) || !o.transactionId().equals(cb.transactionId())) {
                page(ex, 404, "Unknown order", "This shop requested no payment with these ids.");
                return;
            }
            callback.set(cb);
            try {
                ConfirmResponse confirmed = confirmOnce(BY_CONFIRM_PAGE).result().join();
                page(ex, 200, "Thank you", "Order " + confirmed.orderId() + " is paid: " + o.amount().toPlainString()
                        + " " + o.currency() + ". You can close this page.");
            } catch (CompletionException e) {
                String why = e.getCause() instanceof LinePayException lp ? lp.getMessage() : "the shop could not confirm";
                page(ex, 502, "Payment not confirmed", why);
            }
        } finally {
            ex.close();
        }
    }

    private void cancelPage(HttpExchange ex) throws IOException {
        try {
            Optional<RedirectCallback> cb;
            try {
                cb = RedirectCallback.parseIfPresent(Optional.ofNullable(ex.getRequestURI().getRawQuery()).orElse(""));
            } catch (InvalidCallbackException e) {
                cb = Optional.empty();
            }
            cancelled.compareAndSet(null, cb);
            page(ex, 200, "Payment cancelled", "You cancelled the payment; nothing was charged.");
        } finally {
            ex.close();
        }
    }

    private static void page(HttpExchange ex, int status, String title, String text) throws IOException {
        byte[] body = ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>linepay4j demo shop: "
                + html(title) + "</title></head><body><h1>" + html(title) + "</h1><p id=\"message\">" + html(text)
                + "</p></body></html>\n").getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
