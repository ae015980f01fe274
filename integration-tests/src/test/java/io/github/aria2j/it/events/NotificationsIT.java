package io.github.aria2j.it.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aria2j.client.Aria2Client;
import io.github.aria2j.notification.Aria2Events;
import io.github.aria2j.notification.Aria2Listener;
import io.github.aria2j.notification.Aria2Notification;
import io.github.aria2j.notification.BtDownloadComplete;
import io.github.aria2j.notification.DownloadComplete;
import io.github.aria2j.notification.DownloadError;
import io.github.aria2j.notification.DownloadPause;
import io.github.aria2j.notification.DownloadStart;
import io.github.aria2j.notification.DownloadStop;
import io.github.aria2j.options.AddOptions;
import io.github.aria2j.testkit.Aria2Extension;
import io.github.aria2j.testkit.Missing;
import io.github.aria2j.testkit.ServedFile;
import io.github.aria2j.testkit.TestFileServer;
import io.github.aria2j.testkit.Torrent;
import io.github.aria2j.testkit.Torrents;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each of aria2's six notifications, produced for real by a daemon, arrives typed through the
 * three ways of listening: a callback per kind, the generated listener, and the publisher.
 */
class NotificationsIT {

    /** seed-time=0: a torrent completes as soon as it has every piece. */
    @RegisterExtension
    static final Aria2Extension aria2 = Aria2Extension.builder()
            .option("seed-time", "0")
            .whenMissing(Missing.FAIL)
            .build();

    private static TestFileServer files;
    private static Aria2Client client;
    private static Aria2Events events;
    private static final BlockingQueue<Aria2Notification> byKind = new LinkedBlockingQueue<>();
    private static final BlockingQueue<Aria2Notification> byListener = new LinkedBlockingQueue<>();
    private static final BlockingQueue<Aria2Notification> byPublisher = new LinkedBlockingQueue<>();

    @BeforeAll
    static void listen() throws Exception {
        files = aria2.files();
        client = aria2.client();
        events = client.events();
        events.on(DownloadStart.class, byKind::add);
        events.on(DownloadPause.class, byKind::add);
        events.on(DownloadStop.class, byKind::add);
        events.on(DownloadComplete.class, byKind::add);
        events.on(DownloadError.class, byKind::add);
        events.on(BtDownloadComplete.class, byKind::add);
        events.listen(new Aria2Listener() {
            @Override
            public void onDownloadStart(DownloadStart event) {
                byListener.add(event);
            }

            @Override
            public void onDownloadPause(DownloadPause event) {
                byListener.add(event);
            }

            @Override
            public void onDownloadStop(DownloadStop event) {
                byListener.add(event);
            }

            @Override
            public void onDownloadComplete(DownloadComplete event) {
                byListener.add(event);
            }

            @Override
            public void onDownloadError(DownloadError event) {
                byListener.add(event);
            }

            @Override
            public void onBtDownloadComplete(BtDownloadComplete event) {
                byListener.add(event);
            }
        });
        events.notifications().subscribe(new Flow.Subscriber<Aria2Notification>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(Aria2Notification item) {
                byPublisher.add(item);
            }

            @Override
            public void onError(Throwable throwable) {}

            @Override
            public void onComplete() {}
        });
        events.connect().get(20, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stillConnected() {
        assertThat(events.isConnected()).as("connected at the end").isTrue(); // the kit stops everything after
    }

    @Test
    void startPauseAndStopOfASlowDownload() throws Exception {
        ServedFile slow = files.addRandom("slow.bin", 4 << 20);
        files.slow("slow.bin", 64 << 10);
        String gid = client.addUri(List.of(slow.uri().toString()));
        expect(new DownloadStart(gid));
        client.pause(gid);
        expect(new DownloadPause(gid));
        client.unpause(gid);
        expect(new DownloadStart(gid));
        client.remove(gid);
        expect(new DownloadStop(gid));
    }

    @Test
    void completeOfAnHttpDownload() throws Exception {
        String gid = client.addUri(List.of(files.addRandom("small.bin", 64 << 10).uri().toString()));
        expect(new DownloadStart(gid), new DownloadComplete(gid));
    }

    @Test
    void errorOfAMissingFile() throws Exception {
        String gid = client.addUri(List.of(files.uri("missing.bin").toString()),
                AddOptions.builder().maxTries(1).build());
        expect(new DownloadStart(gid), new DownloadError(gid));
    }

    @Test
    void bitTorrentCompleteAndThenCompleteOfATorrentWithAWebSeed() throws Exception {
        Torrent torrent = Torrents.webSeeded(files.addRandom("seeded.bin", 256 << 10))
                .pieceLength(32 << 10)
                .build();
        String gid = client.addTorrent(torrent.base64());
        // aria2 checks the pieces before it starts the download: with all of them fetched quickly from the web
        // seed, it may announce the BitTorrent completion before the start. The completion comes last.
        List<Aria2Notification> seen = expectInAnyOrder(
                new DownloadStart(gid), new BtDownloadComplete(gid), new DownloadComplete(gid));
        assertThat(seen.get(2)).isEqualTo(new DownloadComplete(gid));
    }

    /** Waits for these notifications, in this order, on each of the three ways, and nothing else for the GID. */
    private static void expect(Aria2Notification... expected) throws InterruptedException {
        assertThat(expectInAnyOrder(expected)).containsExactly(expected);
    }

    /**
     * Waits for these notifications on each of the three ways, and nothing else for the GID; returns the order the
     * listener and the publisher saw, which must agree. (The callbacks per kind are separate receivers: between
     * kinds that arrive close together, their order is not defined.)
     */
    private static List<Aria2Notification> expectInAnyOrder(Aria2Notification... expected) throws InterruptedException {
        List<Aria2Notification> order = null;
        String gid = expected[0].gid();
        for (BlockingQueue<Aria2Notification> queue : List.of(byListener, byPublisher, byKind)) {
            List<Aria2Notification> seen = new ArrayList<>();
            while (seen.size() < expected.length) {
                Aria2Notification next = queue.poll(30, TimeUnit.SECONDS);
                assertThat(next).as("notification %d of %s", seen.size() + 1, List.of(expected)).isNotNull();
                if (next.gid().equals(gid)) {
                    seen.add(next);
                }
            }
            assertThat(seen).containsExactlyInAnyOrder(expected);
            assertThat(seen).noneMatch(Aria2Notification::recovered);
            if (queue == byListener) {
                order = seen;
            } else if (queue == byPublisher) {
                assertThat(seen).as("the publisher's order").isEqualTo(order);
            }
        }
        return order;
    }
}
