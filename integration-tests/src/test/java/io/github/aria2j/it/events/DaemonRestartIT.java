package io.github.aria2j.it.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aria2j.client.Aria2Client;
import io.github.aria2j.notification.Aria2Events;
import io.github.aria2j.notification.DownloadComplete;
import io.github.aria2j.runtime.Secret;
import io.github.aria2j.runtime.daemon.ManagedAria2;
import io.github.aria2j.runtime.events.ConnectionEvent;
import io.github.aria2j.runtime.events.EventSettings;
import io.github.aria2j.runtime.events.ReconnectPolicy;
import io.github.aria2j.testkit.Aria2Await;
import io.github.aria2j.testkit.TestFileServer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daemon is stopped and started again (same port and secret, its session saved on exit and
 * read back with --input-file) again and again while downloads complete; the client's events
 * reconnect each time and every completion is delivered exactly once, live or recovered.
 */
class DaemonRestartIT {

    private static final int DOWNLOADS = 16;
    private static final int RESTARTS = 5;
    /** Download i has (i + 1) steps of this size: at RATE, one finishes every 1.5 s of download time. */
    private static final int STEP = 48 * 1024;
    private static final int RATE = 32 * 1024;

    @TempDir
    Path work;

    @Test
    void everyCompletionIsDeliveredExactlyOnceAcrossRestarts() throws Exception {
        Path session = Files.createFile(work.resolve("session.txt"));
        Secret secret = Secret.of("restart-" + System.nanoTime());
        int port = freePort();
        Map<String, AtomicInteger> completions = new ConcurrentHashMap<>();
        AtomicInteger recovered = new AtomicInteger();
        List<ConnectionEvent> states = new CopyOnWriteArrayList<>();
        List<String> gids = new ArrayList<>();
        List<String> log = new CopyOnWriteArrayList<>();
        List<String> gapDownloads = new ArrayList<>();
        Map<String, Boolean> recoveredByGid = new ConcurrentHashMap<>();

        try (TestFileServer files = TestFileServer.start()) {
            ManagedAria2 daemon = start(port, secret, session);
            EventSettings slowReconnect = EventSettings.DEFAULT.withReconnect(
                    ReconnectPolicy.DEFAULT.withDelays(Duration.ofSeconds(5), Duration.ofSeconds(5)).withJitter(0));
            // 5 s to come back: time to add and finish a download on the restarted daemon before the events
            // see it, so that its completion can only be recovered.
            try (Aria2Client client = Aria2Client.builder()
                    .settings(daemon.settings().build())
                    .events(slowReconnect)
                    .build()) {
                Aria2Events events = client.events();
                events.on(DownloadComplete.class, completion -> {
                    completions.computeIfAbsent(completion.gid(), gid -> new AtomicInteger()).incrementAndGet();
                    if (completion.recovered()) {
                        recovered.incrementAndGet();
                    }
                    recoveredByGid.put(completion.gid(), completion.recovered());
                });
                events.onConnection(states::add);
                events.onAny(notification -> log.add(notification.toString()));
                events.onConnection(state -> log.add(state.toString()));
                events.connect().get(20, TimeUnit.SECONDS);

                for (int i = 0; i < DOWNLOADS; i++) {
                    String name = "file-" + i + ".bin";
                    URI uri = files.addRandom(name, (i + 1) * STEP).uri();
                    files.slow(name, RATE);
                    gids.add(client.addUri(List.of(uri.toString())));
                }
                int restarts = 0;
                while (restarts < RESTARTS) {
                    Thread.sleep(6000);
                    daemon.close(); // SIGTERM: aria2 saves the session of unfinished downloads and exits
                    daemon = start(port, secret, session);
                    restarts++;
                    String gap = client.addUri(List.of(files.addRandom("gap-" + restarts + ".bin", 16 * 1024).uri().toString()));
                    Aria2Await.finished(client, gap, Duration.ofSeconds(3));
                    assertThat(events.isConnected()).as("still disconnected when the gap download finished").isFalse();
                    gapDownloads.add(gap);
                }
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while ((completions.size() < DOWNLOADS + RESTARTS || reconnectsIn(states) < RESTARTS)
                        && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                Thread.sleep(1000); // time for a duplicate to show up, if one were coming

                int delivered = completions.values().stream().mapToInt(AtomicInteger::get).sum();
                long reconnects = reconnectsIn(states);
                System.out.printf("daemon restarts survived: %d (reconnects %d); completions expected %d,"
                        + " delivered %d (%d recovered after a reconnect), downloads with more than one: %d%n",
                        restarts, reconnects, DOWNLOADS + RESTARTS, delivered, recovered.get(),
                        completions.values().stream().filter(count -> count.get() > 1).count());
                for (String gid : gids) {
                    if (!completions.containsKey(gid)) {
                        System.out.println("not completed: " + gid + " " + client.call("aria2.tellStatus", List.of(gid)));
                    }
                }
                if (completions.size() < DOWNLOADS + RESTARTS) {
                    log.forEach(System.out::println);
                    System.out.println(Files.readString(session));
                }
                assertThat(reconnects).isEqualTo(RESTARTS);
                gids.addAll(gapDownloads);
                assertThat(completions.keySet()).containsExactlyInAnyOrderElementsOf(gids);
                assertThat(gapDownloads).as("downloads that finished while disconnected: recovered")
                        .allSatisfy(gid -> assertThat(recoveredByGid.get(gid)).isTrue());
                assertThat(completions.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
                assertThat(states).noneMatch(ConnectionEvent.RecoveryIncomplete.class::isInstance);
            } finally {
                daemon.close();
            }
        }
    }

    private static long reconnectsIn(List<ConnectionEvent> states) {
        return states.stream().filter(ConnectionEvent.Reconnected.class::isInstance).count();
    }

    private ManagedAria2 start(int port, Secret secret, Path session) {
        return ManagedAria2.builder()
                .port(port)
                .secret(secret)
                .downloadDir(work.resolve("downloads"))
                .option("input-file", session.toString())
                .option("save-session", session.toString())
                .option("max-concurrent-downloads", "32")
                .start();
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
