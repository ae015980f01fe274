package io.github.aria2j.it.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A minimal BitTorrent HTTP tracker on loopback (BEP 3, compact peer lists as in BEP 23), so that two local aria2c
 * daemons find each other without DHT or the internet. Every peer that announces an info hash is handed to the
 * others that announce the same hash, always as 127.0.0.1 and the port the peer announced.
 */
public final class LoopbackTracker implements AutoCloseable {

    /** How often aria2 should announce again, in seconds; short so that a late peer is found quickly. */
    private static final int INTERVAL_SECONDS = 2;

    private final HttpServer server;
    private final Map<String, Set<Integer>> peersByInfoHash = new ConcurrentHashMap<>();
    private final List<Integer> announcedPorts = new CopyOnWriteArrayList<>();

    private LoopbackTracker(HttpServer server) {
        this.server = server;
    }

    public static LoopbackTracker start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        LoopbackTracker tracker = new LoopbackTracker(server);
        server.createContext("/announce", tracker::announce);
        server.start();
        return tracker;
    }

    /** The announce URL to put in a torrent. */
    public URI announceUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/announce");
    }

    /** The listen ports of the peers that have announced, in order, repeats included. */
    public List<Integer> announcedPorts() {
        return List.copyOf(announcedPorts);
    }

    private void announce(HttpExchange exchange) throws IOException {
        try {
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            String infoHash = query.getOrDefault("info_hash", "");
            int port = Integer.parseInt(query.getOrDefault("port", "0"));
            announcedPorts.add(port);
            Set<Integer> peers = peersByInfoHash.computeIfAbsent(infoHash, key -> ConcurrentHashMap.newKeySet());
            if ("stopped".equals(query.get("event"))) {
                peers.remove(port);
            } else {
                peers.add(port);
            }
            Map<String, Object> reply = new LinkedHashMap<>();
            reply.put("interval", INTERVAL_SECONDS);
            reply.put("peers", compactPeers(peers, port));
            byte[] body = Bencode.encode(reply);
            exchange.getResponseHeaders().set("Content-Type", "text/plain");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } finally {
            exchange.close();
        }
    }

    /** Six bytes per peer other than the asking one: the IPv4 address 127.0.0.1 and the port, big-endian. */
    private static byte[] compactPeers(Set<Integer> ports, int asking) {
        ByteArrayOutputStream peers = new ByteArrayOutputStream();
        for (int port : ports) {
            if (port != asking) {
                peers.writeBytes(new byte[] {127, 0, 0, 1, (byte) (port >>> 8), (byte) port});
            }
        }
        return peers.toByteArray();
    }

    /**
     * The query parameters, percent-decoded byte by byte as ISO-8859-1: {@code info_hash} is 20 raw bytes, not text,
     * and stays comparable that way.
     */
    private static Map<String, String> query(String rawQuery) {
        Map<String, String> values = new HashMap<>();
        if (rawQuery == null) {
            return values;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            values.put(percentDecode(name), percentDecode(value));
        }
        return values;
    }

    private static String percentDecode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length()) {
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c == '+' ? ' ' : c);
            }
        }
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
