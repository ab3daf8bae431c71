package dev.linepay4j.internal.wire;

import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.domain.OrderId;
import dev.linepay4j.domain.json.JsonArray;
import dev.linepay4j.domain.json.JsonNumber;
import dev.linepay4j.domain.json.JsonObject;
import dev.linepay4j.domain.json.JsonString;
import dev.linepay4j.domain.json.JsonValue;
import dev.linepay4j.domain.payment.OfflineStatus;
import dev.linepay4j.domain.request.AddFriend;
import dev.linepay4j.domain.request.CaptureRequest;
import dev.linepay4j.domain.request.OfflinePaymentRequest;
import dev.linepay4j.domain.request.PaymentPackage;
import dev.linepay4j.domain.request.Product;
import dev.linepay4j.domain.request.PromotionRestriction;
import dev.linepay4j.domain.response.OfflinePaymentResponse;
import dev.linepay4j.domain.response.OfflinePaymentStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The Offline API's bodies and answers as JSON trees, per generation. v2 and v2.4 take a flat body with
 * {@code extras}; v4 nests {@code capture} and the branch under {@code options} and may carry
 * {@code packages} (LINEPAY-API.md §6.1). Members are written in the order of LINE Pay's documentation; a
 * field that is absent is left out, never written as {@code null}. The refund body is the Online API's
 * ({@link RequestWire#refund}); the details and authorization answers read like the Online API's details
 * ({@link ResponseWire#paymentDetails}).
 *
 * <p>Choices where LINE Pay is silent or inconsistent:
 * <ul>
 *   <li>{@code capture} is written only when false (true is LINE Pay's default; naming it makes merchants
 *       without capture separation get {@code 2103}).</li>
 *   <li>v2's {@code extras.addFriends[].type} is written {@code LINE_AT}, as the Offline API v2 reference
 *       writes it (the Online API v3 spells the same type {@code lineAt}).</li>
 *   <li>A capture's promotion restriction is a top-level {@code promotionRestriction}, as the field table
 *       of the capture page and the v4 SDK have it (the page's curl sample nests it under {@code extras}).</li>
 *   <li>v4's body has no {@code productName}, so a product name given is not sent there.</li>
 * </ul>
 *
 * <pre>{@code
 * JsonObject body = OfflineWire.payment(request, ApiVersion.OFFLINE_V4);
 * // {"amount":120,"currency":"TWD","oneTimeKey":"123456789012345678","orderId":"POS7-0042"}
 * }</pre>
 */
public final class OfflineWire {

    private OfflineWire() {
    }

    /**
     * The body of {@code POST /v2|/v2.4|/v4/payments/oneTimeKeys/pay}.
     *
     * @param request the payment
     * @param version an Offline API version
     * @return the tree in that version's shape
     * @throws IllegalArgumentException if the version is an Online API version
     */
    public static JsonObject payment(OfflinePaymentRequest request, ApiVersion version) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(version, "version");
        if (version.isOnline()) {
            throw new IllegalArgumentException("the Offline API has no " + version);
        }
        return version == ApiVersion.OFFLINE_V4 ? paymentV4(request) : paymentV2(request);
    }

    private static JsonObject paymentV2(OfflinePaymentRequest r) {
        JsonObject.Builder b = JsonObject.builder();
        r.productName().ifPresent(n -> b.put("productName", n));
        b.put("amount", amount(r.amount()))
                .put("currency", r.currency().name())
                .put("orderId", r.orderId().value())
                .put("oneTimeKey", r.oneTimeKey().value());
        if (!r.capture()) {
            b.put("capture", false);
        }
        if (r.branchName().isPresent() || r.branchId().isPresent() || !r.addFriends().isEmpty()) {
            JsonObject.Builder extras = JsonObject.builder();
            r.branchName().ifPresent(n -> extras.put("branchName", n));
            r.branchId().ifPresent(i -> extras.put("branchId", i));
            if (!r.addFriends().isEmpty()) {
                List<JsonValue> friends = new ArrayList<>(r.addFriends().size());
                for (AddFriend f : r.addFriends()) {
                    List<JsonValue> ids = new ArrayList<>(f.idList().size());
                    f.idList().forEach(id -> ids.add(JsonString.of(id)));
                    friends.add(JsonObject.builder().put("type", "LINE_AT").put("idList", new JsonArray(ids)).build());
                }
                extras.put("addFriends", new JsonArray(friends));
            }
            b.put("extras", extras.build());
        }
        return b.build();
    }

    private static JsonObject paymentV4(OfflinePaymentRequest r) {
        JsonObject.Builder b = JsonObject.builder()
                .put("amount", amount(r.amount()))
                .put("currency", r.currency().name())
                .put("oneTimeKey", r.oneTimeKey().value())
                .put("orderId", r.orderId().value());
        JsonObject.Builder options = JsonObject.builder();
        if (!r.capture()) {
            options.put("payment", JsonObject.builder().put("capture", false).build());
        }
        if (r.branchName().isPresent() || r.branchId().isPresent()) {
            JsonObject.Builder extra = JsonObject.builder();
            r.branchId().ifPresent(i -> extra.put("branchId", i));
            r.branchName().ifPresent(n -> extra.put("branchName", n));
            options.put("extra", extra.build());
        }
        JsonObject o = options.build();
        if (o.size() > 0) {
            b.put("options", o);
        }
        if (!r.packages().isEmpty()) {
            List<JsonValue> packages = new ArrayList<>(r.packages().size());
            for (PaymentPackage p : r.packages()) {
                packages.add(paymentPackage(p));
            }
            b.put("packages", new JsonArray(packages));
        }
        return b.build();
    }

    /**
     * The body of {@code POST /v2|/v2.4|/v4/payments/orders/{orderId}/capture}: amount, currency and, when
     * there is one, a top-level {@code promotionRestriction}.
     *
     * @param request the amount, currency and restriction
     * @return the tree
     */
    public static JsonObject capture(CaptureRequest request) {
        JsonObject.Builder b = JsonObject.builder()
                .put("amount", amount(request.amount()))
                .put("currency", request.currency().name());
        request.promotionRestriction().ifPresent(r -> b.put("promotionRestriction", promotionRestriction(r)));
        return b.build();
    }

    /**
     * The answer of a payment with a My Code.
     *
     * @param info the {@code info} object
     * @return the result
     * @throws WireShapeException if {@code transactionId}, {@code orderId} or {@code transactionDate} is
     *                            missing, or a field has the wrong kind
     */
    public static OfflinePaymentResponse payment(JsonObject info) {
        Fields f = Fields.of(info, "info");
        return new OfflinePaymentResponse(f.transactionId("transactionId"), f.typed("orderId", OrderId::of, "order id"),
                f.instant("transactionDate"), ResponseWire.payInfo(f), f.optionalAmount("balance"),
                f.optionalString("paymentProvider"), f.optionalInstant("authorizationExpireDate"), info);
    }

    /**
     * The answer of the status check by order id.
     *
     * @param info the {@code info} object
     * @return the result; a status linepay4j does not know reads as empty, its text kept
     * @throws WireShapeException if {@code status} is missing, or a field has the wrong kind
     */
    public static OfflinePaymentStatus status(JsonObject info) {
        Fields f = Fields.of(info, "info");
        String status = f.string("status");
        return new OfflinePaymentStatus(OfflineStatus.fromWire(status), status, f.optionalTransactionId("transactionId"),
                f.optionalTyped("orderId", OrderId::of, "order id"), f.optionalInstant("transactionDate"),
                ResponseWire.payInfo(f), f.optionalString("paymentProvider"), info);
    }

    private static JsonObject paymentPackage(PaymentPackage p) {
        JsonObject.Builder b = JsonObject.builder()
                .put("id", p.id())
                .put("amount", amount(p.amount()));
        p.name().ifPresent(name -> b.put("name", name));
        List<JsonValue> products = new ArrayList<>(p.products().size());
        for (Product product : p.products()) {
            JsonObject.Builder pb = JsonObject.builder();
            product.id().ifPresent(id -> pb.put("id", id));
            pb.put("name", product.name());
            product.imageUrl().ifPresent(url -> pb.put("imageUrl", url));
            pb.put("quantity", product.quantity());
            pb.put("price", amount(product.price()));
            product.originalPrice().ifPresent(price -> pb.put("originalPrice", amount(price)));
            products.add(pb.build());
        }
        return b.put("products", new JsonArray(products)).build();
    }

    private static JsonObject promotionRestriction(PromotionRestriction r) {
        JsonObject.Builder b = JsonObject.builder();
        r.useLimit().ifPresent(u -> b.put("useLimit", amount(u)));
        return b.put("rewardLimit", amount(r.rewardLimit())).build();
    }

    private static JsonNumber amount(Amount a) {
        return JsonNumber.of(a.value());
    }
}
