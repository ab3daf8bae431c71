package dev.linepay4j.internal.wire;

import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.OrderId;
import dev.linepay4j.domain.RegKey;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.ValidationException;
import dev.linepay4j.domain.code.ResultEnvelope;
import dev.linepay4j.domain.json.JsonArray;
import dev.linepay4j.domain.json.JsonNull;
import dev.linepay4j.domain.json.JsonObject;
import dev.linepay4j.domain.json.JsonValue;
import dev.linepay4j.domain.payment.PayStatus;
import dev.linepay4j.domain.payment.TransactionType;
import dev.linepay4j.domain.response.Acknowledgement;
import dev.linepay4j.domain.response.AffiliateCard;
import dev.linepay4j.domain.response.CaptureResponse;
import dev.linepay4j.domain.response.ConfirmResponse;
import dev.linepay4j.domain.response.MerchantReference;
import dev.linepay4j.domain.response.PackageInfo;
import dev.linepay4j.domain.response.PayInfo;
import dev.linepay4j.domain.response.PaymentDetails;
import dev.linepay4j.domain.response.PaymentRequestResponse;
import dev.linepay4j.domain.response.PaymentUrl;
import dev.linepay4j.domain.response.PreapprovedPaymentResponse;
import dev.linepay4j.domain.response.ProductInfo;
import dev.linepay4j.domain.response.RefundInfo;
import dev.linepay4j.domain.response.RefundResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The typed results of the Online API, read from the {@code info} of a success answer.
 *
 * <p>What is required: the fields LINE Pay documents for every answer of the endpoint; the rest is
 * optional. A required field that is missing or of the wrong kind, and an optional field of the wrong
 * kind, is a {@link WireShapeException}; the client reports it as a protocol error (a read) or an
 * unknown outcome (a call that changes state). Enumerated values LINE Pay may extend
 * ({@code transactionType}, {@code payStatus}, {@code currency}) read as empty when unknown, so that a
 * new value never fails a read; their text stays in {@code raw()}. Transaction ids are read exactly
 * from JSON numbers or strings of digits. Refund amounts, written negative by LINE Pay, are read as
 * their size: {@code refundList[].refundAmount}, and {@code payInfo[].amount} of a refund's own entry in
 * the payment details.
 *
 * <pre>{@code
 * ConfirmResponse confirmed = ResponseWire.confirm(ResponseWire.infoObject(envelope));
 * }</pre>
 */
public final class ResponseWire {

    private ResponseWire() {
    }

    /**
     * The {@code info} object of a success answer.
     *
     * @param envelope the answer
     * @return {@code info}
     * @throws WireShapeException if {@code info} is missing or not an object
     */
    public static JsonObject infoObject(ResultEnvelope envelope) {
        JsonValue info = envelope.info().orElseThrow(() -> new WireShapeException("info", "is missing"));
        if (info instanceof JsonObject o) {
            return o;
        }
        throw new WireShapeException("info", "is " + Fields.kind(info) + ", not an object");
    }

    /**
     * The {@code info} array of a success answer of the details endpoint; an answer without {@code info}
     * reads as the empty array.
     *
     * @param envelope the answer
     * @return {@code info}
     * @throws WireShapeException if {@code info} is neither absent nor an array
     */
    public static JsonArray infoArray(ResultEnvelope envelope) {
        Optional<JsonValue> info = envelope.info();
        if (info.isEmpty() || info.get() == JsonNull.INSTANCE) {
            return JsonArray.of();
        }
        if (info.get() instanceof JsonArray a) {
            return a;
        }
        throw new WireShapeException("info", "is " + Fields.kind(info.get()) + ", not an array");
    }

    /**
     * The answer of a code-only call (void, key expiry).
     *
     * @param envelope the answer
     * @return the acknowledgement; its raw view is {@code info} when that is an object, else {@code {}}
     */
    public static Acknowledgement acknowledgement(ResultEnvelope envelope) {
        JsonObject raw = envelope.info().filter(JsonObject.class::isInstance).map(JsonObject.class::cast)
                .orElse(JsonObject.of());
        return new Acknowledgement(envelope.returnCode(), envelope.message(), raw);
    }

    /**
     * The answer of a payment request.
     *
     * @param info the {@code info} object
     * @return the result
     * @throws WireShapeException if {@code transactionId} or {@code paymentUrl.web} is missing, or a field
     *                            has the wrong kind
     */
    public static PaymentRequestResponse paymentRequest(JsonObject info) {
        Fields f = Fields.of(info, "info");
        Fields url = f.optionalObject("paymentUrl")
                .orElseThrow(() -> new WireShapeException("info.paymentUrl", "is missing"));
        return new PaymentRequestResponse(f.transactionId("transactionId"), f.optionalString("paymentAccessToken"),
                new PaymentUrl(url.string("web"), url.optionalString("app")), info);
    }

    /**
     * The answer of a confirm.
     *
     * @param info the {@code info} object
     * @return the result
     * @throws WireShapeException if {@code transactionId} or {@code orderId} is missing, or a field has
     *                            the wrong kind
     */
    public static ConfirmResponse confirm(JsonObject info) {
        Fields f = Fields.of(info, "info");
        return new ConfirmResponse(f.transactionId("transactionId"), f.typed("orderId", OrderId::of, "order id"),
                payInfo(f), f.optionalInstant("authorizationExpireDate"),
                f.optionalTyped("regKey", RegKey::of, "regKey"), packages(f),
                f.optionalObject("merchantReference").map(ResponseWire::merchantReference),
                f.optionalString("paymentProvider"), info);
    }

    /**
     * The answer of a capture.
     *
     * @param info the {@code info} object
     * @return the result
     * @throws WireShapeException if {@code transactionId} or {@code orderId} is missing, or a field has
     *                            the wrong kind
     */
    public static CaptureResponse capture(JsonObject info) {
        Fields f = Fields.of(info, "info");
        return new CaptureResponse(f.transactionId("transactionId"), f.typed("orderId", OrderId::of, "order id"),
                payInfo(f), f.optionalString("paymentProvider"), info);
    }

    /**
     * The answer of a refund.
     *
     * @param info the {@code info} object
     * @return the result
     * @throws WireShapeException if {@code refundTransactionId} or {@code refundTransactionDate} is missing
     *                            or has the wrong kind
     */
    public static RefundResponse refund(JsonObject info) {
        Fields f = Fields.of(info, "info");
        return new RefundResponse(f.transactionId("refundTransactionId"), f.instant("refundTransactionDate"), info);
    }

    /**
     * The answer of the payment-details call.
     *
     * @param info the {@code info} array
     * @return one entry per element, in order
     * @throws WireShapeException if an element is not an object, lacks {@code transactionId} or
     *                            {@code transactionDate}, or a field has the wrong kind
     */
    public static List<PaymentDetails> paymentDetails(JsonArray info) {
        List<PaymentDetails> list = new ArrayList<>(info.size());
        for (int i = 0; i < info.size(); i++) {
            String at = "info[" + i + "]";
            if (!(info.get(i) instanceof JsonObject o)) {
                throw new WireShapeException(at, "is " + Fields.kind(info.get(i)) + ", not an object");
            }
            list.add(paymentDetails(Fields.of(o, at)));
        }
        return List.copyOf(list);
    }

    /**
     * The answer of a payment with a pre-approved key.
     *
     * @param info the {@code info} object
     * @return the result
     * @throws WireShapeException if {@code transactionId} or {@code transactionDate} is missing, or a field
     *                            has the wrong kind
     */
    public static PreapprovedPaymentResponse preapprovedPayment(JsonObject info) {
        Fields f = Fields.of(info, "info");
        return new PreapprovedPaymentResponse(f.transactionId("transactionId"), f.instant("transactionDate"),
                f.optionalTyped("orderId", OrderId::of, "order id"), f.optionalInstant("authorizationExpireDate"),
                f.optionalString("paymentProvider"), info);
    }

    private static PaymentDetails paymentDetails(Fields f) {
        List<RefundInfo> refunds = f.objects("refundList", ResponseWire::refundInfo);
        Optional<TransactionType> type = f.optionalString("transactionType").flatMap(TransactionType::fromWire);
        Optional<TransactionId> original = f.optionalTransactionId("originalTransactionId");
        // The entry of a refund transaction (asked for by the refund's own id) carries the refunded amount in
        // payInfo, written negative like refundAmount; it is read as its size, the sign staying in raw().
        boolean refundEntry = original.isPresent() || type.filter(TransactionType::isRefund).isPresent();
        return new PaymentDetails(f.transactionId("transactionId"), f.instant("transactionDate"), type,
                f.optionalString("payStatus").flatMap(PayStatus::fromWire),
                f.optionalTyped("orderId", OrderId::of, "order id"), f.optionalString("productName"),
                f.optionalString("merchantName"), f.optionalString("currency").flatMap(ResponseWire::currency),
                f.optionalInstant("authorizationExpireDate"), payInfo(f, refundEntry), refunds,
                original, packages(f), f.optionalString("paymentProvider"), f.json());
    }

    private static Optional<Currency> currency(String code) {
        try {
            return Optional.of(Currency.of(code));
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    static List<PayInfo> payInfo(Fields f) {
        return payInfo(f, false);
    }

    private static List<PayInfo> payInfo(Fields f, boolean magnitude) {
        return f.objects("payInfo", magnitude ? ResponseWire::refundedPayInfo : ResponseWire::payInfoEntry);
    }

    private static PayInfo payInfoEntry(Fields p) {
        return payInfoEntry(p, p.amount("amount"));
    }

    private static PayInfo refundedPayInfo(Fields p) {
        return payInfoEntry(p, p.amountMagnitude("amount"));
    }

    private static PayInfo payInfoEntry(Fields p, Amount amount) {
        return new PayInfo(p.string("method"), amount, p.optionalString("creditCardNickname"),
                p.optionalString("creditCardBrand"), p.optionalString("maskedCreditCardNumber"));
    }

    private static RefundInfo refundInfo(Fields r) {
        return new RefundInfo(r.transactionId("refundTransactionId"),
                r.optionalString("transactionType").flatMap(TransactionType::fromWire),
                r.amountMagnitude("refundAmount"), r.instant("refundTransactionDate"));
    }

    private static List<PackageInfo> packages(Fields f) {
        return f.objects("packages", ResponseWire::packageInfo);
    }

    private static PackageInfo packageInfo(Fields p) {
        // Confirm answers name the v3 fee userFeeAmount, some details answers userFee.
        Optional<Amount> fee = p.optionalAmount("userFeeAmount");
        if (fee.isEmpty()) {
            fee = p.optionalAmount("userFee");
        }
        return new PackageInfo(p.string("id"), p.amount("amount"), fee, p.optionalString("name"),
                p.objects("products", ResponseWire::productInfo));
    }

    private static ProductInfo productInfo(Fields pr) {
        return new ProductInfo(pr.optionalString("id"), pr.optionalString("name"), pr.optionalString("imageUrl"),
                pr.optionalLong("quantity"), pr.optionalAmount("price"), pr.optionalAmount("originalPrice"));
    }

    private static MerchantReference merchantReference(Fields f) {
        return new MerchantReference(f.objects("affiliateCards",
                c -> new AffiliateCard(c.string("cardId"), c.string("cardType"))));
    }
}
