package dev.linepay4j.testkit.contract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A small HTTP/1.1 server on 127.0.0.1 whose every answer a test scripts, including the broken ones a
 * real library cannot be made to send: a connection that is accepted and never answered, or one reset
 * in the middle of a body. Keeps connections alive so that connection reuse can be counted.
 *
 * <pre>{@code
 * try (LoopbackHttpServer server = LoopbackHttpServer.start(request -> Reply.ok("{}"))) {
 *     URI uri = server.uri("/v3/payments");
 * }
 * }</pre>
 */
public final class LoopbackHttpServer implements AutoCloseable {

    /** What the server does with one request. */
    public sealed interface Reply {

        /**
         * A complete response.
         *
         * @param status  the status code
         * @param headers the headers (Content-Length is added)
         * @param body    the body
         * @return the reply
         */
        static Reply of(int status, Map<String, String> headers, byte[] body) {
            return new Respond(status, headers, body);
        }

        /**
         * 200 with a JSON body.
         *
         * @param json the body
         * @return the reply
         */
        static Reply ok(String json) {
            return of(200, Map.of("Content-Type", "application/json"), json.getBytes(StandardCharsets.UTF_8));
        }

        /**
         * Reads the request, then says nothing until the client gives up.
         *
         * @return the reply
         */
        static Reply hang() {
            return new Hang();
        }

        /**
         * Sends the status line, headers announcing a body, part of that body, then resets the
         * connection (TCP RST).
         *
         * @return the reply
         */
        static Reply resetMidBody() {
            return new ResetMidBody();
        }
    }

    /**
     * A complete response.
     *
     * @param status  status code
     * @param headers headers
     * @param body    body
     */
    record Respond(int status, Map<String, String> headers, byte[] body) implements Reply {
    }

    /** Never answers. */
    record Hang() implements Reply {
    }

    /** Breaks off mid-body. */
    record ResetMidBody() implements Reply {
    }

    /**
     * A request as the server received it.
     *
     * @param method  the method
     * @param target  the request target (path and query, as sent)
     * @param headers the headers, names in lower case; repeated headers keep the last value
     * @param body    the body bytes
     */
    public record Received(String method, String target, Map<String, String> headers, byte[] body) {

        /**
         * The path, without the query.
         *
         * @return the path
         */
        public String path() {
            int q = target.indexOf('?');
            return q < 0 ? target : target.substring(0, q);
        }

        /**
         * The raw query, without the {@code ?}.
         *
         * @return the query, or empty when there is none
         */
        public Optional<String> query() {
            int q = target.indexOf('?');
            return q < 0 ? Optional.empty() : Optional.of(target.substring(q + 1));
        }

        /**
         * A header value.
         *
         * @param name the name, any case
         * @return the value, or empty
         */
        public Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
        }
    }

    private static final int MAX_HEADER_BYTES = 64 * 1024;
    /** CR LF CR LF, as the last four bytes read. */
    private static final int END_OF_HEAD = 0x0D0A0D0A;

    private final ServerSocket socket;
    private final Function<Received, Reply> handler;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "loopback-http");
        t.setDaemon(true);
        return t;
    });
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger connections = new AtomicInteger();

    private LoopbackHttpServer(Function<Received, Reply> handler) throws IOException {
        this.handler = Objects.requireNonNull(handler, "handler");
        this.socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        pool.execute(this::acceptLoop);
    }

    /**
     * Starts a server on a free port of 127.0.0.1.
     *
     * @param handler decides the reply to each request
     * @return the running server
     * @throws IOException if no port could be bound
     */
    public static LoopbackHttpServer start(Function<Received, Reply> handler) throws IOException {
        return new LoopbackHttpServer(handler);
    }

    /**
     * The URI of a path on this server.
     *
     * @param pathAndQuery for example {@code /v3/payments?orderId=1}
     * @return {@code http://127.0.0.1:<port><pathAndQuery>}
     */
    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort() + pathAndQuery);
    }

    /**
     * Every request received so far, in order of arrival.
     *
     * @return a snapshot
     */
    public List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /**
     * How many TCP connections were accepted.
     *
     * @return the count
     */
    public int connectionsAccepted() {
        return connections.get();
    }

    /** Stops accepting, closes every connection, and ends the server's threads. */
    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closing is best effort; the port is released either way.
        }
        for (Socket s : open) {
            closeQuietly(s);
        }
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket s = socket.accept();
                connections.incrementAndGet();
                open.add(s);
                pool.execute(() -> serve(s));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket s) {
        try (s) {
            InputStream in = s.getInputStream();
            OutputStream out = s.getOutputStream();
            while (true) {
                Received request = read(in);
                if (request == null) {
                    return;
                }
                received.add(request);
                Reply reply = handler.apply(request);
                if (reply instanceof Hang) {
                    // Hold the connection open without answering until the client or close() ends it.
                    while (in.read() >= 0) {
                        // discard
                    }
                    return;
                }
                if (reply instanceof ResetMidBody) {
                    out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n"
                            + "{\"returnCode\":\"0000\",\"info\":{").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    s.setSoLinger(true, 0); // close with RST instead of FIN
                    return;
                }
                Respond r = (Respond) reply;
                StringBuilder head = new StringBuilder("HTTP/1.1 ").append(r.status()).append(' ')
                        .append(reason(r.status())).append("\r\n");
                r.headers().forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
                head.append("Content-Length: ").append(r.body().length).append("\r\n\r\n");
                out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
                out.write(r.body());
                out.flush();
                if ("close".equalsIgnoreCase(request.header("connection").orElse(""))) {
                    return;
                }
            }
        } catch (IOException e) {
            // The client went away; nothing to answer.
        } finally {
            open.remove(s);
        }
    }

    private static Received read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream(512);
        int lastFour = 0;
        while (lastFour != END_OF_HEAD) {
            int b = in.read();
            if (b < 0) {
                return null; // the client closed the connection between requests
            }
            head.write(b);
            if (head.size() > MAX_HEADER_BYTES) {
                throw new IOException("request head too large");
            }
            lastFour = (lastFour << 8) | b;
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        String[] requestLine = lines[0].split(" ");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
        }
        byte[] body;
        if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else if ("chunked".equalsIgnoreCase(headers.getOrDefault("transfer-encoding", ""))) {
            body = readChunked(in);
        } else {
            body = new byte[0];
        }
        return new Received(requestLine[0], requestLine.length > 1 ? requestLine[1] : "", Map.copyOf(headers), body);
    }

    private static byte[] readChunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = line(in);
            int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
            if (size == 0) {
                while (!line(in).isEmpty()) {
                    // trailers
                }
                return body.toByteArray();
            }
            body.write(in.readNBytes(size));
            line(in);
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            if (c != '\r') {
                b.write(c);
            }
        }
        if (c < 0) {
            throw new SocketException("connection closed inside a chunked body");
        }
        return b.toString(StandardCharsets.ISO_8859_1);
    }

    private static String reason(int status) {
        switch (status) {
            case 200:
                return "OK";
            case 500:
                return "Internal Server Error";
            case 502:
                return "Bad Gateway";
            default:
                return "Status";
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // best effort
        }
    }
}
