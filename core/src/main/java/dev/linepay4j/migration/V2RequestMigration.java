package dev.linepay4j.migration;

import dev.linepay4j.domain.DisplayLocale;
import dev.linepay4j.domain.ValidationException;
import dev.linepay4j.domain.json.JsonArray;
import dev.linepay4j.domain.json.JsonBoolean;
import dev.linepay4j.domain.json.JsonNull;
import dev.linepay4j.domain.json.JsonNumber;
import dev.linepay4j.domain.json.JsonObject;
import dev.linepay4j.domain.json.JsonString;
import dev.linepay4j.domain.json.JsonValue;
import dev.linepay4j.domain.request.AddFriend;
import dev.linepay4j.domain.request.ConfirmUrlType;
import dev.linepay4j.domain.request.PayType;
import dev.linepay4j.domain.request.PaymentRequest;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Converts the body of an Online API v2 payment request ({@code POST /v2/payments/request}) into
 * the v3 {@link PaymentRequest}, following LINE Pay's v2 → v3 mapping table:
 *
 * <table>
 *   <caption>v2 field → v3 field</caption>
 *   <tr><th>v2</th><th>v3</th></tr>
 *   <tr><td>{@code amount}, {@code currency}, {@code orderId}</td><td>unchanged</td></tr>
 *   <tr><td>{@code productName}</td><td>{@code packages[0].products[0].name}</td></tr>
 *   <tr><td>{@code productImageUrl}</td><td>{@code packages[0].products[0].imageUrl}</td></tr>
 *   <tr><td>(none)</td><td>{@code packages[0]} with id {@code "1"} and the whole amount;
 *       {@code products[0]} with quantity 1 at the whole amount</td></tr>
 *   <tr><td>{@code confirmUrl}, {@code confirmUrlType}, {@code cancelUrl}</td><td>{@code redirectUrls.*}</td></tr>
 *   <tr><td>{@code packageName}</td><td>{@code redirectUrls.appPackageName}</td></tr>
 *   <tr><td>{@code capture}, {@code payType}</td><td>{@code options.payment.*}</td></tr>
 *   <tr><td>{@code langCd}</td><td>{@code options.display.locale} ({@code zh-Hant} → {@code zh_TW},
 *       {@code zh-Hans} → {@code zh_CN})</td></tr>
 *   <tr><td>{@code checkConfirmUrlBrowser}</td><td>{@code options.display.checkConfirmUrlBrowser}</td></tr>
 *   <tr><td>{@code extras.addFriends[].type/ids[]}</td><td>{@code options.familyService.addFriends[].type/idList[]}
 *       ({@code LINE_AT} → {@code lineAt})</td></tr>
 * </table>
 *
 * Every other field, and every value v3 does not accept, becomes a {@link MigrationNote}: nothing is
 * dropped silently. The fields v2 had and v3 has not get a note that says where their job went:
 * {@code mid} (v3 has no member id: the customer logs in at LINE Pay), {@code oneTimeKey} (a My Code
 * payment belongs to the Offline API), {@code deliveryPlacePhone} (no v3 field). v2 sent the secret in
 * {@code X-LINE-ChannelSecret}; v3 signs with it instead, which the client does for you.
 *
 * <p>LINE Pay's mapping table names the friend list {@code ids[]} on both sides; v3's request reference
 * names it {@code idList[]} (LINEPAY-API.md §4.1). The converter reads either spelling from the v2 body and
 * the v3 request writes {@code idList}. An entry without a usable id, which v3 refuses, is a note.
 *
 * <pre>{@code
 * V2RequestMigration.Result result = V2RequestMigration.convert(v2Body);          // a JsonObject
 * V2RequestMigration.Result same = V2RequestMigration.convert(Map.of("amount", 100, ...));   // or a Map
 * result.notes().forEach(System.out::println);
 * PaymentRequest v3 = result.request().orElseThrow();
 * }</pre>
 */
public final class V2RequestMigration {

    private static final Set<String> MAPPED = Set.of("amount", "currency", "orderId", "productName", "productImageUrl",
            "confirmUrl", "confirmUrlType", "cancelUrl", "packageName", "capture", "payType", "langCd",
            "checkConfirmUrlBrowser", "extras");

    /** v2 fields v3 has no place for, with where their job went. */
    private static final Map<String, String> RETIRED = Map.of(
            "mid", "v3 has no LINE member id: the customer logs in on LINE Pay's page; not carried over",
            "oneTimeKey", "a payment with the customer's My Code belongs to the Offline API (LinePay.offline().pay);"
                    + " not carried over",
            "deliveryPlacePhone", "v3's payment request has no delivery phone; not carried over");

    private static final Map<String, DisplayLocale> LANGUAGES = Map.of(
            "en", DisplayLocale.EN, "ja", DisplayLocale.JA, "ko", DisplayLocale.KO, "th", DisplayLocale.TH,
            "zh-hant", DisplayLocale.ZH_TW, "zh-hans", DisplayLocale.ZH_CN,
            "zh_tw", DisplayLocale.ZH_TW, "zh_cn", DisplayLocale.ZH_CN);

    /**
     * What a conversion produced.
     *
     * @param request    the v3 request, when the mapped fields make a valid one
     * @param notes      every v2 field that was not carried over as it was
     * @param violations the v3 rules the mapped request breaks (then {@code request} is empty)
     */
    public record Result(Optional<PaymentRequest> request, List<MigrationNote> notes,
                         List<dev.linepay4j.domain.Violation> violations) {

        /**
         * Creates a result.
         *
         * @param request    the v3 request, if valid
         * @param notes      what was not carried over
         * @param violations the v3 rules broken
         */
        public Result {
            notes = List.copyOf(notes);
            violations = List.copyOf(violations);
        }

        /**
         * Whether every v2 field was carried over and the v3 request is valid.
         *
         * @return true when there is a request and no note
         */
        public boolean isComplete() {
            return request.isPresent() && notes.isEmpty();
        }
    }

    private V2RequestMigration() {
    }

    /**
     * Converts a v2 request body held as Java values, as v2 integrations often built it: a map of
     * {@code String}, {@code Number}, {@code Boolean}, nested {@code Map}s and {@code List}s (or arrays),
     * and {@code null}.
     *
     * @param v2 the v2 body
     * @return the v3 request (if valid), with notes on what was not carried over
     * @throws IllegalArgumentException if a value is of another type, or a map key is not a string
     * @throws NullPointerException     if v2 is null
     */
    public static Result convert(Map<String, ?> v2) {
        return convert((JsonObject) json(java.util.Objects.requireNonNull(v2, "v2"), "v2"));
    }

    /**
     * Converts a v2 request body.
     *
     * @param v2 the v2 body as a JSON object
     * @return the v3 request (if valid), with notes on what was not carried over
     */
    public static Result convert(JsonObject v2) {
        List<MigrationNote> notes = new ArrayList<>();
        PaymentRequest.Builder b = PaymentRequest.builder();

        number(v2, "amount", notes).ifPresent(amount -> {
            b.amount(amount);
            String name = text(v2, "productName", notes).orElse(null);
            String image = text(v2, "productImageUrl", notes).orElse(null);
            b.addPackage(p -> p.id("1").amount(amount).addProduct(pr -> {
                pr.name(name).quantity(1).price(amount);
                if (image != null) {
                    pr.imageUrl(image);
                }
            }));
        });
        text(v2, "currency", notes).ifPresent(b::currency);
        text(v2, "orderId", notes).ifPresent(b::orderId);

        Optional<String> confirmUrl = text(v2, "confirmUrl", notes);
        Optional<String> cancelUrl = text(v2, "cancelUrl", notes);
        Optional<ConfirmUrlType> confirmUrlType = text(v2, "confirmUrlType", notes)
                .flatMap(t -> enumValue(ConfirmUrlType.class, t, "confirmUrlType", notes));
        Optional<String> packageName = text(v2, "packageName", notes);
        b.redirectUrls(r -> {
            confirmUrl.ifPresent(r::confirmUrl);
            cancelUrl.ifPresent(r::cancelUrl);
            confirmUrlType.ifPresent(r::confirmUrlType);
            packageName.ifPresent(r::appPackageName);
        });

        Optional<Boolean> capture = bool(v2, "capture", notes);
        Optional<PayType> payType = text(v2, "payType", notes).flatMap(t -> enumValue(PayType.class, t, "payType", notes));
        Optional<DisplayLocale> locale = text(v2, "langCd", notes).flatMap(l -> language(l, notes));
        Optional<Boolean> checkBrowser = bool(v2, "checkConfirmUrlBrowser", notes);
        List<AddFriend> friends = addFriends(v2, notes);
        if (capture.isPresent() || payType.isPresent() || locale.isPresent() || checkBrowser.isPresent() || !friends.isEmpty()) {
            b.options(o -> {
                capture.ifPresent(o::capture);
                payType.ifPresent(o::payType);
                locale.ifPresent(o::locale);
                checkBrowser.ifPresent(o::checkConfirmUrlBrowser);
                friends.forEach(f -> o.addFriends(f.type(), f.idList()));
            });
        }

        for (String key : v2.members().keySet()) {
            if (!MAPPED.contains(key)) {
                notes.add(new MigrationNote(key, RETIRED.getOrDefault(key,
                        "v3's payment request has no such field; it was not carried over")));
            }
        }
        try {
            return new Result(Optional.of(b.build()), notes, List.of());
        } catch (ValidationException e) {
            return new Result(Optional.empty(), notes, e.violations());
        }
    }

    private static List<AddFriend> addFriends(JsonObject v2, List<MigrationNote> notes) {
        List<AddFriend> friends = new ArrayList<>();
        Optional<JsonValue> extrasValue = v2.get("extras");
        if (extrasValue.isEmpty()) {
            return friends;
        }
        if (!(extrasValue.get() instanceof JsonObject extras)) {
            notes.add(new MigrationNote("extras", "is not an object; not carried over"));
            return friends;
        }
        for (String key : extras.members().keySet()) {
            if (!key.equals("addFriends")) {
                notes.add(new MigrationNote("extras." + key, "v3 has no such option; it was not carried over"));
            }
        }
        Optional<JsonArray> list = extras.array("addFriends");
        if (extras.has("addFriends") && list.isEmpty()) {
            notes.add(new MigrationNote("extras.addFriends", "is not an array; not carried over"));
        }
        List<JsonValue> entries = list.map(JsonArray::elements).orElse(List.of());
        for (int i = 0; i < entries.size(); i++) {
            String field = "extras.addFriends[" + i + "]";
            if (!(entries.get(i) instanceof JsonObject entry)) {
                notes.add(new MigrationNote(field, "is not an object; not carried over"));
                continue;
            }
            String type = entry.string("type").orElse("");
            if (!type.replace("_", "").equalsIgnoreCase(AddFriend.LINE_AT)) {
                notes.add(new MigrationNote(field + ".type", "'" + type + "' is not an account type v3 knows (only "
                        + AddFriend.LINE_AT + "); not carried over"));
                continue;
            }
            // v2 docs name the list "ids"; v3 calls it "idList". Accept either spelling from v2 code.
            Optional<JsonArray> ids = entry.array("ids").or(() -> entry.array("idList"));
            String idsField = field + (entry.has("ids") ? ".ids" : ".idList");
            List<String> idList = new ArrayList<>();
            for (JsonValue id : ids.map(JsonArray::elements).orElse(List.of())) {
                if (id instanceof JsonString s && !s.value().isBlank()) {
                    idList.add(s.value());
                } else {
                    notes.add(new MigrationNote(idsField, "holds a value that is not an id (a non-blank string);"
                            + " it was left out"));
                }
            }
            if (idList.isEmpty()) {
                notes.add(new MigrationNote(idsField, "holds no official account id, which v3 requires; the entry"
                        + " was not carried over"));
                continue;
            }
            friends.add(new AddFriend(AddFriend.LINE_AT, idList));
        }
        return friends;
    }

    /** A Java value as JSON: strings, numbers, booleans, maps, lists, arrays, null. */
    private static JsonValue json(Object value, String at) {
        if (value == null) {
            return JsonNull.INSTANCE;
        } else if (value instanceof String s) {
            return JsonString.of(s);
        } else if (value instanceof Boolean b) {
            return JsonBoolean.of(b);
        } else if (value instanceof BigDecimal d) {
            return JsonNumber.of(d);
        } else if (value instanceof BigInteger i) {
            return JsonNumber.of(new BigDecimal(i));
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return JsonNumber.of(((Number) value).longValue());
        } else if (value instanceof Double || value instanceof Float) {
            // Through its decimal text, as the v2 code's JSON library wrote it: 12.5, not 12.5000000001.
            return JsonNumber.of(new BigDecimal(value.toString()));
        } else if (value instanceof Map<?, ?> m) {
            Map<String, JsonValue> members = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!(e.getKey() instanceof String key)) {
                    throw new IllegalArgumentException(at + " has a key that is not a string");
                }
                members.put(key, json(e.getValue(), at + "." + key));
            }
            return new JsonObject(members);
        } else if (value instanceof List<?> list) {
            List<JsonValue> elements = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                elements.add(json(list.get(i), at + "[" + i + "]"));
            }
            return new JsonArray(elements);
        } else if (value instanceof Object[] array) {
            return json(java.util.Arrays.asList(array), at);
        }
        throw new IllegalArgumentException(at + " is a " + value.getClass().getName()
                + "; a v2 body holds strings, numbers, booleans, maps, lists and null");
    }

    private static Optional<DisplayLocale> language(String langCd, List<MigrationNote> notes) {
        DisplayLocale locale = LANGUAGES.get(langCd.toLowerCase(Locale.ROOT));
        if (locale == null) {
            notes.add(new MigrationNote("langCd", "'" + langCd + "' has no v3 locale (en, ja, ko, th, zh_TW, zh_CN); not carried over"));
        }
        return Optional.ofNullable(locale);
    }

    private static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String value, String field,
                                                             List<MigrationNote> notes) {
        try {
            return Optional.of(Enum.valueOf(type, value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            notes.add(new MigrationNote(field, "'" + value + "' is not a v3 " + type.getSimpleName() + "; not carried over"));
            return Optional.empty();
        }
    }

    private static Optional<String> text(JsonObject v2, String key, List<MigrationNote> notes) {
        Optional<JsonValue> v = v2.get(key);
        if (v.isPresent() && !(v.get() instanceof JsonString)) {
            notes.add(new MigrationNote(key, "is not a string; not carried over"));
        }
        return v2.string(key);
    }

    private static Optional<BigDecimal> number(JsonObject v2, String key, List<MigrationNote> notes) {
        Optional<JsonValue> v = v2.get(key);
        if (v.isPresent() && !(v.get() instanceof JsonNumber)) {
            notes.add(new MigrationNote(key, "is not a number; not carried over"));
        }
        return v2.number(key).map(JsonNumber::bigDecimalValue);
    }

    private static Optional<Boolean> bool(JsonObject v2, String key, List<MigrationNote> notes) {
        Optional<JsonValue> v = v2.get(key);
        if (v.isPresent() && !(v.get() instanceof JsonBoolean)) {
            notes.add(new MigrationNote(key, "is not a boolean; not carried over"));
        }
        return v2.bool(key);
    }
}
