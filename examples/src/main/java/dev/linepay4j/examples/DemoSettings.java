package dev.linepay4j.examples;

import dev.linepay4j.Environment;
import dev.linepay4j.domain.ApiVersion;
import dev.linepay4j.domain.ChannelSecret;
import dev.linepay4j.domain.Currency;
import dev.linepay4j.domain.OneTimeKey;
import dev.linepay4j.domain.ValidationException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the demo runs against and with, read from the environment. Every problem is reported at once, in
 * one {@link DemoFailure}; no message repeats the channel secret.
 *
 * @param mode        the online redirect flow (no argument) or a payment at the till ({@code offline})
 * @param external    the LINE Pay server and channel when {@code LINEPAY_CHANNEL_ID} and
 *                    {@code LINEPAY_CHANNEL_SECRET} are set; empty for the embedded sandbox
 * @param transport   the transport id ({@code okhttp}, {@code apache}, {@code jdk}); empty to let the
 *                    client discover one
 * @param apiVersion  Online API v3 or v4; in offline mode Offline API v2, v2.4 or v4
 * @param currency    the currency of the order (the channel's currency on a real LINE Pay server)
 * @param approvalWait how long the external mode waits for the customer to approve (online mode)
 * @param oneTimeKey  the customer's My Code for the offline mode against a LINE Pay server; empty otherwise
 * @param debug       whether a failure also prints its stack trace
 */
record DemoSettings(Mode mode, Optional<External> external, Optional<String> transport, ApiVersion apiVersion,
                    Currency currency, Duration approvalWait, Optional<OneTimeKey> oneTimeKey, boolean debug) {

    /** Which payment the demo takes. */
    enum Mode {
        /** The redirect flow (Online API): request, approve, confirm. No argument. */
        ONLINE,
        /** A payment at the till (Offline API): the customer's My Code charged. The argument {@code offline}. */
        OFFLINE
    }

    static final String CHANNEL_ID = "LINEPAY_CHANNEL_ID";
    static final String CHANNEL_SECRET = "LINEPAY_CHANNEL_SECRET";
    static final String API_BASE_URL = "LINEPAY_API_BASE_URL";
    static final String TRANSPORT = "LINEPAY_TRANSPORT";
    static final String API_VERSION = "LINEPAY_API_VERSION";
    static final String CURRENCY = "LINEPAY_CURRENCY";
    static final String WAIT_SECONDS = "LINEPAY_WAIT_SECONDS";
    static final String DEBUG = "LINEPAY_DEBUG";
    static final String ONE_TIME_KEY = "LINEPAY_ONE_TIME_KEY";

    /** LINE Pay's sandbox page that shows a test My Code; {@code countryCode} TW or TH follows the currency. */
    static final String MY_CODE_GENERATOR = "https://sandbox-web-pay.line.me/web/sandbox/payment/oneTimeKey"
            + "?countryCode=%s&paymentMethod=card";

    static final String DEFAULT_BASE_URL = "https://sandbox-api-pay.line.me";
    static final int DEFAULT_WAIT_SECONDS = 600;
    static final List<String> TRANSPORTS = List.of("okhttp", "apache", "jdk");

    /**
     * A LINE Pay server of the user's: where, and as which channel.
     *
     * @param channelId   the channel id, as given (the client checks its form)
     * @param secret      the channel secret; prints as a mask
     * @param environment LINE Pay's sandbox, production, or a custom base URL
     */
    record External(String channelId, ChannelSecret secret, Environment environment) {
    }

    static DemoSettings from(Map<String, String> env) {
        return from(Mode.ONLINE, env);
    }

    static DemoSettings from(Mode mode, Map<String, String> env) {
        List<String> problems = new ArrayList<>();
        Optional<String> channelId = value(env, CHANNEL_ID);
        Optional<String> secret = value(env, CHANNEL_SECRET);
        Optional<String> baseUrl = value(env, API_BASE_URL);

        Optional<External> external = Optional.empty();
        if (channelId.isPresent() != secret.isPresent()) {
            problems.add((channelId.isPresent() ? CHANNEL_ID + " is set but " + CHANNEL_SECRET + " is not"
                    : CHANNEL_SECRET + " is set but " + CHANNEL_ID + " is not")
                    + ": set both to use a LINE Pay server, or neither for the embedded sandbox");
        } else if (channelId.isPresent()) {
            ChannelSecret s = null;
            try {
                s = ChannelSecret.of(secret.get());
            } catch (ValidationException e) {
                problems.add(CHANNEL_SECRET + " " + e.violations().get(0).message());   // never the secret itself
            }
            Environment environment = environment(baseUrl.orElse(DEFAULT_BASE_URL), problems);
            if (s != null && environment != null) {
                external = Optional.of(new External(channelId.get(), s, environment));
            }
        } else if (baseUrl.isPresent()) {
            problems.add(API_BASE_URL + " is set without " + CHANNEL_ID + " and " + CHANNEL_SECRET
                    + ": a LINE Pay server needs a channel; unset it for the embedded sandbox");
        }

        Optional<String> transport = value(env, TRANSPORT).map(t -> t.toLowerCase(Locale.ROOT));
        if (transport.isPresent() && !TRANSPORTS.contains(transport.get())) {
            problems.add(TRANSPORT + " must be okhttp, apache or jdk, not " + quote(transport.get()));
        }

        ApiVersion version = mode == Mode.OFFLINE ? ApiVersion.OFFLINE_V4 : ApiVersion.ONLINE_V3;
        Optional<String> v = value(env, API_VERSION).map(t -> t.toLowerCase(Locale.ROOT));
        if (v.isPresent() && mode == Mode.ONLINE) {
            switch (v.get()) {
                case "v3" -> version = ApiVersion.ONLINE_V3;
                case "v4" -> version = ApiVersion.ONLINE_V4;
                default -> problems.add(API_VERSION + " must be v3 or v4, not " + quote(v.get()));
            }
        } else if (v.isPresent()) {
            switch (v.get()) {
                case "v2" -> version = ApiVersion.OFFLINE_V2;
                case "v2.4" -> version = ApiVersion.OFFLINE_V2_4;
                case "v4" -> version = ApiVersion.OFFLINE_V4;
                default -> problems.add(API_VERSION + " must be v2, v2.4 or v4 for the offline demo, not " + quote(v.get()));
            }
        }

        Currency currency = Currency.TWD;
        Optional<String> c = value(env, CURRENCY).map(t -> t.toUpperCase(Locale.ROOT));
        if (c.isPresent()) {
            try {
                currency = Currency.valueOf(c.get());
            } catch (IllegalArgumentException e) {
                problems.add(CURRENCY + " must be one of " + List.of(Currency.values()) + ", not " + quote(c.get()));
            }
        }

        int waitSeconds = DEFAULT_WAIT_SECONDS;
        Optional<String> w = value(env, WAIT_SECONDS);
        if (w.isPresent()) {
            try {
                waitSeconds = Integer.parseInt(w.get());
            } catch (NumberFormatException e) {
                waitSeconds = -1;
            }
            if (waitSeconds < 1 || waitSeconds > 86_400) {
                problems.add(WAIT_SECONDS + " must be a whole number of seconds from 1 to 86400, not " + quote(w.get()));
            }
        }

        Optional<OneTimeKey> oneTimeKey = oneTimeKey(mode, channelId.isPresent(), currency, env, problems);

        if (!problems.isEmpty()) {
            throw new DemoFailure(String.join("; ", problems));
        }
        return new DemoSettings(mode, external, transport, version, currency, Duration.ofSeconds(waitSeconds),
                oneTimeKey, value(env, DEBUG).filter(d -> d.equals("1") || d.equalsIgnoreCase("true")).isPresent());
    }

    /**
     * The My Code the offline demo charges on a LINE Pay server: required there, refused where nothing
     * would read it. No message repeats the key.
     */
    private static Optional<OneTimeKey> oneTimeKey(Mode mode, boolean server, Currency currency,
                                                   Map<String, String> env, List<String> problems) {
        // A code copied from a page may come with spaces between its digit groups.
        Optional<String> key = value(env, ONE_TIME_KEY).map(k -> k.replaceAll("\\s", ""));
        if (mode == Mode.ONLINE) {
            key.ifPresent(k -> problems.add(ONE_TIME_KEY + " is set but the demo runs the online flow: a My Code"
                    + " pays at the till, run it as `linepay4j-demo.jar offline`"));
            return Optional.empty();
        }
        if (!server) {
            key.ifPresent(k -> problems.add(ONE_TIME_KEY + " is set without " + CHANNEL_ID + " and " + CHANNEL_SECRET
                    + ": the embedded sandbox issues its own My Code; unset it, or set the channel to use a LINE Pay server"));
            return Optional.empty();
        }
        if (key.isEmpty()) {
            problems.add(ONE_TIME_KEY + " is not set: the offline demo on a LINE Pay server charges the customer's"
                    + " My Code; for LINE Pay's sandbox, its My Code generator page ("
                    + String.format(MY_CODE_GENERATOR, currency == Currency.THB ? "TH" : "TW")
                    + ") shows one: set it and run the demo at once, before the code expires");
            return Optional.empty();
        }
        try {
            return Optional.of(OneTimeKey.of(key.get()));
        } catch (ValidationException e) {
            problems.add(ONE_TIME_KEY + " " + e.violations().get(0).message());   // never the key itself
            return Optional.empty();
        }
    }

    /** LINE Pay's two hosts by name, anything else as a custom environment (https, or http on loopback). */
    private static Environment environment(String url, List<String> problems) {
        String trimmed = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        if (trimmed.equals(Environment.SANDBOX.baseUri().toString())) {
            return Environment.SANDBOX;
        }
        if (trimmed.equals(Environment.PRODUCTION.baseUri().toString())) {
            return Environment.PRODUCTION;
        }
        try {
            return Environment.custom(URI.create(trimmed));
        } catch (IllegalArgumentException e) {
            // ValidationException never repeats the URI (it may hold a password); URI.create's message might.
            String why = e instanceof ValidationException v ? v.violations().get(0).message() : "is not a valid URL";
            problems.add(API_BASE_URL + " " + why);
            return null;
        }
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::trim).filter(s -> !s.isEmpty());
    }

    private static String quote(String s) {
        String shown = s.length() > 40 ? s.substring(0, 40) + "…" : s;
        return "'" + shown.replaceAll("\\p{Cntrl}", "?") + "'";
    }
}
