package dev.linepay4j.testkit.fake;

import dev.linepay4j.CallOptions;
import dev.linepay4j.Endpoint;
import dev.linepay4j.LinePayError;
import dev.linepay4j.LinePayException;
import dev.linepay4j.OnlinePayments;
import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.domain.ChannelId;
import dev.linepay4j.domain.RegKey;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.code.RegKeyStatus;
import dev.linepay4j.domain.code.RequestStatus;
import dev.linepay4j.domain.code.ReturnCode;
import dev.linepay4j.domain.payment.Payment;
import dev.linepay4j.domain.payment.PaymentEvent;
import dev.linepay4j.domain.request.CaptureRequest;
import dev.linepay4j.domain.request.ConfirmRequest;
import dev.linepay4j.domain.request.PaymentDetailsQuery;
import dev.linepay4j.domain.request.PaymentRequest;
import dev.linepay4j.domain.request.PreapprovedPaymentRequest;
import dev.linepay4j.domain.request.RefundRequest;
import dev.linepay4j.domain.response.Acknowledgement;
import dev.linepay4j.domain.response.CaptureResponse;
import dev.linepay4j.domain.response.ConfirmResponse;
import dev.linepay4j.domain.response.PaymentDetails;
import dev.linepay4j.domain.response.PaymentRequestResponse;
import dev.linepay4j.domain.response.PreapprovedPaymentResponse;
import dev.linepay4j.domain.response.RefundResponse;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

/**
 * LINE Pay's Online API in memory: an {@link OnlinePayments} for a merchant's unit tests, with neither HTTP
 * nor a port. Give it to the code under test where production code gets a {@link dev.linepay4j.LinePay},
 * play the customer's and LINE Pay's part with its controls, and look at what happened.
 *
 * <pre>{@code
 * FakeLinePay linePay = FakeLinePay.create();
 * CheckoutService checkout = new CheckoutService(linePay);          // your code, taking an OnlinePayments
 *
 * checkout.checkout("order-1", 300);                                 // calls request(...)
 * TransactionId id = linePay.payments().get(0).transactionId();
 * URI back = linePay.approve(id).orElseThrow();                      // the customer pays: confirmUrl?transactionId=…&orderId=…
 * checkout.confirm(back.getRawQuery());                              // calls confirm(...)
 * assertThat(linePay.payment(id).orElseThrow().state()).isEqualTo(PaymentState.CAPTURED);
 *
 * linePay.failNextCall(Endpoint.REFUND, ReturnCode.of("1165"));     // LINE Pay refuses the next refund
 * linePay.failNext(Endpoint.CONFIRM, FakeFailure.answerLost());      // confirms, but the caller times out
 * linePay.advanceClock(Duration.ofMinutes(20));                      // unconfirmed requests expire (0121)
 * }</pre>
 *
 * <h2>It answers as LINE Pay does</h2>
 * <ul>
 *   <li>Requests are checked as the client checks them: a request the API version does not accept fails
 *       with {@link LinePayError.InvalidRequest} and nothing happens (the call is still recorded).</li>
 *   <li>Every change of a payment goes through core's {@link dev.linepay4j.domain.payment.PaymentMachine},
 *       as in the testkit's {@code LinePaySandbox}: its refusals are {@link LinePayError.ApiError}s with the
 *       machine's code ({@code 1169} confirm before approval, {@code 1153} amount differs, {@code 1172} done
 *       already, {@code 1164} refund above the balance, {@code 1165} refunded or voided already...). Unknown
 *       transactions answer {@code 1150}, a reused order id {@code 1172}, an unknown regKey {@code 1190}, an
 *       expired one {@code 1193}; details that match no confirmed payment {@code 1150}.</li>
 *   <li>Answers have LINE Pay's shape and the sandbox's choices: 19-digit transaction ids (the day's
 *       {@code yyyyMMdd}, then 11 digits; payments and refunds share the series), 12-digit access tokens,
 *       15-character regKeys, dates to the second, {@code paymentProvider} {@code TSP} on v4,
 *       {@code userFeeAmount} on v3, and a {@code raw()} view holding the {@code info} LINE Pay would send.
 *       {@code paymentUrl.web} is {@code https://fake-linepay.invalid/pay/{transactionId}}, which opens
 *       nothing: use {@link #approve} and {@link #cancel} instead.</li>
 *   <li>Status checks answer statuses as values: {@code 0000}, {@code 0110}, {@code 0121} (cancelled or
 *       expired), {@code 0122}, {@code 0123}; a regKey check answers {@link RegKeyStatus#NOT_FOUND} and
 *       {@link RegKeyStatus#EXPIRED} rather than failing.</li>
 *   <li>Time: a request not confirmed within the request lifetime (20 minutes) expires, an uncaptured
 *       authorization after the authorization lifetime (5 days; LINE Pay documents none). Expiries are
 *       applied whenever a payment is looked at, by the fake's clock ({@link #advanceClock}).</li>
 *   <li>Async forms return futures already completed, or failed with the {@link LinePayException} itself
 *       (not wrapped); a null argument throws {@link NullPointerException} at once, in both forms.</li>
 * </ul>
 * Being in memory, it ignores timeouts (the per-call options of {@link #withOptions} are only recorded), never
 * calls a {@code SERVER} confirm URL, and serves one channel. Everything else that the sandbox's README
 * section "Where LINE Pay is silent" lists holds here too.
 *
 * <p>Thread-safe: one lock guards the books, so concurrent calls behave as they would one after the other
 * (of fifty concurrent confirms of one payment, one succeeds).
 *
 * <p>{@link #close()} makes further calls fail with {@link LinePayError.TransportFailure}
 * ({@code TRANSPORT_CLOSED}), as a closed {@link dev.linepay4j.LinePay} does; the controls keep working.
 */
public final class FakeLinePay implements OnlinePayments, AutoCloseable {

    /** The channel id of a fake built without one. */
    public static final String DEFAULT_CHANNEL_ID = "1234567890";
    /** The merchant name the payment details show, for a fake built without one. */
    public static final String DEFAULT_MERCHANT_NAME = "Fake Merchant";
    /** How long a request waits for the customer and the merchant's confirm: 20 minutes, as LINE Pay's documents say. */
    public static final Duration DEFAULT_REQUEST_LIFETIME = Duration.ofMinutes(20);
    /** How long an uncaptured authorization lasts: 5 days (LINE Pay documents none; the sandbox's choice). */
    public static final Duration DEFAULT_AUTHORIZATION_LIFETIME = Duration.ofDays(5);

    private final Engine engine;
    private final CallOptions options;

    private FakeLinePay(Engine engine, CallOptions options) {
        this.engine = engine;
        this.options = options;
    }

    /**
     * A fake with the defaults: Online API v3, channel {@value #DEFAULT_CHANNEL_ID}, the UTC system clock,
     * LINE Pay's lifetimes.
     *
     * @return the fake
     */
    public static FakeLinePay create() {
        return builder().build();
    }

    /**
     * A builder with the defaults of {@link #create()}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    // ---- OnlinePayments ----------------------------------------------------------------------------

    @Override
    public PaymentRequestResponse request(PaymentRequest request) {
        Objects.requireNonNull(request, "request");
        return engine.request(request, options);
    }

    @Override
    public CompletableFuture<PaymentRequestResponse> requestAsync(PaymentRequest request) {
        Objects.requireNonNull(request, "request");
        return Engine.async(() -> engine.request(request, options));
    }

    @Override
    public ConfirmResponse confirm(TransactionId transactionId, ConfirmRequest request) {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(request, "request");
        return engine.confirm(transactionId, request, options);
    }

    @Override
    public CompletableFuture<ConfirmResponse> confirmAsync(TransactionId transactionId, ConfirmRequest request) {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(request, "request");
        return Engine.async(() -> engine.confirm(transactionId, request, options));
    }

    @Override
    public CaptureResponse capture(TransactionId transactionId, CaptureRequest request) {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(request, "request");
        return engine.capture(transactionId, request, options);
    }

    @Override
    public CompletableFuture<CaptureResponse> captureAsync(TransactionId transactionId, CaptureRequest request) {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(request, "request");
        return Engine.async(() -> engine.capture(transactionId, request, options));
    }

    @Override
    public Acknowledgement voidAuthorization(TransactionId transactionId) {
        Objects.requireNonNull(transactionId, "transactionId");
        return engine.voidAuthorization(transactionId, options);
    }

    @Override
    public CompletableFuture<Acknowledgement> voidAuthorizationAsync(TransactionId transactionId) {
        Objects.requireNonNull(transactionId, "transactionId");
        return Engine.async(() -> engine.voidAuthorization(transactionId, options));
    }

    @Override
    public RefundResponse refund(TransactionId transactionId, RefundRequest request) {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(request, "request");
        return engine.refund(transactionId, request, options);
    }

    @Override
    public CompletableFuture<RefundResponse> refundAsync(TransactionId transactionId, RefundRequest request) {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(request, "request");
        return Engine.async(() -> engine.refund(transactionId, request, options));
    }

    @Override
    public List<PaymentDetails> paymentDetails(PaymentDetailsQuery query) {
        Objects.requireNonNull(query, "query");
        return engine.paymentDetails(query, options);
    }

    @Override
    public CompletableFuture<List<PaymentDetails>> paymentDetailsAsync(PaymentDetailsQuery query) {
        Objects.requireNonNull(query, "query");
        return Engine.async(() -> engine.paymentDetails(query, options));
    }

    @Override
    public RequestStatus checkRequestStatus(TransactionId transactionId) {
        Objects.requireNonNull(transactionId, "transactionId");
        return engine.checkRequestStatus(transactionId, options);
    }

    @Override
    public CompletableFuture<RequestStatus> checkRequestStatusAsync(TransactionId transactionId) {
        Objects.requireNonNull(transactionId, "transactionId");
        return Engine.async(() -> engine.checkRequestStatus(transactionId, options));
    }

    @Override
    public RegKeyStatus checkRegKey(RegKey regKey, boolean creditCardAuth) {
        Objects.requireNonNull(regKey, "regKey");
        return engine.checkRegKey(regKey, creditCardAuth, options);
    }

    @Override
    public CompletableFuture<RegKeyStatus> checkRegKeyAsync(RegKey regKey, boolean creditCardAuth) {
        Objects.requireNonNull(regKey, "regKey");
        return Engine.async(() -> engine.checkRegKey(regKey, creditCardAuth, options));
    }

    @Override
    public PreapprovedPaymentResponse payPreapproved(RegKey regKey, PreapprovedPaymentRequest request) {
        Objects.requireNonNull(regKey, "regKey");
        Objects.requireNonNull(request, "request");
        return engine.payPreapproved(regKey, request, options);
    }

    @Override
    public CompletableFuture<PreapprovedPaymentResponse> payPreapprovedAsync(RegKey regKey,
                                                                            PreapprovedPaymentRequest request) {
        Objects.requireNonNull(regKey, "regKey");
        Objects.requireNonNull(request, "request");
        return Engine.async(() -> engine.payPreapproved(regKey, request, options));
    }

    @Override
    public Acknowledgement expireRegKey(RegKey regKey) {
        Objects.requireNonNull(regKey, "regKey");
        return engine.expireRegKey(regKey, options);
    }

    @Override
    public CompletableFuture<Acknowledgement> expireRegKeyAsync(RegKey regKey) {
        Objects.requireNonNull(regKey, "regKey");
        return Engine.async(() -> engine.expireRegKey(regKey, options));
    }

    /**
     * A view whose calls are recorded with the given options (merged over this one's, as the client merges
     * them). Timeouts mean nothing in memory; {@link RecordedCall#options()} shows what the code under test
     * asked for. The view shares everything else with this fake, closing included.
     *
     * @param options the per-call settings
     * @return the view
     */
    @Override
    public OnlinePayments withOptions(CallOptions options) {
        Objects.requireNonNull(options, "options");
        return new FakeLinePay(engine, new CallOptions(options.readTimeout().or(this.options::readTimeout),
                options.connectTimeout().or(this.options::connectTimeout)));
    }

    // ---- the customer's, LINE Pay's and the clock's part --------------------------------------------

    /**
     * The customer approves the payment on LINE Pay's page ({@code 0110}; confirm now succeeds).
     *
     * @param transactionId the request's transaction id
     * @return the {@code confirmUrl} with {@code transactionId} and {@code orderId} appended as LINE Pay
     *         appends them (the URL's own query kept; only {@code transactionId} when it holds an
     *         {@code orderId} already): where the browser goes ({@code CLIENT}) or what LINE Pay would call
     *         ({@code SERVER}, which the fake does not call); empty for {@code NONE}
     * @throws java.util.NoSuchElementException if no payment has the id
     * @throws IllegalStateException            if the payment is not waiting for approval (the message holds
     *                                          the state machine's rule), expired requests included
     */
    public Optional<URI> approve(TransactionId transactionId) {
        Objects.requireNonNull(transactionId, "transactionId");
        return engine.approve(transactionId);
    }

    /**
     * The customer cancels on LINE Pay's page (status {@code 0121}; confirm answers {@code 1180}).
     *
     * @param transactionId the request's transaction id
     * @return the {@code cancelUrl} with {@code transactionId} and {@code orderId} appended; empty when the
     *         request has none
     * @throws java.util.NoSuchElementException if no payment has the id
     * @throws IllegalStateException            if the payment is not waiting for approval
     */
    public Optional<URI> cancel(TransactionId transactionId) {
        Objects.requireNonNull(transactionId, "transactionId");
        return engine.cancel(transactionId);
    }

    /**
     * The request runs out before it is confirmed (status {@code 0121}; confirm answers {@code 1180}), as it
     * does by itself after the request lifetime.
     *
     * @param transactionId the request's transaction id
     * @throws java.util.NoSuchElementException if no payment has the id
     * @throws IllegalStateException            if the payment was confirmed or has ended
     */
    public void expire(TransactionId transactionId) {
        Objects.requireNonNull(transactionId, "transactionId");
        engine.happen(transactionId, new PaymentEvent.Expire());
    }

    /**
     * LINE Pay fails the payment before it is confirmed (status {@code 0122}; confirm answers {@code 1179}).
     *
     * @param transactionId the request's transaction id
     * @throws java.util.NoSuchElementException if no payment has the id
     * @throws IllegalStateException            if the payment was confirmed or has ended
     */
    public void fail(TransactionId transactionId) {
        Objects.requireNonNull(transactionId, "transactionId");
        engine.happen(transactionId, new PaymentEvent.Fail());
    }

    /**
     * The authorization of a payment confirmed with {@code capture=false} runs out and LINE Pay voids it
     * ({@code payStatus} {@code EXPIRED_AUTHORIZATION}; capture answers {@code 1180}), as it does by itself
     * after the authorization lifetime.
     *
     * @param transactionId the payment's transaction id
     * @throws java.util.NoSuchElementException if no payment has the id
     * @throws IllegalStateException            if the payment is not an uncaptured authorization
     */
    public void expireAuthorization(TransactionId transactionId) {
        Objects.requireNonNull(transactionId, "transactionId");
        engine.happen(transactionId, new PaymentEvent.ExpireAuthorization());
    }

    /**
     * LINE Pay lets a regKey expire: the check then answers {@link RegKeyStatus#EXPIRED}, payments and expiry
     * with it {@code 1193}. (The merchant's own {@link #expireRegKey(RegKey)} is an API call.)
     *
     * @param regKey a key this fake issued
     * @throws java.util.NoSuchElementException if this fake never issued the key
     * @throws IllegalStateException            if the key has expired already
     */
    public void letRegKeyExpire(RegKey regKey) {
        Objects.requireNonNull(regKey, "regKey");
        engine.letRegKeyExpire(regKey);
    }

    /**
     * Moves the fake's clock forward; expiries that fall due apply on the next call or snapshot.
     *
     * @param duration how far; zero or positive
     * @throws IllegalArgumentException if the duration is negative: the clock only goes forward
     */
    public void advanceClock(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        engine.advanceClock(duration);
    }

    /**
     * The fake's time: the builder's clock plus every {@link #advanceClock} so far.
     *
     * @return the current instant
     */
    public Instant now() {
        return engine.clock.instant();
    }

    /**
     * The fake's clock, to give to the code under test so that it sees the same time as the fake, advances
     * included.
     *
     * @return a clock reading {@link #now()}
     */
    public Clock clock() {
        return engine.clock;
    }

    // ---- failures ----------------------------------------------------------------------------------

    /**
     * Makes the next call to an endpoint fail with LINE Pay answering a code: an
     * {@link LinePayError.ApiError}, and nothing changes. On the status checks a status code is an answer,
     * as from LINE Pay ({@code 1141} on {@link Endpoint#CHECK_REG_KEY} answers {@link RegKeyStatus#DISCARDED}).
     *
     * @param endpoint the endpoint (not {@link Endpoint#RAW})
     * @param code     any code but {@code 0000}
     * @throws IllegalArgumentException if the endpoint is {@code RAW} or the code is {@code 0000}
     */
    public void failNextCall(Endpoint endpoint, ReturnCode code) {
        failNext(endpoint, FakeFailure.returnCode(code));
    }

    /**
     * Makes the next call to an endpoint fail as the failure says (see {@link FakeFailure}). Failures wait
     * in a queue per endpoint, each used by one call; a call the client's own checks refuse uses none.
     *
     * @param endpoint the endpoint (not {@link Endpoint#RAW})
     * @param failure  the failure
     * @throws IllegalArgumentException if the endpoint is {@code RAW}
     */
    public void failNext(Endpoint endpoint, FakeFailure failure) {
        failNext(endpoint, failure, 1);
    }

    /**
     * Makes the next calls to an endpoint fail, each the same way.
     *
     * @param endpoint the endpoint (not {@link Endpoint#RAW})
     * @param failure  the failure
     * @param times    how many calls fail; at least 1
     * @throws IllegalArgumentException if the endpoint is {@code RAW} or times is below 1
     */
    public void failNext(Endpoint endpoint, FakeFailure failure, int times) {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(failure, "failure");
        engine.failNext(endpoint, failure, times);
    }

    /**
     * The failures still waiting.
     *
     * @return per endpoint with any, the failures in the order they will be used; unmodifiable
     */
    public Map<Endpoint, List<FakeFailure>> pendingFailures() {
        return engine.pendingFailures();
    }

    /** Drops every waiting failure. */
    public void clearFailures() {
        engine.clearFailures();
    }

    // ---- what happened -----------------------------------------------------------------------------

    /**
     * Every call made so far, through this fake or its views, oldest first.
     *
     * @return an unmodifiable copy
     */
    public List<RecordedCall> calls() {
        return engine.calls();
    }

    /**
     * The calls made to one endpoint, oldest first.
     *
     * @param endpoint the endpoint
     * @return an unmodifiable copy
     */
    public List<RecordedCall> calls(Endpoint endpoint) {
        Objects.requireNonNull(endpoint, "endpoint");
        return engine.calls().stream().filter(c -> c.endpoint() == endpoint).toList();
    }

    /**
     * Every payment, as core's {@link Payment} value (state, amounts, transactions), in the order they were
     * requested; key payments included. Due expiries are applied first.
     *
     * @return an unmodifiable list of immutable values
     */
    public List<Payment> payments() {
        return engine.payments();
    }

    /**
     * One payment as it stands now, due expiries applied.
     *
     * @param transactionId the payment's transaction id (not a refund's)
     * @return the payment, or empty when there is none with the id
     */
    public Optional<Payment> payment(TransactionId transactionId) {
        Objects.requireNonNull(transactionId, "transactionId");
        return engine.payment(transactionId);
    }

    /**
     * A regKey's status, as the check would answer it.
     *
     * @param regKey the key
     * @return {@link RegKeyStatus#USABLE} or {@link RegKeyStatus#EXPIRED} for a key this fake issued; empty
     *         for any other key
     */
    public Optional<RegKeyStatus> regKeyStatus(RegKey regKey) {
        Objects.requireNonNull(regKey, "regKey");
        return engine.regKey(regKey);
    }

    /**
     * Forgets every payment, regKey, call and waiting failure, and undoes every {@link #advanceClock}, for a
     * fake shared between tests. Ids keep counting, so no id is given twice. A closed fake stays closed.
     */
    public void reset() {
        engine.reset();
    }

    // ---- settings ----------------------------------------------------------------------------------

    /**
     * The Online API version the fake plays.
     *
     * @return {@link ApiVersion#ONLINE_V3} or {@link ApiVersion#ONLINE_V4}
     */
    public ApiVersion apiVersion() {
        return engine.version;
    }

    /**
     * The channel the fake plays.
     *
     * @return the channel id
     */
    public ChannelId channelId() {
        return engine.channelId;
    }

    /**
     * Refuses further calls ({@link LinePayError.TransportFailure}, {@code TRANSPORT_CLOSED}), as a closed
     * client does; recorded calls, payments and controls stay available. Calling it again does nothing.
     */
    @Override
    public void close() {
        engine.close();
    }

    /** The channel, version, and how many payments and calls there are. */
    @Override
    public String toString() {
        return "FakeLinePay[channelId=" + engine.channelId + ", apiVersion=" + engine.version + ", payments="
                + engine.paymentCount() + ", calls=" + engine.callCount() + (engine.closed() ? ", closed" : "")
                + (options.equals(CallOptions.none()) ? "" : ", " + options) + "]";
    }

    /**
     * Builds a {@link FakeLinePay}. Not thread-safe; the fake it builds is.
     *
     * <pre>{@code
     * FakeLinePay linePay = FakeLinePay.builder()
     *         .apiVersion(ApiVersion.ONLINE_V4)
     *         .clock(Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC))
     *         .random(new Random(42))                      // the same ids every run
     *         .build();
     * }</pre>
     */
    public static final class Builder {

        private ApiVersion apiVersion = ApiVersion.ONLINE_V3;
        private ChannelId channelId = ChannelId.of(DEFAULT_CHANNEL_ID);
        private String merchantName = DEFAULT_MERCHANT_NAME;
        private Clock clock = Clock.systemUTC();
        private Duration requestLifetime = DEFAULT_REQUEST_LIFETIME;
        private Duration authorizationLifetime = DEFAULT_AUTHORIZATION_LIFETIME;
        private Random random;

        private Builder() {
        }

        /**
         * Sets the Online API version (default v3): which requests are accepted, and the answers' shape.
         *
         * @param apiVersion {@link ApiVersion#ONLINE_V3} or {@link ApiVersion#ONLINE_V4}
         * @return this builder
         * @throws IllegalArgumentException if the version is not an Online API version
         */
        public Builder apiVersion(ApiVersion apiVersion) {
            Objects.requireNonNull(apiVersion, "apiVersion");
            if (!apiVersion.isOnline()) {
                throw new IllegalArgumentException("FakeLinePay plays the Online API (ONLINE_V3 or ONLINE_V4), not "
                        + apiVersion);
            }
            this.apiVersion = apiVersion;
            return this;
        }

        /**
         * Sets the channel id (default {@value #DEFAULT_CHANNEL_ID}), to tell fakes apart.
         *
         * @param channelId the channel id's digits
         * @return this builder
         * @throws dev.linepay4j.domain.ValidationException if it is not a channel id
         */
        public Builder channelId(String channelId) {
            return channelId(ChannelId.of(channelId));
        }

        /**
         * Sets the channel id.
         *
         * @param channelId the channel id
         * @return this builder
         */
        public Builder channelId(ChannelId channelId) {
            this.channelId = Objects.requireNonNull(channelId, "channelId");
            return this;
        }

        /**
         * Sets the merchant name the payment details show (default {@value #DEFAULT_MERCHANT_NAME}).
         *
         * @param merchantName the name; not blank
         * @return this builder
         * @throws IllegalArgumentException if the name is blank
         */
        public Builder merchantName(String merchantName) {
            Objects.requireNonNull(merchantName, "merchantName");
            if (merchantName.isBlank()) {
                throw new IllegalArgumentException("merchantName must not be blank");
            }
            this.merchantName = merchantName;
            return this;
        }

        /**
         * Sets the clock the fake starts from (default the UTC system clock); {@link #advanceClock} moves the
         * fake ahead of it.
         *
         * @param clock the clock, for example {@code Clock.fixed(...)} for dates a test can assert
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets how long a request waits for the customer and the merchant's confirm (default 20 minutes).
         *
         * @param lifetime a positive duration
         * @return this builder
         * @throws IllegalArgumentException if it is zero or negative
         */
        public Builder requestLifetime(Duration lifetime) {
            this.requestLifetime = positive(lifetime, "requestLifetime");
            return this;
        }

        /**
         * Sets how long an uncaptured authorization lasts (default 5 days).
         *
         * @param lifetime a positive duration
         * @return this builder
         * @throws IllegalArgumentException if it is zero or negative
         */
        public Builder authorizationLifetime(Duration lifetime) {
            this.authorizationLifetime = positive(lifetime, "authorizationLifetime");
            return this;
        }

        /**
         * Sets where the ids, access tokens and regKeys come from (default a {@link SecureRandom}, so that
         * they differ between runs and no test passes on a hard-coded id). A seeded {@link Random} gives the
         * same ids every run.
         *
         * @param random the source; used under the fake's lock
         * @return this builder
         */
        public Builder random(Random random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /**
         * Builds the fake.
         *
         * @return a new fake, with no payment and no call
         */
        public FakeLinePay build() {
            Engine engine = new Engine(apiVersion, channelId, merchantName, new FakeClock(clock), requestLifetime,
                    authorizationLifetime, random != null ? random : new SecureRandom());
            return new FakeLinePay(engine, CallOptions.none());
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isZero() || d.isNegative()) {
                throw new IllegalArgumentException(name + " must be positive, was " + d);
            }
            return d;
        }
    }
}
