package dev.linepay4j.internal;

import dev.linepay4j.CallInfo;
import dev.linepay4j.LinePayError;
import dev.linepay4j.LinePayError.ApiError;
import dev.linepay4j.LinePayError.OutcomeUnknown;
import dev.linepay4j.LinePayError.ProtocolError;
import dev.linepay4j.LinePayError.TransportFailure;
import dev.linepay4j.LinePayException;
import dev.linepay4j.LinePayListener;
import dev.linepay4j.LinePayListener.AttemptFinished;
import dev.linepay4j.LinePayListener.AttemptStarted;
import dev.linepay4j.LinePayListener.Outcome;
import dev.linepay4j.domain.code.ReturnCode;
import dev.linepay4j.internal.wire.WireShapeException;
import dev.linepay4j.signing.RequestSigner;
import dev.linepay4j.signing.SignatureInput;
import dev.linepay4j.spi.HttpHeader;
import dev.linepay4j.spi.HttpMethod;
import dev.linepay4j.spi.HttpRequest;
import dev.linepay4j.spi.HttpResponse;
import dev.linepay4j.spi.HttpTransport;
import dev.linepay4j.spi.JsonCodec;
import dev.linepay4j.spi.TransportException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;

/**
 * Runs one attempt of an operation over an {@link HttpTransport}. The body bytes of the operation were
 * written once by the codec; this signs exactly those bytes (POST) or exactly the encoded query (GET)
 * with a fresh nonce, sends the same bytes, and maps what happens:
 * <table>
 *   <caption>How an attempt ends</caption>
 *   <tr><th>What happened</th><th>Error</th></tr>
 *   <tr><td>the client is closed</td><td>{@link TransportFailure} ({@code TRANSPORT_CLOSED}); no event</td></tr>
 *   <tr><td>transport failure before sending</td><td>{@link TransportFailure}</td></tr>
 *   <tr><td>transport failure after sending, or any unexpected exception of the transport</td>
 *       <td>{@link OutcomeUnknown} with the transport's kind ({@code OTHER} for the unexpected)</td></tr>
 *   <tr><td>an answer that is not LINE Pay's (status, empty, HTML, not JSON, no code), or a success
 *       code with a wrong shape</td><td>{@link ProtocolError} for a read; {@link OutcomeUnknown} carrying
 *       it for a call that changes state</td></tr>
 *   <tr><td>a code that is not a result of the call</td><td>{@link ApiError}</td></tr>
 * </table>
 * Headers, in order: {@code Content-Type: application/json} (POST only: a GET has no body; Offline API
 * v2.x clients declare {@code application/json; charset=UTF-8}, as their reference writes it), the fixed
 * headers of the client ({@code X-LINE-ChannelId}, the merchant device headers when configured), then the
 * signer's. Async attempts complete on the transport's threads, with the {@link LinePayException} itself.
 *
 * <pre>{@code
 * CallExecutor executor = new HttpCallExecutor(transport, codec, HmacSha256Signer.create(secret, NonceSource.uuidV4()),
 *         Environment.SANDBOX.baseUri(), List.of(new HttpHeader("X-LINE-ChannelId", "1234567890")),
 *         LinePayListener.noOp(), Clock.systemUTC(), secret.reveal(), closed::get);
 * }</pre>
 */
public final class HttpCallExecutor implements CallExecutor {

    private static final System.Logger LOG = System.getLogger("dev.linepay4j");

    private final HttpTransport transport;
    private final JsonCodec codec;
    private final RequestSigner signer;
    private final URI baseUri;
    private final HttpHeader[] fixedHeaders;
    private final LinePayListener listener;
    /** False for {@link LinePayListener#noOp()}: then no event is built at all. */
    private final boolean listening;
    private final Clock clock;
    private final Redactor redactor;
    private final BooleanSupplier closed;
    private final HttpHeader contentType;

    /**
     * Creates an executor whose POSTs declare {@code Content-Type: application/json}.
     *
     * @param transport    the transport
     * @param codec        the codec that reads answers
     * @param signer       the signer, its key prepared once
     * @param baseUri      scheme, host and port, without a trailing slash
     * @param fixedHeaders the headers every call carries besides Content-Type and the signature
     * @param listener     hears every attempt
     * @param clock        stamps the events
     * @param secret       the channel secret in clear, only to mask it in excerpts
     * @param closed       whether the client has been closed
     */
    public HttpCallExecutor(HttpTransport transport, JsonCodec codec, RequestSigner signer, URI baseUri,
                            List<HttpHeader> fixedHeaders, LinePayListener listener, Clock clock, String secret,
                            BooleanSupplier closed) {
        this(transport, codec, signer, baseUri, fixedHeaders, listener, clock, secret, closed, "application/json");
    }

    /**
     * Creates an executor whose POSTs declare the given {@code Content-Type} (the legacy Offline API v2
     * documents {@code application/json; charset=UTF-8}).
     *
     * @param transport    the transport
     * @param codec        the codec that reads answers
     * @param signer       the signer, its key prepared once
     * @param baseUri      scheme, host and port, without a trailing slash
     * @param fixedHeaders the headers every call carries besides Content-Type and the signature
     * @param listener     hears every attempt
     * @param clock        stamps the events
     * @param secret       the channel secret in clear, only to mask it in excerpts
     * @param closed       whether the client has been closed
     * @param contentType  the {@code Content-Type} of every POST
     */
    public HttpCallExecutor(HttpTransport transport, JsonCodec codec, RequestSigner signer, URI baseUri,
                            List<HttpHeader> fixedHeaders, LinePayListener listener, Clock clock, String secret,
                            BooleanSupplier closed, String contentType) {
        this.contentType = new HttpHeader("Content-Type", Objects.requireNonNull(contentType, "contentType"));
        this.transport = Objects.requireNonNull(transport, "transport");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.signer = Objects.requireNonNull(signer, "signer");
        this.baseUri = Objects.requireNonNull(baseUri, "baseUri");
        this.fixedHeaders = fixedHeaders.toArray(HttpHeader[]::new);
        this.listener = Objects.requireNonNull(listener, "listener");
        this.listening = listener != LinePayListener.noOp();
        this.clock = Objects.requireNonNull(clock, "clock");
        this.redactor = new Redactor(Objects.requireNonNull(secret, "secret"));
        this.closed = Objects.requireNonNull(closed, "closed");
    }

    @Override
    public <T> T execute(Operation<T> operation) {
        Attempt<T> attempt = begin(operation);
        HttpResponse response;
        try {
            response = transport.send(attempt.request);
        } catch (RuntimeException e) {
            throw attempt.failed(e);
        }
        return attempt.answered(response);
    }

    @Override
    public <T> CompletableFuture<T> executeAsync(Operation<T> operation) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Attempt<T> attempt;
        try {
            attempt = begin(operation);
        } catch (LinePayException e) {
            result.completeExceptionally(e);
            return result;
        }
        CompletableFuture<HttpResponse> sent;
        try {
            sent = transport.sendAsync(attempt.request);
        } catch (RuntimeException e) {
            result.completeExceptionally(attempt.failed(e));
            return result;
        }
        sent.whenComplete((response, failure) -> {
            try {
                if (failure != null) {
                    result.completeExceptionally(attempt.failed(unwrap(failure)));
                } else {
                    result.complete(attempt.answered(response));
                }
            } catch (LinePayException e) {
                result.completeExceptionally(e);
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        result.whenComplete((value, failure) -> {
            if (result.isCancelled()) {
                sent.cancel(true);
            }
        });
        return result;
    }

    private <T> Attempt<T> begin(Operation<T> op) {
        if (closed.getAsBoolean()) {
            throw new LinePayException(new TransportFailure(op.call(), TransportException.Kind.TRANSPORT_CLOSED));
        }
        boolean post = op.method() == HttpMethod.POST;
        String target = op.query().isEmpty() ? op.apiPath() : op.apiPath() + "?" + op.query();
        HttpRequest.Builder b = HttpRequest.builder(op.method(), baseUri, target)
                .readTimeout(op.readTimeout())
                .connectTimeout(op.connectTimeout());
        if (post) {
            b.header(contentType);
        }
        for (HttpHeader h : fixedHeaders) {
            b.header(h);
        }
        SignatureInput input = post ? SignatureInput.forPost(op.apiPath(), op.body())
                : SignatureInput.forGet(op.apiPath(), op.query());
        signer.sign(input, b::header);
        if (post) {
            b.body(op.body());
        }
        // The start instant only stamps events: without a listener, the clock is not read.
        Attempt<T> attempt = new Attempt<>(op, b.build(), listening ? clock.instant() : Instant.EPOCH, System.nanoTime());
        if (listening) {
            tell(() -> listener.attemptStarted(new AttemptStarted(op.call(), op.attempt(), attempt.start)));
        }
        return attempt;
    }

    /** One attempt in flight: its request and when it started. */
    private final class Attempt<T> {

        final Operation<T> op;
        final HttpRequest request;
        final Instant start;
        final long startNanos;

        Attempt(Operation<T> op, HttpRequest request, Instant start, long startNanos) {
            this.op = op;
            this.request = request;
            this.start = start;
            this.startNanos = startNanos;
        }

        T answered(HttpResponse response) {
            CallInfo call = op.call();
            AnswerReader.Read read = AnswerReader.read(response, codec, call, redactor, op.sensitive());
            if (read instanceof AnswerReader.Unreadable unreadable) {
                throw finish(status(response), Optional.empty(), unreadable(unreadable.error()), null);
            }
            AnswerReader.Envelope answer = (AnswerReader.Envelope) read;
            ReturnCode code = answer.envelope().returnCode();
            if (!op.isResult(code)) {
                throw finish(status(response), Optional.of(code), new ApiError(call, code,
                        redactor.mask(answer.envelope().message(), op.sensitive())), null);
            }
            T value;
            try {
                value = op.map(answer.envelope(), answer.body());
            } catch (WireShapeException e) {
                ProtocolError wrong = new ProtocolError(call, ProtocolError.Problem.WRONG_SHAPE, response.status(),
                        "code " + code.code() + " but " + e.getMessage(), redactor.excerpt(response.body(), op.sensitive()));
                throw finish(status(response), Optional.of(code), unreadable(wrong), null);
            }
            if (listening) {
                finished(status(response), Optional.of(code), Outcome.SUCCESS, Optional.empty());
            }
            return value;
        }

        private OptionalInt status(HttpResponse response) {
            return OptionalInt.of(response.status());
        }

        LinePayException failed(Throwable failure) {
            CallInfo call = op.call();
            if (failure instanceof TransportException t) {
                LinePayError error = t.phase() == TransportException.Phase.BEFORE_SEND
                        ? new TransportFailure(call, t.kind())
                        : OutcomeUnknown.afterTransportFailure(call, t.kind());
                return finish(OptionalInt.empty(), Optional.empty(), error, sanitized(t));
            }
            // A transport that breaks its contract: nobody can say whether the request left.
            return finish(OptionalInt.empty(), Optional.empty(),
                    OutcomeUnknown.afterTransportFailure(call, TransportException.Kind.OTHER), failure);
        }

        private LinePayError unreadable(ProtocolError error) {
            return op.changesState() ? OutcomeUnknown.afterUnreadableAnswer(error) : error;
        }

        private LinePayException finish(OptionalInt status, Optional<ReturnCode> code, LinePayError error,
                                        Throwable cause) {
            finished(status, code, Outcome.of(error), Optional.of(error));
            return new LinePayException(error, cause);
        }

        private void finished(OptionalInt status, Optional<ReturnCode> code, Outcome outcome,
                              Optional<LinePayError> error) {
            if (!listening) {
                return;
            }
            Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
            tell(() -> listener.attemptFinished(new AttemptFinished(op.call(), op.attempt(), start, took, status,
                    code, outcome, error)));
        }

        /**
         * The transport's exception, or a copy whose message shows the path as the call does: a transport
         * names the request's path, and a path may hold a regKey.
         */
        private Throwable sanitized(TransportException t) {
            if (op.sensitive().isEmpty() || t.getMessage() == null || !t.getMessage().contains(op.apiPath())) {
                return t;
            }
            String prefix = t.kind() + ": ";
            String message = t.getMessage().replace(op.apiPath(), op.call().path());
            TransportException copy = new TransportException(t.kind(),
                    message.startsWith(prefix) ? message.substring(prefix.length()) : message, t.getCause());
            copy.setStackTrace(t.getStackTrace());
            return copy;
        }
    }

    private static Throwable unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static void tell(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a LinePayListener threw; the call goes on as if it had not", e);
        }
    }

    /** The base URI; never the headers, which hold the channel id and, per call, signatures. */
    @Override
    public String toString() {
        return "HttpCallExecutor[" + baseUri + "]";
    }
}
