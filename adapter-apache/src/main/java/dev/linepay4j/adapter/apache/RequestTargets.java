package dev.linepay4j.adapter.apache;

import dev.linepay4j.spi.HttpRequest;
import java.net.URI;
import java.util.function.BiFunction;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.apache.hc.core5.http.message.BasicHttpRequest;
import org.apache.hc.core5.net.URIAuthority;

/**
 * Makes HttpClient's requests from the request's URL text, parsing its scheme and authority once per base
 * instead of parsing the whole URL into a {@link URI} for every call: a client sends every request to the
 * same base, so only the path and query change.
 *
 * <p>The result is what HttpClient's own {@code new BasicClassicHttpRequest(method, uri)} makes: the same
 * scheme, the authority from the URI's raw user info, host and port, and the raw path with its query. A URL
 * with no path, or a path that starts with {@code //} (which HttpClient refuses), goes through the URI as
 * before. Thread-safe: the one base kept is an immutable value behind a volatile reference.
 */
final class RequestTargets {

    /** The last base seen: everything in a URL before its path. */
    private record Base(String prefix, String scheme, URIAuthority authority) {
    }

    private volatile Base last;

    /**
     * The classic (blocking) request for this request's method and URL, without headers or body.
     *
     * @param request the request
     * @return HttpClient's request
     */
    BasicClassicHttpRequest classic(HttpRequest request) {
        return make(request, BasicClassicHttpRequest::new, BasicClassicHttpRequest::new);
    }

    /**
     * The async request head for this request's method and URL, without headers.
     *
     * @param request the request
     * @return HttpClient's request head
     */
    BasicHttpRequest head(HttpRequest request) {
        return make(request, BasicHttpRequest::new, BasicHttpRequest::new);
    }

    /** HttpClient's constructor from a method, a scheme, an authority and a path with its query. */
    @FunctionalInterface
    private interface FromParts<T> {
        T make(String method, String scheme, URIAuthority authority, String path);
    }

    private <T> T make(HttpRequest request, FromParts<T> fromParts, BiFunction<String, URI, T> fromUri) {
        String url = request.url();
        Base base = base(request, url);
        String method = request.method().name();
        return base == null ? fromUri.apply(method, request.uri())
                : fromParts.make(method, base.scheme(), base.authority(), url.substring(base.prefix().length()));
    }

    /** The base of this URL, parsed once per base; null when the URL must go through the URI instead. */
    private Base base(HttpRequest request, String url) {
        int pathStart = request.pathStart();
        if (pathStart < 0) {
            return null;
        }
        Base base = last;
        if (base != null && base.prefix().length() == pathStart && url.startsWith(base.prefix())) {
            return base;
        }
        URI uri = request.uri();
        if (uri.getHost() == null) {
            return null;
        }
        base = new Base(url.substring(0, pathStart), uri.getScheme(),
                new URIAuthority(uri.getRawUserInfo(), uri.getHost(), uri.getPort()));
        last = base;
        return base;
    }
}
