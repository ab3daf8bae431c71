package dev.linepay4j.archfixture;

import java.net.http.HttpClient;

/** A class that breaks the layering on purpose, to show the rules catch it. */
public final class ReachesForJdkHttp {

    private ReachesForJdkHttp() {
    }

    /** Uses an HTTP library directly, which only adapter modules may do. */
    public static HttpClient client() {
        return HttpClient.newHttpClient();
    }
}
