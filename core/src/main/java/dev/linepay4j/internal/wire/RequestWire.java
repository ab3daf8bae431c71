package dev.linepay4j.internal.wire;

import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.json.JsonArray;
import dev.linepay4j.domain.json.JsonNumber;
import dev.linepay4j.domain.json.JsonObject;
import dev.linepay4j.domain.json.JsonString;
import dev.linepay4j.domain.json.JsonValue;
import dev.linepay4j.domain.request.AddFriend;
import dev.linepay4j.domain.request.CaptureRequest;
import dev.linepay4j.domain.request.ConfirmRequest;
import dev.linepay4j.domain.request.DisplayOptions;
import dev.linepay4j.domain.request.ExtraOptions;
import dev.linepay4j.domain.request.FamilyService;
import dev.linepay4j.domain.request.PaymentOptions;
import dev.linepay4j.domain.request.PaymentPackage;
import dev.linepay4j.domain.request.PaymentRequest;
import dev.linepay4j.domain.request.PaymentSettings;
import dev.linepay4j.domain.request.PreapprovedPaymentRequest;
import dev.linepay4j.domain.request.Product;
import dev.linepay4j.domain.request.PromotionEvent;
import dev.linepay4j.domain.request.PromotionRestriction;
import dev.linepay4j.domain.request.Recipient;
import dev.linepay4j.domain.request.RedirectUrls;
import dev.linepay4j.domain.request.RefundRequest;
import dev.linepay4j.domain.request.RegPayRequest;
import dev.linepay4j.domain.request.Shipping;
import dev.linepay4j.domain.request.ShippingAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The request bodies of the Online API as JSON trees, from the validated domain values. Members are
 * written in the order of LINE Pay's documentation; a field that is absent in the value is left out of
 * the tree (never written as {@code null}), and an empty list of optional entries is left out too.
 * Amounts are plain decimals without trailing zeros ({@code 100}, {@code 12.5}).
 *
 * <pre>{@code
 * JsonObject body = RequestWire.confirm(ConfirmRequest.of(Amount.of(100), Currency.TWD));
 * // {"amount":100,"currency":"TWD"}
 * }</pre>
 */
public final class RequestWire {

    private RequestWire() {
    }

    /**
     * The body of {@code POST /v3/payments/request}.
     *
     * @param request the payment request
     * @return the tree
     */
    public static JsonObject paymentRequest(PaymentRequest request) {
        JsonObject.Builder b = JsonObject.builder()
                .put("amount", amount(request.amount()))
                .put("currency", request.currency().name())
                .put("orderId", request.orderId().value());
        List<JsonValue> packages = new ArrayList<>(request.packages().size());
        for (PaymentPackage p : request.packages()) {
            packages.add(paymentPackage(p));
        }
        b.put("packages", new JsonArray(packages));
        b.put("redirectUrls", redirectUrls(request.redirectUrls()));
        request.options().ifPresent(o -> b.put("options", options(o)));
        return b.build();
    }

    /**
     * The body of {@code POST /v3/payments/{transactionId}/confirm}.
     *
     * @param request the amount and currency
     * @return {@code {"amount":...,"currency":...}}
     */
    public static JsonObject confirm(ConfirmRequest request) {
        return JsonObject.builder()
                .put("amount", amount(request.amount()))
                .put("currency", request.currency().name())
                .build();
    }

    /**
     * The body of {@code POST /v3/payments/authorizations/{transactionId}/capture}; a promotion restriction
     * goes into {@code options.extra.promotionRestriction}.
     *
     * @param request the amount, currency and restriction
     * @return the tree
     */
    public static JsonObject capture(CaptureRequest request) {
        JsonObject.Builder b = JsonObject.builder()
                .put("amount", amount(request.amount()))
                .put("currency", request.currency().name());
        request.promotionRestriction().ifPresent(r -> b.put("options", JsonObject.builder()
                .put("extra", JsonObject.builder().put("promotionRestriction", promotionRestriction(r)).build())
                .build()));
        return b.build();
    }

    /**
     * The body of {@code POST /v3/payments/{transactionId}/refund}.
     *
     * @param request a full or partial refund
     * @return {@code {"refundAmount":...}} for a partial refund; empty for a full one, which is sent like
     *         every other bodyless call
     */
    public static Optional<JsonObject> refund(RefundRequest request) {
        return request.refundAmount().map(a -> JsonObject.builder().put("refundAmount", amount(a)).build());
    }

    /**
     * The body of {@code POST /v3/payments/preapprovedPay/{regKey}/payment}. {@code capture} is written
     * only when false: true is LINE Pay's default, and a merchant without capture separation is refused
     * with {@code 2103} for merely naming the parameter.
     *
     * @param request what to charge
     * @return the tree
     */
    public static JsonObject preapprovedPayment(PreapprovedPaymentRequest request) {
        JsonObject.Builder b = JsonObject.builder()
                .put("productName", request.productName())
                .put("amount", amount(request.amount()))
                .put("currency", request.currency().name())
                .put("orderId", request.orderId().value());
        if (!request.capture()) {
            b.put("capture", false);
        }
        return b.build();
    }

    private static JsonObject paymentPackage(PaymentPackage p) {
        JsonObject.Builder b = JsonObject.builder()
                .put("id", p.id())
                .put("amount", amount(p.amount()));
        p.userFee().ifPresent(fee -> b.put("userFee", amount(fee)));
        p.name().ifPresent(name -> b.put("name", name));
        List<JsonValue> products = new ArrayList<>(p.products().size());
        for (Product product : p.products()) {
            products.add(product(product));
        }
        return b.put("products", new JsonArray(products)).build();
    }

    private static JsonObject product(Product p) {
        JsonObject.Builder b = JsonObject.builder();
        p.id().ifPresent(id -> b.put("id", id));
        b.put("name", p.name());
        p.imageUrl().ifPresent(url -> b.put("imageUrl", url));
        b.put("quantity", p.quantity());
        b.put("price", amount(p.price()));
        p.originalPrice().ifPresent(price -> b.put("originalPrice", amount(price)));
        return b.build();
    }

    private static JsonObject redirectUrls(RedirectUrls r) {
        JsonObject.Builder b = JsonObject.builder();
        r.confirmUrl().ifPresent(u -> b.put("confirmUrl", u.value()));
        r.cancelUrl().ifPresent(u -> b.put("cancelUrl", u.value()));
        r.confirmUrlType().ifPresent(t -> b.put("confirmUrlType", t.name()));
        r.appPackageName().ifPresent(n -> b.put("appPackageName", n));
        return b.build();
    }

    private static JsonObject options(PaymentOptions o) {
        JsonObject.Builder b = JsonObject.builder();
        o.payment().ifPresent(p -> b.put("payment", payment(p)));
        o.display().ifPresent(d -> b.put("display", display(d)));
        o.extra().ifPresent(e -> b.put("extra", extra(e)));
        if (!o.events().isEmpty()) {
            List<JsonValue> events = new ArrayList<>(o.events().size());
            for (PromotionEvent e : o.events()) {
                events.add(event(e));
            }
            b.put("events", new JsonArray(events));
        }
        o.familyService().ifPresent(f -> b.put("familyService", familyService(f)));
        o.regPayRequest().ifPresent(r -> b.put("regPayRequest", regPayRequest(r)));
        o.shipping().ifPresent(s -> b.put("shipping", shipping(s)));
        return b.build();
    }

    private static JsonObject payment(PaymentSettings p) {
        return JsonObject.builder().put("capture", p.capture()).put("payType", p.payType().name()).build();
    }

    private static JsonObject display(DisplayOptions d) {
        JsonObject.Builder b = JsonObject.builder();
        d.locale().ifPresent(l -> b.put("locale", l.wireValue()));
        d.checkConfirmUrlBrowser().ifPresent(c -> b.put("checkConfirmUrlBrowser", c));
        return b.build();
    }

    private static JsonObject extra(ExtraOptions e) {
        JsonObject.Builder b = JsonObject.builder();
        e.branchName().ifPresent(n -> b.put("branchName", n));
        e.branchId().ifPresent(i -> b.put("branchId", i));
        e.promotionRestriction().ifPresent(r -> b.put("promotionRestriction", promotionRestriction(r)));
        return b.build();
    }

    private static JsonObject promotionRestriction(PromotionRestriction r) {
        JsonObject.Builder b = JsonObject.builder();
        r.useLimit().ifPresent(u -> b.put("useLimit", amount(u)));
        return b.put("rewardLimit", amount(r.rewardLimit())).build();
    }

    private static JsonObject event(PromotionEvent e) {
        JsonObject.Builder b = JsonObject.builder().put("code", e.code());
        e.totalAmount().ifPresent(a -> b.put("totalAmount", amount(a)));
        e.productQuantity().ifPresent(q -> b.put("productQuantity", q));
        return b.build();
    }

    private static JsonObject familyService(FamilyService f) {
        List<JsonValue> addFriends = new ArrayList<>(f.addFriends().size());
        for (AddFriend a : f.addFriends()) {
            List<JsonValue> ids = new ArrayList<>(a.idList().size());
            a.idList().forEach(id -> ids.add(JsonString.of(id)));
            addFriends.add(JsonObject.builder().put("type", a.type()).put("idList", new JsonArray(ids)).build());
        }
        return JsonObject.builder().put("addFriends", new JsonArray(addFriends)).build();
    }

    private static JsonObject regPayRequest(RegPayRequest r) {
        JsonObject.Builder b = JsonObject.builder().put("regPayPeriodType", r.regPayPeriodType().name());
        r.recurringPeriod().ifPresent(p -> b.put("recurringPeriod", p.name()));
        r.recurringDay().ifPresent(d -> b.put("recurringDay", d));
        r.recurringDayOfWeek().ifPresent(d -> b.put("recurringDayOfWeek", d.name()));
        r.recurringMonth().ifPresent(m -> b.put("recurringMonth", m));
        r.productPrice().ifPresent(p -> b.put("productPrice", amount(p)));
        r.perTransactionLimit().ifPresent(l -> b.put("perTransactionLimit", amount(l)));
        return b.build();
    }

    private static JsonObject shipping(Shipping s) {
        JsonObject.Builder b = JsonObject.builder();
        s.type().ifPresent(t -> b.put("type", t.name()));
        s.feeAmount().ifPresent(f -> b.put("feeAmount", amount(f)));
        s.feeInquiryUrl().ifPresent(u -> b.put("feeInquiryUrl", u));
        s.feeInquiryType().ifPresent(t -> b.put("feeInquiryType", t.name()));
        s.address().ifPresent(a -> b.put("address", address(a)));
        return b.build();
    }

    private static JsonObject address(ShippingAddress a) {
        JsonObject.Builder b = JsonObject.builder();
        a.country().ifPresent(v -> b.put("country", v));
        a.postalCode().ifPresent(v -> b.put("postalCode", v));
        a.state().ifPresent(v -> b.put("state", v));
        a.city().ifPresent(v -> b.put("city", v));
        a.detail().ifPresent(v -> b.put("detail", v));
        a.optional().ifPresent(v -> b.put("optional", v));
        a.recipient().ifPresent(r -> b.put("recipient", recipient(r)));
        return b.build();
    }

    private static JsonObject recipient(Recipient r) {
        JsonObject.Builder b = JsonObject.builder();
        r.firstName().ifPresent(v -> b.put("firstName", v));
        r.lastName().ifPresent(v -> b.put("lastName", v));
        r.firstNameOptional().ifPresent(v -> b.put("firstNameOptional", v));
        r.lastNameOptional().ifPresent(v -> b.put("lastNameOptional", v));
        r.email().ifPresent(v -> b.put("email", v));
        r.phoneNo().ifPresent(v -> b.put("phoneNo", v));
        return b.build();
    }

    private static JsonNumber amount(Amount a) {
        return JsonNumber.of(a.value());
    }
}
