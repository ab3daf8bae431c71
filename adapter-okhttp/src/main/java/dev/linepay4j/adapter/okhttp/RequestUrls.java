package dev.linepay4j.adapter.okhttp;

import okhttp3.HttpUrl;

/**
 * Makes OkHttp's {@link HttpUrl} of a request from its URL text, parsing the scheme and authority once per
 * origin instead of once per call: a client sends every request to the same origin, and OkHttp's
 * canonicalisation of a host name (its IDN mapping) was the largest part of building a request in a profile
 * of the loopback benchmark.
 *
 * <p>The rest of the URL, an absolute path with its query, is resolved against the kept origin with
 * {@link HttpUrl#resolve(String)}, which parses it exactly as {@link HttpUrl#get(String)} parses the same
 * characters in the whole URL and copies the origin's scheme, user info, host and port. A URL whose
 * authority is not followed by a single {@code /} (no path, a bare query, a path starting {@code //}) is
 * parsed whole, as before. Thread-safe: the one origin kept is an immutable value behind a volatile
 * reference.
 */
final class RequestUrls {

    /** The last origin seen: the URL's text up to its path, and the same parsed. */
    private record Origin(String prefix, HttpUrl url) {
    }

    private volatile Origin last;

    /**
     * OkHttp's URL for this text.
     *
     * @param url an absolute http or https URL
     * @return the parsed URL, equal to {@code HttpUrl.get(url)}
     * @throws IllegalArgumentException if OkHttp cannot parse the URL
     */
    HttpUrl of(String url) {
        Origin origin = last;
        if (origin == null || !url.startsWith(origin.prefix()) || !startsPath(url, origin.prefix().length())) {
            origin = originOf(url);
            if (origin == null) {
                return HttpUrl.get(url);
            }
            last = origin;
        }
        HttpUrl resolved = origin.url().resolve(url.substring(origin.prefix().length()));
        // resolve() answers null where get() would throw: let get() say what is wrong.
        return resolved != null ? resolved : HttpUrl.get(url);
    }

    /** The origin of this URL; null when it has no path right after its authority. */
    private static Origin originOf(String url) {
        int authority = url.indexOf("://");
        if (authority < 0) {
            return null;
        }
        int end = authority + 3;
        while (end < url.length() && "/\\?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        if (!startsPath(url, end)) {
            return null;
        }
        HttpUrl parsed = HttpUrl.parse(url.substring(0, end));
        return parsed == null ? null : new Origin(url.substring(0, end), parsed);
    }

    /** An absolute path at {@code at}: one slash, not two (two would start an authority). */
    private static boolean startsPath(String url, int at) {
        return at < url.length() && url.charAt(at) == '/' && (at + 1 == url.length() || url.charAt(at + 1) != '/');
    }
}
