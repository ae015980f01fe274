package io.github.aria2j.it.support;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loopback HTTP/1.1 file server for downloads that never leave the machine. It serves files registered in memory
 * with {@code Content-Length} and single {@code Range: bytes=} requests (206), answers 404 for any other path, and
 * can send a file slowly (a fixed number of bytes per second) so that its download stays active long enough to be
 * paused, inspected or changed. It records every request with its headers.
 */
public final class FileServer implements AutoCloseable {

    /** A request as the server saw it. */
    public record Request(String method, String path, Headers headers) {

        public String header(String name) {
            return headers.getFirst(name);
        }
    }

    private record ServedFile(byte[] content, int bytesPerSecond) {}

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d*)");
    /** Slow files are written in slices this many times a second. */
    private static final int SLICES_PER_SECOND = 20;

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, ServedFile> files = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private FileServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Starts a server on a free loopback port. */
    public static FileServer start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // One thread per connection: a slow download holds its thread for as long as it runs.
        ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "it-file-server");
            thread.setDaemon(true);
            return thread;
        });
        FileServer fileServer = new FileServer(server, executor);
        server.createContext("/", fileServer::handle);
        server.setExecutor(executor);
        server.start();
        return fileServer;
    }

    /** Random but reproducible content of {@code size} bytes. */
    public static byte[] content(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    /** Serves {@code content} at {@code /name} at full speed and returns its URI. */
    public URI serve(String name, byte[] content) {
        return serve(name, content, 0);
    }

    /**
     * Serves {@code content} at {@code /name}, sending at most {@code bytesPerSecond} (0 = full speed), and returns
     * its URI.
     */
    public URI serve(String name, byte[] content, int bytesPerSecond) {
        files.put(name, new ServedFile(content.clone(), bytesPerSecond));
        return uri(name);
    }

    /** The URI of {@code /name}, served or not; one that is not served answers 404. */
    public URI uri(String name) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + name);
    }

    /** The requests for {@code /name} so far, oldest first. */
    public List<Request> requests(String name) {
        return requests.stream().filter(request -> request.path().equals("/" + name)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            requests.add(new Request(method, path, copy(exchange.getRequestHeaders())));
            ServedFile file = files.get(path.substring(1));
            if (file == null || !(method.equals("GET") || method.equals("HEAD"))) {
                sendText(exchange, 404, "not found: " + path + "\n");
                return;
            }
            respond(exchange, file, method.equals("HEAD"));
        } catch (IOException e) {
            // The client went away (aria2 paused or removed the download): nothing left to do.
        } finally {
            exchange.close();
        }
    }

    private void respond(HttpExchange exchange, ServedFile file, boolean head) throws IOException {
        long size = file.content().length;
        long start = 0;
        long end = size - 1;
        int status = 200;
        Headers headers = exchange.getResponseHeaders();
        headers.set("Accept-Ranges", "bytes");
        headers.set("Content-Type", "application/octet-stream");
        String range = exchange.getRequestHeaders().getFirst("Range");
        if (range != null) {
            Matcher matcher = RANGE.matcher(range.strip());
            if (!matcher.matches() || Long.parseLong(matcher.group(1)) >= size) {
                headers.set("Content-Range", "bytes */" + size);
                sendText(exchange, 416, "unsatisfiable range: " + range + "\n");
                return;
            }
            start = Long.parseLong(matcher.group(1));
            if (!matcher.group(2).isEmpty()) {
                end = Math.min(end, Long.parseLong(matcher.group(2)));
            }
            status = 206;
            headers.set("Content-Range", "bytes " + start + "-" + end + "/" + size);
        }
        long length = end - start + 1;
        if (head) {
            headers.set("Content-Length", Long.toString(length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, length);
        try (OutputStream body = exchange.getResponseBody()) {
            if (file.bytesPerSecond() <= 0) {
                body.write(file.content(), (int) start, (int) length);
            } else {
                writeSlowly(body, file, (int) start, (int) length);
            }
        }
    }

    /** Writes a slice every 1/20 s, so that the rate holds from the first byte and a closed connection is noticed. */
    private static void writeSlowly(OutputStream body, ServedFile file, int offset, int length) throws IOException {
        int slice = Math.max(1, file.bytesPerSecond() / SLICES_PER_SECOND);
        long sliceNanos = TimeUnit.SECONDS.toNanos(1) / SLICES_PER_SECOND;
        long next = System.nanoTime();
        for (int written = 0; written < length; written += slice) {
            body.write(file.content(), offset + written, Math.min(slice, length - written));
            body.flush();
            next += sliceNanos;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                try {
                    TimeUnit.NANOSECONDS.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt(); // the server is stopping
                    throw new IOException("server stopped", e);
                }
            }
        }
    }

    private static void sendText(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(bytes);
        }
    }

    private static Headers copy(Headers headers) {
        Headers copy = new Headers();
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        return copy;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
