package dev.linepay4j;

import dev.linepay4j.domain.RedirectUrl;
import dev.linepay4j.domain.ValidationException;
import dev.linepay4j.domain.Violation;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which LINE Pay a client talks to: the sandbox, production, or a server of your own at a custom base
 * URI (the testkit's {@code LinePaySandbox}, a recording proxy in a test).
 *
 * <p>A custom base URI is scheme, host and optional port only ({@code https://pay-proxy.internal:8443}):
 * LINE Pay signs the API path ({@code /v3/payments/...}) exactly as sent, so a base path in front of it
 * would break every signature. It must use {@code https}; plain {@code http} is accepted only for a
 * loopback host ({@code localhost}, {@code 127.0.0.0/8}, {@code [::1]}), where nothing leaves the
 * machine. It may not carry a user name or password, a query or a fragment.
 *
 * <pre>{@code
 * Environment.SANDBOX;                                       // https://sandbox-api-pay.line.me
 * Environment.PRODUCTION;                                    // https://api-pay.line.me
 * Environment.custom(URI.create("http://127.0.0.1:8080"));   // a local sandbox
 * }</pre>
 */
public final class Environment {

    /** LINE Pay's sandbox, {@code https://sandbox-api-pay.line.me}. */
    public static final Environment SANDBOX = new Environment("SANDBOX", URI.create("https://sandbox-api-pay.line.me"));

    /** LINE Pay's production system, {@code https://api-pay.line.me}. */
    public static final Environment PRODUCTION = new Environment("PRODUCTION", URI.create("https://api-pay.line.me"));

    private final String name;
    private final URI baseUri;

    private Environment(String name, URI baseUri) {
        this.name = name;
        this.baseUri = baseUri;
    }

    /**
     * A server of your own.
     *
     * @param baseUri scheme, host and optional port, such as {@code https://pay-proxy.internal:8443}
     * @return the environment
     * @throws ValidationException  listing what is wrong with the URI: not absolute, not https (and not a
     *                              loopback http), carrying user info, a path, a query or a fragment; the
     *                              message never repeats the URI, which may hold a password
     * @throws NullPointerException if baseUri is null
     */
    public static Environment custom(URI baseUri) {
        Objects.requireNonNull(baseUri, "baseUri");
        List<Violation> violations = new ArrayList<>();
        try {
            // The same rules as a merchant's redirect URL: absolute, a host, https or loopback http, no user
            // info, no fragment, no control characters.
            RedirectUrl.of(baseUri.toString());
        } catch (ValidationException e) {
            e.violations().forEach(v -> violations.add(new Violation("environment", v.message())));
        }
        if (violations.isEmpty()) {
            String path = baseUri.getRawPath();
            if (path != null && !path.isEmpty() && !path.equals("/")) {
                violations.add(new Violation("environment", "must be scheme, host and port only, without a path:"
                        + " LINE Pay signs the API path as sent, so a base path would break every signature"));
            }
            if (baseUri.getRawQuery() != null) {
                violations.add(new Violation("environment", "must not have a query"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        String text = baseUri.toString();
        return new Environment("CUSTOM", URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text));
    }

    /**
     * A server of your own.
     *
     * @param baseUri scheme, host and optional port, such as {@code "http://127.0.0.1:8080"}
     * @return the environment
     * @throws ValidationException if the text is not a URI that fits the rules of {@link #custom(URI)}
     */
    public static Environment custom(String baseUri) {
        Objects.requireNonNull(baseUri, "baseUri");
        URI uri;
        try {
            uri = new URI(baseUri);
        } catch (java.net.URISyntaxException e) {
            throw ValidationException.of("environment", "is not a valid URI: " + e.getReason());
        }
        return custom(uri);
    }

    /**
     * The environment's name.
     *
     * @return {@code SANDBOX}, {@code PRODUCTION} or {@code CUSTOM}
     */
    public String name() {
        return name;
    }

    /**
     * Where requests go: scheme, host and port, without a trailing slash.
     *
     * @return for example {@code https://sandbox-api-pay.line.me}
     */
    public URI baseUri() {
        return baseUri;
    }

    /**
     * Whether this is a server of your own rather than LINE Pay's.
     *
     * @return true for {@link #custom(URI)} environments
     */
    public boolean isCustom() {
        return name.equals("CUSTOM");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Environment e && e.name.equals(name) && e.baseUri.equals(baseUri);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, baseUri);
    }

    /** The name and the base URI, such as {@code SANDBOX (https://sandbox-api-pay.line.me)}. */
    @Override
    public String toString() {
        return name + " (" + baseUri + ")";
    }
}
