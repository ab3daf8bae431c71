package dev.linepay4j.testkit.sandbox;

import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.domain.ChannelId;
import dev.linepay4j.domain.RegKey;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.ValidationException;
import dev.linepay4j.domain.Violation;
import dev.linepay4j.domain.code.ReturnCode;
import dev.linepay4j.domain.json.JsonArray;
import dev.linepay4j.domain.json.JsonNumber;
import dev.linepay4j.domain.json.JsonObject;
import dev.linepay4j.domain.json.JsonValue;
import dev.linepay4j.domain.payment.Payment;
import dev.linepay4j.domain.payment.PaymentEvent;
import dev.linepay4j.domain.payment.Transaction;
import dev.linepay4j.domain.payment.Transition;
import dev.linepay4j.domain.request.CaptureRequest;
import dev.linepay4j.domain.request.ConfirmRequest;
import dev.linepay4j.domain.request.PayType;
import dev.linepay4j.domain.request.PaymentOptions;
import dev.linepay4j.domain.request.PaymentPackage;
import dev.linepay4j.domain.request.PaymentRequest;
import dev.linepay4j.domain.request.PaymentSettings;
import dev.linepay4j.domain.request.PreapprovedPaymentRequest;
import dev.linepay4j.domain.request.Product;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The ten Online API operations over the {@link Ledger}: each reads its parameters, then decides and
 * changes the books under the ledger's lock, every payment change through core's
 * {@link dev.linepay4j.domain.payment.PaymentMachine}, and answers what LINE Pay answers. The
 * {@code info} shapes follow LINEPAY-API.md §4; v4 answers add {@code paymentProvider} ({@code "TSP"},
 * always, for online payments) and drop v3's {@code userFeeAmount}.
 *
 * <p>Choices where LINE Pay's documents are silent:
 * <ul>
 * <li>A second request with an order id the channel already used &rarr; {@code 1172}, whatever that
 *     payment's state (the code's definition; the one contrary observation is unconfirmed).</li>
 * <li>{@code payInfo[].method} is {@code CREDIT_CARD} for authorizations ({@code capture=false}) and
 *     pre-approved payments, which LINE Pay takes by card, and {@code BALANCE} otherwise.</li>
 * <li>Payment details take {@code transactionId} and {@code orderId} (also spelt {@code transactionId[]}
 *     or {@code transactionId[0]}, as PHP writes arrays), repeatable; the answer lists every confirmed
 *     payment that matches either, in the query's order, once each. More than 100 values &rarr;
 *     {@code 1177}; none matching a confirmed payment &rarr; {@code 1150}. A refund's transaction id
 *     gives an entry for the refund: its own id, type and date, {@code originalTransactionId}, and
 *     {@code payInfo} with the (negative) refunded amount. {@code fields} is accepted and ignored.</li>
 * <li>A malformed transaction id in a path &rarr; {@code 2101}; a malformed regKey &rarr; {@code 1190},
 *     since no such key can exist.</li>
 * </ul>
 */
final class OnlineApi {

    /** What one call brings to an operation. */
    record Call(SandboxChannel channel, ApiVersion version, SandboxEndpoint endpoint, Optional<String> parameter,
                ApiRequest request) {
    }

    static final int MAX_DETAILS = 100;

    private final Ledger ledger;
    private final Ids ids;
    private final Duration authorizationLifetime;
    private final Supplier<URI> baseUri;

    OnlineApi(Ledger ledger, Ids ids, Duration authorizationLifetime, Supplier<URI> baseUri) {
        this.ledger = ledger;
        this.ids = ids;
        this.authorizationLifetime = authorizationLifetime;
        this.baseUri = baseUri;
    }

    Answer handle(Call call) {
        return switch (call.endpoint()) {
            case REQUEST -> request(call);
            case CHECK -> check(call);
            case CONFIRM -> confirm(call);
            case CAPTURE -> capture(call);
            case VOID -> voidAuthorization(call);
            case REFUND -> refund(call);
            case DETAILS -> details(call);
            case REGKEY_CHECK -> regKeyCheck(call);
            case REGKEY_PAY -> regKeyPay(call);
            case REGKEY_EXPIRE -> regKeyExpire(call);
            default -> throw new IllegalStateException(call.endpoint() + " is not an Online API endpoint");
        };
    }

    // ---- request and check --------------------------------------------------------------------------

    private Answer request(Call call) {
        PaymentRequest request = Bodies.paymentRequest(Bodies.object(call.request().body()));
        List<Violation> forVersion = request.violationsFor(call.version());
        if (!forVersion.isEmpty()) {
            throw new Refusal(ReturnCode.PARAMETER_ERROR, new ValidationException(forVersion).getMessage());
        }
        Optional<PaymentSettings> settings = request.options().flatMap(PaymentOptions::payment);
        boolean capture = settings.map(PaymentSettings::capture).orElse(true);
        boolean preapproved = settings.map(PaymentSettings::payType).orElse(PayType.NORMAL) == PayType.PREAPPROVED;
        ChannelId channel = call.channel().id();
        String orderId = request.orderId().value();
        return ledger.locked(() -> {
            if (ledger.orderIdTaken(channel, orderId)) {
                return Answer.of(ReturnCode.ORDER_ID_EXISTS, "A transaction with orderId " + orderId
                        + " already exists.");
            }
            TransactionId id = ids.transactionId();
            Payment payment = Payment.requested(id, orderId, request.amount(), request.currency(), capture);
            String token = ids.paymentAccessToken();
            ledger.add(new PaymentRecord(channel, call.channel().merchantName(), call.version(), ledger.now(), Optional.of(request), Optional.empty(),
                    productName(request), token, preapproved, payment));
            return Answer.ok(JsonObject.builder()
                    .put("transactionId", JsonNumber.of(id.value()))
                    .put("paymentAccessToken", token)
                    .put("paymentUrl", JsonObject.builder()
                            .put("web", baseUri.get().resolve("/sandbox/pay/" + id).toString())
                            .put("app", "line://pay/payment/" + id)
                            .build())
                    .build());
        });
    }

    private Answer check(Call call) {
        TransactionId id = transactionId(call);
        return ledger.locked(() -> ledger.payment(call.channel().id(), id)
                .map(p -> Answer.status(p.payment().state().requestStatus()))
                .orElseGet(() -> unknown(id)));
    }

    // ---- confirm, capture, void, refund -------------------------------------------------------------

    private Answer confirm(Call call) {
        TransactionId id = transactionId(call);
        ConfirmRequest body = Bodies.confirm(Bodies.object(call.request().body()));
        return ledger.locked(() -> ledger.payment(call.channel().id(), id).map(p -> {
            Transition t = ledger.apply(p, new PaymentEvent.Confirm(body.amount(), body.currency()));
            if (t instanceof Transition.Refused r) {
                return Answer.refused(r);
            }
            confirmed(p);
            if (p.preapproved) {
                RegKey key = newRegKey();
                p.issuedRegKey(key);
                ledger.add(new RegKeyRecord(key, p.channel, p.id(), ledger.now()));
            }
            JsonObject.Builder info = JsonObject.builder()
                    .put("transactionId", JsonNumber.of(id.value()))
                    .put("orderId", p.payment().orderId())
                    .put("payInfo", JsonArray.of(payInfo(p, p.payment().authorizedAmount(), true)));
            p.authorizationExpiresAt().ifPresent(at -> info.put("authorizationExpireDate", Web.date(at)));
            p.issuedRegKey().ifPresent(k -> info.put("regKey", k.value()));
            p.request.ifPresent(r -> info.put("packages", confirmPackages(r, call.version())));
            provider(info, call.version());
            return Answer.ok(info.build());
        }).orElseGet(() -> unknown(id)));
    }

    private Answer capture(Call call) {
        TransactionId id = transactionId(call);
        CaptureRequest body = Bodies.capture(Bodies.object(call.request().body()));
        return ledger.locked(() -> ledger.payment(call.channel().id(), id).map(p -> {
            Transition t = ledger.apply(p, new PaymentEvent.Capture(body.amount(), body.currency()));
            if (t instanceof Transition.Refused r) {
                return Answer.refused(r);
            }
            JsonObject.Builder info = JsonObject.builder()
                    .put("transactionId", JsonNumber.of(id.value()))
                    .put("orderId", p.payment().orderId())
                    .put("payInfo", JsonArray.of(payInfo(p, p.payment().capturedAmount(), false)));
            provider(info, call.version());
            return Answer.ok(info.build());
        }).orElseGet(() -> unknown(id)));
    }

    private Answer voidAuthorization(Call call) {
        TransactionId id = transactionId(call);
        Bodies.none(call.request().body());
        return ledger.locked(() -> ledger.payment(call.channel().id(), id).map(p -> {
            Transition t = ledger.apply(p, new PaymentEvent.Void());
            return t instanceof Transition.Refused r ? Answer.refused(r) : Answer.ok();
        }).orElseGet(() -> unknown(id)));
    }

    private Answer refund(Call call) {
        TransactionId id = transactionId(call);
        Optional<Amount> amount = Bodies.refundAmount(call.request().body());
        return ledger.locked(() -> ledger.payment(call.channel().id(), id).map(p -> {
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
        }).orElseGet(() -> unknown(id)));
    }

    // ---- details ------------------------------------------------------------------------------------

    private Answer details(Call call) {
        List<String> transactionIds = new ArrayList<>();
        List<String> orderIds = new ArrayList<>();
        for (Query.Pair pair : Query.parse(call.request().rawQuery()).pairs()) {
            String key = pair.key();
            if (isArrayKey(key, "transactionId")) {
                transactionIds.add(pair.value());
            } else if (isArrayKey(key, "orderId")) {
                orderIds.add(pair.value());
            } else if (key.equals("fields")) {
                if (!List.of("TRANSACTION", "ORDER", "ALL").contains(pair.value())) {
                    throw new Refusal(ReturnCode.PARAMETER_ERROR, "fields must be TRANSACTION, ORDER or ALL.");
                }
            } else {
                throw new Refusal(ReturnCode.PARAMETER_ERROR, "Unknown query parameter '" + printable(key)
                        + "'; payment details take transactionId and orderId.");
            }
        }
        if (transactionIds.isEmpty() && orderIds.isEmpty()) {
            throw new Refusal(ReturnCode.PARAMETER_ERROR, "transactionId or orderId is required.");
        }
        if (transactionIds.size() + orderIds.size() > MAX_DETAILS) {
            throw new Refusal(ReturnCode.TOO_MANY_TRANSACTIONS, "At most " + MAX_DETAILS
                    + " transactions can be queried at once; the query names " + (transactionIds.size() + orderIds.size())
                    + ".");
        }
        List<TransactionId> wanted = new ArrayList<>();
        for (String t : transactionIds) {
            wanted.add(parseTransactionId(t));
        }
        ChannelId channel = call.channel().id();
        return ledger.locked(() -> {
            Map<TransactionId, JsonValue> entries = new LinkedHashMap<>();
            for (TransactionId id : wanted) {
                Optional<PaymentRecord> payment = ledger.payment(channel, id);
                if (payment.isPresent()) {
                    payment.filter(p -> p.payment().state().isConfirmed())
                            .ifPresent(p -> entries.putIfAbsent(id, paymentEntry(p, call)));
                } else {
                    ledger.paymentByRefundId(channel, id).ifPresent(p -> entries.putIfAbsent(id, refundEntry(p, id, call)));
                }
            }
            for (String orderId : orderIds) {
                ledger.paymentByOrderId(channel, orderId).filter(p -> p.payment().state().isConfirmed())
                        .ifPresent(p -> entries.putIfAbsent(p.id(), paymentEntry(p, call)));
            }
            if (entries.isEmpty()) {
                return Answer.of(ReturnCode.NO_TRANSACTION, "No confirmed transaction matches the query.");
            }
            return Answer.ok(new JsonArray(new ArrayList<>(entries.values())));
        });
    }

    private JsonObject paymentEntry(PaymentRecord p, Call call) {
        Payment payment = p.payment();
        JsonObject.Builder b = JsonObject.builder()
                .put("transactionId", JsonNumber.of(payment.transactionId().value()))
                .put("transactionDate", Web.date(p.confirmedAt().orElseThrow()))
                .put("transactionType", "PAYMENT")
                .put("payStatus", payment.state().payStatus().orElseThrow().wireName());
        common(b, p);
        p.authorizationExpiresAt().ifPresent(at -> b.put("authorizationExpireDate", Web.date(at)));
        Amount paid = payment.capturedAmount().isZero() ? payment.authorizedAmount() : payment.capturedAmount();
        b.put("payInfo", JsonArray.of(payInfo(p, paid, false)));
        if (!payment.refunds().isEmpty()) {
            List<JsonValue> refunds = new ArrayList<>();
            for (Transaction r : payment.refunds()) {
                refunds.add(JsonObject.builder()
                        .put("refundTransactionId", JsonNumber.of(r.id().value()))
                        .put("transactionType", r.type().wireName())
                        .put("refundAmount", JsonNumber.of(r.signedAmount()))
                        .put("refundTransactionDate", Web.date(p.refundDate(r.id()).orElseThrow()))
                        .build());
            }
            b.put("refundList", new JsonArray(refunds));
        }
        p.request.ifPresent(r -> b.put("packages", detailPackages(r, call.version())));
        provider(b, call.version());
        return b.build();
    }

    private JsonObject refundEntry(PaymentRecord p, TransactionId refundId, Call call) {
        Transaction refund = p.payment().refunds().stream().filter(r -> r.id().equals(refundId)).findFirst()
                .orElseThrow();
        JsonObject.Builder b = JsonObject.builder()
                .put("transactionId", JsonNumber.of(refundId.value()))
                .put("transactionDate", Web.date(p.refundDate(refundId).orElseThrow()))
                .put("transactionType", refund.type().wireName())
                .put("originalTransactionId", JsonNumber.of(p.id().value()));
        common(b, p);
        b.put("payInfo", JsonArray.of(JsonObject.builder().put("method", payMethod(p))
                .put("amount", JsonNumber.of(refund.signedAmount())).build()));
        provider(b, call.version());
        return b.build();
    }

    private static void common(JsonObject.Builder b, PaymentRecord p) {
        b.put("orderId", p.payment().orderId())
                .put("productName", p.productName)
                .put("merchantName", p.merchantName)
                .put("currency", p.payment().currency().name());
    }

    // ---- pre-approved payments ----------------------------------------------------------------------

    private Answer regKeyCheck(Call call) {
        for (Query.Pair pair : Query.parse(call.request().rawQuery()).pairs()) {
            if (!pair.key().equals("creditCardAuth")) {
                throw new Refusal(ReturnCode.PARAMETER_ERROR, "Unknown query parameter '" + printable(pair.key())
                        + "'; the regKey check takes creditCardAuth only.");
            }
            if (!pair.value().equals("true") && !pair.value().equals("false")) {
                throw new Refusal(ReturnCode.PARAMETER_ERROR, "creditCardAuth must be true or false.");
            }
        }
        return ledger.locked(() -> usableRegKey(call).map(k -> Answer.ok()).orElseThrow());
    }

    private Answer regKeyPay(Call call) {
        PreapprovedPaymentRequest body = Bodies.preapproved(Bodies.object(call.request().body()));
        ChannelId channel = call.channel().id();
        return ledger.locked(() -> {
            RegKeyRecord key = usableRegKey(call).orElseThrow();
            String orderId = body.orderId().value();
            if (ledger.orderIdTaken(channel, orderId)) {
                return Answer.of(ReturnCode.ORDER_ID_EXISTS, "A transaction with orderId " + orderId
                        + " already exists.");
            }
            TransactionId id = ids.transactionId();
            Payment payment = Payment.requested(id, orderId, body.amount(), body.currency(), body.capture());
            PaymentRecord p = new PaymentRecord(channel, call.channel().merchantName(), call.version(), ledger.now(), Optional.empty(),
                    Optional.of(key.regKey), body.productName(), ids.paymentAccessToken(), false, payment);
            // A regKey payment is a request the customer approved long ago, confirmed at once: the same
            // two moves through the machine as any payment, so its books look alike.
            for (PaymentEvent e : List.of(new PaymentEvent.Authenticate(),
                    new PaymentEvent.Confirm(body.amount(), body.currency()))) {
                Transition t = ledger.apply(p, e);
                if (t instanceof Transition.Refused r) {
                    throw new IllegalStateException("a fresh regKey payment was refused: " + r.rule());
                }
            }
            confirmed(p);
            ledger.add(p);
            JsonObject.Builder info = JsonObject.builder()
                    .put("transactionId", JsonNumber.of(id.value()))
                    .put("transactionDate", Web.date(p.confirmedAt().orElseThrow()))
                    .put("orderId", orderId);
            p.authorizationExpiresAt().ifPresent(at -> info.put("authorizationExpireDate", Web.date(at)));
            provider(info, call.version());
            return Answer.ok(info.build());
        });
    }

    private Answer regKeyExpire(Call call) {
        Bodies.none(call.request().body());
        return ledger.locked(() -> {
            RegKeyRecord key = usableRegKey(call).orElseThrow();
            key.expire();
            return Answer.ok();
        });
    }

    /** The call's regKey if it is active; else a refusal: {@code 1190} unknown, {@code 1193} expired. */
    private Optional<RegKeyRecord> usableRegKey(Call call) {
        String raw = call.parameter().orElseThrow();
        RegKey key;
        try {
            key = RegKey.of(raw);
        } catch (ValidationException e) {
            throw new Refusal(ReturnCode.REG_KEY_NOT_FOUND, "No such regKey.");
        }
        RegKeyRecord r = ledger.regKey(call.channel().id(), key)
                .orElseThrow(() -> new Refusal(ReturnCode.REG_KEY_NOT_FOUND, "No such regKey."));
        if (r.state() == SandboxBooks.RegKeyState.EXPIRED) {
            throw new Refusal(ReturnCode.REG_KEY_EXPIRED, "The regKey has expired.");
        }
        return Optional.of(r);
    }

    // ---- shared ------------------------------------------------------------------------------------

    /** Dates a payment that confirm (or a regKey payment) just moved past confirm. */
    private void confirmed(PaymentRecord p) {
        Instant now = ledger.now();
        p.confirmedAt(now);
        if (!p.payment().captureOnConfirm()) {
            p.authorizationExpiresAt(now.plus(authorizationLifetime));
        }
    }

    private RegKey newRegKey() {
        for (int attempt = 0; attempt < 100; attempt++) {
            RegKey key = ids.regKey();
            if (!ledger.regKeyTaken(key)) {
                return key;
            }
        }
        throw new IllegalStateException("no free regKey after 100 attempts");
    }

    private static JsonObject payInfo(PaymentRecord p, Amount amount, boolean cardDetails) {
        String method = payMethod(p);
        JsonObject.Builder b = JsonObject.builder().put("method", method).put("amount", JsonNumber.of(amount.value()));
        if (cardDetails && method.equals("CREDIT_CARD")) {
            b.put("creditCardNickname", "").put("creditCardBrand", "VISA");
        }
        return b.build();
    }

    private static String payMethod(PaymentRecord p) {
        if (p.offlineMethod().isPresent()) {
            return p.offlineMethod().get();
        }
        return p.preapproved || p.paidWith.isPresent() || !p.payment().captureOnConfirm() ? "CREDIT_CARD" : "BALANCE";
    }

    private static JsonArray confirmPackages(PaymentRequest r, ApiVersion version) {
        List<JsonValue> out = new ArrayList<>();
        for (PaymentPackage pkg : r.packages()) {
            JsonObject.Builder b = JsonObject.builder().put("id", pkg.id()).put("amount", JsonNumber.of(pkg.amount().value()));
            if (version == ApiVersion.ONLINE_V3) {
                b.put("userFeeAmount", JsonNumber.of(pkg.userFee().orElse(Amount.ZERO).value()));
            }
            out.add(b.build());
        }
        return new JsonArray(out);
    }

    private static JsonArray detailPackages(PaymentRequest r, ApiVersion version) {
        List<JsonValue> out = new ArrayList<>();
        for (PaymentPackage pkg : r.packages()) {
            JsonObject.Builder b = JsonObject.builder().put("id", pkg.id()).put("amount", JsonNumber.of(pkg.amount().value()));
            pkg.name().ifPresent(n -> b.put("name", n));
            if (version == ApiVersion.ONLINE_V3) {
                b.put("userFeeAmount", JsonNumber.of(pkg.userFee().orElse(Amount.ZERO).value()));
            }
            List<JsonValue> products = new ArrayList<>();
            for (Product pr : pkg.products()) {
                JsonObject.Builder pb = JsonObject.builder();
                pr.id().ifPresent(id -> pb.put("id", id));
                pb.put("name", pr.name());
                pr.imageUrl().ifPresent(u -> pb.put("imageUrl", u));
                pb.put("quantity", pr.quantity()).put("price", JsonNumber.of(pr.price().value()));
                pr.originalPrice().ifPresent(o -> pb.put("originalPrice", JsonNumber.of(o.value())));
                products.add(pb.build());
            }
            b.put("products", new JsonArray(products));
            out.add(b.build());
        }
        return new JsonArray(out);
    }

    static void provider(JsonObject.Builder info, ApiVersion version) {
        // Online v4 added paymentProvider; the Offline API has it from v2.4 on (LINEPAY-API.md §5, §6.1).
        if (version == ApiVersion.ONLINE_V4 || version == ApiVersion.OFFLINE_V2_4 || version == ApiVersion.OFFLINE_V4) {
            info.put("paymentProvider", "TSP");
        }
    }

    /** {@code productName} of the details: the first product's name, as the customer saw it first. */
    private static String productName(PaymentRequest r) {
        return r.packages().get(0).products().get(0).name();
    }

    private static TransactionId transactionId(Call call) {
        return parseTransactionId(call.parameter().orElseThrow());
    }

    private static TransactionId parseTransactionId(String text) {
        try {
            return TransactionId.parse(text);
        } catch (ValidationException e) {
            throw new Refusal(ReturnCode.PARAMETER_ERROR, "transactionId must be a positive 64-bit number, was '"
                    + printable(text) + "'.");
        }
    }

    private static Answer unknown(TransactionId id) {
        return Answer.of(ReturnCode.NO_TRANSACTION, "No transaction with transactionId " + id + ".");
    }

    /** {@code key}, {@code key[]} or {@code key[n]}. */
    private static boolean isArrayKey(String key, String name) {
        return key.equals(name) || key.equals(name + "[]") || key.matches(Pattern.quote(name) + "\\[\\d+]");
    }

    private static String printable(String s) {
        String cut = s.length() > 40 ? s.substring(0, 40) + "…" : s;
        return cut.chars().mapToObj(c -> c >= ' ' && c < 0x7f ? String.valueOf((char) c) : "?")
                .collect(Collectors.joining());
    }
}
