package dev.linepay4j.examples;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The customer's browser, on the embedded sandbox's payment page: it opens {@code paymentUrl.web}, submits
 * the page's Pay form as a browser would (the form's own method and action, read from the HTML), and
 * stops at the redirect, so the demo can show where LINE Pay sends the customer before following it.
 */
final class Customer {

    /** A form with its attributes (group 1) and content (group 2). */
    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form\\s*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** One attribute: a name, and a value in double, single or no quotes. */
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_:][-a-zA-Z0-9_:.]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+))");
    /** The Pay button: {@code id="pay"}. */
    private static final Pattern PAY_BUTTON = Pattern.compile("\\bid\\s*=\\s*[\"']?pay[\"'\\s>]", Pattern.CASE_INSENSITIVE);

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** Where pressing Pay sent the browser. */
    record Redirect(int status, URI form, URI location) {
    }

    /** A page the browser was shown. */
    record Page(int status, String html) {
    }

    private final HttpClient browser = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)   // the demo shows the redirect, then follows it itself
            .build();

    /**
     * Opens the payment page and presses Pay.
     *
     * @param paymentPage {@code paymentUrl.web}
     * @return the redirect the page answered with
     */
    Redirect pay(URI paymentPage) throws IOException, InterruptedException {
        HttpResponse<String> shown = browser.send(HttpRequest.newBuilder(paymentPage).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (shown.statusCode() != 200) {
            throw new DemoFailure("the payment page " + paymentPage + " answered HTTP " + shown.statusCode());
        }
        URI form = payForm(paymentPage, shown.body()).orElseThrow(() -> new DemoFailure("the payment page "
                + paymentPage + " has no Pay form (a <form method=\"post\"> holding the button id=\"pay\")"));
        HttpResponse<String> pressed = browser.send(HttpRequest.newBuilder(form).timeout(TIMEOUT)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        int status = pressed.statusCode();
        Optional<String> location = pressed.headers().firstValue("Location");
        if (status / 100 != 3 || location.isEmpty()) {
            throw new DemoFailure("pressing Pay (POST " + form + ") answered HTTP " + status
                    + (location.isEmpty() ? " without a Location" : "") + ", not a redirect to the shop's confirm page");
        }
        return new Redirect(status, form, form.resolve(location.get()));
    }

    /**
     * Follows a redirect: loads the page as the browser would.
     *
     * @param location where the redirect points
     * @return the page
     */
    Page open(URI location) throws IOException, InterruptedException {
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(location).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Page(page.statusCode(), page.body());
    }

    /**
     * The Pay form's target: the {@code method="post"} form that holds the button {@code id="pay"} (or,
     * failing that, whose action ends in {@code /approve}), its action resolved against the page.
     *
     * @param page the page's address
     * @param html the page
     * @return where the form posts, or empty when the page has no such form
     */
    static Optional<URI> payForm(URI page, String html) {
        URI fallback = null;
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            Map<String, String> attributes = attributes(form.group(1));
            if (!attributes.getOrDefault("method", "get").equalsIgnoreCase("post")) {
                continue;
            }
            String action = attributes.getOrDefault("action", "");
            URI target = page.resolve(action.isEmpty() ? page.toString() : action);
            if (PAY_BUTTON.matcher(form.group(2)).find()) {
                return Optional.of(target);
            }
            if (fallback == null && target.getPath() != null && target.getPath().endsWith("/approve")) {
                fallback = target;
            }
        }
        return Optional.ofNullable(fallback);
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new HashMap<>();
        Matcher a = ATTRIBUTE.matcher(text);
        while (a.find()) {
            String value = a.group(2) != null ? a.group(2) : a.group(3) != null ? a.group(3) : a.group(4);
            attributes.putIfAbsent(a.group(1).toLowerCase(Locale.ROOT), unescape(value));
        }
        return attributes;
    }

    /** The HTML character references the sandbox (and most pages) write in attribute values. */
    private static String unescape(String s) {
        return s.replace("&quot;", "\"").replace("&#39;", "'").replace("&#x27;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
    }
}
