package dev.linepay4j.adapter.okhttp;

import dev.linepay4j.spi.HttpRequest;
import okhttp3.HttpUrl;

/**
 * Makes OkHttp's {@link HttpUrl} of a request from its URL text, parsing the scheme and authority once per
 * origin instead of once per call: a client sends every request to the same origin, and OkHttp's
 * canonicalisation of a host name (its IDN mapping) was the largest part of building a request in a profile
 * of the loopback benchmark.
 *
 * <p>The request says where its path begins ({@link HttpRequest#pathStart()}). The rest of the URL, an
 * absolute path with its query, is resolved against the kept origin with {@link HttpUrl#resolve(String)},
 * which parses it exactly as {@link HttpUrl#get(String)} parses the same characters in the whole URL and
 * copies the origin's scheme, user info, host and port. A URL with no path after its authority, or a path
 * starting {@code //}, is parsed whole, as before. Thread-safe: the one origin kept is an immutable value
 * behind a volatile reference.
 */
final class RequestUrls {

    /** The last origin seen: the URL's text up to its path, and the same parsed. */
    private record Origin(String prefix, HttpUrl url) {
    }

    private volatile Origin last;

    /**
     * OkHttp's URL for this request.
     *
     * @param request the request
     * @return the parsed URL, equal to {@code HttpUrl.get(request.url())}
     * @throws IllegalArgumentException if OkHttp cannot parse the URL
     */
    HttpUrl of(HttpRequest request) {
        String url = request.url();
        int pathStart = request.pathStart();
        if (pathStart < 0) {
            return HttpUrl.get(url);
        }
        Origin origin = last;
        if (origin == null || origin.prefix().length() != pathStart || !url.startsWith(origin.prefix())) {
            String prefix = url.substring(0, pathStart);
            HttpUrl parsed = HttpUrl.parse(prefix);
            if (parsed == null) {
                return HttpUrl.get(url);   // let get() say what is wrong
            }
            origin = new Origin(prefix, parsed);
            last = origin;
        }
        HttpUrl resolved = origin.url().resolve(url.substring(pathStart));
        // resolve() answers null where get() would throw: let get() say what is wrong.
        return resolved != null ? resolved : HttpUrl.get(url);
    }
}
