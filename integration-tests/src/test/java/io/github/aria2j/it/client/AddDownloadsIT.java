package io.github.aria2j.it.client;

import static io.github.aria2j.it.support.Await.LIMIT;
import static io.github.aria2j.it.support.Await.awaitStatus;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.aria2j.client.Aria2Client;
import io.github.aria2j.it.support.Await;
import io.github.aria2j.it.support.FileServer;
import io.github.aria2j.it.support.LiveAria2;
import io.github.aria2j.it.support.MetalinkBuilder;
import io.github.aria2j.it.support.TorrentBuilder;
import io.github.aria2j.model.BittorrentInfo;
import io.github.aria2j.model.BittorrentMode;
import io.github.aria2j.model.DownloadFile;
import io.github.aria2j.model.DownloadState;
import io.github.aria2j.model.DownloadStatus;
import io.github.aria2j.model.DownloadUri;
import io.github.aria2j.model.ExitCode;
import io.github.aria2j.model.UriStatus;
import io.github.aria2j.options.AddOptions;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** aria2.addUri, aria2.addTorrent and aria2.addMetalink through the generated blocking client. */
class AddDownloadsIT {

    @RegisterExtension
    static final LiveAria2 aria2 = new LiveAria2();

    private final Aria2Client client = aria2.client();

    @Test
    void addUriDownloadsTheFileAndReportsItComplete() throws Exception {
        byte[] content = FileServer.content(48 * 1024, 1);
        URI uri = aria2.files().serve("add-uri.bin", content);

        String gid = client.addUri(List.of(uri.toString()));

        assertThat(gid).matches("[0-9a-f]{16}");
        DownloadStatus status = awaitStatus(client, gid, DownloadState.COMPLETE, LIMIT);
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
        byte[] content = FileServer.content(4 * 1024, 2);
        URI uri = aria2.files().serve("add-uri-out.bin", content);

        String gid = client.addUri(List.of(uri.toString()), AddOptions.builder().out("renamed.bin").build());

        DownloadStatus status = awaitStatus(client, gid, DownloadState.COMPLETE, LIMIT);
        Path saved = aria2.daemon().downloadDir().resolve("renamed.bin");
        assertThat(status.files()).extracting(DownloadFile::path).containsExactly(saved.toString());
        assertThat(Files.readAllBytes(saved)).isEqualTo(content);
    }

    @Test
    void addsWithoutOptionsButWithAPositionSendAnEmptyOptionsObject() {
        byte[] content = FileServer.content(4 * 1024, 8);
        URI uri = aria2.files().serve("positioned.bin", content);
        TorrentBuilder.Torrent torrent = TorrentBuilder.singleFile("positioned-torrent.bin", content)
                .webSeed(uri)
                .build();
        String metalink = MetalinkBuilder.create().file("positioned-metalink.bin", content, uri).base64();

        // aria2 rejects null for a parameter that comes before a given one: the client must send {} and [].
        String byUri = client.addUri(List.of(uri.toString()), null, 0);
        String byTorrent = client.addTorrent(torrent.base64(), null, null, 0);
        List<String> byMetalink = client.addMetalink(metalink, null, 0);

        awaitStatus(client, byUri, DownloadState.COMPLETE, LIMIT);
        assertThat(byMetalink).hasSize(1);
        awaitStatus(client, byMetalink.get(0), DownloadState.COMPLETE, LIMIT);
        // Without seed-time the torrent keeps seeding once it has every piece.
        DownloadStatus seeding = Await.until("the torrent to have every piece", () -> client.tellStatus(byTorrent),
                status -> status.totalLength() > 0 && status.completedLength() == status.totalLength(), LIMIT);
        assertThat(seeding.status()).isEqualTo(DownloadState.ACTIVE);
        assertThat(seeding.seeder()).isTrue();
        assertThat(client.forceRemove(byTorrent)).isEqualTo(byTorrent);
    }

    @Test
    void addUriOfAMetalinkFileIsFollowedByTheDownloadsItDescribes() throws Exception {
        byte[] content = FileServer.content(12 * 1024, 9);
        byte[] metalink = MetalinkBuilder.create()
                .file("followed.bin", content, aria2.files().serve("followed-source.bin", content))
                .xml()
                .getBytes(StandardCharsets.UTF_8);
        URI metalinkUri = aria2.files().serve("described.meta4", metalink);

        String gid = client.addUri(List.of(metalinkUri.toString()));

        DownloadStatus metalinkDownload = awaitStatus(client, gid, DownloadState.COMPLETE, LIMIT);
        assertThat(metalinkDownload.followedBy()).hasSize(1);
        String followed = metalinkDownload.followedBy().get(0);
        DownloadStatus file = awaitStatus(client, followed, DownloadState.COMPLETE, LIMIT);
        assertThat(file.following()).isEqualTo(gid);
        assertThat(Files.readAllBytes(aria2.daemon().downloadDir().resolve("followed.bin"))).isEqualTo(content);
    }

    @Test
    void addTorrentCompletesFromItsWebSeedWithoutAnyPeer() throws Exception {
        byte[] content = FileServer.content(100 * 1024, 3);
        URI webSeed = aria2.files().serve("torrent-content.bin", content);
        TorrentBuilder.Torrent torrent = TorrentBuilder.singleFile("from-torrent.bin", content)
                .pieceLength(16 * 1024)
                .webSeed(webSeed)
                .comment("aria2j integration test")
                .creationDate(1_700_000_000L)
                .build();

        // seed-time=0: stop seeding at once, so that the download ends as complete.
        String gid = client.addTorrent(torrent.base64(), List.of(), AddOptions.builder().seedTime(0).build());

        DownloadStatus status = awaitStatus(client, gid, DownloadState.COMPLETE, LIMIT);
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
        byte[] content = FileServer.content(20 * 1024, 4);
        TorrentBuilder.Torrent torrent = TorrentBuilder.singleFile("dead-tracker.bin", content)
                .announce("http://127.0.0.1:1/announce")
                .build();

        String gid = client.addTorrent(torrent.base64(), null, AddOptions.builder().pause(true).build());

        DownloadStatus status = awaitStatus(client, gid, DownloadState.PAUSED, LIMIT);
        assertThat(status.infoHash()).isEqualTo(torrent.infoHash());
        assertThat(status.bittorrent()).isNotNull();
        assertThat(status.bittorrent().announceList()).containsExactly(List.of("http://127.0.0.1:1/announce"));
        assertThat(client.getPeers(gid)).isEmpty();
        assertThat(client.remove(gid)).isEqualTo(gid);
    }

    @Test
    void addMetalinkRegistersOneDownloadPerFileAndVerifiesTheirDigests() throws Exception {
        byte[] first = FileServer.content(24 * 1024, 5);
        byte[] second = FileServer.content(8 * 1024, 6);
        String metalink = MetalinkBuilder.create()
                .file("metalink-a.bin", first, aria2.files().serve("served-a.bin", first))
                .file("metalink-b.bin", second, aria2.files().serve("served-b.bin", second))
                .base64();

        List<String> gids = client.addMetalink(metalink);

        assertThat(gids).hasSize(2).allMatch(gid -> gid.matches("[0-9a-f]{16}"));
        DownloadStatus a = awaitStatus(client, gids.get(0), DownloadState.COMPLETE, LIMIT);
        DownloadStatus b = awaitStatus(client, gids.get(1), DownloadState.COMPLETE, LIMIT);
        Path dir = aria2.daemon().downloadDir();
        assertThat(a.files()).extracting(DownloadFile::path).containsExactly(dir.resolve("metalink-a.bin").toString());
        assertThat(b.files()).extracting(DownloadFile::path).containsExactly(dir.resolve("metalink-b.bin").toString());
        assertThat(a.files().get(0).uris()).extracting(DownloadUri::status).contains(UriStatus.USED);
        assertThat(Files.readAllBytes(dir.resolve("metalink-a.bin"))).isEqualTo(first);
        assertThat(Files.readAllBytes(dir.resolve("metalink-b.bin"))).isEqualTo(second);
    }

    @Test
    void addMetalinkWithAWrongDigestEndsInAChecksumError() {
        byte[] content = FileServer.content(8 * 1024, 7);
        String metalink = MetalinkBuilder.create()
                .file("wrong-digest.bin", content.length, "00".repeat(32), aria2.files().serve("digest.bin", content))
                .base64();

        List<String> gids = client.addMetalink(metalink, AddOptions.builder().maxTries(1).build());

        assertThat(gids).hasSize(1);
        DownloadStatus status = awaitStatus(client, gids.get(0), DownloadState.ERROR, LIMIT);
        assertThat(status.errorCode()).isEqualTo(ExitCode.CHECKSUM_ERROR);
    }
}
