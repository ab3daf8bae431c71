package dev.linepay4j.domain.json;

/**
 * A JSON value: one of exactly six kinds, so a {@code switch} or an {@code instanceof} chain over them
 * is complete. Every kind is immutable and compares by structure; {@code toString()} renders compact
 * JSON (for debugging and tests; codecs write the bytes that are sent).
 *
 * <pre>{@code
 * JsonValue body = JsonObject.builder()
 *         .put("amount", 100)
 *         .put("currency", "TWD")
 *         .build();
 * body.toString();   // {"amount":100,"currency":"TWD"}
 * }</pre>
 */
public sealed interface JsonValue permits JsonObject, JsonArray, JsonString, JsonNumber, JsonBoolean, JsonNull {
}
