package dev.linepay4j.testkit.sandbox;

import dev.linepay4j.domain.Amount;
import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.DisplayLocale;
import dev.linepay4j.domain.ValidationException;
import dev.linepay4j.domain.Violation;
import dev.linepay4j.domain.code.ReturnCode;
import dev.linepay4j.domain.json.JsonObject;
import dev.linepay4j.domain.json.JsonValue;
import dev.linepay4j.domain.request.AddFriend;
import dev.linepay4j.domain.request.CaptureRequest;
import dev.linepay4j.domain.request.ConfirmRequest;
import dev.linepay4j.domain.request.ConfirmUrlType;
import dev.linepay4j.domain.request.FeeInquiryType;
import dev.linepay4j.domain.request.OfflinePaymentRequest;
import dev.linepay4j.domain.request.PayType;
import dev.linepay4j.domain.request.PaymentOptions;
import dev.linepay4j.domain.request.PaymentRequest;
import dev.linepay4j.domain.request.PreapprovedPaymentRequest;
import dev.linepay4j.domain.request.PromotionRestriction;
import dev.linepay4j.domain.request.RecurringPeriod;
import dev.linepay4j.domain.request.RegPayPeriodType;
import dev.linepay4j.domain.request.ShippingType;
import dev.linepay4j.domain.request.Weekday;
import dev.linepay4j.spi.JsonReadException;
import dev.linepay4j.testkit.json.MinimalJson;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Turns request bodies into core's validated request values, the way LINE Pay checks them:
 * malformed JSON is {@code 2102}; a body of the wrong shape, a member of the wrong JSON type, a member
 * LINE Pay does not document, or any rule core's builders check is {@code 2101}, with every problem
 * listed in {@code returnMessage} at once.
 *
 * <p>Stricter than LINE Pay is known to be, on purpose, because the sandbox is a test bed: unknown
 * members are refused (LINE Pay's behaviour is not documented); currencies must be written as LINE Pay
 * writes them ({@code "TWD"}, not {@code "twd"}); amounts must be JSON numbers, never strings.
 */
final class Bodies {

    private Bodies() {
    }

    /** The body as a JSON object; an empty or malformed body is {@code 2102}, another JSON value {@code 2101}. */
    static JsonObject object(byte[] body) {
        JsonValue v = parse(body).orElseThrow(() -> new Refusal(ReturnCode.JSON_FORMAT_ERROR,
                "The request body is empty; this API takes a JSON object."));
        if (v instanceof JsonObject o) {
            return o;
        }
        throw new Refusal(ReturnCode.PARAMETER_ERROR, "The request body must be a JSON object, was "
                + JsonFields.kind(v) + ".");
    }

    /**
     * The body of an endpoint whose body LINE Pay documents as optional or absent (void, regKey expiry,
     * refund): empty when there are no bytes (or only white space), else the object. SDKs send both
     * an empty body and {@code {}} there, and both are accepted.
     */
    static Optional<JsonObject> optionalObject(byte[] body) {
        return parse(body).map(v -> {
            if (v instanceof JsonObject o) {
                return o;
            }
            throw new Refusal(ReturnCode.PARAMETER_ERROR, "The request body must be empty or a JSON object, was "
                    + JsonFields.kind(v) + ".");
        });
    }

    /** A body that must say nothing: no bytes, or an empty object. */
    static void none(byte[] body) {
        Optional<JsonObject> o = optionalObject(body);
        if (o.isPresent() && o.get().size() > 0) {
            throw new Refusal(ReturnCode.PARAMETER_ERROR, "This API takes no parameters in its body; send no body or {}"
                    + " (found " + String.join(", ", o.get().members().keySet()) + ").");
        }
    }

    private static Optional<JsonValue> parse(byte[] body) {
        try {
            return Optional.of(MinimalJson.read(body));
        } catch (JsonReadException e) {
            if (e.reason() == JsonReadException.Reason.EMPTY) {
                return Optional.empty();
            }
            throw new Refusal(ReturnCode.JSON_FORMAT_ERROR, "The request body is not valid JSON: " + e.getMessage());
        }
    }

    // ---- payment request -------------------------------------------------------------------------

    static PaymentRequest paymentRequest(JsonObject body) {
        JsonFields f = JsonFields.root(body, new ArrayList<>());
        PaymentRequest.Builder b = PaymentRequest.builder();
        f.number("amount").ifPresent(b::amount);
        currencyText(f, "currency").ifPresent(b::currency);
        f.string("orderId").ifPresent(b::orderId);
        if (f.has("packages")) {
            for (JsonFields p : f.objects("packages")) {
                b.addPackage(pb -> {
                    p.string("id").ifPresent(pb::id);
                    p.number("amount").ifPresent(pb::amount);
                    p.number("userFee").ifPresent(pb::userFee);
                    p.string("name").ifPresent(pb::name);
                    if (p.has("products")) {
                        for (JsonFields pr : p.objects("products")) {
                            pb.addProduct(prb -> {
                                pr.string("id").ifPresent(prb::id);
                                pr.string("name").ifPresent(prb::name);
                                pr.string("imageUrl").ifPresent(prb::imageUrl);
                                pr.integer("quantity").ifPresent(prb::quantity);
                                pr.number("price").ifPresent(prb::price);
                                pr.number("originalPrice").ifPresent(prb::originalPrice);
                                pr.refuseUnknown();
                            });
                        }
                    }
                    p.refuseUnknown();
                });
            }
        }
        f.object("redirectUrls").ifPresent(r -> b.redirectUrls(rb -> {
            r.string("confirmUrl").ifPresent(rb::confirmUrl);
            r.string("cancelUrl").ifPresent(rb::cancelUrl);
            enumValue(r, "confirmUrlType", ConfirmUrlType.class).ifPresent(rb::confirmUrlType);
            r.string("appPackageName").ifPresent(rb::appPackageName);
            r.refuseUnknown();
        }));
        f.object("options").ifPresent(o -> b.options(ob -> options(o, ob)));
        f.refuseUnknown();
        return build(f.problems(), b::build);
    }

    private static void options(JsonFields o, PaymentOptions.Builder ob) {
        o.object("payment").ifPresent(p -> {
            p.bool("capture").ifPresent(ob::capture);
            enumValue(p, "payType", PayType.class).ifPresent(ob::payType);
            p.refuseUnknown();
        });
        o.object("display").ifPresent(d -> {
            d.string("locale").ifPresent(l -> convert(d, "locale", () -> DisplayLocale.of(l)).ifPresent(ob::locale));
            d.bool("checkConfirmUrlBrowser").ifPresent(ob::checkConfirmUrlBrowser);
            d.refuseUnknown();
        });
        o.object("extra").ifPresent(e -> ob.extra(eb -> {
            e.string("branchName").ifPresent(eb::branchName);
            e.string("branchId").ifPresent(eb::branchId);
            e.object("promotionRestriction").ifPresent(r -> {
                r.number("useLimit").ifPresent(eb::useLimit);
                r.number("rewardLimit").ifPresent(eb::rewardLimit);
                r.refuseUnknown();
            });
            e.refuseUnknown();
        }));
        if (o.has("events")) {
            for (JsonFields ev : o.objects("events")) {
                ob.addEvent(evb -> {
                    ev.string("code").ifPresent(evb::code);
                    ev.number("totalAmount").ifPresent(evb::totalAmount);
                    ev.integer("productQuantity").ifPresent(evb::productQuantity);
                    ev.refuseUnknown();
                });
            }
        }
        o.object("familyService").ifPresent(fs -> {
            List<JsonFields> friends = fs.objects("addFriends");
            if (friends.isEmpty()) {
                fs.problems().add(new Violation(fs.path("addFriends"), "must hold at least one entry"));
            }
            for (JsonFields a : friends) {
                ob.addFriends(a.string("type").orElse(null), a.strings("idList").orElse(null));
                a.refuseUnknown();
            }
            fs.refuseUnknown();
        });
        o.object("regPayRequest").ifPresent(r -> ob.regPayRequest(rb -> {
            enumValue(r, "regPayPeriodType", RegPayPeriodType.class).ifPresent(rb::regPayPeriodType);
            enumValue(r, "recurringPeriod", RecurringPeriod.class).ifPresent(rb::recurringPeriod);
            intValue(r, "recurringDay").ifPresent(rb::recurringDay);
            enumValue(r, "recurringDayOfWeek", Weekday.class).ifPresent(rb::recurringDayOfWeek);
            intValue(r, "recurringMonth").ifPresent(rb::recurringMonth);
            r.number("productPrice").ifPresent(rb::productPrice);
            r.number("perTransactionLimit").ifPresent(rb::perTransactionLimit);
            r.refuseUnknown();
        }));
        o.object("shipping").ifPresent(s -> ob.shipping(sb -> {
            enumValue(s, "type", ShippingType.class).ifPresent(sb::type);
            s.number("feeAmount").ifPresent(sb::feeAmount);
            s.string("feeInquiryUrl").ifPresent(sb::feeInquiryUrl);
            enumValue(s, "feeInquiryType", FeeInquiryType.class).ifPresent(sb::feeInquiryType);
            s.object("address").ifPresent(a -> sb.address(ab -> {
                a.string("country").ifPresent(ab::country);
                a.string("postalCode").ifPresent(ab::postalCode);
                a.string("state").ifPresent(ab::state);
                a.string("city").ifPresent(ab::city);
                a.string("detail").ifPresent(ab::detail);
                a.string("optional").ifPresent(ab::optional);
                a.object("recipient").ifPresent(rc -> ab.recipient(rcb -> {
                    rc.string("firstName").ifPresent(rcb::firstName);
                    rc.string("lastName").ifPresent(rcb::lastName);
                    rc.string("firstNameOptional").ifPresent(rcb::firstNameOptional);
                    rc.string("lastNameOptional").ifPresent(rcb::lastNameOptional);
                    rc.string("email").ifPresent(rcb::email);
                    rc.string("phoneNo").ifPresent(rcb::phoneNo);
                    rc.refuseUnknown();
                }));
                a.refuseUnknown();
            }));
            s.refuseUnknown();
        }));
        o.refuseUnknown();
    }

    // ---- the other bodies -----------------------------------------------------------------------

    static ConfirmRequest confirm(JsonObject body) {
        JsonFields f = JsonFields.root(body, new ArrayList<>());
        Optional<Amount> amount = amount(f, "amount");
        Optional<Currency> currency = currency(f, "currency");
        f.refuseUnknown();
        return build(f.problems(), () -> new ConfirmRequest(amount.orElse(null), currency.orElse(null)));
    }

    static CaptureRequest capture(JsonObject body) {
        JsonFields f = JsonFields.root(body, new ArrayList<>());
        Optional<Amount> amount = amount(f, "amount");
        Optional<Currency> currency = currency(f, "currency");
        Optional<Supplier<PromotionRestriction>> restriction = f.object("options")
                .flatMap(o -> {
                    Optional<JsonFields> extra = o.object("extra");
                    o.refuseUnknown();
                    return extra;
                })
                .flatMap(e -> {
                    Optional<JsonFields> r = e.object("promotionRestriction");
                    e.refuseUnknown();
                    return r;
                })
                .map(r -> {
                    Optional<Amount> use = amount(r, "useLimit");
                    Optional<Amount> reward = amount(r, "rewardLimit");
                    r.refuseUnknown();
                    return () -> new PromotionRestriction(use, reward.orElse(null));
                });
        f.refuseUnknown();
        return build(f.problems(), () -> new CaptureRequest(amount.orElse(null), currency.orElse(null),
                restriction.map(Supplier::get)));
    }

    /**
     * The refund amount: empty for a full refund (no body, {@code {}} or no {@code refundAmount}). A
     * zero amount is left to the state machine, which answers {@code 1124} as LINE Pay's refund list says.
     */
    static Optional<Amount> refundAmount(byte[] body) {
        Optional<JsonObject> o = optionalObject(body);
        if (o.isEmpty()) {
            return Optional.empty();
        }
        JsonFields f = JsonFields.root(o.get(), new ArrayList<>());
        Optional<Amount> amount = amount(f, "refundAmount");
        f.refuseUnknown();
        return build(f.problems(), () -> amount);
    }

    static PreapprovedPaymentRequest preapproved(JsonObject body) {
        JsonFields f = JsonFields.root(body, new ArrayList<>());
        PreapprovedPaymentRequest.Builder b = PreapprovedPaymentRequest.builder();
        f.string("productName").ifPresent(b::productName);
        f.number("amount").ifPresent(b::amount);
        currencyText(f, "currency").ifPresent(b::currency);
        f.string("orderId").ifPresent(b::orderId);
        f.bool("capture").ifPresent(b::capture);
        f.refuseUnknown();
        return build(f.problems(), b::build);
    }

    // ---- the Offline API ---------------------------------------------------------------------------

    /**
     * The body of an Offline API payment, in its generation's shape: flat with {@code extras} for v2 and
     * v2.4 ({@code extras.addFriends[].type} {@code LINE_AT}, v2 only), {@code options} and {@code packages}
     * for v4. Whatever the generation does not accept ({@code productName} missing for v2.x, say) is
     * {@code 2101} too.
     */
    static OfflinePaymentRequest offlinePayment(JsonObject body, ApiVersion version) {
        JsonFields f = JsonFields.root(body, new ArrayList<>());
        OfflinePaymentRequest.Builder b = OfflinePaymentRequest.builder();
        f.number("amount").ifPresent(b::amount);
        currencyText(f, "currency").ifPresent(b::currency);
        f.string("orderId").ifPresent(b::orderId);
        f.string("oneTimeKey").ifPresent(b::oneTimeKey);
        if (version == ApiVersion.OFFLINE_V4) {
            f.object("options").ifPresent(o -> {
                o.object("payment").ifPresent(p -> {
                    p.bool("capture").ifPresent(b::capture);
                    p.string("payType").filter(t -> !t.equals("NORMAL")).ifPresent(t -> p.problems()
                            .add(new Violation(p.path("payType"), "must be NORMAL for a My Code payment")));
                    p.refuseUnknown();
                });
                o.object("extra").ifPresent(e -> {
                    e.string("branchId").ifPresent(b::branchId);
                    e.string("branchName").ifPresent(b::branchName);
                    e.refuseUnknown();
                });
                o.refuseUnknown();
            });
            if (f.has("packages")) {
                for (JsonFields p : f.objects("packages")) {
                    b.addPackage(pb -> {
                        p.string("id").ifPresent(pb::id);
                        p.number("amount").ifPresent(pb::amount);
                        p.string("name").ifPresent(pb::name);
                        if (p.has("products")) {
                            for (JsonFields pr : p.objects("products")) {
                                pb.addProduct(prb -> {
                                    pr.string("id").ifPresent(prb::id);
                                    pr.string("name").ifPresent(prb::name);
                                    pr.string("imageUrl").ifPresent(prb::imageUrl);
                                    pr.integer("quantity").ifPresent(prb::quantity);
                                    pr.number("price").ifPresent(prb::price);
                                    pr.number("originalPrice").ifPresent(prb::originalPrice);
                                    pr.refuseUnknown();
                                });
                            }
                        }
                        p.refuseUnknown();
                    });
                }
            }
        } else {
            f.string("productName").ifPresent(b::productName);
            f.bool("capture").ifPresent(b::capture);
            f.object("extras").ifPresent(e -> {
                e.string("branchName").ifPresent(b::branchName);
                e.string("branchId").ifPresent(b::branchId);
                if (e.has("addFriends")) {
                    for (JsonFields a : e.objects("addFriends")) {
                        a.string("type").ifPresent(t -> {
                            if (!t.equals("LINE_AT")) {
                                a.problems().add(new Violation(a.path("type"), "must be LINE_AT"));
                            }
                        });
                        a.strings("idList").flatMap(ids -> convert(a, "idList", () -> AddFriend.lineAt(
                                ids.toArray(new String[0])))).ifPresent(friend -> b.addFriends(
                                friend.idList().toArray(new String[0])));
                        a.refuseUnknown();
                    }
                }
                e.refuseUnknown();
            });
        }
        f.refuseUnknown();
        OfflinePaymentRequest request = build(f.problems(), b::build);
        List<Violation> forVersion = request.violationsFor(version);
        if (!forVersion.isEmpty()) {
            throw new Refusal(ReturnCode.PARAMETER_ERROR, new ValidationException(forVersion).getMessage());
        }
        return request;
    }

    /**
     * The body of an Offline API capture: {@code amount}, {@code currency} and an optional
     * {@code promotionRestriction}, at the top level as the capture page's table has it or under
     * {@code extras} as its curl sample has it.
     */
    static CaptureRequest offlineCapture(JsonObject body) {
        JsonFields f = JsonFields.root(body, new ArrayList<>());
        Optional<Amount> amount = amount(f, "amount");
        Optional<Currency> currency = currency(f, "currency");
        List<PromotionRestriction> restriction = new ArrayList<>();
        f.object("promotionRestriction").flatMap(r -> restriction(r)).ifPresent(restriction::add);
        f.object("extras").ifPresent(e -> {
            e.object("promotionRestriction").flatMap(r -> restriction(r)).ifPresent(restriction::add);
            e.refuseUnknown();
        });
        if (restriction.size() > 1) {
            f.problems().add(new Violation("promotionRestriction", "is given twice (top level and under extras)"));
        }
        f.refuseUnknown();
        return build(f.problems(), () -> new CaptureRequest(amount.orElse(null), currency.orElse(null),
                restriction.stream().findFirst()));
    }

    private static Optional<PromotionRestriction> restriction(JsonFields r) {
        Optional<Amount> use = amount(r, "useLimit");
        Optional<Amount> reward = amount(r, "rewardLimit");
        r.refuseUnknown();
        if (reward.isEmpty()) {
            r.problems().add(new Violation(r.path("rewardLimit"), "is required"));
            return Optional.empty();
        }
        return convert(r, "rewardLimit", () -> use.map(u -> PromotionRestriction.of(u, reward.get()))
                .orElseGet(() -> PromotionRestriction.of(reward.get())));
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /**
     * Builds the value and answers {@code 2101} listing the reading problems and the builder's
     * violations together; a builder violation of a field already reported as mistyped is dropped,
     * since "is required" says nothing new about a field that was there with the wrong type.
     */
    private static <T> T build(List<Violation> problems, Supplier<T> builder) {
        List<Violation> all = new ArrayList<>(problems);
        T value = null;
        try {
            value = builder.get();
        } catch (ValidationException e) {
            Set<String> reported = new HashSet<>();
            problems.forEach(p -> reported.add(p.field()));
            e.violations().stream().filter(v -> !reported.contains(v.field())).forEach(all::add);
        }
        if (!all.isEmpty()) {
            throw new Refusal(ReturnCode.PARAMETER_ERROR, new ValidationException(all).getMessage());
        }
        return value;
    }

    private static Optional<Amount> amount(JsonFields f, String name) {
        return f.number(name).flatMap(n -> convert(f, name, () -> Amount.of(n)));
    }

    private static Optional<Currency> currency(JsonFields f, String name) {
        return currencyText(f, name).flatMap(c -> convert(f, name, () -> Currency.of(c)));
    }

    /** The currency's text, only as LINE Pay writes it: three capitals. */
    private static Optional<String> currencyText(JsonFields f, String name) {
        return f.string(name).filter(c -> {
            if (c.length() == 3 && c.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z')) {
                return true;
            }
            f.problems().add(new Violation(f.path(name), "must be a currency code in capitals (USD, TWD, THB), was '"
                    + printable(c) + "'"));
            return false;
        });
    }

    private static Optional<Integer> intValue(JsonFields f, String name) {
        return f.integer(name).flatMap(n -> {
            if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
                f.problems().add(new Violation(f.path(name), "is out of range, was " + n));
                return Optional.empty();
            }
            return Optional.of(n.intValue());
        });
    }

    /** An enum member by its exact wire name (the constants' names are LINE Pay's values). */
    private static <E extends Enum<E>> Optional<E> enumValue(JsonFields f, String name, Class<E> type) {
        return f.string(name).flatMap(s -> {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(s)) {
                    return Optional.of(e);
                }
            }
            List<String> names = new ArrayList<>();
            for (E e : type.getEnumConstants()) {
                names.add(e.name());
            }
            f.problems().add(new Violation(f.path(name), "must be one of " + String.join(", ", names) + ", was '"
                    + printable(s) + "'"));
            return Optional.empty();
        });
    }

    /** A value made by a core factory; its violation is noted under the field's full path. */
    private static <T> Optional<T> convert(JsonFields f, String name, Supplier<T> make) {
        try {
            return Optional.of(make.get());
        } catch (ValidationException e) {
            e.violations().forEach(v -> f.problems().add(new Violation(f.path(name), v.message())));
            return Optional.empty();
        }
    }

    private static String printable(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(s.length(), 30); i++) {
            char c = s.charAt(i);
            b.append(c >= ' ' && c < 0x7f ? c : '?');
        }
        return s.length() > 30 ? b + "…" : b.toString();
    }

}
