package dev.linepay4j.testkit.fake;

import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.domain.OrderId;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.code.ReturnCode;
import dev.linepay4j.domain.json.JsonArray;
import dev.linepay4j.domain.json.JsonNumber;
import dev.linepay4j.domain.json.JsonObject;
import dev.linepay4j.domain.json.JsonValue;
import dev.linepay4j.domain.payment.Payment;
import dev.linepay4j.domain.payment.Transaction;
import dev.linepay4j.domain.payment.TransactionType;
import dev.linepay4j.domain.request.PaymentPackage;
import dev.linepay4j.domain.request.PaymentRequest;
import dev.linepay4j.domain.request.Product;
import dev.linepay4j.domain.response.Acknowledgement;
import dev.linepay4j.domain.response.CaptureResponse;
import dev.linepay4j.domain.response.ConfirmResponse;
import dev.linepay4j.domain.response.PackageInfo;
import dev.linepay4j.domain.response.PayInfo;
import dev.linepay4j.domain.response.PaymentDetails;
import dev.linepay4j.domain.response.PaymentRequestResponse;
import dev.linepay4j.domain.response.PaymentUrl;
import dev.linepay4j.domain.response.PreapprovedPaymentResponse;
import dev.linepay4j.domain.response.ProductInfo;
import dev.linepay4j.domain.response.RefundInfo;
import dev.linepay4j.domain.response.RefundResponse;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The typed answers, as the client reads them from what LINE Pay (and the sandbox) sends: each value is
 * built together with its {@code raw()} view, the {@code info} JSON LINE Pay would have sent, so that code
 * reading a field linepay4j does not model sees it in the fake too. The shapes and the choices are the
 * sandbox's (LINEPAY-API.md §4): v4 answers add {@code paymentProvider} ({@code "TSP"}) and drop v3's
 * {@code userFeeAmount}; {@code payInfo[].method} is {@code CREDIT_CARD} for authorizations and key
 * payments and {@code BALANCE} otherwise; dates are to the second, as LINE Pay writes them.
 */
final class Answers {

    /** LINE Pay's text for a plain success. */
    static final String SUCCESS_MESSAGE = "Success.";

    private final ApiVersion version;
    private final String merchantName;

    Answers(ApiVersion version, String merchantName) {
        this.version = version;
        this.merchantName = merchantName;
    }

    PaymentRequestResponse requested(TransactionId id, String token, String web) {
        String app = "line://pay/payment/" + id;
        JsonObject raw = JsonObject.builder()
                .put("transactionId", JsonNumber.of(id.value()))
                .put("paymentAccessToken", token)
                .put("paymentUrl", JsonObject.builder().put("web", web).put("app", app).build())
                .build();
        return new PaymentRequestResponse(id, Optional.of(token), new PaymentUrl(web, Optional.of(app)), raw);
    }

    ConfirmResponse confirmed(FakePayment p) {
        Payment payment = p.payment();
        PayInfo pay = payInfo(p, payment.authorizedAmount(), true);
        List<PackageInfo> packages = p.request.map(this::confirmPackages).orElse(List.of());
        JsonObject.Builder raw = JsonObject.builder()
                .put("transactionId", JsonNumber.of(payment.transactionId().value()))
                .put("orderId", payment.orderId())
                .put("payInfo", JsonArray.of(json(pay)));
        p.authorizationExpiresAt().ifPresent(at -> raw.put("authorizationExpireDate", date(at)));
        p.issuedRegKey().ifPresent(k -> raw.put("regKey", k.value()));
        p.request.ifPresent(r -> raw.put("packages", packagesJson(packages)));
        provider(raw);
        return new ConfirmResponse(payment.transactionId(), OrderId.of(payment.orderId()), List.of(pay),
                p.authorizationExpiresAt().map(Answers::second), p.issuedRegKey(), packages, Optional.empty(),
                provider(), raw.build());
    }

    CaptureResponse captured(FakePayment p) {
        Payment payment = p.payment();
        PayInfo pay = payInfo(p, payment.capturedAmount(), false);
        JsonObject.Builder raw = JsonObject.builder()
                .put("transactionId", JsonNumber.of(payment.transactionId().value()))
                .put("orderId", payment.orderId())
                .put("payInfo", JsonArray.of(json(pay)));
        provider(raw);
        return new CaptureResponse(payment.transactionId(), OrderId.of(payment.orderId()), List.of(pay), provider(),
                raw.build());
    }

    RefundResponse refunded(TransactionId refundId, Instant at) {
        JsonObject raw = JsonObject.builder()
                .put("refundTransactionId", JsonNumber.of(refundId.value()))
                .put("refundTransactionDate", date(at))
                .build();
        return new RefundResponse(refundId, second(at), raw);
    }

    PreapprovedPaymentResponse paidWithKey(FakePayment p) {
        Payment payment = p.payment();
        Instant at = p.confirmedAt().orElseThrow();
        JsonObject.Builder raw = JsonObject.builder()
                .put("transactionId", JsonNumber.of(payment.transactionId().value()))
                .put("transactionDate", date(at))
                .put("orderId", payment.orderId());
        p.authorizationExpiresAt().ifPresent(e -> raw.put("authorizationExpireDate", date(e)));
        provider(raw);
        return new PreapprovedPaymentResponse(payment.transactionId(), second(at), Optional.of(OrderId.of(payment.orderId())),
                p.authorizationExpiresAt().map(Answers::second), provider(), raw.build());
    }

    static Acknowledgement acknowledgement() {
        return new Acknowledgement(ReturnCode.SUCCESS, SUCCESS_MESSAGE, JsonObject.of());
    }

    /** The details entry of a confirmed payment, with its refunds. */
    PaymentDetails paymentEntry(FakePayment p) {
        Payment payment = p.payment();
        Instant at = p.confirmedAt().orElseThrow();
        PaymentDetails.Builder b = PaymentDetails.builder(payment.transactionId(), second(at));
        JsonObject.Builder raw = JsonObject.builder()
                .put("transactionId", JsonNumber.of(payment.transactionId().value()))
                .put("transactionDate", date(at))
                .put("transactionType", "PAYMENT")
                .put("payStatus", payment.state().payStatus().orElseThrow().wireName());
        b.transactionType(TransactionType.PAYMENT)
                .payStatus(payment.state().payStatus().orElseThrow());
        common(b, raw, p);
        p.authorizationExpiresAt().ifPresent(e -> {
            raw.put("authorizationExpireDate", date(e));
            b.authorizationExpireDate(second(e));
        });
        Amount paid = payment.capturedAmount().isZero() ? payment.authorizedAmount() : payment.capturedAmount();
        PayInfo pay = payInfo(p, paid, false);
        b.addPayInfo(pay);
        raw.put("payInfo", JsonArray.of(json(pay)));
        if (!payment.refunds().isEmpty()) {
            List<JsonValue> refunds = new ArrayList<>();
            for (Transaction r : payment.refunds()) {
                Instant when = p.refundDate(r.id());
                refunds.add(JsonObject.builder()
                        .put("refundTransactionId", JsonNumber.of(r.id().value()))
                        .put("transactionType", r.type().wireName())
                        .put("refundAmount", JsonNumber.of(r.signedAmount()))
                        .put("refundTransactionDate", date(when))
                        .build());
                b.addRefund(new RefundInfo(r.id(), Optional.of(r.type()), r.amount(), second(when)));
            }
            raw.put("refundList", new JsonArray(refunds));
        }
        p.request.ifPresent(r -> {
            List<PackageInfo> packages = detailPackages(r);
            packages.forEach(b::addPackage);
            raw.put("packages", packagesJson(packages));
        });
        provider(raw);
        provider().ifPresent(b::paymentProvider);
        return b.raw(raw.build()).build();
    }

    /** The details entry of a refund, when the query named the refund's own transaction id. */
    PaymentDetails refundEntry(FakePayment p, TransactionId refundId) {
        Transaction refund = p.payment().refunds().stream().filter(r -> r.id().equals(refundId)).findFirst()
                .orElseThrow();
        Instant at = p.refundDate(refundId);
        PaymentDetails.Builder b = PaymentDetails.builder(refundId, second(at))
                .transactionType(refund.type())
                .originalTransactionId(p.id());
        JsonObject.Builder raw = JsonObject.builder()
                .put("transactionId", JsonNumber.of(refundId.value()))
                .put("transactionDate", date(at))
                .put("transactionType", refund.type().wireName())
                .put("originalTransactionId", JsonNumber.of(p.id().value()));
        common(b, raw, p);
        // LINE Pay writes a refund's amounts negative; the typed value holds the size, as the client reads it.
        b.addPayInfo(new PayInfo(payMethod(p), refund.amount(), Optional.empty(), Optional.empty(), Optional.empty()));
        raw.put("payInfo", JsonArray.of(JsonObject.builder().put("method", payMethod(p))
                .put("amount", JsonNumber.of(refund.signedAmount())).build()));
        provider(raw);
        provider().ifPresent(b::paymentProvider);
        return b.raw(raw.build()).build();
    }

    private void common(PaymentDetails.Builder b, JsonObject.Builder raw, FakePayment p) {
        Payment payment = p.payment();
        raw.put("orderId", payment.orderId())
                .put("productName", p.productName)
                .put("merchantName", merchantName)
                .put("currency", payment.currency().name());
        b.orderId(OrderId.of(payment.orderId())).productName(p.productName).merchantName(merchantName)
                .currency(payment.currency());
    }

    private static PayInfo payInfo(FakePayment p, Amount amount, boolean cardDetails) {
        String method = payMethod(p);
        boolean card = cardDetails && method.equals("CREDIT_CARD");
        return new PayInfo(method, amount, card ? Optional.of("") : Optional.empty(),
                card ? Optional.of("VISA") : Optional.empty(), Optional.empty());
    }

    private static JsonObject json(PayInfo pay) {
        JsonObject.Builder b = JsonObject.builder().put("method", pay.method())
                .put("amount", JsonNumber.of(pay.amount().value()));
        pay.creditCardNickname().ifPresent(n -> b.put("creditCardNickname", n));
        pay.creditCardBrand().ifPresent(n -> b.put("creditCardBrand", n));
        return b.build();
    }

    private static String payMethod(FakePayment p) {
        return p.preapproved || p.paidWith.isPresent() || !p.payment().captureOnConfirm() ? "CREDIT_CARD" : "BALANCE";
    }

    private List<PackageInfo> confirmPackages(PaymentRequest r) {
        List<PackageInfo> out = new ArrayList<>();
        for (PaymentPackage pkg : r.packages()) {
            out.add(new PackageInfo(pkg.id(), pkg.amount(), fee(pkg), Optional.empty(), List.of()));
        }
        return out;
    }

    private List<PackageInfo> detailPackages(PaymentRequest r) {
        List<PackageInfo> out = new ArrayList<>();
        for (PaymentPackage pkg : r.packages()) {
            List<ProductInfo> products = new ArrayList<>();
            for (Product pr : pkg.products()) {
                products.add(new ProductInfo(pr.id(), Optional.of(pr.name()), pr.imageUrl(),
                        OptionalLong.of(pr.quantity()), Optional.of(pr.price()), pr.originalPrice()));
            }
            out.add(new PackageInfo(pkg.id(), pkg.amount(), fee(pkg), pkg.name(), products));
        }
        return out;
    }

    /** v3 reports each package's fee, zero when none was asked; v4 has no fee. */
    private Optional<Amount> fee(PaymentPackage pkg) {
        return version == ApiVersion.ONLINE_V3 ? Optional.of(pkg.userFee().orElse(Amount.ZERO)) : Optional.empty();
    }

    private static JsonArray packagesJson(List<PackageInfo> packages) {
        List<JsonValue> out = new ArrayList<>();
        for (PackageInfo pkg : packages) {
            JsonObject.Builder b = JsonObject.builder().put("id", pkg.id()).put("amount", JsonNumber.of(pkg.amount().value()));
            pkg.name().ifPresent(n -> b.put("name", n));
            pkg.userFeeAmount().ifPresent(f -> b.put("userFeeAmount", JsonNumber.of(f.value())));
            if (!pkg.products().isEmpty()) {
                List<JsonValue> products = new ArrayList<>();
                for (ProductInfo pr : pkg.products()) {
                    JsonObject.Builder pb = JsonObject.builder();
                    pr.id().ifPresent(id -> pb.put("id", id));
                    pr.name().ifPresent(n -> pb.put("name", n));
                    pr.imageUrl().ifPresent(u -> pb.put("imageUrl", u));
                    pr.quantity().ifPresent(q -> pb.put("quantity", q));
                    pr.price().ifPresent(x -> pb.put("price", JsonNumber.of(x.value())));
                    pr.originalPrice().ifPresent(o -> pb.put("originalPrice", JsonNumber.of(o.value())));
                    products.add(pb.build());
                }
                b.put("products", new JsonArray(products));
            }
            out.add(b.build());
        }
        return new JsonArray(out);
    }

    private Optional<String> provider() {
        return version == ApiVersion.ONLINE_V4 ? Optional.of("TSP") : Optional.empty();
    }

    private void provider(JsonObject.Builder info) {
        provider().ifPresent(p -> info.put("paymentProvider", p));
    }

    /** An instant as LINE Pay dates it: to the second. */
    static Instant second(Instant at) {
        return at.truncatedTo(ChronoUnit.SECONDS);
    }

    /** ISO-8601 in UTC to the second, as LINE Pay writes its dates ({@code 2023-04-29T07:20:09Z}). */
    static String date(Instant at) {
        return DateTimeFormatter.ISO_INSTANT.format(second(at));
    }
}
