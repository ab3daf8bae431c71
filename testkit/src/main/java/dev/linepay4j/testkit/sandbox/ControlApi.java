package dev.linepay4j.testkit.sandbox;

import com.sun.net.httpserver.HttpExchange;
import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.domain.OneTimeKey;
import dev.linepay4j.domain.RegKey;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.ValidationException;
import dev.linepay4j.domain.code.ReturnCode;
import dev.linepay4j.domain.json.JsonArray;
import dev.linepay4j.domain.json.JsonNumber;
import dev.linepay4j.domain.json.JsonObject;
import dev.linepay4j.domain.json.JsonValue;
import dev.linepay4j.domain.payment.PaymentEvent;
import dev.linepay4j.domain.request.ConfirmUrlType;
import dev.linepay4j.spi.JsonReadException;
import dev.linepay4j.testkit.json.MinimalJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything under {@code /sandbox/}: the customer's payment page and the control API for scripts and
 * tests. No signature is asked for: the sandbox listens on loopback only.
 *
 * <table>
 * <caption>paths under /sandbox</caption>
 * <tr><th>method and path</th><th>what it does</th></tr>
 * <tr><td>GET /sandbox/pay/{transactionId}</td><td>the payment page ({@code paymentUrl.web})</td></tr>
 * <tr><td>POST /sandbox/pay/{transactionId}/approve</td><td>the page's Pay button: 303 to confirmUrl (CLIENT), or a page</td></tr>
 * <tr><td>POST /sandbox/pay/{transactionId}/cancel</td><td>the page's Cancel button: 303 to cancelUrl, or a page</td></tr>
 * <tr><td>GET /sandbox/payments/{transactionId}</td><td>the payment's state, as JSON</td></tr>
 * <tr><td>POST /sandbox/payments/{transactionId}/approve|cancel|expire|fail</td><td>the customer approves or
 *     cancels; the request expires; LINE Pay fails it</td></tr>
 * <tr><td>POST /sandbox/authorizations/{transactionId}/expire</td><td>the authorization runs out</td></tr>
 * <tr><td>POST /sandbox/regkeys/{regKey}/expire</td><td>LINE Pay discards the regKey</td></tr>
 * <tr><td>POST /sandbox/one-time-keys</td><td>the customer opens My Code: a fresh {@code oneTimeKey}
 *     ({@code {"country": "TW"|"TH", "paymentMethod": "balance"|"card"|"point"}})</td></tr>
 * <tr><td>GET /sandbox/one-time-keys/{oneTimeKey}</td><td>what became of a key</td></tr>
 * <tr><td>GET, POST, DELETE /sandbox/faults</td><td>list, inject, clear faults</td></tr>
 * </table>
 *
 * Control answers are JSON; failures carry an HTTP status (400 bad input, 404 unknown id, 405 wrong
 * method, 409 refused by the payment's state) and {@code {"error": "…"}}.
 */
final class ControlApi {

    private final CustomerSide customer;
    private final FaultBoard faults;
    private final OneTimeKeys oneTimeKeys;
    private final Clock clock;

    ControlApi(CustomerSide customer, FaultBoard faults, OneTimeKeys oneTimeKeys, Clock clock) {
        this.customer = customer;
        this.faults = faults;
        this.oneTimeKeys = oneTimeKeys;
        this.clock = clock;
    }

    void handle(HttpExchange ex, RequestLog log) throws IOException {
        String method = ex.getRequestMethod();
        String[] s = ex.getRequestURI().getRawPath().substring("/sandbox/".length()).split("/", -1);
        Optional<byte[]> read = Exchanges.body(ex);
        if (read.isEmpty()) {
            Exchanges.error(ex, 413, "the body is larger than " + Exchanges.MAX_BODY + " bytes");
            return;
        }
        byte[] body = read.get();
        try {
            if (s[0].equals("pay") && s.length == 2) {
                page(ex, method, s[1]);
            } else if (s[0].equals("pay") && s.length == 3 && (s[2].equals("approve") || s[2].equals("cancel"))) {
                pageAction(ex, method, s[1], s[2]);
            } else if (s[0].equals("payments") && s.length == 2) {
                allow(method, "GET");
                Exchanges.json(ex, 200, json(customer.look(id(s[1]))));
            } else if (s[0].equals("payments") && s.length == 3 && Set.of("approve", "cancel", "expire", "fail")
                    .contains(s[2])) {
                allow(method, "POST");
                Exchanges.json(ex, 200, json(payment(id(s[1]), s[2])));
            } else if (s[0].equals("authorizations") && s.length == 3 && s[2].equals("expire")) {
                allow(method, "POST");
                Exchanges.json(ex, 200, json(customer.happen(id(s[1]), new PaymentEvent.ExpireAuthorization())));
            } else if (s[0].equals("regkeys") && s.length == 3 && s[2].equals("expire")) {
                allow(method, "POST");
                RegKey key = regKey(s[1]);
                customer.expireRegKey(key);
                Exchanges.json(ex, 200, JsonObject.builder().put("regKey", key.value())
                        .put("state", SandboxBooks.RegKeyState.EXPIRED.name()).build());
            } else if (s[0].equals("faults") && s.length == 1) {
                faults(ex, method, body);
            } else if (s[0].equals("one-time-keys") && s.length == 1) {
                allow(method, "POST");
                Exchanges.json(ex, 201, json(issue(body)));
            } else if (s[0].equals("one-time-keys") && s.length == 2) {
                allow(method, "GET");
                Exchanges.json(ex, 200, json(oneTimeKeys.find(s[1]).orElseThrow(() -> new ControlFailure(404,
                        "this sandbox never issued that oneTimeKey"))));
            } else {
                Exchanges.error(ex, 404, "no such sandbox path; see the README's \"Local sandbox\" section");
            }
        } catch (ControlFailure f) {
            log.note(f.getMessage());
            if (s[0].equals("pay")) {
                Exchanges.html(ex, f.status(), CustomerSide.errorPage("Not possible", f.getMessage()));
            } else {
                f.allow().ifPresent(a -> ex.getResponseHeaders().set("Allow", a));
                Exchanges.error(ex, f.status(), f.getMessage());
            }
        }
    }

    private void page(HttpExchange ex, String method, String rawId) throws IOException {
        allow(method, "GET");
        CustomerSide.Page page = customer.page(id(rawId));
        Exchanges.html(ex, page.status(), page.html());
    }

    private void pageAction(HttpExchange ex, String method, String rawId, String action) throws IOException {
        allow(method, "POST");
        TransactionId id = id(rawId);
        if (action.equals("approve")) {
            CustomerSide.Outcome o = customer.approve(id);
            if (o.confirmUrlType() == ConfirmUrlType.CLIENT && o.redirect().isPresent()) {
                Exchanges.redirect(ex, o.redirect().get().toString());
            } else if (o.confirmUrlType() == ConfirmUrlType.SERVER) {
                Exchanges.html(ex, 200, CustomerSide.resultPage(o, "Payment completed. You can return to the shop."));
            } else {
                Exchanges.html(ex, 200, CustomerSide.resultPage(o, "Payment approved. The shop will confirm it."));
            }
        } else {
            CustomerSide.Outcome o = customer.cancel(id);
            if (o.redirect().isPresent()) {
                Exchanges.redirect(ex, o.redirect().get().toString());
            } else {
                Exchanges.html(ex, 200, CustomerSide.resultPage(o, "Payment cancelled."));
            }
        }
    }

    private CustomerSide.Outcome payment(TransactionId id, String action) {
        return switch (action) {
            case "approve" -> customer.approve(id);
            case "cancel" -> customer.cancel(id);
            case "expire" -> customer.happen(id, new PaymentEvent.Expire());
            default -> customer.happen(id, new PaymentEvent.Fail());
        };
    }

    private void faults(HttpExchange ex, String method, byte[] body) throws IOException {
        switch (method) {
            case "GET" -> Exchanges.json(ex, 200, pending());
            case "DELETE" -> Exchanges.json(ex, 200, JsonObject.builder().put("cleared", faults.clear()).build());
            case "POST" -> {
                faults.inject(fault(body));
                Exchanges.json(ex, 201, pending());
            }
            default -> throw ControlFailure.methodNotAllowed("GET, POST, DELETE");
        }
    }

    /**
     * Issues a key from its JSON: {@code country} ({@code "TW"} or {@code "TH"}) is required,
     * {@code paymentMethod} ({@code "balance"}, the default, {@code "card"} or {@code "point"}) optional.
     */
    private OneTimeKeys.Issued issue(byte[] body) {
        JsonObject o;
        try {
            if (!(MinimalJson.read(body) instanceof JsonObject parsed)) {
                throw new ControlFailure(400, "a one-time key request is a JSON object");
            }
            o = parsed;
        } catch (JsonReadException e) {
            throw new ControlFailure(400, "the request is not valid JSON: " + e.getMessage());
        }
        for (String key : o.members().keySet()) {
            if (!Set.of("country", "paymentMethod").contains(key)) {
                throw new ControlFailure(400, "unknown member '" + key + "'; a one-time key request has country and"
                        + " paymentMethod");
            }
        }
        String country = o.string("country").orElseThrow(() -> new ControlFailure(400,
                "country is required: \"TW\" (18 digits) or \"TH\" (12 digits)"));
        OneTimeKey.Country c;
        try {
            c = OneTimeKey.Country.valueOf(country);
        } catch (IllegalArgumentException e) {
            throw new ControlFailure(400, "country must be \"TW\" or \"TH\"");
        }
        SandboxPaymentMethod method = o.string("paymentMethod").map(m -> SandboxPaymentMethod.fromWire(m)
                .orElseThrow(() -> new ControlFailure(400, "paymentMethod must be \"balance\", \"card\" or"
                        + " \"point\""))).orElse(SandboxPaymentMethod.BALANCE);
        return oneTimeKeys.issue(c, method);
    }

    private JsonObject json(OneTimeKeys.Issued k) {
        JsonObject.Builder b = JsonObject.builder()
                .put("oneTimeKey", k.key.value())
                .put("country", k.key.country().map(Enum::name).orElse("?"))
                .put("paymentMethod", k.method.wireName())
                .put("issuedAt", Web.date(k.issuedAt))
                .put("expiresAt", Web.date(k.expiresAt))
                .put("state", k.state(clock.instant()).name());
        k.usedFor().ifPresent(orderId -> b.put("orderId", orderId));
        return b.build();
    }

    private JsonObject pending() {
        List<JsonValue> list = new ArrayList<>();
        faults.pending().forEach(f -> list.add(json(f)));
        return JsonObject.builder().put("faults", new JsonArray(list)).build();
    }

    /**
     * A fault from its JSON: {@code endpoint} (a {@link SandboxEndpoint#wireName()} or {@code "*"}) and
     * {@code fault} (a {@link FaultKind} name) are required; {@code times} (default 1), {@code version}
     * ({@code "v2"}, {@code "v2.4"}, {@code "v3"} or {@code "v4"}: a path prefix), {@code millis} (the delay or hold time), {@code returnCode} and
     * {@code returnMessage} are optional.
     */
    static Fault fault(byte[] body) {
        JsonObject o;
        try {
            if (!(MinimalJson.read(body) instanceof JsonObject parsed)) {
                throw new ControlFailure(400, "a fault is a JSON object");
            }
            o = parsed;
        } catch (JsonReadException e) {
            throw new ControlFailure(400, "the fault is not valid JSON: " + e.getMessage());
        }
        for (String key : o.members().keySet()) {
            if (!Set.of("endpoint", "fault", "times", "version", "millis", "returnCode", "returnMessage").contains(key)) {
                throw new ControlFailure(400, "unknown member '" + key + "'; a fault has endpoint, fault, times, version,"
                        + " millis, returnCode, returnMessage");
            }
        }
        String endpointName = o.string("endpoint").orElseThrow(() -> new ControlFailure(400,
                "endpoint is required: one of " + endpointNames() + " or *"));
        Optional<SandboxEndpoint> endpoint = endpointName.equals("*") ? Optional.empty()
                : Optional.of(SandboxEndpoint.fromWire(endpointName).orElseThrow(() -> new ControlFailure(400,
                        "unknown endpoint '" + endpointName + "'; use one of " + endpointNames() + " or *")));
        String kindName = o.string("fault").orElseThrow(() -> new ControlFailure(400, "fault is required: one of "
                + List.of(FaultKind.values())));
        FaultKind kind;
        try {
            kind = FaultKind.valueOf(kindName);
        } catch (IllegalArgumentException e) {
            throw new ControlFailure(400, "unknown fault '" + kindName + "'; use one of " + List.of(FaultKind.values()));
        }
        int times = (int) whole(o, "times").orElse(1L).longValue();
        Optional<ApiVersion> version = o.string("version").map(ControlApi::version);
        Optional<Duration> duration = whole(o, "millis").map(Duration::ofMillis);
        Optional<ReturnCode> code = o.string("returnCode").map(c -> {
            if (!c.matches("[0-9]{4}")) {
                throw new ControlFailure(400, "returnCode must be four digits, such as \"1198\"");
            }
            return ReturnCode.of(c);
        });
        try {
            return new Fault(kind, endpoint, version, times, duration, code, o.string("returnMessage"));
        } catch (IllegalArgumentException e) {
            throw new ControlFailure(400, e.getMessage());
        }
    }

    static JsonObject json(Fault f) {
        JsonObject.Builder b = JsonObject.builder()
                .put("endpoint", f.endpoint().map(SandboxEndpoint::wireName).orElse("*"))
                .put("fault", f.kind().name())
                .put("times", f.times());
        f.version().ifPresent(v -> b.put("version", v.pathPrefix().substring(1)));
        f.duration().ifPresent(d -> b.put("millis", d.toMillis()));
        f.returnCode().ifPresent(c -> b.put("returnCode", c.code()));
        f.returnMessage().ifPresent(m -> b.put("returnMessage", m));
        return b.build();
    }

    private static JsonObject json(CustomerSide.Outcome o) {
        JsonObject.Builder b = JsonObject.builder()
                .put("transactionId", JsonNumber.of(o.transactionId().value()))
                .put("orderId", o.orderId())
                .put("state", o.state().name())
                .put("confirmUrlType", o.confirmUrlType().name());
        o.redirect().ifPresent(u -> b.put("redirectUrl", u.toString()));
        o.merchantCall().ifPresent(c -> b.put("confirmUrlCall", c));
        return b.build();
    }

    private static Optional<Long> whole(JsonObject o, String key) {
        if (!o.has(key)) {
            return Optional.empty();
        }
        Optional<JsonNumber> n = o.number(key);
        if (n.isEmpty()) {
            throw new ControlFailure(400, key + " must be a whole number");
        }
        try {
            BigDecimal v = n.get().bigDecimalValue();
            return Optional.of(v.longValueExact());
        } catch (ArithmeticException e) {
            throw new ControlFailure(400, key + " must be a whole number");
        }
    }

    private static ApiVersion version(String v) {
        return switch (v) {
            case "v2" -> ApiVersion.OFFLINE_V2;
            case "v2.4" -> ApiVersion.OFFLINE_V2_4;
            case "v3" -> ApiVersion.ONLINE_V3;
            // One prefix for Online and Offline v4: a fault on "v4" hits both (see Fault).
            case "v4" -> ApiVersion.ONLINE_V4;
            default -> throw new ControlFailure(400, "version must be \"v2\", \"v2.4\", \"v3\" or \"v4\"");
        };
    }

    private static String endpointNames() {
        List<String> names = new ArrayList<>();
        for (SandboxEndpoint e : SandboxEndpoint.values()) {
            names.add(e.wireName());
        }
        return String.join(", ", names);
    }

    private static void allow(String method, String allowed) {
        if (!method.equals(allowed)) {
            throw ControlFailure.methodNotAllowed(allowed);
        }
    }

    private static TransactionId id(String raw) {
        try {
            return TransactionId.parse(raw);
        } catch (ValidationException e) {
            throw new ControlFailure(404, "no payment with transaction id '" + printable(raw) + "'");
        }
    }

    private static RegKey regKey(String raw) {
        try {
            return RegKey.of(raw);
        } catch (ValidationException e) {
            throw new ControlFailure(404, "no such regKey");
        }
    }

    private static String printable(String s) {
        String cut = s.length() > 30 ? s.substring(0, 30) : s;
        return cut.replaceAll("[^\\x21-\\x7e]", "?");
    }
}
