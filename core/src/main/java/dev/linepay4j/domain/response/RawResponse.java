package dev.linepay4j.domain.response;

import dev.linepay4j.domain.code.ReturnCode;
import dev.linepay4j.domain.json.JsonObject;
import dev.linepay4j.domain.json.JsonValue;
import java.util.Objects;
import java.util.Optional;

/**
 * LINE Pay's answer to a raw call: the envelope, whatever its code, and the whole body. A raw call
 * reaches a path the typed API does not cover, so linepay4j cannot know which codes are errors there
 * (on a status check, {@code 0110} is an answer); the caller decides.
 *
 * <pre>{@code
 * RawResponse answer = linePay.raw(RawRequest.get("/v3/payments/" + id + "/userInfo").build());
 * if (answer.returnCode().isSuccess()) {
 *     answer.info().ifPresent(info -> ...);
 * }
 * }</pre>
 *
 * @param returnCode    the code ({@code returnCode}, or the legacy {@code resultCode})
 * @param returnMessage the message, as sent; empty when absent
 * @param info          {@code info}, when present
 * @param body          the whole body as read
 */
public record RawResponse(ReturnCode returnCode, String returnMessage, Optional<JsonValue> info, JsonObject body) {

    /**
     * Creates the answer.
     *
     * @param returnCode the code
     * @param returnMessage the message, as sent
     * @param info {@code info}, when present
     * @param body the whole body as read
     * @throws NullPointerException if a part is null
     */
    public RawResponse {
        Objects.requireNonNull(returnCode, "returnCode");
        Objects.requireNonNull(returnMessage, "returnMessage");
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(body, "body");
    }

    /** The code and the message; never the body, which may hold personal data or a regKey. */
    @Override
    public String toString() {
        return "RawResponse[returnCode=" + returnCode.code() + ", returnMessage=" + returnMessage
                + ", info=" + (info.isPresent() ? "present" : "absent") + "]";
    }
}
