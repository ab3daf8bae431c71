package dev.linepay4j.testkit.sandbox;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * How a {@link LinePaySandbox} runs: its channels, where it listens, its clock and lifetimes, and where
 * its log lines go. Immutable; made with {@link #builder()}.
 *
 * <pre>{@code
 * SandboxOptions options = SandboxOptions.builder()
 *         .channel(SandboxChannel.of("1234567890", "shop-secret"))
 *         .channel(SandboxChannel.of("2345678901", "other-shop-secret").withMerchantName("Other Shop"))
 *         .port(0)                                   // any free port
 *         .clock(testClock)                          // expiries follow this clock
 *         .hangLimit(Duration.ofSeconds(5))          // PROCESS_THEN_HANG holds at most this long
 *         .log(System.err::println)                  // one line per request; silent by default
 *         .build();
 * }</pre>
 *
 * <p>The sandbox serves plain {@code http}, so it only ever listens on a loopback address: the builder
 * refuses any other, and the control API, which needs no signature, can only be reached from the same
 * machine.
 */
public final class SandboxOptions {

    /** How many nonces per channel the sandbox remembers to refuse a replay (see the README). */
    public static final int DEFAULT_NONCE_MEMORY = 100_000;
    /** How long a payment request waits for the customer and the merchant's confirm: legacy documents say 20 minutes. */
    public static final Duration DEFAULT_REQUEST_LIFETIME = Duration.ofMinutes(20);
    /**
     * How long an authorization ({@code capture=false}) lasts before LINE Pay voids it. LINE Pay
     * documents no duration; its only example outside pre-approved payments runs five days.
     */
    public static final Duration DEFAULT_AUTHORIZATION_LIFETIME = Duration.ofDays(5);
    /** How long a {@link FaultKind#PROCESS_THEN_HANG} fault holds a connection unless the fault says otherwise. */
    public static final Duration DEFAULT_HANG_LIMIT = Duration.ofSeconds(120);

    private final List<SandboxChannel> channels;
    private final int port;
    private final InetAddress bindAddress;
    private final Clock clock;
    private final Duration requestLifetime;
    private final Duration authorizationLifetime;
    private final Duration hangLimit;
    private final int nonceMemory;
    private final Optional<Consumer<String>> log;

    private SandboxOptions(Builder b) {
        this.channels = b.channels.isEmpty() ? List.of(LinePaySandbox.defaultChannel())
                : List.copyOf(b.channels.values());
        this.port = b.port;
        this.bindAddress = b.bindAddress;
        this.clock = b.clock;
        this.requestLifetime = b.requestLifetime;
        this.authorizationLifetime = b.authorizationLifetime;
        this.hangLimit = b.hangLimit;
        this.nonceMemory = b.nonceMemory;
        this.log = Optional.ofNullable(b.log);
    }

    /**
     * A builder with the defaults: no channel yet (the default channel is used when none is added), a
     * free port on 127.0.0.1, the system clock, and no log.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The defaults, with the one default channel ({@link LinePaySandbox#DEFAULT_CHANNEL_ID}).
     *
     * @return the options
     */
    public static SandboxOptions defaults() {
        return builder().build();
    }

    /**
     * The channels, in the order they were added.
     *
     * @return an unmodifiable, non-empty list with distinct ids
     */
    public List<SandboxChannel> channels() {
        return channels;
    }

    /**
     * The port to listen on.
     *
     * @return 0 for any free port
     */
    public int port() {
        return port;
    }

    /**
     * The loopback address to listen on.
     *
     * @return 127.0.0.1 unless another loopback address was chosen
     */
    public InetAddress bindAddress() {
        return bindAddress;
    }

    /**
     * The clock for dates in answers and for expiries.
     *
     * @return the clock
     */
    public Clock clock() {
        return clock;
    }

    /**
     * How long a request may wait for approval and confirm before it expires (status {@code 0121}).
     *
     * @return the lifetime
     */
    public Duration requestLifetime() {
        return requestLifetime;
    }

    /**
     * How long an authorization lasts ({@code authorizationExpireDate} is confirm time plus this).
     *
     * @return the lifetime
     */
    public Duration authorizationLifetime() {
        return authorizationLifetime;
    }

    /**
     * How long a {@link FaultKind#PROCESS_THEN_HANG} fault without its own duration holds a connection.
     *
     * @return the limit
     */
    public Duration hangLimit() {
        return hangLimit;
    }

    /**
     * How many nonces per channel are remembered to refuse replays.
     *
     * @return the number
     */
    public int nonceMemory() {
        return nonceMemory;
    }

    /**
     * Where one line per request goes.
     *
     * @return the sink, or empty for no log
     */
    public Optional<Consumer<String>> log() {
        return log;
    }

    /** The channel ids and the port; never a secret. */
    @Override
    public String toString() {
        return "SandboxOptions[channels=" + channels.stream().map(c -> c.id().value()).collect(Collectors.joining(","))
                + ", bind=" + bindAddress.getHostAddress() + ":" + port + "]";
    }

    /**
     * Builds {@link SandboxOptions}.
     *
     * <pre>{@code
     * SandboxOptions.builder().channel("1234567890", "secret").port(8090).build();
     * }</pre>
     */
    public static final class Builder {

        private final Map<String, SandboxChannel> channels = new LinkedHashMap<>();
        private int port;
        private InetAddress bindAddress = InetAddress.getLoopbackAddress();
        private Clock clock = Clock.systemUTC();
        private Duration requestLifetime = DEFAULT_REQUEST_LIFETIME;
        private Duration authorizationLifetime = DEFAULT_AUTHORIZATION_LIFETIME;
        private Duration hangLimit = DEFAULT_HANG_LIMIT;
        private int nonceMemory = DEFAULT_NONCE_MEMORY;
        private Consumer<String> log;

        private Builder() {
        }

        /**
         * Adds a channel.
         *
         * @param channel the channel; its id must differ from the channels added before
         * @return this builder
         * @throws IllegalArgumentException if a channel with the same id was added
         */
        public Builder channel(SandboxChannel channel) {
            Objects.requireNonNull(channel, "channel");
            if (channels.putIfAbsent(channel.id().value(), channel) != null) {
                throw new IllegalArgumentException("channel " + channel.id() + " is added twice");
            }
            return this;
        }

        /**
         * Adds a channel with the default merchant name.
         *
         * @param channelId     the id's digits
         * @param channelSecret the secret
         * @return this builder
         */
        public Builder channel(String channelId, String channelSecret) {
            return channel(SandboxChannel.of(channelId, channelSecret));
        }

        /**
         * Sets the port.
         *
         * @param port 0 (any free port, the default) to 65535
         * @return this builder
         * @throws IllegalArgumentException if the port is out of range
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0 to 65535, was " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * Sets the address to listen on.
         *
         * @param bindAddress a loopback address (127.0.0.1, the default, or ::1)
         * @return this builder
         * @throws IllegalArgumentException if the address is not a loopback address: the sandbox speaks
         *                                  plain http and its control API has no authentication
         */
        public Builder bindAddress(InetAddress bindAddress) {
            Objects.requireNonNull(bindAddress, "bindAddress");
            if (!bindAddress.isLoopbackAddress()) {
                throw new IllegalArgumentException("the sandbox listens on loopback addresses only, not "
                        + bindAddress.getHostAddress());
            }
            this.bindAddress = bindAddress;
            return this;
        }

        /**
         * Sets the clock for answer dates and expiries; a test moves it to expire requests or
         * authorizations.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets how long a payment request lives.
         *
         * @param lifetime positive; default {@link #DEFAULT_REQUEST_LIFETIME}
         * @return this builder
         */
        public Builder requestLifetime(Duration lifetime) {
            this.requestLifetime = positive(lifetime, "requestLifetime");
            return this;
        }

        /**
         * Sets how long an authorization lives.
         *
         * @param lifetime positive; default {@link #DEFAULT_AUTHORIZATION_LIFETIME}
         * @return this builder
         */
        public Builder authorizationLifetime(Duration lifetime) {
            this.authorizationLifetime = positive(lifetime, "authorizationLifetime");
            return this;
        }

        /**
         * Sets how long {@link FaultKind#PROCESS_THEN_HANG} holds a connection by default.
         *
         * @param limit positive; default {@link #DEFAULT_HANG_LIMIT}
         * @return this builder
         */
        public Builder hangLimit(Duration limit) {
            this.hangLimit = positive(limit, "hangLimit");
            return this;
        }

        /**
         * Sets how many nonces per channel are remembered.
         *
         * @param count at least 1; default {@link #DEFAULT_NONCE_MEMORY}
         * @return this builder
         */
        public Builder nonceMemory(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("nonceMemory must be at least 1, was " + count);
            }
            this.nonceMemory = count;
            return this;
        }

        /**
         * Sends one line per request to a sink: time, method, path (regKeys shortened, no query), channel,
         * endpoint, fault, return code or HTTP status, and duration. Never a secret, signature or nonce.
         *
         * @param log the sink, such as {@code System.err::println}; null for no log (the default)
         * @return this builder
         */
        public Builder log(Consumer<String> log) {
            this.log = log;
            return this;
        }

        /**
         * Builds the options; with no channel added, the default channel
         * ({@link LinePaySandbox#DEFAULT_CHANNEL_ID}, {@link LinePaySandbox#DEFAULT_CHANNEL_SECRET}).
         *
         * @return the options
         */
        public SandboxOptions build() {
            return new SandboxOptions(this);
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, was " + d);
            }
            return d;
        }
    }
}
