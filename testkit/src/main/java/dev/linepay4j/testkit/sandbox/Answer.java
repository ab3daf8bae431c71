package dev.linepay4j.testkit.sandbox;

import dev.linepay4j.domain.code.ReturnCode;
import dev.linepay4j.domain.json.JsonObject;
import dev.linepay4j.domain.json.JsonValue;
import dev.linepay4j.domain.payment.Transition;
import dev.linepay4j.testkit.json.MinimalJson;
import java.util.Objects;
import java.util.Optional;

/**
 * One answer of the online API in LINE Pay's envelope: {@code returnCode}, {@code returnMessage} and,
 * on success of an endpoint that has any, {@code info}. Always sent with HTTP 200.
 */
record Answer(ReturnCode code, String message, Optional<JsonValue> info) {

    /** LINE Pay's own text for a plain success. */
    static final String SUCCESS_MESSAGE = "Success.";

    Answer {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(info, "info");
    }

    /** {@code 0000} with {@code info}. */
    static Answer ok(JsonValue info) {
        return new Answer(ReturnCode.SUCCESS, SUCCESS_MESSAGE, Optional.of(info));
    }

    /** {@code 0000} without {@code info}: void, regKey expiry. */
    static Answer ok() {
        return new Answer(ReturnCode.SUCCESS, SUCCESS_MESSAGE, Optional.empty());
    }

    /** A code without {@code info}: an error, or a status on the check endpoints. */
    static Answer of(ReturnCode code, String message) {
        return new Answer(code, message, Optional.empty());
    }

    /** A status code with the catalogue's description as its message ({@code 0000} reads "Success."). */
    static Answer status(ReturnCode code) {
        return of(code, code.isSuccess() ? SUCCESS_MESSAGE : code.description() + ".");
    }

    /** The machine's refusal: its code, and its rule as the message. */
    static Answer refused(Transition.Refused refusal) {
        return of(refusal.code(), refusal.rule());
    }

    /** The envelope as compact JSON bytes; transaction ids in {@code info} stay bare numbers. */
    byte[] toJson() {
        JsonObject.Builder b = JsonObject.builder().put("returnCode", code.code()).put("returnMessage", message);
        info.ifPresent(i -> b.put("info", i));
        return MinimalJson.write(b.build());
    }
}
