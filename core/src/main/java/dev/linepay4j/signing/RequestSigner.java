package dev.linepay4j.signing;

import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The port that authenticates a request to LINE Pay. A client holds one signer for its lifetime; each
 * attempt of each call asks it for fresh headers (a retry is signed again with a new nonce).
 * Implementations are immutable and thread-safe.
 *
 * <pre>{@code
 * RequestSigner signer = HmacSha256Signer.create(secret, NonceSource.uuidV4());
 * Map<String, String> headers = signer.sign(SignatureInput.forPost(path, body));
 * }</pre>
 */
public interface RequestSigner {

    /**
     * The authentication headers for one request.
     *
     * @param input the path and the exact payload to be sent
     * @return header names and values in a stable order; never empty
     */
    Map<String, String> sign(SignatureInput input);

    /**
     * The same headers as {@link #sign(SignatureInput)}, in the same order, handed one by one to the
     * request being built. The client calls this on every attempt; an implementation may override it to
     * skip building the map.
     *
     * @param input   the path and the exact payload to be sent
     * @param headers receives each header's name and value
     */
    default void sign(SignatureInput input, BiConsumer<String, String> headers) {
        sign(input).forEach(headers);
    }
}
