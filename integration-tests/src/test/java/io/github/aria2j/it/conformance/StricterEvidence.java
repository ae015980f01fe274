package io.github.aria2j.it.conformance;

import static io.github.aria2j.it.support.ItAria2.LIMIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aria2j.client.Aria2Client;
import io.github.aria2j.model.DownloadState;
import io.github.aria2j.model.DownloadStatus;
import io.github.aria2j.runtime.Aria2RpcException;
import io.github.aria2j.runtime.RpcErrorKind;
import io.github.aria2j.testkit.Aria2Await;
import io.github.aria2j.testkit.TestFileServer;
import io.github.aria2j.testkit.Torrents;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What aria2 loses of a {@link DeliberatelyStricter} value whose stored form looks intact: the loss shows only when
 * aria2 uses the value, so each check uses it on the live aria2c, next to a control value that works, and returns one
 * line for the report. Values go through {@code call}, as the typed setters refuse them.
 */
final class StricterEvidence {

    private static final String PROXY_PATH = "/path/of/the/proxy";

    private StricterEvidence() {
    }

    /**
     * A proxy URI with a path: aria2 sends a request through the proxy that names only the download's URI; the
     * proxy's path goes nowhere.
     */
    static String proxyPathIsDropped(Aria2Client client, TestFileServer files) throws IOException {
        String target = files.uri("stricter-evidence-proxied.bin").toString();
        List<String> head = new ArrayList<>();
        try (ServerSocket proxy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            proxy.setSoTimeout((int) LIMIT.toMillis());
            String proxyUri = "http://127.0.0.1:" + proxy.getLocalPort() + PROXY_PATH;
            String gid = (String) client.call("aria2.addUri", List.of(List.of(target),
                    Map.of("all-proxy", proxyUri, "max-tries", "1")));
            try (Socket socket = proxy.accept()) {
                BufferedReader in = new BufferedReader(
                        new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
                for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                    head.add(line);
                }
                OutputStream out = socket.getOutputStream();
                out.write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            }
            Aria2Await.status(client, gid, DownloadState.ERROR, LIMIT);
            client.removeDownloadResult(gid);
        }
        assertThat(head).as("the request aria2 sent to the proxy").isNotEmpty();
        assertThat(head.get(0)).as("request line through the proxy").isEqualTo("GET " + target + " HTTP/1.1");
        assertThat(String.join("\n", head)).as("the request through the proxy").doesNotContain(PROXY_PATH);
        return "all-proxy http://127.0.0.1:PORT" + PROXY_PATH + ": aria2 sent '" + head.get(0)
                + "' to 127.0.0.1:PORT, the path is nowhere in the request";
    }

    /**
     * seed-time inf: a completed torrent stops seeding at once, where the largest seed time that fits (35791394
     * minutes) keeps it seeding.
     */
    static String infiniteSeedTimeEndsSeeding(Aria2Client client, TestFileServer files) {
        String control = addSeededTorrent(client, files, "stricter-evidence-seed-control.bin", "35791394");
        DownloadStatus seeding = Aria2Await.until("the download with seed-time=35791394 to seed or stop",
                () -> client.tellStatus(control),
                s -> s.status() != DownloadState.ACTIVE || Boolean.TRUE.equals(s.seeder()), LIMIT);
        client.forceRemove(control);
        // A seeding torrent that is removed reports the state of its data: complete.
        Aria2Await.until("the control download to stop", () -> client.tellStatus(control).status(),
                state -> state != DownloadState.ACTIVE, LIMIT);
        client.removeDownloadResult(control);
        assertThat(seeding.status()).as("a completed torrent with seed-time=35791394").isEqualTo(DownloadState.ACTIVE);
        assertThat(seeding.seeder()).as("a completed torrent with seed-time=35791394 seeds").isTrue();

        String infinite = addSeededTorrent(client, files, "stricter-evidence-seed-inf.bin", "inf");
        DownloadStatus stopped = Aria2Await.until("the download with seed-time=inf to stop seeding (aria2 ends seeding"
                        + " at once when the seed time overflows)", () -> client.tellStatus(infinite),
                s -> s.status() != DownloadState.ACTIVE, LIMIT);
        client.removeDownloadResult(infinite);
        assertThat(stopped.status()).as("a completed torrent with seed-time=inf").isEqualTo(DownloadState.COMPLETE);
        assertThat(stopped.completedLength()).as("bytes of the torrent with seed-time=inf")
                .isEqualTo(stopped.totalLength());
        return "seed-time inf: the torrent stopped as soon as it was complete (" + stopped.status() + "); with"
                + " 35791394 it seeds";
    }

    /** index-out 0: aria2 stores it for a plain download, but a torrent added with it fails. */
    static String indexZeroFailsForATorrent(Aria2Client client, TestFileServer files) {
        String base64 = Torrents.webSeeded(files.addRandom("stricter-evidence-indexed.bin", 16 * 1024)).build()
                .base64();
        String control = (String) client.call("aria2.addTorrent", List.of(base64, List.of(),
                Map.of("index-out", "1=renamed.bin", "pause", "true")));
        client.remove(control);
        assertThatThrownBy(() -> client.call("aria2.addTorrent", List.of(base64, List.of(),
                Map.of("index-out", "0=renamed.bin", "pause", "true"))))
                .isInstanceOfSatisfying(Aria2RpcException.class, e -> {
                    assertThat(e.serverMessage()).isEqualTo("No such file with index=0");
                    assertThat(e.kind()).isEqualTo(RpcErrorKind.INVALID_PARAMS);
                });
        return "index-out 0=renamed.bin: aria2.addTorrent fails with 'No such file with index=0'; 1=renamed.bin"
                + " is taken";
    }

    private static String addSeededTorrent(Aria2Client client, TestFileServer files, String name, String seedTime) {
        String base64 = Torrents.webSeeded(files.addRandom(name, 32 * 1024)).build().base64();
        return (String) client.call("aria2.addTorrent", List.of(base64, List.of(),
                Map.of("seed-time", seedTime, "seed-ratio", "0.0")));
    }
}
