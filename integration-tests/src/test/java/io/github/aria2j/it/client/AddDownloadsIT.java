package io.github.aria2j.it.client;

import static io.github.aria2j.it.support.ItAria2.LIMIT;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.aria2j.client.Aria2Client;
import io.github.aria2j.it.support.ItAria2;
import io.github.aria2j.model.BittorrentInfo;
import io.github.aria2j.model.BittorrentMode;
import io.github.aria2j.model.DownloadFile;
import io.github.aria2j.model.DownloadState;
import io.github.aria2j.model.DownloadStatus;
import io.github.aria2j.model.DownloadUri;
import io.github.aria2j.model.ExitCode;
import io.github.aria2j.model.UriStatus;
import io.github.aria2j.options.AddOptions;
import io.github.aria2j.testkit.Aria2Await;
import io.github.aria2j.testkit.Metalinks;
import io.github.aria2j.testkit.ServedFile;
import io.github.aria2j.testkit.Torrent;
import io.github.aria2j.testkit.Torrents;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** aria2.addUri, aria2.addTorrent and aria2.addMetalink through the generated blocking client. */
class AddDownloadsIT {

    @RegisterExtension
    static final ItAria2 aria2 = ItAria2.perClass();

    private final Aria2Client client = aria2.client();

    @Test
    void addUriDownloadsTheFileAndReportsItComplete() throws Exception {
        ServedFile served = aria2.files().addRandom("add-uri.bin", 48 * 1024);
        byte[] content = served.content();
        URI uri = served.uri();

        String gid = client.addUri(List.of(uri.toString()));

        assertThat(gid).matches("[0-9a-f]{16}");
        DownloadStatus status = Aria2Await.status(client, gid, DownloadState.COMPLETE, LIMIT);
        assertThat(status.gid()).isEqualTo(gid);
        assertThat(status.totalLength()).isEqualTo(content.length);
        assertThat(status.completedLength()).isEqualTo(content.length);
        assertThat(status.errorCode()).isEqualTo(ExitCode.FINISHED);
        assertThat(status.dir()).isEqualTo(aria2.daemon().downloadDir().toString());
        assertThat(status.bittorrent()).isNull();
        DownloadFile file = status.files().get(0);
        Path saved = aria2.daemon().downloadDir().resolve("add-uri.bin");
        assertThat(file.index()).isEqualTo(1);
        assertThat(file.path()).isEqualTo(saved.toString());
        assertThat(file.length()).isEqualTo(content.length);
        assertThat(file.selected()).isTrue();
        assertThat(file.uris()).extracting(DownloadUri::uri).contains(uri.toString());
        assertThat(Files.readAllBytes(saved)).isEqualTo(content);
    }

    @Test
    void addUriWithOptionsSavesUnderTheRequestedName() throws Exception {
        ServedFile served = aria2.files().addRandom("add-uri-out.bin", 4 * 1024);
        byte[] content = served.content();
        URI uri = served.uri();

        String gid = client.addUri(List.of(uri.toString()), AddOptions.builder().out("renamed.bin").build());

        DownloadStatus status = Aria2Await.status(client, gid, DownloadState.COMPLETE, LIMIT);
        Path saved = aria2.daemon().downloadDir().resolve("renamed.bin");
        assertThat(status.files()).extracting(DownloadFile::path).containsExactly(saved.toString());
        assertThat(Files.readAllBytes(saved)).isEqualTo(content);
    }

    @Test
    void addsWithoutOptionsButWithAPositionSendAnEmptyOptionsObject() {
        ServedFile served = aria2.files().addRandom("positioned.bin", 4 * 1024);
        byte[] content = served.content();
        URI uri = served.uri();
        Torrent torrent = Torrents.singleFile("positioned-torrent.bin", content)
                .webSeed(uri)
                .build();
        String metalink = Metalinks.builder().file("positioned-metalink.bin", content, uri).base64();

        // aria2 rejects null for a parameter that comes before a given one: the client must send {} and [].
        String byUri = client.addUri(List.of(uri.toString()), null, 0);
        String byTorrent = client.addTorrent(torrent.base64(), null, null, 0);
        List<String> byMetalink = client.addMetalink(metalink, null, 0);

        Aria2Await.status(client, byUri, DownloadState.COMPLETE, LIMIT);
        assertThat(byMetalink).hasSize(1);
        Aria2Await.status(client, byMetalink.get(0), DownloadState.COMPLETE, LIMIT);
        // The torrent keeps seeding once it has every piece: the daemon seeds on (see ItAria2).
        DownloadStatus seeding = Aria2Await.until("the torrent to have every piece", () -> client.tellStatus(byTorrent),
                status -> status.totalLength() > 0 && status.completedLength() == status.totalLength(), LIMIT);
        assertThat(seeding.status()).isEqualTo(DownloadState.ACTIVE);
        assertThat(seeding.seeder()).isTrue();
        assertThat(client.forceRemove(byTorrent)).isEqualTo(byTorrent);
    }

    @Test
    void addUriOfAMetalinkFileIsFollowedByTheDownloadsItDescribes() throws Exception {
        ServedFile source = aria2.files().addRandom("followed-source.bin", 12 * 1024);
        byte[] content = source.content();
        byte[] metalink = Metalinks.builder()
                .file("followed.bin", content, source.uri())
                .bytes();
        URI metalinkUri = aria2.files().add("described.meta4", metalink).uri();

        String gid = client.addUri(List.of(metalinkUri.toString()));

        DownloadStatus metalinkDownload = Aria2Await.status(client, gid, DownloadState.COMPLETE, LIMIT);
        assertThat(metalinkDownload.followedBy()).hasSize(1);
        String followed = metalinkDownload.followedBy().get(0);
        DownloadStatus file = Aria2Await.status(client, followed, DownloadState.COMPLETE, LIMIT);
        assertThat(file.following()).isEqualTo(gid);
        assertThat(Files.readAllBytes(aria2.daemon().downloadDir().resolve("followed.bin"))).isEqualTo(content);
    }

    @Test
    void addTorrentCompletesFromItsWebSeedWithoutAnyPeer() throws Exception {
        ServedFile served = aria2.files().addRandom("torrent-content.bin", 100 * 1024);
        byte[] content = served.content();
        URI webSeed = served.uri();
        Torrent torrent = Torrents.singleFile("from-torrent.bin", content)
                .pieceLength(16 * 1024)
                .webSeed(webSeed)
                .comment("aria2j integration test")
                .creationDate(1_700_000_000L)
                .build();

        // seed-time=0: stop seeding at once, so that the download ends as complete.
        String gid = client.addTorrent(torrent.base64(), List.of(), AddOptions.builder().seedTime(0).build());

        DownloadStatus status = Aria2Await.status(client, gid, DownloadState.COMPLETE, LIMIT);
        assertThat(status.infoHash()).isEqualTo(torrent.infoHash());
        assertThat(status.totalLength()).isEqualTo(content.length);
        assertThat(status.pieceLength()).isEqualTo(16 * 1024);
        assertThat(status.numPieces()).isEqualTo(7);
        assertThat(status.errorCode()).isEqualTo(ExitCode.FINISHED);
        BittorrentInfo bittorrent = status.bittorrent();
        assertThat(bittorrent).isNotNull();
        assertThat(bittorrent.mode()).isEqualTo(BittorrentMode.SINGLE);
        assertThat(bittorrent.info()).isNotNull();
        assertThat(bittorrent.info().name()).isEqualTo("from-torrent.bin");
        assertThat(bittorrent.comment()).isEqualTo("aria2j integration test");
        assertThat(bittorrent.creationDate()).isEqualTo(1_700_000_000L);
        assertThat(bittorrent.announceList()).isEmpty();
        Path saved = aria2.daemon().downloadDir().resolve("from-torrent.bin");
        assertThat(Files.readAllBytes(saved)).isEqualTo(content);
    }

    @Test
    void addTorrentWithADeadTrackerAndPauseStaysPausedWithoutPeers() {
        byte[] content = new byte[20 * 1024];
        Torrent torrent = Torrents.singleFile("dead-tracker.bin", content)
                .announce("http://127.0.0.1:1/announce")
                .build();

        String gid = client.addTorrent(torrent.base64(), null, AddOptions.builder().pause(true).build());

        DownloadStatus status = Aria2Await.status(client, gid, DownloadState.PAUSED, LIMIT);
        assertThat(status.infoHash()).isEqualTo(torrent.infoHash());
        assertThat(status.bittorrent()).isNotNull();
        assertThat(status.bittorrent().announceList()).containsExactly(List.of("http://127.0.0.1:1/announce"));
        assertThat(client.getPeers(gid)).isEmpty();
        assertThat(client.remove(gid)).isEqualTo(gid);
    }

    @Test
    void addMetalinkRegistersOneDownloadPerFileAndVerifiesTheirDigests() throws Exception {
        ServedFile servedA = aria2.files().addRandom("served-a.bin", 24 * 1024);
        ServedFile servedB = aria2.files().addRandom("served-b.bin", 8 * 1024);
        byte[] first = servedA.content();
        byte[] second = servedB.content();
        String metalink = Metalinks.builder()
                .file("metalink-a.bin", first, servedA.uri())
                .file("metalink-b.bin", second, servedB.uri())
                .base64();

        List<String> gids = client.addMetalink(metalink);

        assertThat(gids).hasSize(2).allMatch(gid -> gid.matches("[0-9a-f]{16}"));
        DownloadStatus a = Aria2Await.status(client, gids.get(0), DownloadState.COMPLETE, LIMIT);
        DownloadStatus b = Aria2Await.status(client, gids.get(1), DownloadState.COMPLETE, LIMIT);
        Path dir = aria2.daemon().downloadDir();
        assertThat(a.files()).extracting(DownloadFile::path).containsExactly(dir.resolve("metalink-a.bin").toString());
        assertThat(b.files()).extracting(DownloadFile::path).containsExactly(dir.resolve("metalink-b.bin").toString());
        assertThat(a.files().get(0).uris()).extracting(DownloadUri::status).contains(UriStatus.USED);
        assertThat(Files.readAllBytes(dir.resolve("metalink-a.bin"))).isEqualTo(first);
        assertThat(Files.readAllBytes(dir.resolve("metalink-b.bin"))).isEqualTo(second);
    }

    @Test
    void addMetalinkWithAWrongDigestEndsInAChecksumError() {
        ServedFile served = aria2.files().addRandom("digest.bin", 8 * 1024);
        String metalink = Metalinks.builder()
                .file("wrong-digest.bin", served.size(), "00".repeat(32), served.uri())
                .base64();

        List<String> gids = client.addMetalink(metalink, AddOptions.builder().maxTries(1).build());

        assertThat(gids).hasSize(1);
        DownloadStatus status = Aria2Await.status(client, gids.get(0), DownloadState.ERROR, LIMIT);
        assertThat(status.errorCode()).isEqualTo(ExitCode.CHECKSUM_ERROR);
    }
}
