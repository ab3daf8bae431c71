package dev.linepay4j.discovery;

/**
 * No provider could be chosen: none is on the class path, the id the user named is not registered,
 * or a registered provider failed to load. The message says what to add or which ids exist.
 *
 * <pre>{@code
 * // No HTTP transport found. Add one of these artifacts to your dependencies: ...
 * }</pre>
 */
public final class DiscoveryException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is missing and how to fix it
     * @param cause   the underlying loading error, or null
     */
    public DiscoveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
