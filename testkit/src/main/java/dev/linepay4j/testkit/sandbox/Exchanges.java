package dev.linepay4j.testkit.sandbox;

import com.sun.net.httpserver.HttpExchange;
import dev.linepay4j.domain.json.JsonObject;
import dev.linepay4j.testkit.json.MinimalJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Reading requests and writing responses on the JDK's {@link HttpExchange}. */
final class Exchanges {

    /** The largest request body read: LINE Pay's bodies are a few KiB; JSON limits stop at 1 MiB too. */
    static final int MAX_BODY = 1024 * 1024;

    static final String JSON = "application/json;charset=UTF-8";
    static final String HTML = "text/html;charset=UTF-8";

    /** The exchange attribute holding what writes the request's log line once its status is sent. */
    static final String LOG_ATTRIBUTE = "dev.linepay4j.sandbox.log";

    private Exchanges() {
    }

    /** The whole body, or empty when it is larger than {@link #MAX_BODY}. */
    static Optional<byte[]> body(HttpExchange ex) throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                if (out.size() > MAX_BODY) {
                    return Optional.empty();
                }
            }
            return Optional.of(out.toByteArray());
        }
    }

    static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            ex.getResponseHeaders().set("Content-Type", contentType);
        }
        // -1 tells the JDK server "no body" and sends Content-Length: 0.
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        // Logged before the body leaves: a caller that has its answer finds the request's line already there.
        if (ex.getAttribute(LOG_ATTRIBUTE) instanceof Runnable logLine) {
            logLine.run();
        }
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    static void json(HttpExchange ex, int status, JsonObject body) throws IOException {
        send(ex, status, JSON, MinimalJson.write(body));
    }

    /** A control-API error: {@code {"error": "..."}}, with an HTTP status that says what kind. */
    static void error(HttpExchange ex, int status, String message) throws IOException {
        json(ex, status, JsonObject.builder().put("error", message).build());
    }

    static void html(HttpExchange ex, int status, String page) throws IOException {
        // The page shows merchant-provided text: no script, no remote resource, no sniffing.
        ex.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        send(ex, status, HTML, page.getBytes(StandardCharsets.UTF_8));
    }

    static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        send(ex, 303, null, new byte[0]);
    }
}
