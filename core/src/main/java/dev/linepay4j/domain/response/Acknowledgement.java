package dev.linepay4j.domain.response;

import dev.linepay4j.domain.code.ReturnCode;
import dev.linepay4j.domain.json.JsonObject;
import java.util.Objects;

/**
 * LINE Pay's answer to a call that returns nothing but its code: void an authorization, expire a
 * pre-approved key. Receiving one means LINE Pay answered {@code 0000}: the call did what it says.
 *
 * <pre>{@code
 * Acknowledgement done = linePay.voidAuthorization(transactionId);
 * done.returnMessage();   // "Success."
 * }</pre>
 *
 * @param returnCode    the code LINE Pay answered; {@code 0000}
 * @param returnMessage LINE Pay's message, as sent ({@code "-"} when it has none; empty when absent)
 * @param raw           the {@code info} object when the answer had one, else the empty object
 */
public record Acknowledgement(ReturnCode returnCode, String returnMessage, JsonObject raw) {

    /**
     * Creates the acknowledgement.
     *
     * @param returnCode the code LINE Pay answered
     * @param returnMessage LINE Pay's message, as sent
     * @param raw the {@code info} object when the answer had one, else the empty object
     * @throws NullPointerException if a part is null
     */
    public Acknowledgement {
        Objects.requireNonNull(returnCode, "returnCode");
        Objects.requireNonNull(returnMessage, "returnMessage");
        Objects.requireNonNull(raw, "raw");
    }
}
