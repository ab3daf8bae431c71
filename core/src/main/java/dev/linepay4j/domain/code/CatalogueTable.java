package dev.linepay4j.domain.code;

import static dev.linepay4j.domain.code.ReturnCodeCategory.CUSTOMER;
import static dev.linepay4j.domain.code.ReturnCodeCategory.INTERNAL;
import static dev.linepay4j.domain.code.ReturnCodeCategory.INVALID_REQUEST;
import static dev.linepay4j.domain.code.ReturnCodeCategory.MERCHANT_CONFIGURATION;
import static dev.linepay4j.domain.code.ReturnCodeCategory.STATE_CONFLICT;
import static dev.linepay4j.domain.code.ReturnCodeCategory.SUCCESS_OR_STATUS;
import static dev.linepay4j.domain.code.ReturnCodeCategory.TRANSIENT;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * LINE Pay's return codes, one line each, described in linepay4j's own words. Sources: the
 * result-code tables in LINEPAY-API.md §8 (the two official tables, the current zh table copied by
 * SDKs, per-endpoint lists in §4 and §6). Where the sources only give a one-line meaning, the
 * comment next to the line says why the category and the retry flag were chosen.
 *
 * <p>"Retryable" means: sending the same request again, later, can succeed. It does not say that a
 * retry is safe; whether an operation may be repeated is decided per endpoint, above this table.
 *
 * <p>This class must not refer to {@link ReturnCode}'s constants: they are initialised from the map
 * built here, so they are still null while {@link #build()} runs.
 */
final class CatalogueTable {

    private CatalogueTable() {
    }

    static Map<String, ReturnCode> build() {
        Map<String, ReturnCode> m = new TreeMap<>();

        // Success, and the states the request-status check reports (§4.3). Not errors, so never "retryable".
        put(m, "0000", SUCCESS_OR_STATUS, false,
                "Success; on the request-status check it means the customer has not authenticated yet");
        put(m, "0110", SUCCESS_OR_STATUS, false,
                "Request-status check: the customer has authenticated, the payment can be confirmed now");
        put(m, "0121", SUCCESS_OR_STATUS, false,
                "Request-status check: the customer cancelled, or the time allowed to authenticate ran out");
        put(m, "0122", SUCCESS_OR_STATUS, false, "Request-status check: the payment did not go through");
        put(m, "0123", SUCCESS_OR_STATUS, false, "Request-status check: the payment has already been completed");

        put(m, "1101", CUSTOMER, false, "The customer has no LINE Pay account");
        put(m, "1102", CUSTOMER, false, "The customer's LINE Pay account may not make payments at present");
        // Wrong channel id, or sandbox keys used against the production host: the merchant's set-up.
        put(m, "1104", MERCHANT_CONFIGURATION, false,
                "No merchant matches the channel id (wrong credentials, or sandbox keys on the production host)");
        put(m, "1105", MERCHANT_CONFIGURATION, false, "The merchant is not allowed to use LINE Pay");
        // Mostly a signature that does not match the bytes sent, or a missing header: the request is wrong.
        // On Offline v2 it can also mean the server IP is not allow-listed, a set-up issue, but the code
        // cannot tell the two apart and the signature case is by far the more common one.
        put(m, "1106", INVALID_REQUEST, false,
                "The request headers are wrong: signature, nonce or channel id (Offline v2: server IP not allowed)");
        put(m, "1110", CUSTOMER, false, "The customer's credit card is not accepted");
        // [X] Only in one SDK's offline refund notes. The transaction itself forbids a partial refund, like
        // 1155 forbids any refund, so it is a state conflict; the way out is a full refund, not a retry.
        put(m, "1115", STATE_CONFLICT, false,
                "[X] A transaction involving a coupon or fee cannot be refunded in part; refund it in full");
        put(m, "1124", INVALID_REQUEST, false,
                "The amount is malformed, for example more decimal places than the currency allows");
        // Seen when a real LINE app code is sent to the sandbox. The oneTimeKey is request data, so the
        // request has to change (scan a fresh code, or use the sandbox generator).
        put(m, "1133", INVALID_REQUEST, false,
                "The offline My Code (oneTimeKey) cannot be used here, e.g. a real app code sent to the sandbox");
        // The customer's account blocks the payment (e.g. the pre-approved method was removed); it also
        // voids a pre-approved key. Only the customer can fix it.
        put(m, "1141", CUSTOMER, false,
                "The customer's LINE Pay account is in a state that blocks payment; a pre-approved key becomes void");
        put(m, "1142", CUSTOMER, false, "The customer's balance does not cover the amount");
        // An earlier request for the same payment is still running. Once it finishes, a repeat either
        // succeeds or reports the real state (1172, 1165...), so waiting and retrying helps. It is a
        // condition of this one payment, not of LINE Pay as a whole, hence not TRANSIENT.
        put(m, "1145", STATE_CONFLICT, true, "Another request for this payment is still being processed");
        put(m, "1150", STATE_CONFLICT, false, "LINE Pay has no transaction matching the transaction id or order id");
        put(m, "1152", STATE_CONFLICT, false, "A transaction with this transaction id has already been recorded");
        // Confirm/capture with an amount other than the one requested: the request has to carry the
        // right amount, so the request is what must change.
        put(m, "1153", INVALID_REQUEST, false, "The amount differs from the amount of the payment request");
        put(m, "1154", CUSTOMER, false, "The payment method registered with the pre-approved key cannot be used");
        put(m, "1155", STATE_CONFLICT, false,
                "The transaction id does not fit the operation, e.g. a transaction type that cannot be refunded");
        put(m, "1159", STATE_CONFLICT, false, "LINE Pay has no payment request matching the transaction id");
        put(m, "1163", STATE_CONFLICT, false, "The period in which the payment could be refunded is over");
        put(m, "1164", STATE_CONFLICT, false, "The refund is larger than the amount that remains refundable");
        put(m, "1165", STATE_CONFLICT, false, "The transaction has already been refunded or voided");
        // Confirm called before the customer finished in LINE Pay. Waiting for the customer is not a
        // retry: the merchant should wait for confirmUrl or poll the request-status check (0110), and an
        // early confirm can even end the reservation (0122), so blind repeats must not be encouraged.
        put(m, "1169", STATE_CONFLICT, false,
                "The customer has not yet chosen a payment method and passed authentication in LINE Pay");
        put(m, "1170", CUSTOMER, false, "The customer's balance changed while the payment was under way");
        put(m, "1172", STATE_CONFLICT, false, "A transaction with this order id already exists");
        put(m, "1177", INVALID_REQUEST, false, "The query asks for more transactions than one answer holds (100)");
        put(m, "1178", MERCHANT_CONFIGURATION, false, "The merchant does not accept this currency");
        // Sources disagree on wording: "cannot be processed at the moment" (current table), "unable to
        // proceed" (appendix), "status cannot be processed" (zh table). Two of three point at the
        // transaction's status, and "at the moment" says that status can change; it appears on capture
        // and refund, where a failed attempt moved no money, so a later retry is worth it.
        put(m, "1179", STATE_CONFLICT, true,
                "The transaction cannot be processed in its present status; it may be possible later");
        put(m, "1180", STATE_CONFLICT, false, "The payment's time limit has passed");
        put(m, "1183", INVALID_REQUEST, false, "The amount is below the allowed minimum");
        put(m, "1184", INVALID_REQUEST, false,
                "The amount is above the allowed maximum (older tables: above the requested amount)");
        put(m, "1190", STATE_CONFLICT, false, "No pre-approved payment key (regKey) matches, or it is unusable");
        put(m, "1193", STATE_CONFLICT, false, "The pre-approved payment key (regKey) has expired");
        put(m, "1194", MERCHANT_CONFIGURATION, false, "The merchant is not allowed to use pre-approved payments");
        // Unlike 1145/1198 this is keyed on the regKey, not on this request: the running payment may be a
        // different charge, and repeating would add a charge rather than repeat this one. Read the order
        // back instead of retrying.
        put(m, "1197", STATE_CONFLICT, false, "A payment with this pre-approved key is already being processed");
        // A duplicate call, or a capture while LINE Pay re-authorizes on its own; LINE Pay says to repeat
        // after a few minutes. Same reasoning as 1145 for the category.
        put(m, "1198", STATE_CONFLICT, true,
                "The same request is already being processed (duplicate call, or automatic re-authorization running)");
        // Not retryable by default: on capture LINE Pay cancels the payment when it answers 1199.
        put(m, "1199", INTERNAL, false,
                "LINE Pay failed internally while handling the request; a capture answered so is cancelled");

        // Card errors: the customer's card. Only 1280 is called temporary by LINE Pay. On capture every
        // 1280-1298 answer cancels the payment, which is why retry safety is decided per endpoint.
        put(m, "1280", CUSTOMER, true, "The card payment hit a temporary failure");
        put(m, "1281", CUSTOMER, false, "The card payment failed");
        put(m, "1282", CUSTOMER, false, "The card authorization failed");
        put(m, "1283", CUSTOMER, false, "The card payment was refused as possibly fraudulent");
        // "Temporarily" in LINE Pay's text, yet it also voids a pre-approved key (§9), so a retry of the
        // same request cannot be expected to help.
        put(m, "1284", CUSTOMER, false, "Card payments are suspended for this card for the time being");
        put(m, "1285", CUSTOMER, false, "Card details the payment needs are missing");
        put(m, "1286", CUSTOMER, false, "Card details given for the payment are wrong");
        put(m, "1287", CUSTOMER, false, "The card has expired");
        put(m, "1288", CUSTOMER, false, "The card account does not hold enough funds");
        put(m, "1289", CUSTOMER, false, "The card's credit limit would be exceeded");
        put(m, "1290", CUSTOMER, false, "The amount is above the card's limit for a single payment");
        put(m, "1291", CUSTOMER, false, "The card has been reported stolen");
        put(m, "1292", CUSTOMER, false, "Use of the card has been suspended");
        put(m, "1293", CUSTOMER, false, "The card security code (CVN) is wrong");
        put(m, "1294", CUSTOMER, false, "The card is on a blacklist");
        put(m, "1295", CUSTOMER, false, "The card number is wrong");
        put(m, "1296", CUSTOMER, false, "The card cannot be charged this amount");
        put(m, "1298", CUSTOMER, false, "The card issuer declined the payment");

        // 190X: LINE Pay publishes it as one row, "temporary error, try again later". Listed one by one so
        // that of("1903") is known; void and refund name 1900 and 1902 explicitly as retry-allowed.
        for (int i = 0; i <= 9; i++) {
            put(m, "190" + i, TRANSIENT, true, "LINE Pay had a temporary failure (190X family); try again later");
        }
        // Thin sources: the legacy void list says the request differs from the previous one, and the
        // official void/refund pages list it with 1900/1902 as codes after which a retry is allowed. We
        // follow the official rule: a later attempt may succeed, and nobody has to fix anything first.
        put(m, "1999", TRANSIENT, true,
                "The request differs from an earlier one for the same transaction; void and refund may be retried");
        // A receiving limit of the merchant's contract. A daily/monthly limit lifts with time, a
        // per-transaction one never does, and the code does not say which; either way the merchant has
        // to act (raise the limit), so no automatic retry.
        put(m, "2024", MERCHANT_CONFIGURATION, false,
                "The merchant's receiving limit (per transaction, day or month) would be exceeded");
        // Retrying only helps after the merchant tops up the reserve, which is an action, not a wait.
        put(m, "2042", MERCHANT_CONFIGURATION, false, "The merchant's refund reserve is too low for this EPI refund");
        put(m, "2101", INVALID_REQUEST, false, "A request parameter is missing or wrong");
        put(m, "2102", INVALID_REQUEST, false, "The request body is not well-formed JSON");
        // Observed as "Parameter is not allowed [capture:false]" when capture separation is not enabled,
        // and for pre-approved calls in a sandbox without the feature. The same body is valid for a
        // merchant who has the feature, so the fix is usually the merchant's contract, not the request.
        put(m, "2103", MERCHANT_CONFIGURATION, false,
                "A parameter is not allowed for this merchant, typically a feature not enabled (e.g. capture=false)");
        put(m, "9000", INTERNAL, false, "LINE Pay failed internally");
        return Collections.unmodifiableMap(m);
    }

    private static void put(Map<String, ReturnCode> m, String code, ReturnCodeCategory category, boolean retryable,
                            String description) {
        if (m.put(code, ReturnCode.catalogued(code, category, retryable, description)) != null) {
            throw new IllegalStateException("return code listed twice: " + code);
        }
    }
}
