package io.github.aria2j.it.client;

import static io.github.aria2j.it.support.ItAria2.LIMIT;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.aria2j.client.Aria2Client;
import io.github.aria2j.it.support.ItAria2;
import io.github.aria2j.it.support.LoopbackTracker;
import io.github.aria2j.model.DownloadState;
import io.github.aria2j.model.DownloadStatus;
import io.github.aria2j.model.Peer;
import io.github.aria2j.options.AddOptions;
import io.github.aria2j.testkit.Aria2Await;
import io.github.aria2j.testkit.Torrent;
import io.github.aria2j.testkit.Torrents;
import java.util.List;
import java.util.Random;
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
    static final ItAria2 aria2 = ItAria2.perClass();

    /** The second daemon, which seeds. */
    @RegisterExtension
    static final ItAria2 seeding = ItAria2.perClass();

    private static LoopbackTracker tracker;
    private static Aria2Client seeder;
    private static Torrent torrent;
    private static String seedingGid;
    private static String downloadingGid;

    private final Aria2Client client = aria2.client();

    @BeforeAll
    static void seedATorrentAndStartDownloadingIt() throws Exception {
        tracker = LoopbackTracker.start();
        seeder = seeding.client();
        byte[] content = new byte[SIZE];
        new Random(41).nextBytes(content);
        torrent = Torrents.singleFile("shared.bin", content)
                .pieceLength(PIECE_LENGTH)
                .announce(tracker.announceUri().toString())
                .build();
        seedingGid = seeding.seed(torrent, content);
        // 32 KiB/s: the 2 MiB take about a minute, so the download stays active for the whole class.
        downloadingGid = aria2.client().addTorrent(torrent.base64(), List.of(),
                AddOptions.builder().maxDownloadLimit(32 * 1024).build());
    }

    @AfterAll
    static void stopTheTracker() {
        if (tracker != null) {
            tracker.close();
        }
    }

    @Test
    void getPeersOfTheDownloadListsTheSeeder() {
        List<Peer> peers = Aria2Await.until("the download to have a peer", () -> client.getPeers(downloadingGid),
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
        List<Peer> peers = Aria2Await.until("the seed to have a peer", () -> seeder.getPeers(seedingGid),
                list -> !list.isEmpty(), LIMIT);

        assertThat(peers).singleElement().satisfies(peer -> {
            assertThat(peer.ip()).isEqualTo("127.0.0.1");
            assertThat(peer.seeder()).isFalse();
            assertThat(peer.uploadSpeed()).isNotNegative();
        });
    }

    @Test
    void tellStatusOfTheDownloadCountsTheConnectedSeeder() {
        DownloadStatus status = Aria2Await.until("the download to receive data from the seeder",
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
        DownloadStatus status = Aria2Await.until("the seed to upload", () -> seeder.tellStatus(seedingGid),
                s -> s.uploadLength() > 0, LIMIT);

        assertThat(status.status()).isEqualTo(DownloadState.ACTIVE);
        assertThat(status.seeder()).isTrue();
        assertThat(status.completedLength()).isEqualTo(SIZE);
        assertThat(status.bitfield()).isEqualTo("f".repeat(SIZE / PIECE_LENGTH / 4));
    }
}
