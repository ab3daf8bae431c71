package dev.linepay4j.testkit.sandbox;

import dev.linepay4j.domain.ChannelId;
import dev.linepay4j.domain.code.ReturnCode;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * The one log line of a request: time, method, path, HTTP status, then what the sandbox made of it.
 * Deliberately without the query (order ids), headers (the signature, the nonce) and bodies; a regKey in
 * a path is shortened to its first four characters, as it lets the merchant charge the customer.
 *
 * <pre>
 * 2026-11-22T10:15:30Z POST /v3/payments/2026112204412563051/confirm 200 channel=1234567890 endpoint=confirm returnCode=0000 4ms
 * 2026-11-22T10:15:31Z POST /v4/payments/preapprovedPay/RK2A…/payment - channel=1234567890 endpoint=regkey-pay returnCode=0000 fault=CONNECTION_RESET 2ms
 * </pre>
 */
final class RequestLog {

    private final Instant at;
    private final long started = System.nanoTime();
    private final String method;
    private final String path;
    private ChannelId channel;
    private SandboxEndpoint endpoint;
    private ReturnCode code;
    private FaultKind fault;
    private String note;

    RequestLog(Instant at, String method, String rawPath) {
        this.at = at;
        this.method = method;
        this.path = redact(rawPath);
    }

    void channel(ChannelId channel) {
        this.channel = channel;
    }

    void endpoint(SandboxEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    void code(ReturnCode code) {
        this.code = code;
    }

    void fault(FaultKind fault) {
        this.fault = fault;
    }

    void note(String note) {
        this.note = note;
    }

    /** The line; {@code status} is the HTTP status sent, or -1 when none was (a fault withheld it). */
    String line(int status) {
        StringBuilder b = new StringBuilder(160);
        b.append(Web.date(at)).append(' ').append(method).append(' ').append(path).append(' ')
                .append(status < 0 ? "-" : Integer.toString(status));
        if (channel != null) {
            b.append(" channel=").append(channel.value());
        }
        if (endpoint != null) {
            b.append(" endpoint=").append(endpoint.wireName());
        }
        if (code != null) {
            b.append(" returnCode=").append(code.code());
        }
        if (fault != null) {
            b.append(" fault=").append(fault);
        }
        if (note != null) {
            b.append(" (").append(note.length() > 200 ? note.substring(0, 200) + "…" : note).append(')');
        }
        b.append(' ').append(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).append("ms");
        return b.toString().replaceAll("[\\r\\n\\t]", " ");
    }

    /** The path with any regKey shortened, and cut to 200 characters. */
    static String redact(String rawPath) {
        String[] s = rawPath.split("/", -1);
        for (int i = 0; i + 1 < s.length; i++) {
            if ((s[i].equals("preapprovedPay") || s[i].equals("regkeys")) && s[i + 1].length() > 4) {
                s[i + 1] = s[i + 1].substring(0, 4) + "…";
            }
        }
        String p = String.join("/", s);
        return p.length() > 200 ? p.substring(0, 200) + "…" : p;
    }
}
