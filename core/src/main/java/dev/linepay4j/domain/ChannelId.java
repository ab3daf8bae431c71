package dev.linepay4j.domain;

/**
 * A LINE Pay channel id: the digits the merchant center shows next to the channel secret, sent in the
 * {@code X-LINE-ChannelId} header of every call.
 *
 * <pre>{@code
 * ChannelId id = ChannelId.of("1234567890");
 * id.value();  // "1234567890"
 * }</pre>
 *
 * @param value the id; 1 to 20 ASCII digits
 */
public record ChannelId(String value) {

    /** The most digits accepted; issued ids are ten digits, the margin is for ids LINE Pay may issue later. */
    private static final int MAX_DIGITS = 20;

    /**
     * Creates an id.
     *
     * @param value the id; 1 to 20 ASCII digits
     * @throws ValidationException if the value is null or is not 1 to 20 ASCII digits
     */
    public ChannelId {
        if (value == null || value.isEmpty()) {
            throw ValidationException.of("channelId", "is required");
        }
        if (value.length() > MAX_DIGITS) {
            // No excerpt of the value: a channel secret pasted here by mistake must not reach a log.
            throw ValidationException.of("channelId",
                    "must be at most " + MAX_DIGITS + " digits, was " + value.length() + " characters long");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                throw ValidationException.of("channelId",
                        "must hold ASCII digits only, as shown in the merchant center (" + Chars.at(value, i) + ")");
            }
        }
    }

    /**
     * An id from its digits.
     *
     * @param digits the channel id as issued by the merchant center, such as {@code "1234567890"}
     * @return the id
     * @throws ValidationException if the text is null or is not 1 to 20 ASCII digits
     */
    public static ChannelId of(String digits) {
        return new ChannelId(digits);
    }

    /** The digits, exactly as they are sent in {@code X-LINE-ChannelId}. */
    @Override
    public String toString() {
        return value;
    }
}
