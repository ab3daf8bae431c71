package dev.linepay4j.spi;

/**
 * The most a {@link JsonCodec} reads before refusing input, so that a hostile or broken peer cannot
 * exhaust memory or the stack.
 *
 * <pre>{@code
 * JsonLimits limits = JsonLimits.defaults();  // 1 MiB, depth 32, numbers of 40 digits, strings of 64 KiB
 * }</pre>
 *
 * @param maxBytes        the largest document, in bytes
 * @param maxDepth        the deepest nesting of objects and arrays
 * @param maxNumberLength the longest number literal, in characters
 * @param maxStringLength the longest string (or key), in characters
 */
public record JsonLimits(int maxBytes, int maxDepth, int maxNumberLength, int maxStringLength) {

    /**
     * Creates limits.
     *
     * @param maxBytes the largest document, in bytes
     * @param maxDepth the deepest nesting of objects and arrays
     * @param maxNumberLength the longest number literal, in characters
     * @param maxStringLength the longest string (or key), in characters
     * @throws IllegalArgumentException if a limit is not positive
     */
    public JsonLimits {
        if (maxBytes <= 0 || maxDepth <= 0 || maxNumberLength <= 0 || maxStringLength <= 0) {
            throw new IllegalArgumentException("JSON limits must be positive");
        }
    }

    /**
     * Generous for LINE Pay's answers (a details answer for 100 transactions is a few tens of KiB;
     * nesting is at most five deep) and tight enough to stop abuse.
     *
     * @return 1 MiB, depth 32, 40-character numbers, 64 Ki-character strings
     */
    public static JsonLimits defaults() {
        return new JsonLimits(1024 * 1024, 32, 40, 64 * 1024);
    }
}
