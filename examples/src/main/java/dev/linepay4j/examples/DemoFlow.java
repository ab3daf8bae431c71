package dev.linepay4j.examples;

import dev.linepay4j.Environment;
import dev.linepay4j.LinePay;
import dev.linepay4j.OfflinePayments;
import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.ChannelSecret;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.OneTimeKey;
import dev.linepay4j.domain.OrderId;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.code.RequestStatus;
import dev.linepay4j.domain.payment.OfflineStatus;
import dev.linepay4j.domain.payment.PayStatus;
import dev.linepay4j.domain.payment.TransactionType;
import dev.linepay4j.domain.request.OfflinePaymentRequest;
import dev.linepay4j.domain.request.PaymentDetailsQuery;
import dev.linepay4j.domain.request.PaymentRequest;
import dev.linepay4j.domain.request.RefundRequest;
import dev.linepay4j.domain.response.ConfirmResponse;
import dev.linepay4j.domain.response.OfflinePaymentResponse;
import dev.linepay4j.domain.response.OfflinePaymentStatus;
import dev.linepay4j.domain.response.PayInfo;
import dev.linepay4j.domain.response.PaymentDetails;
import dev.linepay4j.domain.response.PaymentRequestResponse;
import dev.linepay4j.domain.response.RefundInfo;
import dev.linepay4j.domain.response.RefundResponse;
import dev.linepay4j.redirect.RedirectCallback;
import dev.linepay4j.testkit.sandbox.LinePaySandbox;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * The demo's steps. Online: request, approve, confirm, refund part, read the details. Offline (at the till):
 * scan the customer's My Code, pay, check the status by order id, refund part, read the details. Each prints
 * one or two lines; each failure becomes a {@link DemoFailure} that names its step.
 */
final class DemoFlow {

    /** 2 × 120 + 60: the order's total. */
    static final Amount TOTAL = Amount.of(300);
    /** The part refunded. */
    static final Amount REFUND = Amount.of(100);

    /** How long the demo waits for its own confirm page, which answers once LINE Pay confirmed. */
    private static final Duration CONFIRM_WAIT = Duration.ofSeconds(60);
    /** LINE Pay asks for at least a second between status checks. */
    private static final Duration POLL_INTERVAL = Duration.ofSeconds(1);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final DemoSettings settings;
    private final PrintStream out;

    DemoFlow(DemoSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    void run() {
        if (settings.mode() == DemoSettings.Mode.OFFLINE) {
            offline();
            return;
        }
        if (settings.external().isPresent()) {
            DemoSettings.External x = settings.external().get();
            out.println("linepay4j demo: LINE Pay at " + x.environment().baseUri() + " (" + x.environment().name()
                    + "), channel " + x.channelId());
            try (LinePay linePay = step("client", () -> client(x.channelId(), x.secret(), x.environment()))) {
                payment(linePay, false);
            }
        } else {
            try (LinePaySandbox sandbox = step("sandbox", LinePaySandbox::start)) {
                out.println("linepay4j demo: LINE Pay played by an embedded LinePaySandbox at " + sandbox.baseUri()
                        + " (nothing leaves this machine, no money moves)");
                try (LinePay linePay = step("client", () -> client(LinePaySandbox.DEFAULT_CHANNEL_ID,
                        ChannelSecret.of(LinePaySandbox.DEFAULT_CHANNEL_SECRET), Environment.custom(sandbox.baseUri())))) {
                    payment(linePay, true);
                }
            }
        }
    }

    private LinePay client(String channelId, ChannelSecret secret, Environment environment) {
        LinePay.Builder b = LinePay.builder().channelId(channelId).channelSecret(secret).environment(environment)
                .apiVersion(settings.apiVersion());
        settings.transport().ifPresent(b::transport);
        return b.build();
    }

    private void payment(LinePay linePay, boolean embedded) {
        try (MerchantSite shop = step("shop", () -> MerchantSite.start(linePay))) {
            line("client", "Online API " + linePay.apiVersion().pathPrefix().substring(1) + ", transport "
                    + linePay.transportId() + ", codec " + linePay.codecId());
            more("the shop's confirm page: " + shop.confirmUrl());

            // 1. The shop requests the payment and stores the order with its transaction id.
            Currency currency = settings.currency();
            PaymentRequest order = order(currency, shop);
            PaymentRequestResponse requested = step("request", () -> linePay.request(order));
            TransactionId id = requested.transactionId();
            shop.remember(new MerchantSite.Order(order.orderId(), id, order.amount(), order.currency()));
            line("request", "transactionId=" + id + " orderId=" + order.orderId() + " amount=" + money(order.amount(), currency));
            more("paymentUrl.web=" + requested.paymentUrl().web());

            // 2. The customer approves; 3. the shop confirms.
            MerchantSite.Confirmation confirmation = embedded ? approveInBrowser(shop, requested)
                    : awaitApproval(linePay, shop, id);
            ConfirmResponse confirmed = step("confirm", () -> result(confirmation));
            Amount charged = confirmed.payInfo().stream().map(PayInfo::amount).reduce(Amount.ZERO, Amount::plus);
            RedirectCallback callback = shop.callback().orElse(null);
            line("confirm", confirmation.by().equals(MerchantSite.BY_CONFIRM_PAGE) && callback != null
                    ? "the shop's confirm page read transactionId=" + callback.transactionId() + " orderId="
                            + callback.orderId() + " with RedirectCallback, matched the stored order and confirmed "
                            + money(order.amount(), currency)
                    : "the shop confirmed " + money(order.amount(), currency) + ", the stored order's amount, "
                            + confirmation.by());
            more("transactionId=" + confirmed.transactionId() + " payInfo=" + confirmed.payInfo().stream()
                    .map(p -> p.method() + " " + p.amount().toPlainString()).collect(Collectors.joining(", ", "[", "]"))
                    + " amount=" + money(charged, currency));

            // 4. Part of it goes back to the customer.
            RefundResponse refund = step("refund", () -> linePay.refund(id, RefundRequest.partial(REFUND, currency)));
            line("refund", "refundTransactionId=" + refund.refundTransactionId() + " amount=" + money(REFUND, currency)
                    + " (partial, of " + money(order.amount(), currency) + ")");

            // 5. The payment as LINE Pay now reports it.
            List<PaymentDetails> found = step("details", () -> linePay.paymentDetails(PaymentDetailsQuery.ofTransactionIds(id)));
            details(found, id, refund, currency);
            out.println("done");
        }
    }

    /** The argument {@code offline}: a payment at the till, against the embedded sandbox or a LINE Pay server. */
    private void offline() {
        if (settings.external().isPresent()) {
            DemoSettings.External x = settings.external().get();
            OneTimeKey key = settings.oneTimeKey().orElseThrow(() -> new DemoFailure(DemoSettings.ONE_TIME_KEY + " is not set"));
            out.println("linepay4j demo (offline): LINE Pay at " + x.environment().baseUri() + " ("
                    + x.environment().name() + "), channel " + x.channelId());
            try (LinePay linePay = step("client", () -> client(x.channelId(), x.secret(), x.environment()))) {
                till(linePay, () -> key, "the customer's My Code from " + DemoSettings.ONE_TIME_KEY);
            }
        } else {
            try (LinePaySandbox sandbox = step("sandbox", LinePaySandbox::start)) {
                out.println("linepay4j demo (offline): LINE Pay played by an embedded LinePaySandbox at "
                        + sandbox.baseUri() + " (nothing leaves this machine, no money moves)");
                OneTimeKey.Country country = settings.currency() == Currency.THB ? OneTimeKey.Country.TH : OneTimeKey.Country.TW;
                try (LinePay linePay = step("client", () -> client(LinePaySandbox.DEFAULT_CHANNEL_ID,
                        ChannelSecret.of(LinePaySandbox.DEFAULT_CHANNEL_SECRET), Environment.custom(sandbox.baseUri())))) {
                    till(linePay, () -> sandbox.issueOneTimeKey(country),
                            "the customer opened My Code (" + country + ", issued by the sandbox)");
                }
            }
        }
    }

    /** The till's steps: scan, pay, status, refund, details. */
    private void till(LinePay linePay, Callable<OneTimeKey> scanner, String whence) {
        OfflinePayments till = step("client", linePay::offline);
        line("client", "Offline API " + linePay.apiVersion().pathPrefix().substring(1) + ", transport "
                + linePay.transportId() + ", codec " + linePay.codecId());
        Currency currency = settings.currency();

        // 1. The till scans the customer's My Code; it prints masked, as OneTimeKey.toString has it.
        OneTimeKey key = step("scan", scanner);
        line("scan", whence + ": " + key);

        // 2. Pay with a fresh order id; LINE Pay asks the shop to compare what was paid with what it asked.
        OfflinePaymentRequest sale = OfflinePaymentRequest.builder()
                .productName("Pearl milk tea x2, Egg tart")   // v2 and v2.4 require it; v4 does not send it
                .amount(TOTAL).currency(currency)
                .orderId(newOrderId())
                .oneTimeKey(key)
                .build();
        OrderId orderId = sale.orderId();
        OfflinePaymentResponse paid = step("pay", () -> till.pay(sale));
        TransactionId id = paid.transactionId();
        line("pay", "transactionId=" + id + " orderId=" + paid.orderId() + " amount=" + money(sale.amount(), currency));
        more("payInfo=" + payInfo(paid.payInfo()) + " paid=" + money(paid.totalPaid(), currency)
                + paid.balance().map(b -> " balance=" + b.toPlainString()).orElse("")
                + paid.paymentProvider().map(p -> " paymentProvider=" + p).orElse(""));
        if (paid.totalPaid().compareTo(sale.amount()) != 0) {
            step("pay", () -> till.refund(orderId, RefundRequest.full()));
            throw new DemoFailure("pay: LINE Pay charged " + money(paid.totalPaid(), currency) + ", not the "
                    + money(sale.amount(), currency) + " asked; refunded in full, as LINE Pay asks");
        }

        // 3. The payment as the status check finds it by the order id.
        OfflinePaymentStatus status = step("status", () -> till.checkPaymentStatus(orderId));
        line("status", "status=" + status.statusText() + " transactionId="
                + status.transactionId().map(TransactionId::toString).orElse("(absent)") + " (checked by orderId="
                + orderId + ")");
        if (status.status().filter(s -> s == OfflineStatus.COMPLETE).isEmpty()) {
            throw new DemoFailure("status: the payment is " + status.statusText() + ", not COMPLETE");
        }

        // 4. Part of it goes back to the customer; 5. the payment as LINE Pay now reports it.
        RefundResponse refund = step("refund", () -> till.refund(orderId, RefundRequest.partial(REFUND, currency)));
        line("refund", "refundTransactionId=" + refund.refundTransactionId() + " amount=" + money(REFUND, currency)
                + " (partial, of " + money(sale.amount(), currency) + ")");
        List<PaymentDetails> found = step("details", () -> till.paymentDetails(orderId));
        details(found, id, refund, currency);
        out.println("done");
    }

    /** Embedded mode: the customer's browser on the sandbox's payment page, then back to the shop. */
    private MerchantSite.Confirmation approveInBrowser(MerchantSite shop, PaymentRequestResponse requested) {
        Customer customer = new Customer();
        Customer.Redirect redirect = step("approve", () -> customer.pay(URI.create(requested.paymentUrl().web())));
        line("approve", "the customer opened paymentUrl.web and pressed Pay (POST " + redirect.form().getPath()
                + "): HTTP " + redirect.status() + ", redirect not followed yet");
        more("Location: " + redirect.location());
        // The browser follows the redirect to the shop's confirm page, which confirms before it answers.
        Customer.Page page = step("confirm", () -> customer.open(redirect.location()));
        MerchantSite.Confirmation confirmation = shop.confirmation().orElseThrow(() -> new DemoFailure(
                "confirm: the shop's confirm page answered HTTP " + page.status() + " and confirmed nothing"));
        if (page.status() != 200 && !confirmation.result().isCompletedExceptionally()) {
            throw new DemoFailure("confirm: the shop's confirm page answered HTTP " + page.status());
        }
        return confirmation;
    }

    /** External mode: a person approves at LINE Pay; the status check tells when. */
    private MerchantSite.Confirmation awaitApproval(LinePay linePay, MerchantSite shop, TransactionId id) {
        long waitSeconds = settings.approvalWait().toSeconds();
        line("approve", "open paymentUrl.web in a browser and approve the payment; checking its status every second"
                + " for up to " + waitSeconds + " s");
        long started = System.nanoTime();
        while (true) {
            RequestStatus status = step("approve", () -> linePay.checkRequestStatus(id));
            long elapsed = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
            switch (status) {
                case NOT_YET_AUTHENTICATED -> {
                    if (elapsed >= waitSeconds) {
                        throw new DemoFailure("approve: the customer did not approve within " + waitSeconds
                                + " s (status check still 0000, not yet authenticated)");
                    }
                    step("approve", () -> {
                        Thread.sleep(POLL_INTERVAL.toMillis());
                        return null;
                    });
                }
                case AUTHENTICATED -> {
                    more("status 0110 (AUTHENTICATED) after " + elapsed + " s: the customer approved");
                    return shop.confirmOnce("after the status check");
                }
                case COMPLETED -> {
                    // The customer's browser reached the confirm page on this machine, which confirmed first.
                    return shop.confirmation().orElseThrow(() -> new DemoFailure("approve: the payment is complete"
                            + " (status 0123) but this demo did not confirm it"));
                }
                case CANCELLED_OR_EXPIRED -> throw new DemoFailure("approve: the customer cancelled or the payment"
                        + " request expired (status 0121)");
                case FAILED -> throw new DemoFailure("approve: LINE Pay failed the payment (status 0122)");
            }
        }
    }

    /** The details step: the payment found, what was paid and refunded, and the refund just made listed. */
    private void details(List<PaymentDetails> found, TransactionId id, RefundResponse refund, Currency currency) {
        PaymentDetails details = found.stream().filter(d -> d.transactionId().equals(id)).findFirst()
                .orElseThrow(() -> new DemoFailure("details: LINE Pay's answer does not list transaction " + id));
        Amount paid = details.payInfo().stream().map(PayInfo::amount).reduce(Amount.ZERO, Amount::plus);
        Amount refunded = details.refundList().stream().map(RefundInfo::refundAmount).reduce(Amount.ZERO, Amount::plus);
        line("details", "payStatus=" + details.payStatus().map(PayStatus::wireName).orElse(raw(details, "payStatus"))
                + " transactionType=" + details.transactionType().map(TransactionType::wireName)
                .orElse(raw(details, "transactionType")) + " paid=" + money(paid, currency));
        more("refunds=" + details.refundList().stream().map(r -> r.refundTransactionId() + " "
                        + r.transactionType().map(TransactionType::wireName).orElse("?") + " " + r.refundAmount().toPlainString())
                .collect(Collectors.joining(", ", "[", "]")) + " remaining=" + money(paid.minus(refunded), currency));
        if (details.refundList().stream().noneMatch(r -> r.refundTransactionId().equals(refund.refundTransactionId()))) {
            throw new DemoFailure("details: the refund " + refund.refundTransactionId() + " is not listed");
        }
    }

    private static ConfirmResponse result(MerchantSite.Confirmation confirmation) throws Exception {
        try {
            return confirmation.result().get(CONFIRM_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (TimeoutException e) {
            throw new DemoFailure("no answer to confirm within " + CONFIRM_WAIT.toSeconds() + " s");
        }
    }

    /** A fresh order id: the time and a random suffix ({@code demo-20261122-111624-573b}). */
    private static OrderId newOrderId() {
        String suffix = String.format("%04x", ThreadLocalRandom.current().nextInt(0x10000));
        return OrderId.of("demo-" + STAMP.format(ZonedDateTime.now(ZoneOffset.UTC)) + "-" + suffix);
    }

    private static String payInfo(List<PayInfo> payInfo) {
        return payInfo.stream().map(p -> p.method() + " " + p.amount().toPlainString())
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static PaymentRequest order(Currency currency, MerchantSite shop) {
        return PaymentRequest.builder()
                .orderId(newOrderId())
                .currency(currency)
                .amount(TOTAL)
                .addPackage(p -> p.id("shop-1").name("linepay4j demo shop").amount(TOTAL)
                        .addProduct(pr -> pr.name("Pearl milk tea").quantity(2).price(120))
                        .addProduct(pr -> pr.name("Egg tart").quantity(1).price(60)))
                .redirectUrls(r -> r.confirmUrl(shop.confirmUrl().toString()).cancelUrl(shop.cancelUrl().toString()))
                .build();
    }

    /** Runs a step; any failure becomes one line that starts with the step's name. */
    private static <T> T step(String name, Callable<T> action) {
        try {
            return action.call();
        } catch (DemoFailure f) {
            throw new DemoFailure(name + ": " + f.getMessage(), f.getCause() == null ? f : f.getCause());
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new DemoFailure(name + ": " + Demo.describe(e), e);
        }
    }

    private void line(String step, String text) {
        out.printf("%-8s  %s%n", step, text);
    }

    private void more(String text) {
        out.printf("%-8s  %s%n", "", text);
    }

    private static String money(Amount amount, Currency currency) {
        return amount.toPlainString() + " " + currency;
    }

    private static String raw(PaymentDetails details, String field) {
        return details.raw().string(field).orElse("(absent)");
    }
}
