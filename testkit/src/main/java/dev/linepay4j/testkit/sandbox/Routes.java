package dev.linepay4j.testkit.sandbox;

import dev.linepay4j.domain.ApiVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The API's URL layout: which method and path reach which endpoint of which API version, and how each
 * version authenticates. Paths are templates of segments; {@code {…}} matches one non-empty segment, the
 * endpoint's parameter (a transaction id, a regKey or an order id).
 *
 * <p>Online API v3 and v4 share one layout under their prefixes ({@link ApiVersion#pathPrefix()}); the
 * Offline API ({@link #withOffline}) another, under {@code /v2}, {@code /v2.4} and {@code /v4}. Online and
 * Offline v4 share the prefix and one path, {@code GET /v4/payments}, which is routed once, to the
 * details endpoint that answers for both. How a version authenticates follows its own declaration in
 * core ({@code ApiVersion.authentication()}): HMAC, or the channel secret header of v2 and v2.4.
 */
final class Routes {

    /** One line of the layout. */
    record Route(ApiVersion version, String method, List<String> segments, SandboxEndpoint endpoint) {
    }

    /** A call's route, with its path parameter if the template has one. */
    record Match(Route route, Optional<String> parameter) {
    }

    /** What a method and path lead to. */
    sealed interface Lookup permits Found, WrongMethod, NotFound {
    }

    /** The path and method name a route. */
    record Found(Match match) implements Lookup {
    }

    /** The path exists, with other methods only. */
    record WrongMethod(Set<String> allowed) implements Lookup {
    }

    /** No route has this path. */
    record NotFound() implements Lookup {
    }

    private final List<Route> routes = new ArrayList<>();
    private final Authentication hmac;
    private Authentication secretHeader;

    private Routes(Authentication hmac) {
        this.hmac = hmac;
    }

    /** The ten Online API endpoints, under {@code /v3} and {@code /v4} alike (LINEPAY-API.md §1.1). */
    static Routes online(Authentication hmac) {
        Routes r = new Routes(hmac);
        for (ApiVersion v : List.of(ApiVersion.ONLINE_V3, ApiVersion.ONLINE_V4)) {
            r.add(v, "POST", "/payments/request", SandboxEndpoint.REQUEST);
            r.add(v, "GET", "/payments/requests/{transactionId}/check", SandboxEndpoint.CHECK);
            r.add(v, "POST", "/payments/{transactionId}/confirm", SandboxEndpoint.CONFIRM);
            r.add(v, "POST", "/payments/authorizations/{transactionId}/capture", SandboxEndpoint.CAPTURE);
            r.add(v, "POST", "/payments/authorizations/{transactionId}/void", SandboxEndpoint.VOID);
            r.add(v, "POST", "/payments/{transactionId}/refund", SandboxEndpoint.REFUND);
            r.add(v, "GET", "/payments", SandboxEndpoint.DETAILS);
            r.add(v, "GET", "/payments/preapprovedPay/{regKey}/check", SandboxEndpoint.REGKEY_CHECK);
            r.add(v, "POST", "/payments/preapprovedPay/{regKey}/payment", SandboxEndpoint.REGKEY_PAY);
            r.add(v, "POST", "/payments/preapprovedPay/{regKey}/expire", SandboxEndpoint.REGKEY_EXPIRE);
        }
        return r;
    }

    /**
     * Adds the Offline API's seven endpoints under {@code /v2}, {@code /v2.4} and {@code /v4} (LINEPAY-API.md
     * §1.1), v2 and v2.4 authenticated by the secret header. Under {@code /v4} the payment details are the
     * Online API's route, which serves both.
     */
    Routes withOffline(Authentication secretHeader) {
        this.secretHeader = secretHeader;
        for (ApiVersion v : List.of(ApiVersion.OFFLINE_V2, ApiVersion.OFFLINE_V2_4, ApiVersion.OFFLINE_V4)) {
            add(v, "POST", "/payments/oneTimeKeys/pay", SandboxEndpoint.OFFLINE_PAY);
            add(v, "GET", "/payments/orders/{orderId}/check", SandboxEndpoint.OFFLINE_CHECK);
            add(v, "POST", "/payments/orders/{orderId}/capture", SandboxEndpoint.OFFLINE_CAPTURE);
            add(v, "POST", "/payments/orders/{orderId}/void", SandboxEndpoint.OFFLINE_VOID);
            add(v, "POST", "/payments/orders/{orderId}/refund", SandboxEndpoint.OFFLINE_REFUND);
            add(v, "GET", "/payments/authorizations", SandboxEndpoint.OFFLINE_AUTHORIZATIONS);
            if (v != ApiVersion.OFFLINE_V4) {
                add(v, "GET", "/payments", SandboxEndpoint.OFFLINE_DETAILS);
            }
        }
        return this;
    }

    private void add(ApiVersion version, String method, String template, SandboxEndpoint endpoint) {
        routes.add(new Route(version, method, segments(version.pathPrefix() + template), endpoint));
    }

    /** Whether a path belongs to the API at all (so that it is answered as the API answers). */
    boolean isApiPath(String rawPath) {
        List<String> s = segments(rawPath);
        return !s.isEmpty() && routes.stream().anyMatch(r -> r.segments().get(0).equals(s.get(0)));
    }

    Lookup lookup(String method, String rawPath) {
        List<String> path = segments(rawPath);
        Set<String> allowed = new TreeSet<>();
        for (Route r : routes) {
            Optional<Optional<String>> parameter = match(r.segments(), path);
            if (parameter.isPresent()) {
                if (r.method().equals(method)) {
                    return new Found(new Match(r, parameter.get()));
                }
                allowed.add(r.method());
            }
        }
        return allowed.isEmpty() ? new NotFound() : new WrongMethod(allowed);
    }

    /** How calls of a version authenticate, from the version's own declaration in core. */
    Authentication authentication(ApiVersion version) {
        return switch (version.authentication()) {
            case HMAC_SIGNATURE -> hmac;
            case CHANNEL_SECRET_HEADER -> {
                if (secretHeader == null) {
                    // Only withOffline adds v2.x routes, and it sets the authentication too.
                    throw new IllegalStateException("no authentication for " + version);
                }
                yield secretHeader;
            }
        };
    }

    /** Empty when the path does not fit; else the parameter (empty for a template without one). */
    private static Optional<Optional<String>> match(List<String> template, List<String> path) {
        if (template.size() != path.size()) {
            return Optional.empty();
        }
        String parameter = null;
        for (int i = 0; i < template.size(); i++) {
            String t = template.get(i);
            if (t.startsWith("{")) {
                if (path.get(i).isEmpty()) {
                    return Optional.empty();
                }
                parameter = path.get(i);
            } else if (!t.equals(path.get(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(Optional.ofNullable(parameter));
    }

    /** "/v3/payments/request" → [v3, payments, request]; a trailing slash makes an empty last segment. */
    private static List<String> segments(String path) {
        if (!path.startsWith("/")) {
            return List.of();
        }
        return List.of(path.substring(1).split("/", -1));
    }
}
