package dev.linepay4j.domain.code;

import dev.linepay4j.domain.code.MalformedResponseException.Reason;
import dev.linepay4j.domain.json.JsonArray;
import dev.linepay4j.domain.json.JsonBoolean;
import dev.linepay4j.domain.json.JsonNull;
import dev.linepay4j.domain.json.JsonNumber;
import dev.linepay4j.domain.json.JsonObject;
import dev.linepay4j.domain.json.JsonString;
import dev.linepay4j.domain.json.JsonValue;
import java.util.Objects;
import java.util.Optional;

/**
 * The part every LINE Pay answer shares: the result code, its message and, on success, {@code info}.
 * Reads both body shapes LINE Pay uses:
 * <ul>
 * <li>{@code {"returnCode":"1104","returnMessage":"…","info":{…}}}, the documented one;</li>
 * <li>{@code {"resultCode":1104,"statusMessage":"…"}}, the legacy error shape in LINE Pay's own
 * error example.</li>
 * </ul>
 * The code may be a JSON string or a JSON number. A number has lost its leading zeros, so it is padded
 * back to four digits ({@code 110} is {@code 0110}, {@code 0} is {@code 0000}); a digit string shorter
 * than four is padded the same way, so both spellings read alike. When both shapes are present,
 * {@code returnCode} wins: it is the documented field.
 *
 * <pre>{@code
 * ResultEnvelope envelope = ResultEnvelope.read(body);   // body: the JsonValue a JsonCodec read
 * if (envelope.returnCode().isSuccess()) {
 *     Optional<JsonValue> info = envelope.info();       // the result data, if the endpoint has any
 * } else {
 *     envelope.returnCode().category();                 // who has to act
 * }
 * }</pre>
 */
public final class ResultEnvelope {

    /**
     * Longest code text accepted from a string. LINE Pay's codes have four characters; a little slack
     * lets a future format through as an unknown code, while a page of text in the field is refused.
     */
    private static final int MAX_CODE_LENGTH = 16;

    /** Digits a numeric code may have: four, the width of every LINE Pay code. */
    private static final int CODE_DIGITS = 4;

    private static final int EXCERPT = 20;

    private final ReturnCode returnCode;
    private final String message;
    private final Optional<JsonValue> info;

    private ResultEnvelope(ReturnCode returnCode, String message, Optional<JsonValue> info) {
        this.returnCode = returnCode;
        this.message = message;
        this.info = info;
    }

    /**
     * Reads the envelope of a response body.
     *
     * <p>A member whose value is JSON {@code null} counts as missing. The message is taken from the
     * field of the same shape as the code ({@code returnMessage} with {@code returnCode},
     * {@code statusMessage} with {@code resultCode}), else from the other one, else empty. A message
     * that is not a string is ignored rather than refused: the code decides the outcome, and an odd
     * message must not turn an answered call (perhaps one that moved money) into a protocol error.
     * {@code info} is kept whatever its kind (an object on most endpoints, an array on the details
     * endpoints).
     *
     * @param body the parsed body
     * @return the envelope
     * @throws NullPointerException        if body is null
     * @throws MalformedResponseException if the body is not an object, has no code, or the code is not
     *                                     a string of 1 to 16 printable ASCII characters or a JSON
     *                                     number of 1 to 4 digits (no sign, fraction or exponent)
     */
    public static ResultEnvelope read(JsonValue body) {
        Objects.requireNonNull(body, "body");
        if (!(body instanceof JsonObject o)) {
            throw new MalformedResponseException(Reason.NOT_AN_OBJECT,
                    "response body is " + kind(body) + ", not a JSON object");
        }
        Optional<JsonValue> modern = present(o, "returnCode");
        String codeField;
        String messageField;
        String otherMessageField;
        JsonValue codeValue;
        if (modern.isPresent()) {
            codeField = "returnCode";
            codeValue = modern.get();
            messageField = "returnMessage";
            otherMessageField = "statusMessage";
        } else {
            codeField = "resultCode";
            codeValue = present(o, codeField).orElseThrow(() -> new MalformedResponseException(
                    Reason.MISSING_CODE, "response body has neither returnCode nor resultCode"));
            messageField = "statusMessage";
            otherMessageField = "returnMessage";
        }
        ReturnCode code = ReturnCode.of(codeText(codeField, codeValue));
        String message = o.string(messageField).or(() -> o.string(otherMessageField)).orElse("");
        return new ResultEnvelope(code, message, present(o, "info"));
    }

    /**
     * The result code.
     *
     * @return the code; {@code 0000} on success (on the request-status check, see {@link RequestStatus})
     */
    public ReturnCode returnCode() {
        return returnCode;
    }

    /**
     * LINE Pay's message, as sent. LINE Pay sends {@code "-"} when it has none, and that is kept.
     *
     * @return the message; empty if the body had none
     */
    public String message() {
        return message;
    }

    /**
     * The result data.
     *
     * @return {@code info}, or empty when the body has none (error answers, code-only endpoints)
     */
    public Optional<JsonValue> info() {
        return info;
    }

    /** Envelopes are equal when code, message and info are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ResultEnvelope e && e.returnCode.equals(returnCode) && e.message.equals(message)
                && e.info.equals(info);
    }

    @Override
    public int hashCode() {
        return Objects.hash(returnCode, message, info);
    }

    /**
     * The code, the message (escaped, cut to 200 characters) and whether {@code info} is present; never
     * the content of {@code info}, which may hold a regKey or card details.
     */
    @Override
    public String toString() {
        String m = message.length() > 200 ? message.substring(0, 200) + "…" : message;
        return "ResultEnvelope[returnCode=" + returnCode.code() + ", message=" + JsonString.of(m)
                + ", info=" + (info.isPresent() ? "present" : "absent") + "]";
    }

    private static Optional<JsonValue> present(JsonObject o, String key) {
        return o.get(key).filter(v -> v != JsonNull.INSTANCE);
    }

    private static String codeText(String field, JsonValue v) {
        if (v instanceof JsonString s) {
            return fromString(field, s.value());
        }
        if (v instanceof JsonNumber n) {
            return fromNumber(field, n.text());
        }
        throw new MalformedResponseException(Reason.INVALID_CODE,
                field + " is " + kind(v) + ", not a string or a number");
    }

    private static String fromString(String field, String s) {
        if (s.isEmpty()) {
            throw new MalformedResponseException(Reason.INVALID_CODE, field + " is an empty string");
        }
        if (s.length() > MAX_CODE_LENGTH) {
            throw new MalformedResponseException(Reason.INVALID_CODE,
                    field + " is a string of " + s.length() + " characters, longer than " + MAX_CODE_LENGTH);
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // Printable ASCII only: the code ends up in log lines and exception messages.
            if (c <= ' ' || c > '~') {
                throw new MalformedResponseException(Reason.INVALID_CODE,
                        field + " " + JsonString.of(s) + " holds a character that is not printable ASCII");
            }
        }
        return allDigits(s) ? pad(s) : s;
    }

    private static String fromNumber(String field, String literal) {
        String problem;
        if (literal.startsWith("-")) {
            problem = "is negative";
        } else if (literal.indexOf('.') >= 0) {
            problem = "has a fraction";
        } else if (literal.indexOf('e') >= 0 || literal.indexOf('E') >= 0) {
            problem = "has an exponent";
        } else if (literal.length() > CODE_DIGITS) {
            problem = "has more than " + CODE_DIGITS + " digits";
        } else {
            return pad(literal);
        }
        String shown = literal.length() > EXCERPT ? literal.substring(0, EXCERPT) + "…" : literal;
        throw new MalformedResponseException(Reason.INVALID_CODE, field + " number " + shown + " " + problem);
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Restores the leading zeros a JSON number cannot keep: 110 is 0110. */
    private static String pad(String digits) {
        return digits.length() >= CODE_DIGITS ? digits : "0".repeat(CODE_DIGITS - digits.length()) + digits;
    }

    private static String kind(JsonValue v) {
        if (v instanceof JsonObject) {
            return "a JSON object";
        } else if (v instanceof JsonArray) {
            return "a JSON array";
        } else if (v instanceof JsonString) {
            return "a JSON string";
        } else if (v instanceof JsonNumber) {
            return "a JSON number";
        } else if (v instanceof JsonBoolean) {
            return "a JSON boolean";
        }
        return "JSON null";
    }
}
