package dev.linepay4j;

import dev.linepay4j.discovery.ProviderKind;
import dev.linepay4j.discovery.ProviderLoader;
import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.domain.ChannelId;
import dev.linepay4j.domain.ChannelSecret;
import dev.linepay4j.domain.MerchantDevice;
import dev.linepay4j.domain.RegKey;
import dev.linepay4j.domain.TransactionId;
import dev.linepay4j.domain.ValidationException;
import dev.linepay4j.domain.Violation;
import dev.linepay4j.domain.code.RegKeyStatus;
import dev.linepay4j.domain.code.RequestStatus;
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
import dev.linepay4j.domain.response.RawResponse;
import dev.linepay4j.domain.response.RefundResponse;
import dev.linepay4j.internal.HttpCallExecutor;
import dev.linepay4j.internal.OfflinePayReconciliation;
import dev.linepay4j.internal.OfflineService;
import dev.linepay4j.internal.OnlineService;
import dev.linepay4j.internal.RefusingOnlinePayments;
import dev.linepay4j.internal.RetryingExecutor;
import dev.linepay4j.internal.Timeouts;
import dev.linepay4j.signing.ChannelSecretHeaderSigner;
import dev.linepay4j.signing.HmacSha256Signer;
import dev.linepay4j.signing.NonceSource;
import dev.linepay4j.signing.RequestSigner;
import dev.linepay4j.spi.HttpHeader;
import dev.linepay4j.spi.HttpTransport;
import dev.linepay4j.spi.HttpTransportProvider;
import dev.linepay4j.spi.JsonCodec;
import dev.linepay4j.spi.JsonCodecProvider;
import dev.linepay4j.spi.JsonLimits;
import dev.linepay4j.spi.TransportSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A LINE Pay client for one channel: the Online API ({@link OnlinePayments}) or, built for an Offline API
 * version, the Offline API ({@link #offline()}, My Code payments) over HTTP, plus
 * {@link #raw(RawRequest) raw calls} to any path the typed API lacks.
 *
 * <p>Everything is decided once, when the client is built: the transport and the JSON codec (named,
 * given, or found on the class path, see the README's "Transports and codecs"), the HMAC key, the
 * headers, the timeouts. A call then builds its body, writes it once, signs exactly those bytes and
 * sends them: no reflection, service loading or pattern compiling happens per call. The client is
 * immutable and thread-safe: build one per channel and share it.
 *
 * <p>{@link #close()} releases the transport when this client created it (named by id, by provider, or
 * discovered); a transport you passed in yourself stays open and remains yours to close. Closing is
 * idempotent; calls after it fail with {@link LinePayError.TransportFailure} ({@code TRANSPORT_CLOSED}).
 *
 * <pre>{@code
 * try (LinePay linePay = LinePay.builder()
 *         .channelId(System.getenv("LINEPAY_CHANNEL_ID"))
 *         .channelSecret(System.getenv("LINEPAY_CHANNEL_SECRET"))
 *         .environment(Environment.SANDBOX)
 *         .build()) {
 *     PaymentRequestResponse requested = linePay.request(paymentRequest);
 *     redirectTo(requested.paymentUrl().web());
 * }
 * }</pre>
 *
 * <p>The API version decides the family: a client of {@link ApiVersion#ONLINE_V3} or
 * {@link ApiVersion#ONLINE_V4} refuses the Offline operations, and a client of
 * {@link ApiVersion#OFFLINE_V2}, {@link ApiVersion#OFFLINE_V2_4} or {@link ApiVersion#OFFLINE_V4} the Online
 * ones, each with {@link LinePayError.InvalidRequest} and nothing sent. It also decides the authentication,
 * as {@link ApiVersion#authentication()} says: an HMAC signature, or for Offline v2 and v2.4 the channel
 * secret itself in {@code X-LINE-ChannelSecret} (over {@code https} only, as every environment but a local
 * one requires).
 *
 * <pre>{@code
 * OfflinePayments pos = LinePay.builder()
 *         .channelId(channelId).channelSecret(secret).environment(Environment.SANDBOX)
 *         .apiVersion(ApiVersion.OFFLINE_V2_4)
 *         .merchantDevice(MerchantDevice.of("POS-0042", "POS"))
 *         .build()
 *         .offline();
 * }</pre>
 *
 * <p>{@link #toString()} shows the channel id, the environment, the API version, the transport and the
 * codec; never the secret.
 */
public final class LinePay implements OnlinePayments, AutoCloseable {

    private final ChannelId channelId;
    private final Environment environment;
    private final ApiVersion apiVersion;
    private final String transportId;
    private final String codecId;
    private final HttpTransport transport;
    private final boolean ownsTransport;
    private final AtomicBoolean closed;
    private final OnlinePayments online;
    private final OnlineService rawCalls;
    private final OfflinePayments offline;

    private LinePay(ChannelId channelId, Environment environment, ApiVersion apiVersion, String transportId,
                    String codecId, HttpTransport transport, boolean ownsTransport, AtomicBoolean closed,
                    OnlinePayments online, OnlineService rawCalls, OfflinePayments offline) {
        this.channelId = channelId;
        this.environment = environment;
        this.apiVersion = apiVersion;
        this.transportId = transportId;
        this.codecId = codecId;
        this.transport = transport;
        this.ownsTransport = ownsTransport;
        this.closed = closed;
        this.online = online;
        this.rawCalls = rawCalls;
        this.offline = offline;
    }

    /**
     * A builder with the defaults: Online API v3, a 5 s connect timeout, LINE Pay's documented read
     * timeouts, UUID v4 nonces, the UTC system clock, no listener, {@link RetryPolicy#defaults()},
     * reconciliation on, the transport and codec found on the class path.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The channel this client signs for.
     *
     * @return the channel id
     */
    public ChannelId channelId() {
        return channelId;
    }

    /**
     * Where this client sends its calls.
     *
     * @return the environment
     */
    public Environment environment() {
        return environment;
    }

    /**
     * The API version of this client's calls.
     *
     * @return an Online API version ({@link ApiVersion#ONLINE_V3}, {@link ApiVersion#ONLINE_V4}) or an Offline
     *         API version ({@link ApiVersion#OFFLINE_V2}, {@link ApiVersion#OFFLINE_V2_4}, {@link ApiVersion#OFFLINE_V4})
     */
    public ApiVersion apiVersion() {
        return apiVersion;
    }

    /**
     * The transport in use, as chosen at build time.
     *
     * @return the provider's id ({@code okhttp}, {@code apache}, {@code jdk}...), or
     *         {@code instance:<class name>} for a transport passed in
     */
    public String transportId() {
        return transportId;
    }

    /**
     * The JSON codec in use, as chosen at build time.
     *
     * @return the provider's id ({@code jackson}...), or {@code instance:<class name>} for a codec passed in
     */
    public String codecId() {
        return codecId;
    }

    @Override
    public PaymentRequestResponse request(PaymentRequest request) {
        return online.request(request);
    }

    @Override
    public CompletableFuture<PaymentRequestResponse> requestAsync(PaymentRequest request) {
        return online.requestAsync(request);
    }

    @Override
    public ConfirmResponse confirm(TransactionId transactionId, ConfirmRequest request) {
        return online.confirm(transactionId, request);
    }

    @Override
    public CompletableFuture<ConfirmResponse> confirmAsync(TransactionId transactionId, ConfirmRequest request) {
        return online.confirmAsync(transactionId, request);
    }

    @Override
    public CaptureResponse capture(TransactionId transactionId, CaptureRequest request) {
        return online.capture(transactionId, request);
    }

    @Override
    public CompletableFuture<CaptureResponse> captureAsync(TransactionId transactionId, CaptureRequest request) {
        return online.captureAsync(transactionId, request);
    }

    @Override
    public Acknowledgement voidAuthorization(TransactionId transactionId) {
        return online.voidAuthorization(transactionId);
    }

    @Override
    public CompletableFuture<Acknowledgement> voidAuthorizationAsync(TransactionId transactionId) {
        return online.voidAuthorizationAsync(transactionId);
    }

    @Override
    public RefundResponse refund(TransactionId transactionId, RefundRequest request) {
        return online.refund(transactionId, request);
    }

    @Override
    public CompletableFuture<RefundResponse> refundAsync(TransactionId transactionId, RefundRequest request) {
        return online.refundAsync(transactionId, request);
    }

    @Override
    public List<PaymentDetails> paymentDetails(PaymentDetailsQuery query) {
        return online.paymentDetails(query);
    }

    @Override
    public CompletableFuture<List<PaymentDetails>> paymentDetailsAsync(PaymentDetailsQuery query) {
        return online.paymentDetailsAsync(query);
    }

    @Override
    public RequestStatus checkRequestStatus(TransactionId transactionId) {
        return online.checkRequestStatus(transactionId);
    }

    @Override
    public CompletableFuture<RequestStatus> checkRequestStatusAsync(TransactionId transactionId) {
        return online.checkRequestStatusAsync(transactionId);
    }

    @Override
    public RegKeyStatus checkRegKey(RegKey regKey, boolean creditCardAuth) {
        return online.checkRegKey(regKey, creditCardAuth);
    }

    @Override
    public CompletableFuture<RegKeyStatus> checkRegKeyAsync(RegKey regKey, boolean creditCardAuth) {
        return online.checkRegKeyAsync(regKey, creditCardAuth);
    }

    @Override
    public PreapprovedPaymentResponse payPreapproved(RegKey regKey, PreapprovedPaymentRequest request) {
        return online.payPreapproved(regKey, request);
    }

    @Override
    public CompletableFuture<PreapprovedPaymentResponse> payPreapprovedAsync(RegKey regKey,
                                                                            PreapprovedPaymentRequest request) {
        return online.payPreapprovedAsync(regKey, request);
    }

    @Override
    public Acknowledgement expireRegKey(RegKey regKey) {
        return online.expireRegKey(regKey);
    }

    @Override
    public CompletableFuture<Acknowledgement> expireRegKeyAsync(RegKey regKey) {
        return online.expireRegKeyAsync(regKey);
    }

    @Override
    public OnlinePayments withOptions(CallOptions options) {
        return online.withOptions(options);
    }

    /**
     * The Offline API (My Code payments) of this client, for a client built with an Offline API version.
     * On a client of the Online API every operation of it refuses with {@link LinePayError.InvalidRequest}
     * and sends nothing.
     *
     * <pre>{@code
     * OfflinePaymentResponse paid = linePay.offline().pay(OfflinePaymentRequest.builder()
     *         .productName("Pearl milk tea").amount(120).currency(Currency.TWD)
     *         .orderId("POS7-20261122-0042").oneTimeKey(scanned).build());
     * }</pre>
     *
     * @return the Offline API, sharing this client's transport, signer and settings
     */
    public OfflinePayments offline() {
        return offline;
    }

    /**
     * Calls any path, signed like every other call (see {@link RawRequest}). Every well-formed LINE Pay
     * answer is returned, whatever its code: on an endpoint the typed API does not know, linepay4j cannot
     * tell a status from an error. Failures to get an answer are thrown as for typed calls (a raw POST's
     * unreadable answer is an {@link LinePayError.OutcomeUnknown}).
     *
     * @param request the call
     * @return the answer's envelope and body
     * @throws LinePayException if the request is malformed ({@link LinePayError.InvalidRequest}, nothing is
     *                          sent), or no LINE Pay answer came
     */
    public RawResponse raw(RawRequest request) {
        return rawCalls.raw(request);
    }

    /**
     * Calls any path, without blocking.
     *
     * @param request the call
     * @return the answer, or a {@link LinePayException}
     * @see #raw(RawRequest)
     */
    public CompletableFuture<RawResponse> rawAsync(RawRequest request) {
        return rawCalls.rawAsync(request);
    }

    /**
     * Refuses further calls and, when this client created its transport, closes it (its connections and
     * threads). Calling it again does nothing.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true) && ownsTransport) {
            transport.close();
        }
    }

    /** The channel id, environment, API version, transport and codec; never the secret. */
    @Override
    public String toString() {
        return "LinePay[channelId=" + channelId + ", environment=" + environment + ", apiVersion=" + apiVersion
                + ", transport=" + transportId + ", codec=" + codecId + (closed.get() ? ", closed" : "") + "]";
    }

    /**
     * Builds a {@link LinePay}. {@link #build()} checks every setting at once and reports all problems in
     * one {@link ValidationException}; then it chooses the codec and the transport. Not thread-safe; the
     * client it builds is.
     *
     * <p>The transport is one of: an instance you pass ({@link #transport(HttpTransport)}; you close it),
     * a provider you pass or name by id ({@link #transport(HttpTransportProvider)},
     * {@link #transport(String)}), or, when you say nothing, the one {@code ProviderLoader} finds: the
     * system property {@code linepay4j.transport}, the environment variable {@code LINEPAY4J_TRANSPORT},
     * else the highest priority on the class path. The codec is chosen the same way
     * ({@code linepay4j.codec}, {@code LINEPAY4J_CODEC}). The last of the three transport (or codec)
     * setters called wins.
     *
     * <pre>{@code
     * LinePay linePay = LinePay.builder()
     *         .channelId("1234567890")
     *         .channelSecret(secret)
     *         .environment(Environment.PRODUCTION)
     *         .apiVersion(ApiVersion.ONLINE_V4)
     *         .transport("okhttp")
     *         .readTimeout(Endpoint.CONFIRM, Duration.ofSeconds(60))
     *         .merchantDevice(MerchantDevice.of("POS-0042", "POS"))
     *         .listener(myListener)
     *         .retryPolicy(RetryPolicy.builder().maxAttempts(4).build())
     *         .build();
     * }</pre>
     */
    public static final class Builder {

        private String channelIdText;
        private ChannelId channelId;
        private String channelSecretText;
        private ChannelSecret channelSecret;
        private Environment environment;
        private ApiVersion apiVersion = ApiVersion.ONLINE_V3;
        private HttpTransport transport;
        private HttpTransportProvider transportProvider;
        private String transportIdName;
        private JsonCodec codec;
        private JsonCodecProvider codecProvider;
        private String codecIdName;
        private Duration connectTimeout = Endpoint.DEFAULT_CONNECT_TIMEOUT;
        private Duration allReadTimeouts;
        private final Map<Endpoint, Duration> readTimeouts = new EnumMap<>(Endpoint.class);
        private MerchantDevice merchantDevice;
        private NonceSource nonceSource = NonceSource.uuidV4();
        private Clock clock = Clock.systemUTC();
        private LinePayListener listener = LinePayListener.noOp();
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private boolean reconciliation = true;

        private Builder() {
        }

        /**
         * Sets the channel id, checked at build time.
         *
         * @param channelId the digits shown in LINE Pay's merchant center
         * @return this builder
         */
        public Builder channelId(String channelId) {
            this.channelIdText = channelId;
            this.channelId = null;
            return this;
        }

        /**
         * Sets the channel id.
         *
         * @param channelId the channel id
         * @return this builder
         */
        public Builder channelId(ChannelId channelId) {
            this.channelId = channelId;
            this.channelIdText = null;
            return this;
        }

        /**
         * Sets the channel secret, checked at build time. It is used to prepare the HMAC key once and is
         * never shown: not in {@code toString}, messages or events.
         *
         * @param channelSecret the secret from LINE Pay's merchant center
         * @return this builder
         */
        public Builder channelSecret(String channelSecret) {
            this.channelSecretText = channelSecret;
            this.channelSecret = null;
            return this;
        }

        /**
         * Sets the channel secret.
         *
         * @param channelSecret the secret
         * @return this builder
         */
        public Builder channelSecret(ChannelSecret channelSecret) {
            this.channelSecret = channelSecret;
            this.channelSecretText = null;
            return this;
        }

        /**
         * Sets where calls go; required, so that no client reaches production (or the sandbox) by accident.
         *
         * @param environment {@link Environment#SANDBOX}, {@link Environment#PRODUCTION} or a custom one
         * @return this builder
         */
        public Builder environment(Environment environment) {
            this.environment = environment;
            return this;
        }

        /**
         * Sets the API version (default Online API v3). An Offline API version ({@link ApiVersion#OFFLINE_V2},
         * {@link ApiVersion#OFFLINE_V2_4}, {@link ApiVersion#OFFLINE_V4}) makes a client of the Offline API,
         * reached with {@link LinePay#offline()}; v2 and v2.4 send the channel secret in
         * {@code X-LINE-ChannelSecret} instead of a signature.
         *
         * @param apiVersion the version
         * @return this builder
         */
        public Builder apiVersion(ApiVersion apiVersion) {
            this.apiVersion = apiVersion;
            return this;
        }

        /**
         * Uses a transport you created. The client never closes it: you do, after closing the client.
         *
         * @param transport the transport
         * @return this builder
         */
        public Builder transport(HttpTransport transport) {
            this.transport = Objects.requireNonNull(transport, "transport");
            this.transportProvider = null;
            this.transportIdName = null;
            return this;
        }

        /**
         * Uses the transport registered under an id ({@code okhttp}, {@code apache}, {@code jdk}); the
         * client creates it and closes it.
         *
         * @param id the provider's id
         * @return this builder
         */
        public Builder transport(String id) {
            this.transportIdName = Objects.requireNonNull(id, "id");
            this.transport = null;
            this.transportProvider = null;
            return this;
        }

        /**
         * Uses a transport provider; the client creates the transport and closes it.
         *
         * @param provider the provider
         * @return this builder
         */
        public Builder transport(HttpTransportProvider provider) {
            this.transportProvider = Objects.requireNonNull(provider, "provider");
            this.transport = null;
            this.transportIdName = null;
            return this;
        }

        /**
         * Uses a JSON codec you created.
         *
         * @param codec the codec
         * @return this builder
         */
        public Builder codec(JsonCodec codec) {
            this.codec = Objects.requireNonNull(codec, "codec");
            this.codecProvider = null;
            this.codecIdName = null;
            return this;
        }

        /**
         * Uses the JSON codec registered under an id ({@code jackson}).
         *
         * @param id the provider's id
         * @return this builder
         */
        public Builder codec(String id) {
            this.codecIdName = Objects.requireNonNull(id, "id");
            this.codec = null;
            this.codecProvider = null;
            return this;
        }

        /**
         * Uses a JSON codec provider, with the default read limits.
         *
         * @param provider the provider
         * @return this builder
         */
        public Builder codec(JsonCodecProvider provider) {
            this.codecProvider = Objects.requireNonNull(provider, "provider");
            this.codec = null;
            this.codecIdName = null;
            return this;
        }

        /**
         * Sets the connect timeout of every call (default 5 s). It also configures a transport the client
         * creates.
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        /**
         * Sets the read timeout of every endpoint that has no timeout of its own set with
         * {@link #readTimeout(Endpoint, Duration)}, replacing LINE Pay's documented defaults (see
         * {@link Endpoint}).
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder readTimeout(Duration timeout) {
            this.allReadTimeouts = timeout;
            return this;
        }

        /**
         * Sets the read timeout of one endpoint, replacing its documented default (see {@link Endpoint}).
         *
         * @param endpoint the endpoint
         * @param timeout  a positive duration
         * @return this builder
         */
        public Builder readTimeout(Endpoint endpoint, Duration timeout) {
            readTimeouts.put(Objects.requireNonNull(endpoint, "endpoint"), timeout);
            return this;
        }

        /**
         * Sends {@code X-LINE-MerchantDeviceProfileId} and {@code X-LINE-MerchantDeviceType} with every call.
         *
         * @param device the device, or null for none (the default)
         * @return this builder
         */
        public Builder merchantDevice(MerchantDevice device) {
            this.merchantDevice = device;
            return this;
        }

        /**
         * Sends the device headers when the configuration names a device.
         *
         * @param device the device, or empty for none
         * @return this builder
         */
        public Builder merchantDevice(Optional<MerchantDevice> device) {
            this.merchantDevice = device.orElse(null);
            return this;
        }

        /**
         * Sets where nonces come from (default {@link NonceSource#uuidV4()}).
         *
         * @param nonceSource the source
         * @return this builder
         */
        public Builder nonceSource(NonceSource nonceSource) {
            this.nonceSource = Objects.requireNonNull(nonceSource, "nonceSource");
            return this;
        }

        /**
         * Sets the clock that stamps listener events (default the UTC system clock). Durations are measured
         * with {@link System#nanoTime()}, which a wall clock cannot replace.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets the listener that hears every attempt (default none).
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder listener(LinePayListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Sets how often and how patiently calls are repeated where that is safe (default
         * {@link RetryPolicy#defaults()}: at most 3 attempts, 200 ms to 2 s backoff with full jitter).
         * {@link RetryPolicy#none()} makes one attempt per call; in tests,
         * {@code RetryPolicy.defaults().withoutSleeping()} repeats without waiting. A call can override it
         * with {@link CallOptions#withRetryPolicy(RetryPolicy)}. What may be repeated is fixed per endpoint;
         * see {@link RetryPolicy}.
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy policy) {
            this.retryPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Turns reading payments back after unclear outcomes on (the default) or off (see
         * {@link Reconciliation}). On, a confirm, capture, void, refund, regKey payment or regKey expiry whose
         * answer is lost, unreadable or a code that may mean "already done" is read back before the call
         * returns, and a refund first reads the refunds already made (one payment-details call). A call can
         * override it with {@link CallOptions#withReconciliation(boolean)}.
         *
         * @param on whether to reconcile
         * @return this builder
         */
        public Builder reconciliation(boolean on) {
            this.reconciliation = on;
            return this;
        }

        /**
         * Builds the client: checks every setting, chooses the codec and then the transport, prepares the
         * signing key.
         *
         * @return the client
         * @throws ValidationException if settings are missing or wrong, listing every problem: channel id,
         *                             channel secret, environment, API version, timeouts
         * @throws dev.linepay4j.discovery.DiscoveryException if no codec or transport can be found, or a
         *                             named id is not registered
         */
        public LinePay build() {
            List<Violation> violations = new ArrayList<>();
            ChannelId id = channelId != null ? channelId : parse(violations, () -> ChannelId.of(channelIdText));
            ChannelSecret secret = channelSecret != null ? channelSecret
                    : parse(violations, () -> ChannelSecret.of(channelSecretText));
            if (environment == null) {
                violations.add(new Violation("environment", "is required: Environment.SANDBOX, Environment.PRODUCTION"
                        + " or Environment.custom(uri)"));
            }
            if (apiVersion == null) {
                violations.add(new Violation("apiVersion", "is required: ONLINE_V3, ONLINE_V4, OFFLINE_V2, OFFLINE_V2_4"
                        + " or OFFLINE_V4"));
            }
            positive(violations, "connectTimeout", connectTimeout);
            if (allReadTimeouts != null) {
                positive(violations, "readTimeout", allReadTimeouts);
            }
            readTimeouts.forEach((e, d) -> positive(violations, "readTimeout[" + e + "]", d));
            if (!violations.isEmpty()) {
                throw new ValidationException(violations);
            }

            // The codec first: it holds no resources, so a failure to find one leaks nothing.
            JsonCodec chosenCodec;
            String chosenCodecId;
            if (codec != null) {
                chosenCodec = codec;
                chosenCodecId = "instance:" + codec.getClass().getName();
            } else {
                JsonCodecProvider p = codecProvider != null ? codecProvider
                        : ProviderLoader.of(ProviderKind.JSON_CODEC).select(Optional.ofNullable(codecIdName)).provider();
                chosenCodec = p.create(JsonLimits.defaults());
                chosenCodecId = p.id();
            }
            HttpTransport chosenTransport;
            String chosenTransportId;
            boolean owned;
            if (transport != null) {
                chosenTransport = transport;
                chosenTransportId = "instance:" + transport.getClass().getName();
                owned = false;
            } else {
                HttpTransportProvider p = transportProvider != null ? transportProvider
                        : ProviderLoader.of(ProviderKind.HTTP_TRANSPORT).select(Optional.ofNullable(transportIdName))
                        .provider();
                chosenTransport = p.create(TransportSettings.defaults().withConnectTimeout(connectTimeout));
                chosenTransportId = p.id();
                owned = true;
            }
            try {
                return assemble(id, secret, chosenCodec, chosenCodecId, chosenTransport, chosenTransportId, owned);
            } catch (RuntimeException e) {
                if (owned) {
                    chosenTransport.close();
                }
                throw e;
            }
        }

        private LinePay assemble(ChannelId id, ChannelSecret secret, JsonCodec chosenCodec, String chosenCodecId,
                                 HttpTransport chosenTransport, String chosenTransportId, boolean owned) {
            List<HttpHeader> headers = new ArrayList<>(3);
            headers.add(new HttpHeader("X-LINE-ChannelId", id.value()));
            if (merchantDevice != null) {
                headers.add(new HttpHeader(MerchantDevice.PROFILE_ID_HEADER, merchantDevice.profileId()));
                headers.add(new HttpHeader(MerchantDevice.TYPE_HEADER, merchantDevice.type()));
            }
            Map<Endpoint, Duration> read = new EnumMap<>(Endpoint.class);
            if (allReadTimeouts != null) {
                for (Endpoint e : Endpoint.values()) {
                    read.put(e, allReadTimeouts);
                }
            }
            read.putAll(readTimeouts);
            AtomicBoolean closed = new AtomicBoolean();
            // Offline v2 and v2.4 carry the secret itself, with the Content-Type their reference names.
            boolean secretHeader = apiVersion.authentication() == ApiVersion.Authentication.CHANNEL_SECRET_HEADER;
            RequestSigner signer = secretHeader ? ChannelSecretHeaderSigner.create(secret)
                    : HmacSha256Signer.create(secret, nonceSource);
            HttpCallExecutor executor = new HttpCallExecutor(chosenTransport, chosenCodec, signer,
                    environment.baseUri(), headers, listener, clock, secret.reveal(), closed::get,
                    secretHeader ? "application/json; charset=UTF-8" : "application/json");
            Timeouts timeouts = new Timeouts(read, connectTimeout);
            OnlineService onlineService = new OnlineService(apiVersion, chosenCodec,
                    new RetryingExecutor(executor, listener, clock), timeouts,
                    CallOptions.none().withRetryPolicy(retryPolicy).withReconciliation(reconciliation));
            OnlinePayments online = apiVersion.isOnline() ? onlineService : new RefusingOnlinePayments(apiVersion);
            // The Offline API settles a lost pay by its own rule (status checks by order id), not the online read-backs.
            OfflinePayments offline = new OfflineService(apiVersion, chosenCodec, executor, timeouts, CallOptions.none(),
                    OfflinePayReconciliation.standard());
            return new LinePay(id, environment, apiVersion, chosenTransportId, chosenCodecId, chosenTransport, owned,
                    closed, online, onlineService, offline);
        }

        private static <T> T parse(List<Violation> violations, Supplier<T> parse) {
            try {
                return parse.get();
            } catch (ValidationException e) {
                violations.addAll(e.violations());
                return null;
            }
        }

        private static void positive(List<Violation> violations, String field, Duration d) {
            if (d == null) {
                violations.add(new Violation(field, "is required"));
            } else if (d.isZero() || d.isNegative()) {
                violations.add(new Violation(field, "must be positive, was " + d));
            }
        }
    }
}
