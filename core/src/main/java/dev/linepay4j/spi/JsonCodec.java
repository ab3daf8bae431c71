package dev.linepay4j.spi;

import dev.linepay4j.domain.json.JsonValue;

/**
 * The port that turns JSON trees into bytes and back. Writing is compact UTF-8 with object members in
 * insertion order (the bytes are signed as written, so they must be deterministic). Reading keeps
 * every number's literal digits, so a 19-digit transaction id never passes through a {@code double}.
 * Implementations are thread-safe.
 *
 * <pre>{@code
 * byte[] body = codec.write(tree);
 * JsonValue answer = codec.read(responseBytes);
 * }</pre>
 */
public interface JsonCodec {

    /**
     * Writes a tree as compact UTF-8 JSON.
     *
     * @param value the tree
     * @return the bytes
     */
    byte[] write(JsonValue value);

    /**
     * Reads one JSON document.
     *
     * @param json UTF-8 bytes holding exactly one JSON value (white space around it allowed)
     * @return the tree
     * @throws JsonReadException if the bytes are not one well-formed JSON value or break a limit
     */
    JsonValue read(byte[] json);
}
