package dev.linepay4j.it.client;

import dev.linepay4j.Environment;
import dev.linepay4j.testkit.contract.LoopbackHttpServer;
import dev.linepay4j.testkit.contract.LoopbackHttpServer.Received;
import dev.linepay4j.testkit.contract.LoopbackHttpServer.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Plays LINE Pay on 127.0.0.1 with canned answers, and keeps what the client sent so a test can check the
 * method, path, query, body, headers and signature. The signature is verified here, with javax.crypto, not
 * with the library's signer.
 */
final class ScriptedLinePay implements AutoCloseable {

    private volatile Function<Received, Reply> script = r -> Reply.ok("{\"returnCode\":\"0000\"}");
    private final LoopbackHttpServer server;

    private ScriptedLinePay() {
        try {
            server = LoopbackHttpServer.start(r -> script.apply(r));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ScriptedLinePay start() {
        return new ScriptedLinePay();
    }

    /** Answers every request with this script from now on. */
    void answer(Function<Received, Reply> script) {
        this.script = script;
    }

    /** Answers every request with this JSON body, HTTP 200. */
    void answer(String json) {
        answer(r -> Reply.ok(json));
    }

    static Reply reply(int status, String contentType, String body) {
        return Reply.of(status, Map.of("Content-Type", contentType), body.getBytes(StandardCharsets.UTF_8));
    }

    Environment environment() {
        return Environment.custom(server.uri(""));
    }

    List<Received> received() {
        return server.received();
    }

    Received last() {
        List<Received> all = received();
        if (all.isEmpty()) {
            throw new AssertionError("the server received nothing");
        }
        return all.get(all.size() - 1);
    }

    @Override
    public void close() {
        server.close();
    }

    /** Base64(HMAC-SHA256(secret, secret + path + (body or query) + nonce)), as LINE Pay checks it. */
    static String expectedSignature(String secret, Received r) {
        byte[] payload = r.method().equals("POST") ? r.body()
                : r.query().orElse("").getBytes(StandardCharsets.UTF_8);
        String nonce = r.header("X-LINE-Authorization-Nonce").orElseThrow(() -> new AssertionError("no nonce"));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(secret.getBytes(StandardCharsets.UTF_8));
            mac.update(r.path().getBytes(StandardCharsets.UTF_8));
            mac.update(payload);
            mac.update(nonce.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
