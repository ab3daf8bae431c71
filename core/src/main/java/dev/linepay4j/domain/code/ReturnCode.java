package dev.linepay4j.domain.code;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * A LINE Pay {@code returnCode}: four characters, {@code "0000"} for success. Every code LINE Pay
 * documents is in the catalogue with a description, a {@link ReturnCodeCategory} and whether retrying
 * can help; any other code is still a value ({@link #isKnown()} false, category
 * {@link ReturnCodeCategory#UNKNOWN}), never an exception.
 *
 * <p>The codes the library itself names have constants ({@link #ORDER_ID_EXISTS},
 * {@link #EXCEEDS_REFUNDABLE}…); each constant is the same instance {@link #of(String)} returns, so
 * either {@code ==} or {@code equals} compares them.
 *
 * <pre>{@code
 * ReturnCode code = ReturnCode.of("1172");
 * code.category();                            // STATE_CONFLICT
 * code.retryable();                           // false
 * code.equals(ReturnCode.ORDER_ID_EXISTS);    // true
 * }</pre>
 */
public final class ReturnCode {

    // Each constant is read from the catalogue, so it is the very instance of(code) returns. Reading it
    // here initialises the Catalogue holder while ReturnCode is being initialised; that is safe because
    // CatalogueTable only calls the constructor and never reads these constants.

    /**
     * {@code 0000}: success. On the request-status check the same code means the customer has not
     * authenticated yet; read it there through {@link RequestStatus}.
     */
    public static final ReturnCode SUCCESS = known("0000");

    /** {@code 1104}: no merchant matches the channel id (wrong credentials, or sandbox keys on the production host). */
    public static final ReturnCode MERCHANT_NOT_FOUND = known("1104");

    /** {@code 1106}: the request headers are wrong, most often a signature that does not match the bytes sent. */
    public static final ReturnCode INVALID_HEADERS = known("1106");

    /** {@code 1124}: the amount is malformed, for example more decimal places than the currency allows. */
    public static final ReturnCode INVALID_AMOUNT = known("1124");

    /** {@code 1145}: another request for the same payment is still running; retryable after a while. */
    public static final ReturnCode PAYMENT_IN_PROGRESS = known("1145");

    /** {@code 1150}: LINE Pay has no transaction matching the transaction id or order id. */
    public static final ReturnCode NO_TRANSACTION = known("1150");

    /** {@code 1153}: the amount differs from the amount of the payment request (confirm, capture). */
    public static final ReturnCode AMOUNT_MISMATCH = known("1153");

    /**
     * {@code 1155}: the transaction id does not fit the operation, for example a refund of a transaction
     * type that cannot be refunded.
     */
    public static final ReturnCode INVALID_TRANSACTION_ID = known("1155");

    /** {@code 1159}: LINE Pay has no payment request matching the transaction id. */
    public static final ReturnCode NO_PAYMENT_REQUEST = known("1159");

    /** {@code 1163}: the period in which the payment could be refunded is over. */
    public static final ReturnCode REFUND_PERIOD_OVER = known("1163");

    /** {@code 1164}: the refund is larger than the amount that remains refundable. */
    public static final ReturnCode EXCEEDS_REFUNDABLE = known("1164");

    /** {@code 1165}: the transaction has already been refunded (on void: already voided). */
    public static final ReturnCode ALREADY_REFUNDED = known("1165");

    /**
     * {@code 1169}: confirm was called before the customer chose a payment method and authenticated in
     * LINE Pay. Wait for the confirm URL or poll the request-status check instead of repeating.
     */
    public static final ReturnCode NOT_AUTHENTICATED_YET = known("1169");

    /**
     * {@code 1172}: a transaction with the same order id already exists; a second confirm of a confirmed
     * payment answers this too.
     */
    public static final ReturnCode ORDER_ID_EXISTS = known("1172");

    /** {@code 1177}: a payment-details query asked for more than the 100 transactions one answer holds. */
    public static final ReturnCode TOO_MANY_TRANSACTIONS = known("1177");

    /** {@code 1179}: the transaction cannot be processed in its present status; retryable after a while. */
    public static final ReturnCode CANNOT_PROCESS_NOW = known("1179");

    /** {@code 1180}: the payment's time limit has passed. */
    public static final ReturnCode PAYMENT_EXPIRED = known("1180");

    /** {@code 1190}: no pre-approved payment key (regKey) matches. */
    public static final ReturnCode REG_KEY_NOT_FOUND = known("1190");

    /** {@code 1193}: the pre-approved payment key (regKey) has expired. */
    public static final ReturnCode REG_KEY_EXPIRED = known("1193");

    /**
     * {@code 1198}: the same request is already being processed (a duplicate call, or an automatic
     * re-authorization is running); retryable after a few minutes.
     */
    public static final ReturnCode DUPLICATE_REQUEST = known("1198");

    /** {@code 1199}: LINE Pay failed internally while handling the request; a capture answered so is cancelled. */
    public static final ReturnCode INTERNAL_REQUEST_ERROR = known("1199");

    /** {@code 2101}: a request parameter is missing or wrong (LINE Pay reports amount sums that do not add up so). */
    public static final ReturnCode PARAMETER_ERROR = known("2101");

    /** {@code 2102}: the request body is not well-formed JSON. */
    public static final ReturnCode JSON_FORMAT_ERROR = known("2102");

    /**
     * {@code 2103}: a parameter is not allowed for this merchant, typically because a feature such as
     * capture separation ({@code capture=false}) is not enabled.
     */
    public static final ReturnCode PARAMETER_NOT_ALLOWED = known("2103");

    /** {@code 9000}: LINE Pay failed internally. */
    public static final ReturnCode INTERNAL_ERROR = known("9000");

    private final String code;
    private final String description;
    private final ReturnCodeCategory category;
    private final boolean retryable;
    private final boolean known;

    private ReturnCode(String code, String description, ReturnCodeCategory category, boolean retryable,
                       boolean known) {
        this.code = code;
        this.description = description;
        this.category = category;
        this.retryable = retryable;
        this.known = known;
    }

    /**
     * The code for the given text, from the catalogue when LINE Pay documents it.
     *
     * @param code the four characters of {@code returnCode}
     * @return the catalogued code, or an unknown code carrying the text
     * @throws NullPointerException if code is null
     */
    public static ReturnCode of(String code) {
        Objects.requireNonNull(code, "code");
        ReturnCode catalogued = Catalogue.CODES.get(code);
        return catalogued != null ? catalogued
                : new ReturnCode(code, "Not in linepay4j's catalogue", ReturnCodeCategory.UNKNOWN, false, false);
    }

    /**
     * Every code in the catalogue, in ascending order.
     *
     * @return an unmodifiable collection
     */
    public static Collection<ReturnCode> catalogue() {
        return Catalogue.CODES.values();
    }

    static ReturnCode catalogued(String code, ReturnCodeCategory category, boolean retryable, String description) {
        return new ReturnCode(code, description, category, retryable, true);
    }

    /** A constant's code, which must be catalogued: a typo would otherwise give an UNKNOWN constant silently. */
    private static ReturnCode known(String code) {
        ReturnCode c = Catalogue.CODES.get(code);
        if (c == null) {
            throw new IllegalStateException("constant for a code that is not catalogued: " + code);
        }
        return c;
    }

    /**
     * The code's text.
     *
     * @return four characters, such as {@code "1172"}
     */
    public String code() {
        return code;
    }

    /**
     * What the code means, in linepay4j's words.
     *
     * @return a sentence; for unknown codes a note that the code is not catalogued
     */
    public String description() {
        return description;
    }

    /**
     * The kind of outcome.
     *
     * @return the category; {@link ReturnCodeCategory#UNKNOWN} for codes not in the catalogue
     */
    public ReturnCodeCategory category() {
        return category;
    }

    /**
     * Whether sending the same request again later can succeed (LINE Pay says so for the
     * {@code 190X} family, for example). It says nothing of whether a retry is <em>safe</em>; that
     * depends on the operation.
     *
     * @return true if a later retry can help
     */
    public boolean retryable() {
        return retryable;
    }

    /**
     * Whether the code is in the catalogue.
     *
     * @return false for codes LINE Pay added after this release
     */
    public boolean isKnown() {
        return known;
    }

    /**
     * Whether this is {@code 0000}. Note that on the request-status check {@code 0000} means "not yet
     * authenticated"; see {@link RequestStatus}.
     *
     * @return true for {@code 0000}
     */
    public boolean isSuccess() {
        return "0000".equals(code);
    }

    /** Codes are equal when their text is; catalogued or not does not matter, as the text decides which it is. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ReturnCode && ((ReturnCode) o).code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /** The code and its description, such as {@code 1172 (A transaction with this order id already exists)}. */
    @Override
    public String toString() {
        return code + " (" + description + ")";
    }

    /** The table; a holder class so that {@link ReturnCode}'s constants can refer to it. */
    private static final class Catalogue {
        static final Map<String, ReturnCode> CODES = CatalogueTable.build();
    }
}
