/**
 * An immutable JSON tree ({@link dev.linepay4j.domain.json.JsonValue} and its six kinds), the form in
 * which core hands request bodies to a {@code JsonCodec} and receives answers from it. Numbers keep
 * their literal digits, so a 19-digit transaction id never passes through a {@code double}. There is
 * no parser or serialiser here: reading and writing bytes is the codec adapters' job; {@code toString}
 * renders compact JSON for debugging only. Depends on {@code java.*} only.
 */
package dev.linepay4j.domain.json;
