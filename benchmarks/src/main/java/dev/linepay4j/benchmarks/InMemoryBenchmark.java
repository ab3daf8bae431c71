package dev.linepay4j.benchmarks;

import dev.linepay4j.Environment;
import dev.linepay4j.LinePay;
import dev.linepay4j.codec.jackson.JacksonJsonCodec;
import dev.linepay4j.domain.ChannelSecret;
import dev.linepay4j.domain.code.ResultEnvelope;
import dev.linepay4j.domain.json.JsonValue;
import dev.linepay4j.domain.response.ConfirmResponse;
import dev.linepay4j.domain.response.PaymentDetails;
import dev.linepay4j.domain.response.PaymentRequestResponse;
import dev.linepay4j.signing.HmacSha256Signer;
import dev.linepay4j.signing.NonceSource;
import dev.linepay4j.signing.SignatureInput;
import dev.linepay4j.spi.HttpRequest;
import dev.linepay4j.spi.JsonCodec;
import dev.linepay4j.spi.JsonLimits;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The library's own work per call, with no network: {@link LinePay} over an {@link InMemoryTransport} that
 * answers at once with a canned LINE Pay answer (build, encode, sign, decode, map, and the listener and
 * error plumbing around them), next to the parts alone.
 *
 * <p>The parts use public API only: core's wire mapping is internal, so "encode" is the codec writing the
 * very tree the client built (read back from the bytes it sent), and "decode" is the codec reading the
 * answer plus the envelope read; the typed mapping is the rest of the full call.
 */
@BenchmarkMode(Mode.AverageTime)
@Fork(2)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class InMemoryBenchmark {

    private static final String NONCE = "0e9b4b9b-2e8a-4d6e-9f25-0c4ff8a4d3b1";

    private JsonCodec codec;
    private LinePay confirmClient;
    private LinePay requestClient;
    private LinePay detailsClient;
    private HmacSha256Signer signer;
    private SignatureInput confirmSignatureInput;
    private JsonValue confirmTree;
    private JsonValue requestTree;

    /** Builds the three clients once, and takes the confirm and request bodies they send. */
    @Setup
    public void setUp() {
        codec = new JacksonJsonCodec(JsonLimits.defaults());
        confirmClient = client(InMemoryTransport.answering(Fixture.CONFIRM_ANSWER));
        requestClient = client(InMemoryTransport.answering(Fixture.REQUEST_ANSWER));
        detailsClient = client(InMemoryTransport.answering(Fixture.DETAILS_ANSWER));
        signer = HmacSha256Signer.create(ChannelSecret.of(Fixture.CHANNEL_SECRET), NonceSource.uuidV4());

        HttpRequest confirmSent = sent(Fixture.CONFIRM_ANSWER, c -> c.confirm(Fixture.TRANSACTION_ID, Fixture.CONFIRM));
        HttpRequest requestSent = sent(Fixture.REQUEST_ANSWER, c -> c.request(Fixture.REQUEST));
        confirmSignatureInput = SignatureInput.forPost(confirmSent.uri().getRawPath(), confirmSent.body());
        confirmTree = codec.read(confirmSent.body());
        requestTree = codec.read(requestSent.body());
    }

    /** Closes the clients (their transports are the benchmark's and hold nothing). */
    @TearDown
    public void tearDown() {
        confirmClient.close();
        requestClient.close();
        detailsClient.close();
    }

    private LinePay client(InMemoryTransport transport) {
        return LinePay.builder()
                .channelId(Fixture.CHANNEL_ID)
                .channelSecret(Fixture.CHANNEL_SECRET)
                .environment(Environment.SANDBOX)
                .transport(transport)
                .codec(codec)
                .build();
    }

    private HttpRequest sent(byte[] answer, java.util.function.Consumer<LinePay> call) {
        InMemoryTransport recording = InMemoryTransport.recording(answer);
        try (LinePay c = client(recording)) {
            call.accept(c);
        }
        return recording.last();
    }

    // ---- the full calls -------------------------------------------------------------------------

    /**
     * {@code POST /v3/payments/{id}/confirm}, end to end in memory.
     *
     * @return the typed answer
     */
    @Benchmark
    public ConfirmResponse confirm() {
        return confirmClient.confirm(Fixture.TRANSACTION_ID, Fixture.CONFIRM);
    }

    /**
     * The same through the async form, joined.
     *
     * @return the typed answer
     */
    @Benchmark
    public ConfirmResponse confirmAsync() {
        return confirmClient.confirmAsync(Fixture.TRANSACTION_ID, Fixture.CONFIRM).join();
    }

    /**
     * {@code POST /v3/payments/request} with one package of two products: validation included.
     *
     * @return the typed answer
     */
    @Benchmark
    public PaymentRequestResponse request() {
        return requestClient.request(Fixture.REQUEST);
    }

    /**
     * {@code GET /v3/payments?transactionId=...}: one payment with its package and products.
     *
     * @return the typed answer
     */
    @Benchmark
    public List<PaymentDetails> details() {
        return detailsClient.paymentDetails(Fixture.DETAILS);
    }

    // ---- the parts alone ------------------------------------------------------------------------

    /**
     * Signing a confirm as the client does: a fresh UUID nonce, then the HMAC over the exact body.
     *
     * @return the two headers
     */
    @Benchmark
    public Map<String, String> signConfirm() {
        return signer.sign(confirmSignatureInput);
    }

    /**
     * The HMAC alone, with a fixed nonce.
     *
     * @return the signature
     */
    @Benchmark
    public String signConfirmFixedNonce() {
        return signer.signature(confirmSignatureInput, NONCE);
    }

    /**
     * The codec writing the confirm body's tree.
     *
     * @return the bytes
     */
    @Benchmark
    public byte[] encodeConfirm() {
        return codec.write(confirmTree);
    }

    /**
     * The codec writing the payment request's tree.
     *
     * @return the bytes
     */
    @Benchmark
    public byte[] encodeRequest() {
        return codec.write(requestTree);
    }

    /**
     * The codec reading the confirm answer, and its envelope read.
     *
     * @return the envelope
     */
    @Benchmark
    public ResultEnvelope decodeConfirm() {
        return ResultEnvelope.read(codec.read(Fixture.CONFIRM_ANSWER));
    }

    /**
     * The codec reading the details answer, and its envelope read.
     *
     * @return the envelope
     */
    @Benchmark
    public ResultEnvelope decodeDetails() {
        return ResultEnvelope.read(codec.read(Fixture.DETAILS_ANSWER));
    }
}
