package dev.linepay4j.testkit.sandbox;

import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.domain.ChannelId;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.ValidationException;
import dev.linepay4j.domain.code.ReturnCode;
import dev.linepay4j.domain.json.JsonArray;
import dev.linepay4j.domain.json.JsonNumber;
import dev.linepay4j.domain.json.JsonObject;
import dev.linepay4j.domain.payment.OfflineStatus;
import dev.linepay4j.domain.payment.Payment;
import dev.linepay4j.domain.payment.PaymentEvent;
import dev.linepay4j.domain.payment.PaymentState;
import dev.linepay4j.domain.payment.Transition;
import dev.linepay4j.domain.request.CaptureRequest;
import dev.linepay4j.domain.request.OfflinePaymentRequest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Offline API's operations (My Code payments, v2, v2.4 and v4) over the same {@link Ledger} and the
 * same state machine as the Online API: a pay with {@code capture=true} is a payment requested,
 * authenticated and confirmed in one go ({@code CAPTURED}), with {@code capture=false} an authorization
 * ({@code AUTHORIZED}) to capture or void later; capture, void and refund find the payment by the order
 * id in the path. Answers follow LINEPAY-API.md §6; v2.4 and v4 add {@code paymentProvider: "TSP"}, v2
 * the customer's {@code balance}.
 *
 * <p>Choices where LINE Pay is silent:
 * <ul>
 * <li>A pay checks, in order: the body ({@code 2101}/{@code 2102}), the order id ({@code 1172} when the
 *     channel used it before, whatever became of that payment), then the key: one this sandbox never
 *     issued, one that paid already, or one past its five minutes &rarr; {@code 1133}, LINE Pay's code for a
 *     My Code its sandbox cannot use; a balance payment above the customer's simulated wallet &rarr;
 *     {@code 1142}. A refused pay leaves nothing behind: neither the order nor the key is used up.</li>
 * <li>The status check's {@code status}: {@code AUTH_READY} for an uncaptured authorization,
 *     {@code COMPLETE} once captured (also after a partial refund), {@code REFUND} after a full refund,
 *     {@code CANCEL} after a void or an authorization that ran out. An order with no My Code payment
 *     &rarr; {@code 1150}.</li>
 * <li>The authorization details list the payments made with {@code capture=false}, whatever became of
 *     them since ({@code payStatus} {@code AUTHORIZATION}, {@code CAPTURE}, {@code VOIDED_AUTHORIZATION},
 *     {@code EXPIRED_AUTHORIZATION}); a payment captured at once has no authorization &rarr; {@code 1150}.
 *     They take {@code orderId} or {@code transactionId}, as the payment details do.</li>
 * <li>The offline endpoints see the payments made through the Offline API only; the payment details
 *     under {@code /v4} (one path for Online and Offline v4) see every payment.</li>
 * </ul>
 */
final class OfflineApi {

    private final Ledger ledger;
    private final Ids ids;
    private final OneTimeKeys keys;
    private final Duration authorizationLifetime;
    private final OnlineApi online;

    OfflineApi(Ledger ledger, Ids ids, OneTimeKeys keys, Duration authorizationLifetime, OnlineApi online) {
        this.ledger = ledger;
        this.ids = ids;
        this.keys = keys;
        this.authorizationLifetime = authorizationLifetime;
        this.online = online;
    }

    Answer handle(OnlineApi.Call call) {
        return switch (call.endpoint()) {
            case OFFLINE_PAY -> pay(call);
            case OFFLINE_CHECK -> check(call);
            case OFFLINE_CAPTURE -> capture(call);
            case OFFLINE_VOID -> voidAuthorization(call);
            case OFFLINE_REFUND -> refund(call);
            case OFFLINE_AUTHORIZATIONS -> authorizations(call);
            // The details of v2 and v2.4 are the Online API's, in the version's shape.
            case OFFLINE_DETAILS -> online.handle(new OnlineApi.Call(call.channel(), call.version(), SandboxEndpoint.DETAILS,
                    call.parameter(), call.request()));
            default -> throw new IllegalStateException(call.endpoint() + " is not an Offline API endpoint");
        };
    }

    // ---- pay and check --------------------------------------------------------------------------------

    private Answer pay(OnlineApi.Call call) {
        OfflinePaymentRequest body = Bodies.offlinePayment(Bodies.object(call.request().body()), call.version());
        ChannelId channel = call.channel().id();
        String orderId = body.orderId().value();
        return ledger.locked(() -> {
            if (ledger.orderIdTaken(channel, orderId)) {
                return Answer.of(ReturnCode.ORDER_ID_EXISTS, "A transaction with orderId " + orderId + " already exists.");
            }
            OneTimeKeys.Issued key = keys.use(body.oneTimeKey(), orderId, body.amount());
            TransactionId id = ids.transactionId();
            Payment payment = Payment.requested(id, orderId, body.amount(), body.currency(), body.capture());
            PaymentRecord p = new PaymentRecord(channel, call.channel().merchantName(), call.version(), ledger.now(),
                    Optional.empty(), Optional.empty(), productName(body), ids.paymentAccessToken(), false, payment);
            p.offlineMethod(key.method.payInfoMethod());
            // Scanning a My Code is a request the customer approved on the spot, confirmed at once: the same
            // two moves through the machine as any payment, so its books look alike.
            for (PaymentEvent e : List.of(new PaymentEvent.Authenticate(),
                    new PaymentEvent.Confirm(body.amount(), body.currency()))) {
                Transition t = ledger.apply(p, e);
                if (t instanceof Transition.Refused r) {
                    throw new IllegalStateException("a fresh My Code payment was refused: " + r.rule());
                }
            }
            Instant now = ledger.now();
            p.confirmedAt(now);
            if (!body.capture()) {
                p.authorizationExpiresAt(now.plus(authorizationLifetime));
            }
            ledger.add(p);
            JsonObject.Builder info = JsonObject.builder()
                    .put("transactionId", JsonNumber.of(id.value()))
                    .put("orderId", orderId)
                    .put("transactionDate", Web.date(now))
                    .put("payInfo", payInfo(p, body.amount()));
            p.authorizationExpiresAt().ifPresent(at -> info.put("authorizationExpireDate", Web.date(at)));
            if (call.version() == ApiVersion.OFFLINE_V2) {
                Amount wallet = Amount.of(OneTimeKeys.WALLET);
                info.put("balance", JsonNumber.of((key.method == SandboxPaymentMethod.BALANCE
                        ? wallet.minus(body.amount()) : wallet).value()));
            }
            OnlineApi.provider(info, call.version());
            return Answer.ok(info.build());
        });
    }

    private Answer check(OnlineApi.Call call) {
        String orderId = orderId(call);
        return ledger.locked(() -> offlinePayment(call, orderId).map(p -> {
            JsonObject.Builder info = JsonObject.builder()
                    .put("status", status(p.payment().state()).wireName())
                    .put("transactionId", JsonNumber.of(p.id().value()))
                    .put("orderId", orderId)
                    .put("transactionDate", Web.date(p.confirmedAt().orElseThrow()))
                    .put("payInfo", payInfo(p, paid(p.payment())));
            OnlineApi.provider(info, call.version());
            return Answer.ok(info.build());
        }).orElseGet(() -> noPayment(orderId)));
    }

    /** The status check's word for a payment's state; see the class description. */
    static OfflineStatus status(PaymentState state) {
        return switch (state) {
            case AUTHORIZED -> OfflineStatus.AUTH_READY;
            case CAPTURED, PARTIALLY_REFUNDED -> OfflineStatus.COMPLETE;
            case REFUNDED -> OfflineStatus.REFUND;
            case VOIDED, AUTHORIZATION_EXPIRED -> OfflineStatus.CANCEL;
            case REQUESTED, AUTHENTICATED, CANCELLED, EXPIRED, FAILED -> OfflineStatus.FAIL;
        };
    }

    // ---- capture, void, refund -----------------------------------------------------------------------

    private Answer capture(OnlineApi.Call call) {
        String orderId = orderId(call);
        CaptureRequest body = Bodies.offlineCapture(Bodies.object(call.request().body()));
        return ledger.locked(() -> offlinePayment(call, orderId).map(p -> {
            Transition t = ledger.apply(p, new PaymentEvent.Capture(body.amount(), body.currency()));
            if (t instanceof Transition.Refused r) {
                return Answer.refused(r);
            }
            JsonObject.Builder info = JsonObject.builder()
                    .put("transactionId", JsonNumber.of(p.id().value()))
                    .put("orderId", orderId)
                    .put("transactionDate", Web.date(ledger.now()))
                    .put("payInfo", payInfo(p, p.payment().capturedAmount()));
            OnlineApi.provider(info, call.version());
            return Answer.ok(info.build());
        }).orElseGet(() -> noPayment(orderId)));
    }

    private Answer voidAuthorization(OnlineApi.Call call) {
        String orderId = orderId(call);
        Bodies.none(call.request().body());
        return ledger.locked(() -> offlinePayment(call, orderId).map(p -> {
            Transition t = ledger.apply(p, new PaymentEvent.Void());
            return t instanceof Transition.Refused r ? Answer.refused(r) : Answer.ok();
        }).orElseGet(() -> noPayment(orderId)));
    }

    private Answer refund(OnlineApi.Call call) {
        String orderId = orderId(call);
        Optional<Amount> amount = Bodies.refundAmount(call.request().body());
        return ledger.locked(() -> offlinePayment(call, orderId).map(p -> {
            TransactionId refundId = ids.transactionId();
            PaymentEvent.Refund event = amount.map(a -> PaymentEvent.refund(a, refundId))
                    .orElseGet(() -> PaymentEvent.refundRemaining(refundId));
            Transition t = ledger.apply(p, event);
            if (t instanceof Transition.Refused r) {
                return Answer.refused(r);
            }
            ledger.refunded(p, refundId);
            return Answer.ok(JsonObject.builder()
                    .put("refundTransactionId", JsonNumber.of(refundId.value()))
                    .put("refundTransactionDate", Web.date(p.refundDate(refundId).orElseThrow()))
                    .build());
        }).orElseGet(() -> noPayment(orderId)));
    }

    // ---- authorizations ------------------------------------------------------------------------------

    private Answer authorizations(OnlineApi.Call call) {
        List<String> transactionIds = new ArrayList<>();
        List<String> orderIds = new ArrayList<>();
        for (Query.Pair pair : Query.parse(call.request().rawQuery()).pairs()) {
            switch (pair.key()) {
                case "transactionId" -> transactionIds.add(pair.value());
                case "orderId" -> orderIds.add(pair.value());
                default -> throw new Refusal(ReturnCode.PARAMETER_ERROR, "Unknown query parameter; the authorization"
                        + " details take orderId or transactionId.");
            }
        }
        if (transactionIds.size() + orderIds.size() != 1) {
            throw new Refusal(ReturnCode.PARAMETER_ERROR, "Give one orderId or one transactionId.");
        }
        Optional<TransactionId> wanted = transactionIds.isEmpty() ? Optional.empty()
                : Optional.of(parseTransactionId(transactionIds.get(0)));
        ChannelId channel = call.channel().id();
        return ledger.locked(() -> {
            Optional<PaymentRecord> found = wanted.isPresent() ? ledger.payment(channel, wanted.get())
                    : ledger.paymentByOrderId(channel, orderIds.get(0));
            return found.filter(PaymentRecord::isOffline).filter(p -> !p.payment().captureOnConfirm())
                    .map(p -> Answer.ok(JsonArray.of(authorizationEntry(p, call.version()))))
                    .orElseGet(() -> Answer.of(ReturnCode.NO_TRANSACTION, "No authorization matches the query."));
        });
    }

    private static JsonObject authorizationEntry(PaymentRecord p, ApiVersion version) {
        Payment payment = p.payment();
        JsonObject.Builder b = JsonObject.builder()
                .put("transactionId", JsonNumber.of(p.id().value()))
                .put("transactionDate", Web.date(p.confirmedAt().orElseThrow()))
                .put("transactionType", "PAYMENT")
                .put("productName", p.productName)
                .put("currency", payment.currency().name());
        p.authorizationExpiresAt().ifPresent(at -> b.put("authorizationExpireDate", Web.date(at)));
        b.put("payInfo", payInfo(p, paid(payment)))
                .put("orderId", payment.orderId())
                .put("payStatus", payment.state().payStatus().orElseThrow().wireName());
        OnlineApi.provider(b, version);
        return b.build();
    }

    // ---- shared -------------------------------------------------------------------------------------

    private Optional<PaymentRecord> offlinePayment(OnlineApi.Call call, String orderId) {
        return ledger.paymentByOrderId(call.channel().id(), orderId).filter(PaymentRecord::isOffline);
    }

    private static Answer noPayment(String orderId) {
        return Answer.of(ReturnCode.NO_TRANSACTION, "No My Code payment with orderId " + printable(orderId) + ".");
    }

    /** What the customer paid: the captured amount once captured, the authorized one before. */
    private static Amount paid(Payment payment) {
        return payment.capturedAmount().isZero() ? payment.authorizedAmount() : payment.capturedAmount();
    }

    private static JsonArray payInfo(PaymentRecord p, Amount amount) {
        return JsonArray.of(JsonObject.builder().put("method", p.offlineMethod().orElse("BALANCE"))
                .put("amount", JsonNumber.of(amount.value())).build());
    }

    /** v4 has no productName: the first product's name when there are packages, else a generic one. */
    private static String productName(OfflinePaymentRequest r) {
        return r.productName().orElseGet(() -> r.packages().isEmpty() ? "My Code payment"
                : r.packages().get(0).products().get(0).name());
    }

    /** The order id of the path, percent-decoded as a path segment ({@code +} stays a plus). */
    private static String orderId(OnlineApi.Call call) {
        String raw = call.parameter().orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int hi = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int lo = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
                if (hi < 0 || lo < 0) {
                    throw new Refusal(ReturnCode.PARAMETER_ERROR, "The orderId in the path holds a malformed %-escape.");
                }
                out.write(hi * 16 + lo);
                i += 2;
            } else {
                out.write(c);
            }
        }
        String orderId = out.toString(StandardCharsets.UTF_8);
        try {
            return dev.linepay4j.domain.OrderId.of(orderId).value();
        } catch (ValidationException e) {
            throw new Refusal(ReturnCode.PARAMETER_ERROR, "The orderId in the path is not a valid order id.");
        }
    }

    private static TransactionId parseTransactionId(String text) {
        try {
            return TransactionId.parse(text);
        } catch (ValidationException e) {
            throw new Refusal(ReturnCode.PARAMETER_ERROR, "transactionId must be a positive 64-bit number.");
        }
    }

    private static String printable(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(s.length(), 40); i++) {
            char c = s.charAt(i);
            b.append(c >= ' ' && c < 0x7f ? c : '?');
        }
        return s.length() > 40 ? b + "…" : b.toString();
    }
}
