package dev.linepay4j.testkit.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.linepay4j.domain.ChannelId;
import dev.linepay4j.domain.code.ReturnCode;
import dev.linepay4j.domain.json.JsonObject;
import dev.linepay4j.testkit.json.MinimalJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The one handler of the sandbox's HTTP server: API calls go through routing, faults, authentication and
 * the operation; {@code /sandbox/…} goes to the payment page and the control API. Every request ends
 * with one log line.
 *
 * <p>An API call, step by step:
 * <ol>
 * <li>route it: an unknown path is HTTP 404, a known path with another method HTTP 405 (not LINE Pay
 *     envelopes: nothing at LINE Pay answers such calls);</li>
 * <li>count it as received, and take the first fault that matches it (see {@link FaultBoard});</li>
 * <li>{@link FaultKind#DELAY} waits; {@link FaultKind#HTTP_500_HTML} and {@link FaultKind#RETURN_CODE}
 *     answer here without processing;</li>
 * <li>process it: authenticate ({@link Authentication}), then the operation ({@link OnlineApi}, or
 *     {@link OfflineApi} for the Offline API's endpoints);</li>
 * <li>send the envelope with HTTP 200, or let the fault break or withhold it.</li>
 * </ol>
 */
final class SandboxHandler implements HttpHandler {

    private final Routes routes;
    private final OnlineApi api;
    private final OfflineApi offline;
    private final ControlApi control;
    private final FaultBoard faults;
    private final CallLog calls;
    private final Clock clock;
    private final Duration hangLimit;
    private final CountDownLatch closing;
    private final Consumer<String> log;

    SandboxHandler(Routes routes, OnlineApi api, OfflineApi offline, ControlApi control, FaultBoard faults, CallLog calls,
                   Clock clock, Duration hangLimit, CountDownLatch closing, Consumer<String> log) {
        this.routes = routes;
        this.api = api;
        this.offline = offline;
        this.control = control;
        this.faults = faults;
        this.calls = calls;
        this.clock = clock;
        this.hangLimit = hangLimit;
        this.closing = closing;
        this.log = log;
    }

    @Override
    public void handle(HttpExchange ex) {
        String rawPath = ex.getRequestURI().getRawPath();
        RequestLog line = new RequestLog(clock.instant(), ex.getRequestMethod(), rawPath == null ? "" : rawPath);
        boolean[] logged = {false};
        Runnable logLine = () -> {
            if (!logged[0]) {
                logged[0] = true;
                try {
                    log.accept(line.line(ex.getResponseCode()));
                } catch (RuntimeException ignored) {
                    // A broken log sink must not break the sandbox.
                }
            }
        };
        ex.setAttribute(Exchanges.LOG_ATTRIBUTE, logLine);
        try {
            if (rawPath == null || !rawPath.startsWith("/")) {
                Exchanges.error(ex, 400, "bad request target");
            } else if (rawPath.startsWith("/sandbox/")) {
                control.handle(ex, line);
            } else if (routes.isApiPath(rawPath)) {
                api(ex, rawPath, line);
            } else if (rawPath.equals("/")) {
                Exchanges.html(ex, 200, index());
            } else {
                Exchanges.error(ex, 404, "no such path");
            }
        } catch (Exception | Error e) {
            line.note("sandbox failure: " + e);
            internalError(ex, e);
        } finally {
            // Normally written as the answer was sent (Exchanges.send); here when none was (a hang, a failure).
            logLine.run();
            ex.close();
        }
    }

    private void api(HttpExchange ex, String rawPath, RequestLog line) throws IOException {
        String method = ex.getRequestMethod();
        Routes.Lookup lookup = routes.lookup(method, rawPath);
        if (lookup instanceof Routes.NotFound) {
            Exchanges.error(ex, 404, "no LINE Pay API at " + method + " " + RequestLog.redact(rawPath));
            return;
        }
        if (lookup instanceof Routes.WrongMethod w) {
            ex.getResponseHeaders().set("Allow", String.join(", ", w.allowed()));
            Exchanges.error(ex, 405, "use " + String.join(" or ", w.allowed()) + " for this API");
            return;
        }
        Routes.Match match = ((Routes.Found) lookup).match();
        SandboxEndpoint endpoint = match.route().endpoint();
        line.endpoint(endpoint);
        Optional<byte[]> read = Exchanges.body(ex);
        if (read.isEmpty()) {
            Exchanges.error(ex, 413, "the body is larger than " + Exchanges.MAX_BODY + " bytes");
            return;
        }
        byte[] body = read.get();
        calls.received(endpoint);
        Instant at = clock.instant();
        Optional<Fault> fault = faults.take(endpoint, match.route().version());
        Optional<FaultKind> kind = fault.map(Fault::kind);
        kind.ifPresent(line::fault);
        if (kind.filter(k -> k == FaultKind.DELAY).isPresent()) {
            pause(fault.get().duration().orElse(Duration.ZERO));
        }
        if (kind.filter(k -> k == FaultKind.HTTP_500_HTML).isPresent()) {
            calls.decided(new SandboxBooks.Call(at, endpoint, match.route().version(), Optional.empty(), kind, false,
                    Optional.empty()));
            Exchanges.send(ex, 500, Exchanges.HTML, GATEWAY_ERROR_PAGE.getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (kind.filter(k -> k == FaultKind.RETURN_CODE).isPresent()) {
            ReturnCode code = fault.get().returnCode().orElseThrow();
            Answer answer = fault.get().returnMessage().map(m -> Answer.of(code, m)).orElseGet(() -> Answer.status(code));
            line.code(code);
            calls.decided(new SandboxBooks.Call(at, endpoint, match.route().version(), Optional.empty(), kind, false,
                    Optional.of(code)));
            Exchanges.send(ex, 200, Exchanges.JSON, answer.toJson());
            return;
        }

        String rawQuery = Optional.ofNullable(ex.getRequestURI().getRawQuery()).orElse("");
        ApiRequest request = new ApiRequest(method, rawPath, rawQuery, ex.getRequestHeaders(), body);
        Optional<ChannelId> channel = Optional.empty();
        Answer answer;
        try {
            SandboxChannel authenticated = routes.authentication(match.route().version()).authenticate(request);
            channel = Optional.of(authenticated.id());
            line.channel(authenticated.id());
            OnlineApi.Call call = new OnlineApi.Call(authenticated, match.route().version(), endpoint,
                    match.parameter(), request);
            answer = endpoint.isOffline() ? offline.handle(call) : api.handle(call);
        } catch (Refusal r) {
            answer = r.answer();
        }
        line.code(answer.code());
        calls.decided(new SandboxBooks.Call(at, endpoint, match.route().version(), channel, kind, true,
                Optional.of(answer.code())));
        byte[] json = answer.toJson();
        switch (kind.orElse(FaultKind.DELAY)) {
            case MALFORMED_JSON -> Exchanges.send(ex, 200, Exchanges.JSON, withoutFirstComma(json));
            case TRUNCATED_JSON -> Exchanges.send(ex, 200, Exchanges.JSON, Arrays.copyOf(json, json.length / 2));
            case EMPTY_BODY -> Exchanges.send(ex, 200, Exchanges.JSON, new byte[0]);
            case CONNECTION_RESET -> {
                // Closing an exchange whose response never started makes the JDK server drop the connection.
            }
            case PROCESS_THEN_HANG -> pause(fault.get().duration().orElse(hangLimit));
            default -> Exchanges.send(ex, 200, Exchanges.JSON, json);
        }
    }

    /** Waits, but no longer than until the sandbox closes. */
    private void pause(Duration d) {
        try {
            closing.await(d.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] withoutFirstComma(byte[] json) {
        for (int i = 0; i < json.length; i++) {
            if (json[i] == ',') {
                byte[] out = new byte[json.length - 1];
                System.arraycopy(json, 0, out, 0, i);
                System.arraycopy(json, i + 1, out, i, json.length - i - 1);
                return out;
            }
        }
        return Arrays.copyOf(json, json.length - 1);
    }

    private static void internalError(HttpExchange ex, Throwable e) {
        if (ex.getResponseCode() != -1) {
            return;   // the response has started; closing the exchange is all that is left
        }
        try {
            byte[] body = MinimalJson.write(JsonObject.builder().put("returnCode", ReturnCode.INTERNAL_ERROR.code())
                    .put("returnMessage", "LinePaySandbox failed internally: " + e.getClass().getName()).build());
            Exchanges.send(ex, 500, Exchanges.JSON, body);
        } catch (IOException | RuntimeException ignored) {
            // The client is gone; the exchange is closed by the caller.
        }
    }

    private static String index() {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>LinePaySandbox</title></head>"
                + "<body><h1>LinePaySandbox</h1><p>A local stand-in for LINE Pay's Online API v3 and v4 and its "
                + "Offline API v2, v2.4 and v4. Point your client at this address instead of https://sandbox-api-pay.line.me. Payment pages live under "
                + "/sandbox/pay/{transactionId}; a customer's My Code comes from POST /sandbox/one-time-keys; the "
                + "control API under /sandbox/ is described in linepay4j's README.</p>"
                + "</body></html>\n";
    }

    private static final String GATEWAY_ERROR_PAGE = "<!DOCTYPE html>\n<html><head><title>500 Internal Server Error"
            + "</title></head><body><h1>500 Internal Server Error</h1><p>The server encountered an internal error."
            + "</p><hr><p>LinePaySandbox (injected fault HTTP_500_HTML)</p></body></html>\n";
}
