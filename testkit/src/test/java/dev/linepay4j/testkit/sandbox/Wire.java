package dev.linepay4j.testkit.sandbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.linepay4j.domain.json.JsonObject;
import dev.linepay4j.domain.json.JsonValue;
import dev.linepay4j.testkit.json.MinimalJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A LINE Pay client for the tests, written from LINEPAY-API.md §2 alone and independent of core's
 * signer: X-LINE-Authorization = Base64(HMAC-SHA256(key = secret, message = secret + path + payload +
 * nonce)), with javax.crypto directly. Every request goes over real HTTP on loopback.
 */
final class Wire {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private final URI base;
    private final String channelId;
    private final String secret;

    Wire(URI base, String channelId, String secret) {
        this.base = base;
        this.channelId = channelId;
        this.secret = secret;
    }

    static Wire of(LinePaySandbox sandbox) {
        return new Wire(sandbox.baseUri(), LinePaySandbox.DEFAULT_CHANNEL_ID, LinePaySandbox.DEFAULT_CHANNEL_SECRET);
    }

    Wire as(String channelId, String secret) {
        return new Wire(base, channelId, secret);
    }

    /** The signature, computed from the documented rule only. */
    static String sign(String secret, String path, byte[] payload, String nonce) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(UTF_8), "HmacSHA256"));
            mac.update(secret.getBytes(UTF_8));
            mac.update(path.getBytes(UTF_8));
            mac.update(payload);
            mac.update(nonce.getBytes(UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    Response post(String path, String body) {
        return send(signedPost(path, body.getBytes(UTF_8), UUID.randomUUID().toString()));
    }

    Response get(String path, String query) {
        return send(signedGet(path, query, UUID.randomUUID().toString()));
    }

    /** A correctly signed POST, ready for a test to change before sending. */
    HttpRequest.Builder signedPost(String path, byte[] body, String nonce) {
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("X-LINE-ChannelId", channelId)
                .header("X-LINE-Authorization-Nonce", nonce)
                .header("X-LINE-Authorization", sign(secret, path, body, nonce))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    HttpRequest.Builder signedGet(String path, String query, String nonce) {
        return HttpRequest.newBuilder(base.resolve(query.isEmpty() ? path : path + "?" + query))
                .timeout(Duration.ofSeconds(10))
                .header("X-LINE-ChannelId", channelId)
                .header("X-LINE-Authorization-Nonce", nonce)
                .header("X-LINE-Authorization", sign(secret, path, query.getBytes(UTF_8), nonce))
                .GET();
    }

    /**
     * A POST of Offline API v2 or v2.4: the channel secret itself in {@code X-LINE-ChannelSecret}, no
     * signature, and the Content-Type the legacy reference names.
     */
    HttpRequest.Builder secretPost(String path, String body) {
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("X-LINE-ChannelId", channelId)
                .header("X-LINE-ChannelSecret", secret)
                .POST(HttpRequest.BodyPublishers.ofString(body, UTF_8));
    }

    /** A GET of Offline API v2 or v2.4, with the secret header. */
    HttpRequest.Builder secretGet(String path, String query) {
        return HttpRequest.newBuilder(base.resolve(query.isEmpty() ? path : path + "?" + query))
                .timeout(Duration.ofSeconds(10))
                .header("X-LINE-ChannelId", channelId)
                .header("X-LINE-ChannelSecret", secret)
                .GET();
    }

    /**
     * A call authenticated the way the path's generation does: the secret header under {@code /v2} and
     * {@code /v2.4}, HMAC elsewhere.
     */
    Response call(String method, String path, String queryOrBody) {
        boolean secretHeader = path.startsWith("/v2/") || path.startsWith("/v2.4/");
        if (method.equals("GET")) {
            return secretHeader ? send(secretGet(path, queryOrBody)) : get(path, queryOrBody);
        }
        return secretHeader ? send(secretPost(path, queryOrBody)) : post(path, queryOrBody);
    }

    static Response send(HttpRequest.Builder request) {
        return send(request.build());
    }

    static Response send(HttpRequest request) {
        try {
            HttpResponse<byte[]> r = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Response(r.statusCode(), new String(r.body(), UTF_8), r.headers().map());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A plain HTTP call to the control API or the payment page (no signature). */
    Response control(String method, String path, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10));
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        return send(b);
    }

    URI base() {
        return base;
    }

    /** An answer: status, raw text, headers. */
    record Response(int status, String body, Map<String, java.util.List<String>> headers) {

        JsonObject json() {
            JsonValue v = MinimalJson.read(body.getBytes(UTF_8));
            return (JsonObject) v;
        }

        String returnCode() {
            return json().string("returnCode").orElseThrow(() -> new AssertionError("no returnCode in " + body));
        }

        String returnMessage() {
            return json().string("returnMessage").orElse("");
        }

        JsonObject info() {
            return json().object("info").orElseThrow(() -> new AssertionError("no info object in " + body));
        }

        Optional<String> header(String name) {
            for (Map.Entry<String, java.util.List<String>> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                    return Optional.of(e.getValue().get(0));
                }
            }
            return Optional.empty();
        }

        /** The literal text of a member's value in the raw body, e.g. {@code 2026112200000000017}. */
        String raw(String member) {
            Matcher m = Pattern.compile("\"" + Pattern.quote(member) + "\":(\"[^\"]*\"|[^,}\\]]+)").matcher(body);
            if (!m.find()) {
                throw new AssertionError("no " + member + " in " + body);
            }
            return m.group(1);
        }
    }

    /** JSON text helpers for request bodies. */
    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
