package dev.linepay4j.adapter.apache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linepay4j.spi.HttpMethod;
import dev.linepay4j.spi.HttpRequest;
import dev.linepay4j.spi.TransportException;
import dev.linepay4j.spi.TransportException.Kind;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.apache.hc.client5.http.ClientProtocolException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.client5.http.impl.classic.RequestFailedException;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.ProtocolException;
import org.apache.hc.core5.http.RequestNotExecutedException;
import org.apache.hc.core5.http.TruncatedChunkException;
import org.apache.hc.core5.util.Deadline;
import org.apache.hc.core5.util.DeadlineTimeoutException;
import org.apache.hc.core5.util.TimeValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * HttpClient's exceptions, one by one, against the kind each must become. Several of its types extend
 * each other (a connect timeout is a SocketTimeoutException, a pool timeout an InterruptedIOException),
 * so the order of the checks is the behaviour under test.
 */
class FailureClassificationTest {

    private static final HttpRequest REQUEST = HttpRequest.builder(HttpMethod.POST,
            URI.create("https://merchant:hunter2@sandbox-api-pay.line.me:443/v3/payments/1/confirm?orderId=ORDER-42")).build();

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new HttpHostConnectException("Connection refused"), Kind.CONNECT_FAILED),
                Arguments.of(new ConnectException("Connection refused"), Kind.CONNECT_FAILED),
                Arguments.of(new RequestNotExecutedException(), Kind.CONNECT_FAILED),
                Arguments.of(new UnknownHostException("sandbox-api-pay.line.me"), Kind.UNKNOWN_HOST),
                Arguments.of(new SSLHandshakeException("PKIX path building failed"), Kind.TLS_HANDSHAKE),
                Arguments.of(new SSLPeerUnverifiedException("Certificate doesn't match"), Kind.TLS_HANDSHAKE),
                Arguments.of(new ConnectTimeoutException("Connect timed out"), Kind.CONNECT_TIMEOUT),
                Arguments.of(new ConnectionRequestTimeoutException("Timeout deadline"), Kind.CONNECT_TIMEOUT),
                Arguments.of(DeadlineTimeoutException.from(Deadline.calculate(TimeValue.ZERO_MILLISECONDS)), Kind.CONNECT_TIMEOUT),
                Arguments.of(new SocketTimeoutException("Read timed out"), Kind.READ_TIMEOUT),
                Arguments.of(new NoHttpResponseException("failed to respond"), Kind.CONNECTION_RESET),
                Arguments.of(new ConnectionClosedException("Premature end of Content-Length delimited message body"), Kind.CONNECTION_RESET),
                Arguments.of(new TruncatedChunkException("Truncated chunk"), Kind.CONNECTION_RESET),
                Arguments.of(new SocketException("Connection reset"), Kind.CONNECTION_RESET),
                Arguments.of(new RequestFailedException("Request aborted"), Kind.INTERRUPTED),
                Arguments.of(new InterruptedIOException(), Kind.INTERRUPTED),
                Arguments.of(new InterruptedException(), Kind.INTERRUPTED),
                Arguments.of(new ResponseTooLarge(1024), Kind.RESPONSE_TOO_LARGE),
                Arguments.of(new ClientProtocolException(new ProtocolException("Invalid response")), Kind.OTHER),
                Arguments.of(new SSLException("bad record MAC"), Kind.OTHER),
                Arguments.of(new IOException("something else"), Kind.OTHER),
                Arguments.of(new CancellationException(), Kind.OTHER),
                Arguments.of(new IllegalStateException("Connection pool shut down"), Kind.OTHER));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void eachFailureBecomesItsKind(Exception failure, Kind expected) {
        TransportException e = ApacheHttpTransport.classify(failure, REQUEST, false);

        assertEquals(expected, e.kind());
        assertSame(failure, e.getCause());
    }

    @Test
    void theKindComesFromTheFirstCauseThatProvesOne() {
        IOException wrapped = new IOException("wrapper", new SocketTimeoutException("Read timed out"));

        assertEquals(Kind.READ_TIMEOUT, ApacheHttpTransport.classify(wrapped, REQUEST, false).kind());
    }

    @Test
    void futureWrappersArePeeledOff() {
        Exception failure = new ExecutionException(new CompletionException(new ConnectException("refused")));

        assertEquals(Kind.CONNECT_FAILED, ApacheHttpTransport.classify(failure, REQUEST, false).kind());
    }

    @Test
    void aTransportExceptionPassesThroughUnchanged() {
        TransportException original = new TransportException(Kind.TRANSPORT_CLOSED, "closed", null);

        assertSame(original, ApacheHttpTransport.classify(new CompletionException(original), REQUEST, false));
    }

    @Test
    void aShutDownPoolRefusingTheLeaseAfterCloseIsTransportClosed() {
        TransportException e = ApacheHttpTransport.classify(new IllegalStateException("Connection pool shut down"), REQUEST, true);

        assertEquals(Kind.TRANSPORT_CLOSED, e.kind());
    }

    @Test
    void messagesNameMethodHostAndPathButNotTheQueryNorTheUserInfo() {
        String message = ApacheHttpTransport.classify(new SocketTimeoutException("Read timed out"), REQUEST, false).getMessage();

        assertTrue(message.contains("POST https://sandbox-api-pay.line.me:443/v3/payments/1/confirm"), message);
        assertFalse(message.contains("ORDER-42"), message);
        assertFalse(message.contains("hunter2"), message);
    }
}
