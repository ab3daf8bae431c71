package dev.linepay4j.testkit.sandbox;

import dev.linepay4j.domain.RedirectUrl;
import dev.linepay4j.domain.RegKey;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.payment.Payment;
import dev.linepay4j.domain.payment.PaymentEvent;
import dev.linepay4j.domain.payment.PaymentState;
import dev.linepay4j.domain.payment.Transition;
import dev.linepay4j.domain.request.ConfirmUrlType;
import dev.linepay4j.domain.request.PaymentPackage;
import dev.linepay4j.domain.request.PaymentRequest;
import dev.linepay4j.domain.request.Product;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What happens outside the merchant's API calls: the customer approves or cancels on the payment page,
 * LINE Pay lets a request or an authorization expire, or fails a payment. The payment page, the control
 * API and {@link LinePaySandbox}'s Java methods all come here, so they behave alike; every change is an
 * event through core's machine, and a refused event is a {@link ControlFailure} with the machine's rule.
 *
 * <p>After an approval, by the request's {@code confirmUrlType}:
 * <ul>
 * <li>{@code CLIENT} (the default): the customer's browser is sent to {@code confirmUrl} with
 *     {@code transactionId} and {@code orderId} appended ({@link Web#withPaymentParameters});</li>
 * <li>{@code SERVER}: the sandbox itself calls that URL with GET (connect timeout 5 s, read timeout
 *     20 s, no redirects followed, as LINE Pay does), before it answers the customer;</li>
 * <li>{@code NONE}: nothing is called; the merchant learns of the approval from the status check.</li>
 * </ul>
 * A cancel sends the browser to {@code cancelUrl} the same way, whatever the type, when there is one.
 */
final class CustomerSide {

    static final Duration CONFIRM_URL_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration CONFIRM_URL_READ_TIMEOUT = Duration.ofSeconds(20);

    /** What an action did. */
    record Outcome(TransactionId transactionId, String orderId, PaymentState state, ConfirmUrlType confirmUrlType,
                   Optional<URI> redirect, Optional<String> merchantCall) {
    }

    private final Ledger ledger;
    private final Consumer<String> log;
    private volatile HttpClient client;

    CustomerSide(Ledger ledger, Consumer<String> log) {
        this.ledger = ledger;
        this.log = log;
    }

    Outcome approve(TransactionId id) {
        Outcome o = ledger.locked(() -> {
            PaymentRecord p = find(id);
            move(p, new PaymentEvent.Authenticate());
            Optional<URI> target = p.confirmUrlType() == ConfirmUrlType.NONE ? Optional.empty()
                    : url(p, true);
            return outcome(p, target, Optional.empty());
        });
        if (o.confirmUrlType() == ConfirmUrlType.SERVER && o.redirect().isPresent()) {
            // Outside the lock: the merchant's handler will call confirm on this very sandbox.
            String result = callConfirmUrl(o.redirect().get());
            log.accept("SERVER confirmUrl call for transaction " + id + ": " + result);
            return new Outcome(o.transactionId(), o.orderId(), o.state(), o.confirmUrlType(), o.redirect(),
                    Optional.of(result));
        }
        return o;
    }

    Outcome cancel(TransactionId id) {
        return ledger.locked(() -> {
            PaymentRecord p = find(id);
            move(p, new PaymentEvent.Cancel());
            return outcome(p, url(p, false), Optional.empty());
        });
    }

    /** Expire, Fail or ExpireAuthorization: the clock's or LINE Pay's doing, no redirect. */
    Outcome happen(TransactionId id, PaymentEvent event) {
        return ledger.locked(() -> {
            PaymentRecord p = find(id);
            move(p, event);
            return outcome(p, Optional.empty(), Optional.empty());
        });
    }

    /** The payment's state, for {@code GET /sandbox/payments/{transactionId}}. */
    Outcome look(TransactionId id) {
        return ledger.locked(() -> {
            PaymentRecord p = find(id);
            return outcome(p, Optional.empty(), Optional.empty());
        });
    }

    void expireRegKey(RegKey key) {
        ledger.locked(() -> {
            RegKeyRecord r = ledger.anyRegKey(key).orElseThrow(() -> new ControlFailure(404, "no regKey " + key));
            if (r.state() == SandboxBooks.RegKeyState.EXPIRED) {
                throw new ControlFailure(409, "regKey " + key + " has expired already");
            }
            r.expire();
            return null;
        });
    }

    /** The payment page: status 404 for an unknown id, else 200 with what the payment is and, while it awaits the customer, the Pay and Cancel forms. */
    Page page(TransactionId id) {
        return ledger.locked(() -> ledger.anyPayment(id)
                .map(p -> new Page(200, render(p)))
                .orElseGet(() -> new Page(404, frame("Unknown payment", "<p class=\"notice\">No payment has the "
                        + "transaction id " + Web.html(id.toString()) + ". It may belong to another sandbox run.</p>"))));
    }

    /** A page and its HTTP status. */
    record Page(int status, String html) {
    }

    /** A result page after an approval or a cancel that does not redirect. */
    static String resultPage(Outcome o, String what) {
        StringBuilder body = new StringBuilder();
        body.append("<p class=\"notice\" id=\"result\">").append(Web.html(what)).append("</p>");
        body.append("<dl><dt>Order</dt><dd>").append(Web.html(o.orderId())).append("</dd><dt>Status</dt><dd id=\"state\">")
                .append(o.state()).append("</dd></dl>");
        o.merchantCall().ifPresent(c -> body.append("<p>The shop's confirmUrl was called: <span id=\"merchant-call\">")
                .append(Web.html(c)).append("</span></p>"));
        return frame(what, body.toString());
    }

    static String errorPage(String title, String message) {
        return frame(title, "<p class=\"notice\" id=\"error\">" + Web.html(message) + "</p>");
    }

    private String render(PaymentRecord p) {
        Payment payment = p.payment();
        StringBuilder b = new StringBuilder();
        b.append("<p class=\"merchant\">Pay <span id=\"merchant\">")
                .append(Web.html(p.merchantName)).append("</span></p>");
        b.append("<dl>");
        b.append("<dt>Order</dt><dd id=\"orderId\">").append(Web.html(payment.orderId())).append("</dd>");
        b.append("<dt>Amount</dt><dd id=\"amount\">").append(Web.html(payment.amount().toPlainString()))
                .append(" <span id=\"currency\">").append(payment.currency().name()).append("</span></dd>");
        b.append("<dt>Status</dt><dd id=\"state\">").append(payment.state()).append("</dd>");
        b.append("</dl>");
        p.request.ifPresent(r -> items(r, b));
        if (payment.state() == PaymentState.REQUESTED) {
            String base = "/sandbox/pay/" + payment.transactionId();
            b.append("<form method=\"post\" action=\"").append(base).append("/approve\">")
                    .append("<button type=\"submit\" id=\"pay\">Pay</button></form>");
            b.append("<form method=\"post\" action=\"").append(base).append("/cancel\">")
                    .append("<button type=\"submit\" id=\"cancel\">Cancel</button></form>");
        } else {
            b.append("<p class=\"notice\" id=\"notice\">").append(Web.html(notice(payment.state()))).append("</p>");
        }
        return frame("Pay " + payment.amount().toPlainString() + " " + payment.currency(), b.toString());
    }

    private static void items(PaymentRequest r, StringBuilder b) {
        b.append("<table id=\"items\"><thead><tr><th>Package</th><th>Product</th><th>Quantity</th><th>Price</th>"
                + "</tr></thead><tbody>");
        for (PaymentPackage pkg : r.packages()) {
            for (Product pr : pkg.products()) {
                b.append("<tr><td>").append(Web.html(pkg.name().orElse(pkg.id()))).append("</td><td>")
                        .append(Web.html(pr.name())).append("</td><td>").append(pr.quantity()).append("</td><td>")
                        .append(Web.html(pr.price().toPlainString())).append("</td></tr>");
            }
        }
        b.append("</tbody></table>");
    }

    private static String notice(PaymentState s) {
        return switch (s) {
            case REQUESTED -> "Waiting for the customer.";
            case AUTHENTICATED -> "The customer approved this payment; the shop confirms it next.";
            case CANCELLED -> "The customer cancelled this payment.";
            case EXPIRED -> "This payment request has expired; the shop has to request a new one.";
            case FAILED -> "This payment failed.";
            case AUTHORIZED, CAPTURED, PARTIALLY_REFUNDED, REFUNDED, VOIDED, AUTHORIZATION_EXPIRED ->
                    "This payment is complete (" + s + ").";
        };
    }

    private static String frame(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>LINE Pay sandbox: " + Web.html(title) + "</title><style>"
                + "body{font-family:sans-serif;max-width:40em;margin:2em auto;padding:0 1em;color:#222}"
                + "h1{color:#06c755;font-size:1.4em}dt{font-weight:bold}table{border-collapse:collapse;margin:1em 0}"
                + "td,th{border:1px solid #ccc;padding:.3em .6em}form{display:inline-block;margin-right:1em}"
                + "button{font-size:1.1em;padding:.4em 1.6em}#pay{background:#06c755;color:#fff;border:0}"
                + ".notice{background:#f4f4f4;padding:.6em}</style></head><body>"
                + "<h1>LINE Pay sandbox</h1>" + body
                + "<p><small>linepay4j LinePaySandbox: a local stand-in for LINE Pay. No money moves.</small></p>"
                + "</body></html>\n";
    }

    private PaymentRecord find(TransactionId id) {
        return ledger.anyPayment(id).orElseThrow(() -> new ControlFailure(404, "no payment with transaction id " + id));
    }

    private void move(PaymentRecord p, PaymentEvent event) {
        Transition t = ledger.apply(p, event);
        if (t instanceof Transition.Refused r) {
            throw new ControlFailure(409, r.rule() + " (" + r.code().code() + "; payment " + p.id() + " is "
                    + p.payment().state() + ")");
        }
    }

    private static Optional<URI> url(PaymentRecord p, boolean confirm) {
        Optional<RedirectUrl> url = p.request.flatMap(r -> confirm ? r.redirectUrls().confirmUrl()
                : r.redirectUrls().cancelUrl());
        return url.map(u -> Web.withPaymentParameters(u.value(), p.id().toString(), p.payment().orderId()));
    }

    private static Outcome outcome(PaymentRecord p, Optional<URI> redirect, Optional<String> merchantCall) {
        return new Outcome(p.id(), p.payment().orderId(), p.payment().state(), p.confirmUrlType(), redirect,
                merchantCall);
    }

    private String callConfirmUrl(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).GET().timeout(CONFIRM_URL_READ_TIMEOUT).build();
        try {
            HttpResponse<Void> response = client().send(request, HttpResponse.BodyHandlers.discarding());
            return "HTTP " + response.statusCode();
        } catch (IOException e) {
            return "failed (" + e.getClass().getSimpleName() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    client = HttpClient.newBuilder().connectTimeout(CONFIRM_URL_CONNECT_TIMEOUT)
                            .followRedirects(HttpClient.Redirect.NEVER).build();
                }
                c = client;
            }
        }
        return c;
    }
}
