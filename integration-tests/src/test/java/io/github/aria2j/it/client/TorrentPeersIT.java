package io.github.aria2j.it.client;

import static io.github.aria2j.it.support.Await.LIMIT;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.aria2j.client.Aria2Client;
import io.github.aria2j.it.support.Aria2Daemon;
import io.github.aria2j.it.support.Await;
import io.github.aria2j.it.support.FileServer;
import io.github.aria2j.it.support.LiveAria2;
import io.github.aria2j.it.support.LoopbackTracker;
import io.github.aria2j.it.support.TorrentBuilder;
import io.github.aria2j.model.DownloadState;
import io.github.aria2j.model.DownloadStatus;
import io.github.aria2j.model.Peer;
import io.github.aria2j.options.AddOptions;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * BitTorrent between two local daemons: a second aria2c seeds a torrent that the class's daemon downloads (slowly,
 * so that it stays active); a {@link LoopbackTracker} introduces them. getPeers and the BitTorrent keys of
 * tellStatus then carry real peer data.
 */
class TorrentPeersIT {

    private static final int SIZE = 2 * 1024 * 1024;
    private static final int PIECE_LENGTH = 16 * 1024;

    @RegisterExtension
    static final LiveAria2 aria2 = new LiveAria2();

    private static LoopbackTracker tracker;
    private static Aria2Daemon seedingDaemon;
    private static Aria2Client seeder;
    private static TorrentBuilder.Torrent torrent;
    private static String seedingGid;
    private static String downloadingGid;

    private final Aria2Client client = aria2.client();

    @BeforeAll
    static void seedATorrentAndStartDownloadingIt() throws Exception {
        tracker = LoopbackTracker.start();
        seedingDaemon = Aria2Daemon.start();
        seeder = seedingDaemon.client();
        byte[] content = FileServer.content(SIZE, 41);
        Files.write(seedingDaemon.downloadDir().resolve("shared.bin"), content);
        torrent = TorrentBuilder.singleFile("shared.bin", content)
                .pieceLength(PIECE_LENGTH)
                .announce(tracker.announceUri().toString())
                .build();

        // check-integrity: verify the file already in place and seed it; seed-ratio 0.0: seed whatever the ratio.
        seedingGid = seeder.addTorrent(torrent.base64(), List.of(),
                AddOptions.builder().checkIntegrity(true).seedRatio(0.0).build());
        Await.until("the second daemon to seed", () -> seeder.tellStatus(seedingGid),
                status -> Boolean.TRUE.equals(status.seeder()), LIMIT);
        // 32 KiB/s: the 2 MiB take about a minute, so the download stays active for the whole class.
        downloadingGid = aria2.client().addTorrent(torrent.base64(), List.of(),
                AddOptions.builder().maxDownloadLimit(32 * 1024).build());
    }

    @AfterAll
    static void stopTheSeeder() throws Exception {
        try {
            if (seedingDaemon != null) {
                seedingDaemon.close();
            }
        } finally {
            if (tracker != null) {
                tracker.close();
            }
        }
    }

    @Test
    void getPeersOfTheDownloadListsTheSeeder() {
        List<Peer> peers = Await.until("the download to have a peer", () -> client.getPeers(downloadingGid),
                list -> !list.isEmpty(), LIMIT);

        assertThat(peers).singleElement().satisfies(peer -> {
            assertThat(peer.ip()).isEqualTo("127.0.0.1");
            assertThat(tracker.announcedPorts()).contains(peer.port());
            assertThat(peer.seeder()).isTrue();
            assertThat(peer.bitfield()).isEqualTo("f".repeat(SIZE / PIECE_LENGTH / 4));
            assertThat(peer.peerId()).isNotBlank();
            assertThat(peer.downloadSpeed()).isNotNegative();
        });
    }

    @Test
    void getPeersOfTheSeedListsTheDownloaderAsALeecher() {
        List<Peer> peers = Await.until("the seed to have a peer", () -> seeder.getPeers(seedingGid),
                list -> !list.isEmpty(), LIMIT);

        assertThat(peers).singleElement().satisfies(peer -> {
            assertThat(peer.ip()).isEqualTo("127.0.0.1");
            assertThat(peer.seeder()).isFalse();
            assertThat(peer.uploadSpeed()).isNotNegative();
        });
    }

    @Test
    void tellStatusOfTheDownloadCountsTheConnectedSeeder() {
        DownloadStatus status = Await.until("the download to receive data from the seeder",
                () -> client.tellStatus(downloadingGid),
                s -> s.completedLength() > 0 && s.numSeeders() != null && s.numSeeders() > 0, LIMIT);

        assertThat(status.status()).isEqualTo(DownloadState.ACTIVE);
        assertThat(status.infoHash()).isEqualTo(torrent.infoHash());
        assertThat(status.seeder()).isFalse();
        assertThat(status.connections()).isPositive();
        assertThat(status.numPieces()).isEqualTo(SIZE / PIECE_LENGTH);
        assertThat(status.bittorrent()).isNotNull();
        assertThat(status.bittorrent().announceList()).containsExactly(List.of(tracker.announceUri().toString()));
    }

    @Test
    void tellStatusOfTheSeedSaysItIsSeedingAndUploading() {
        DownloadStatus status = Await.until("the seed to upload", () -> seeder.tellStatus(seedingGid),
                s -> s.uploadLength() > 0, LIMIT);

        assertThat(status.status()).isEqualTo(DownloadState.ACTIVE);
        assertThat(status.seeder()).isTrue();
        assertThat(status.completedLength()).isEqualTo(SIZE);
        assertThat(status.bitfield()).isEqualTo("f".repeat(SIZE / PIECE_LENGTH / 4));
    }
}
