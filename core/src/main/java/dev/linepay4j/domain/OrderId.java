package dev.linepay4j.domain;

/**
 * The merchant's own order id ({@code orderId}): it names the order in every LINE Pay request and is
 * how a payment is looked up when its transaction id is not known.
 *
 * <p>Length is counted in UTF-16 code units ({@link String#length()}), the stricter of the readings of
 * LINE Pay's "100 characters": a character outside the Basic Multilingual Plane counts twice.
 *
 * <pre>{@code
 * OrderId id = OrderId.of("order-2024-0001");
 * id.value();  // "order-2024-0001"
 * }</pre>
 *
 * @param value the id; not blank, at most 100 characters, no control characters
 */
public record OrderId(String value) {

    /** LINE Pay's limit for {@code orderId}. */
    public static final int MAX_LENGTH = 100;

    /**
     * Creates an order id.
     *
     * @param value the id; not blank, at most 100 characters, no control characters
     * @throws ValidationException if the value is null, blank, longer than {@value #MAX_LENGTH}
     *                             characters or holds a control character (CR, LF, TAB, ...)
     */
    public OrderId {
        if (value == null) {
            throw ValidationException.of("orderId", "is required");
        }
        if (value.isBlank()) {
            throw ValidationException.of("orderId", "must not be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw ValidationException.of("orderId",
                    "must be at most " + MAX_LENGTH + " characters, was " + value.length());
        }
        int control = Chars.firstControl(value);
        if (control >= 0) {
            // The offline API puts the order id into a URL path, and merchants log it.
            throw ValidationException.of("orderId",
                    "must not contain control characters (" + Chars.at(value, control) + ")");
        }
    }

    /**
     * An order id.
     *
     * @param value the merchant's order id, such as {@code "order-2024-0001"}
     * @return the id
     * @throws ValidationException if the value is null, blank, too long or holds a control character
     */
    public static OrderId of(String value) {
        return new OrderId(value);
    }

    /** The id itself. */
    @Override
    public String toString() {
        return value;
    }
}
