package dev.linepay4j.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** LINE Pay's signature, computed independently of the library: Base64(HMAC-SHA256(secret, secret + path + payload + nonce)). */
public final class Signatures {

    private Signatures() {
    }

    public static String expected(String secret, String apiPath, byte[] payload, String nonce) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(secret.getBytes(StandardCharsets.UTF_8));
            mac.update(apiPath.getBytes(StandardCharsets.UTF_8));
            mac.update(payload);
            mac.update(nonce.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
