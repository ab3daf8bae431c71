package dev.linepay4j.benchmarks;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The smallest HTTP/1.1 server that can stand in for LINE Pay on loopback: it answers every request with
 * the same canned 200 answer, on persistent connections, one thread per connection, and does nothing else
 * (no routing, no signature check, no JSON). The client and the bare HTTP client it is compared with hit
 * the same server with the same bytes; the less the server does, the more of the measured time is the
 * client side, which is what the comparison is about.
 *
 * <p>It reads a request's head byte by byte from a buffered stream without making strings, skips a body
 * framed by {@code Content-Length} or chunked, answers {@code Expect: 100-continue}, and closes the
 * connection on {@code Connection: close} or at the end of the stream.
 *
 * <pre>{@code
 * try (CannedHttpServer server = CannedHttpServer.start(Fixture.CONFIRM_ANSWER)) {
 *     URI base = server.baseUri();   // http://127.0.0.1:<port>
 * }
 * }</pre>
 */
public final class CannedHttpServer implements AutoCloseable {

    private static final byte[] CONTINUE = ascii("HTTP/1.1 100 Continue\r\n\r\n");
    private static final int MAX_LINE = 16 * 1024;

    private final byte[] response;
    private final ServerSocket socket;
    private final ExecutorService threads;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger served = new AtomicInteger();
    private final AtomicInteger connections = new AtomicInteger();
    private volatile boolean closed;

    private CannedHttpServer(byte[] body) throws IOException {
        byte[] head = ascii("HTTP/1.1 200 OK\r\nContent-Type: application/json;charset=UTF-8\r\nContent-Length: "
                + body.length + "\r\n\r\n");
        this.response = new byte[head.length + body.length];
        System.arraycopy(head, 0, response, 0, head.length);
        System.arraycopy(body, 0, response, head.length, body.length);
        this.socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
        AtomicInteger n = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "canned-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        threads.execute(this::acceptLoop);
    }

    /**
     * Starts a server on a free loopback port.
     *
     * @param body the body of every answer
     * @return the running server
     */
    public static CannedHttpServer start(byte[] body) {
        try {
            return new CannedHttpServer(body);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on loopback", e);
        }
    }

    /**
     * Where it listens.
     *
     * @return {@code http://127.0.0.1:<port>}
     */
    public URI baseUri() {
        return URI.create("http://" + socket.getInetAddress().getHostAddress() + ":" + socket.getLocalPort());
    }

    /**
     * How many requests it has answered.
     *
     * @return the count
     */
    public int served() {
        return served.get();
    }

    /**
     * How many connections it has accepted: far fewer than {@link #served()} when clients keep them alive.
     *
     * @return the count
     */
    public int connections() {
        return connections.get();
    }

    @Override
    public void close() {
        closed = true;
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing
        }
        for (Socket s : open) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing
            }
        }
        threads.shutdownNow();
    }

    private void acceptLoop() {
        while (!closed) {
            Socket s;
            try {
                s = socket.accept();
            } catch (IOException e) {
                return;
            }
            open.add(s);
            connections.incrementAndGet();
            try {
                threads.execute(() -> serve(s));
            } catch (RuntimeException e) {
                quietlyClose(s);
            }
        }
    }

    private void serve(Socket s) {
        try (s) {
            s.setTcpNoDelay(true);
            InputStream in = new BufferedInputStream(s.getInputStream(), 8192);
            OutputStream out = s.getOutputStream();
            byte[] line = new byte[MAX_LINE];
            while (!closed) {
                // The request line; the end of the stream between requests is a normal close.
                int n = readLine(in, line);
                if (n < 0) {
                    return;
                }
                if (n == 0) {
                    continue; // a stray CRLF between requests is allowed
                }
                long length = 0;
                boolean chunked = false;
                boolean close = false;
                boolean expectContinue = false;
                while ((n = readLine(in, line)) > 0) {
                    if (startsWith(line, n, "content-length:")) {
                        length = digits(line, n, "content-length:".length());
                    } else if (startsWith(line, n, "transfer-encoding:")) {
                        chunked = contains(line, n, "chunked");
                    } else if (startsWith(line, n, "connection:")) {
                        close = contains(line, n, "close");
                    } else if (startsWith(line, n, "expect:")) {
                        expectContinue = contains(line, n, "100-continue");
                    }
                }
                if (n < 0) {
                    return;
                }
                if (expectContinue) {
                    out.write(CONTINUE);
                    out.flush();
                }
                if (chunked) {
                    skipChunked(in, line);
                } else {
                    skip(in, length);
                }
                served.incrementAndGet(); // before the answer leaves, so a client that has it sees it counted
                out.write(response);
                out.flush();
                if (close) {
                    return;
                }
            }
        } catch (SocketException e) {
            // the peer or close() ended the connection
        } catch (IOException e) {
            // a broken request ends its connection; the benchmark that sent it will fail loudly
        } finally {
            open.remove(s);
        }
    }

    /** Reads one line without its CRLF into buf; -1 at the end of the stream before any byte. */
    private static int readLine(InputStream in, byte[] buf) throws IOException {
        int n = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                if (n == 0) {
                    return -1;
                }
                throw new IOException("stream ended inside a line");
            }
            if (b == '\n') {
                return n > 0 && buf[n - 1] == '\r' ? n - 1 : n;
            }
            if (n == buf.length) {
                throw new IOException("line longer than " + buf.length + " bytes");
            }
            buf[n++] = (byte) b;
        }
    }

    private static void skipChunked(InputStream in, byte[] line) throws IOException {
        while (true) {
            int n = readLine(in, line);
            if (n < 0) {
                throw new IOException("stream ended inside a chunked body");
            }
            long size = 0;
            for (int i = 0; i < n && line[i] != ';'; i++) {
                size = size * 16 + Character.digit(line[i], 16);
            }
            if (size == 0) {
                // trailers until the empty line
                while ((n = readLine(in, line)) > 0) {
                    // skip
                }
                return;
            }
            skip(in, size);
            readLine(in, line); // the CRLF after the chunk
        }
    }

    private static void skip(InputStream in, long n) throws IOException {
        while (n > 0) {
            long skipped = in.skip(n);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new IOException("stream ended inside a body");
                }
                skipped = 1;
            }
            n -= skipped;
        }
    }

    private static boolean startsWith(byte[] line, int n, String lowerPrefix) {
        if (n < lowerPrefix.length()) {
            return false;
        }
        for (int i = 0; i < lowerPrefix.length(); i++) {
            int c = line[i];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != lowerPrefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] line, int n, String lower) {
        outer:
        for (int start = 0; start + lower.length() <= n; start++) {
            for (int i = 0; i < lower.length(); i++) {
                int c = line[start + i];
                if (c >= 'A' && c <= 'Z') {
                    c += 'a' - 'A';
                }
                if (c != lower.charAt(i)) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static long digits(byte[] line, int n, int from) throws IOException {
        long v = 0;
        boolean any = false;
        for (int i = from; i < n; i++) {
            byte c = line[i];
            if (c >= '0' && c <= '9') {
                v = v * 10 + (c - '0');
                any = true;
            } else if (c != ' ' && c != '\t') {
                throw new IOException("bad Content-Length");
            }
        }
        if (!any) {
            throw new IOException("empty Content-Length");
        }
        return v;
    }

    private static void quietlyClose(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // closing
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
