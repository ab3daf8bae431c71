package dev.linepay4j.adapter.okhttp;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP server on 127.0.0.1 that hands each accepted connection to a script, for the misbehaviour the
 * testkit's HTTP server cannot produce: TLS alerts, trickled bodies, lying Content-Length.
 */
final class RawLoopbackServer implements AutoCloseable {

    /** What the server does with one connection; the server closes the socket afterwards. */
    interface Script {
        void serve(Socket socket) throws IOException, InterruptedException;
    }

    private final ServerSocket socket;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "raw-loopback-server");
        t.setDaemon(true);
        return t;
    });
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger connections = new AtomicInteger();

    RawLoopbackServer(Script script) throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        pool.execute(() -> {
            while (!socket.isClosed()) {
                try {
                    Socket s = socket.accept();
                    connections.incrementAndGet();
                    open.add(s);
                    pool.execute(() -> {
                        try (s) {
                            script.serve(s);
                        } catch (IOException | InterruptedException e) {
                            // the client went away or the test ended
                        } finally {
                            open.remove(s);
                        }
                    });
                } catch (IOException e) {
                    return;
                }
            }
        });
    }

    URI uri(String scheme, String path) {
        return URI.create(scheme + "://127.0.0.1:" + socket.getLocalPort() + path);
    }

    int connectionsAccepted() {
        return connections.get();
    }

    /** Reads a request head (up to the blank line), so that a reply comes after the request arrived. */
    static void readHead(InputStream in) throws IOException {
        int lastFour = 0;
        for (int i = 0; i < 64 * 1024; i++) {
            int b = in.read();
            if (b < 0) {
                return;
            }
            lastFour = (lastFour << 8) | b;
            if (lastFour == 0x0d0a0d0a) {
                return;
            }
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // best effort
        }
        for (Socket s : open) {
            try {
                s.close();
            } catch (IOException ignored) {
                // best effort
            }
        }
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
