package dev.linepay4j.internal;

import dev.linepay4j.CallInfo;
import dev.linepay4j.LinePayError.ProtocolError;
import dev.linepay4j.LinePayError.ProtocolError.Problem;
import dev.linepay4j.domain.code.MalformedResponseException;
import dev.linepay4j.domain.code.ResultEnvelope;
import dev.linepay4j.domain.json.JsonObject;
import dev.linepay4j.domain.json.JsonValue;
import dev.linepay4j.spi.HttpResponse;
import dev.linepay4j.spi.JsonCodec;
import dev.linepay4j.spi.JsonReadException;
import java.util.List;
import java.util.Optional;

/**
 * Reads an HTTP answer as a LINE Pay envelope, or says why it is not one. LINE Pay answers every call
 * with HTTP 200 and a JSON object holding a code (LINEPAY-API.md §1, §3), so, in this order: a status
 * other than 200 is not LINE Pay's answer, even when its body looks like an envelope (a gateway may
 * forward or fake one); then an empty body; an HTML page; bytes the codec cannot read as JSON or that
 * break its limits; JSON that is not an object or has no usable code.
 */
final class AnswerReader {

    /** What an answer turned out to be. */
    sealed interface Read permits Envelope, Unreadable {
    }

    /**
     * A LINE Pay answer.
     *
     * @param envelope its envelope
     * @param body     the whole body
     */
    record Envelope(ResultEnvelope envelope, JsonObject body) implements Read {
    }

    /**
     * Not a LINE Pay answer.
     *
     * @param error what is wrong with it
     */
    record Unreadable(ProtocolError error) implements Read {
    }

    private AnswerReader() {
    }

    static Read read(HttpResponse response, JsonCodec codec, CallInfo call, Redactor redactor, List<String> sensitive) {
        byte[] body = response.body();
        int status = response.status();
        boolean html = looksLikeHtml(response);
        if (status != 200) {
            String what = isBlank(body) ? "an empty body" : html ? "an HTML page" : body.length + " bytes";
            return unreadable(call, Problem.HTTP_STATUS, status, "HTTP " + status + " with " + what
                    + "; LINE Pay answers every call with 200", body, redactor, sensitive);
        }
        if (isBlank(body)) {
            return unreadable(call, Problem.EMPTY_BODY, status, "the body is empty", body, redactor, sensitive);
        }
        if (html) {
            return unreadable(call, Problem.HTML, status, "the body is an HTML page", body, redactor, sensitive);
        }
        JsonValue tree;
        try {
            tree = codec.read(body);
        } catch (JsonReadException e) {
            boolean limit = e.reason() != JsonReadException.Reason.SYNTAX && e.reason() != JsonReadException.Reason.EMPTY;
            return unreadable(call, limit ? Problem.JSON_LIMIT : Problem.NOT_JSON, status,
                    limit ? "the JSON breaks a read limit (" + e.reason() + ")" : "the body is not well-formed JSON",
                    body, redactor, sensitive);
        }
        try {
            ResultEnvelope envelope = ResultEnvelope.read(tree);
            return new Envelope(envelope, (JsonObject) tree);
        } catch (MalformedResponseException e) {
            Problem problem;
            switch (e.reason()) {
                case NOT_AN_OBJECT:
                    problem = Problem.NOT_AN_OBJECT;
                    break;
                case MISSING_CODE:
                    problem = Problem.MISSING_RETURN_CODE;
                    break;
                default:
                    problem = Problem.INVALID_RETURN_CODE;
                    break;
            }
            return unreadable(call, problem, status, e.getMessage(), body, redactor, sensitive);
        }
    }

    private static Unreadable unreadable(CallInfo call, Problem problem, int status, String detail, byte[] body,
                                         Redactor redactor, List<String> sensitive) {
        return new Unreadable(new ProtocolError(call, problem, status, detail, redactor.excerpt(body, sensitive)));
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    /** Whether a header value holds "html" in any case; without the lower-case copy of every answer's type. */
    private static boolean containsHtml(String contentType) {
        for (int i = 0; i + 4 <= contentType.length(); i++) {
            char c = contentType.charAt(i);
            if ((c == 'h' || c == 'H') && contentType.regionMatches(true, i, "html", 0, 4)) {
                return true;
            }
        }
        return false;
    }

    /** Declared as HTML, or starting (after white space and a byte-order mark) with {@code <}. */
    private static boolean looksLikeHtml(HttpResponse response) {
        Optional<String> type = response.header("Content-Type");
        if (type.isPresent() && containsHtml(type.get())) {
            return true;
        }
        byte[] body = response.body();
        int i = 0;
        if (body.length >= 3 && (body[0] & 0xff) == 0xEF && (body[1] & 0xff) == 0xBB && (body[2] & 0xff) == 0xBF) {
            i = 3;
        }
        while (i < body.length && (body[i] == ' ' || body[i] == '\t' || body[i] == '\r' || body[i] == '\n')) {
            i++;
        }
        return i < body.length && body[i] == '<';
    }
}
