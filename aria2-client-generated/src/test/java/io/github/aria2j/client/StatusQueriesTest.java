package io.github.aria2j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aria2j.model.BittorrentInfo;
import io.github.aria2j.model.BittorrentInfoDictionary;
import io.github.aria2j.model.BittorrentMode;
import io.github.aria2j.model.DownloadFile;
import io.github.aria2j.model.DownloadState;
import io.github.aria2j.model.DownloadStatus;
import io.github.aria2j.model.DownloadStatusKey;
import io.github.aria2j.model.DownloadStatusProjection;
import io.github.aria2j.model.DownloadUri;
import io.github.aria2j.model.ExitCode;
import io.github.aria2j.model.FileServers;
import io.github.aria2j.model.Peer;
import io.github.aria2j.model.Server;
import io.github.aria2j.model.UriStatus;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Status queries: tellStatus, tellActive, tellWaiting, tellStopped (full and with a keys
 * projection), getUris, getFiles, getPeers and getServers, decoding aria2's string-encoded
 * numbers and booleans.
 */
@Timeout(30)
class StatusQueriesTest {

  @RegisterExtension final MockAria2 aria2 = new MockAria2();

  @OnBothClients
  @Covers("aria2.tellStatus")
  @DisplayName("tellStatus(gid) decodes an active BitTorrent download with files and bittorrent")
  void tellStatusOfBittorrentDownload(ClientPath path) {
    aria2.replyResult(ReplyFiles.result("tellStatus-bittorrent"));

    DownloadStatus status = aria2.client(path).tellStatus("2089b05ecca3d829");

    aria2.assertRequest(1, "aria2.tellStatus", "['token:s3cret','2089b05ecca3d829']");
    assertThat(status.gid()).isEqualTo("2089b05ecca3d829");
    assertThat(status.status()).isEqualTo(DownloadState.ACTIVE);
    assertThat(status.totalLength()).isEqualTo(6_114_656_256L);
    assertThat(status.completedLength()).isEqualTo(2_147_745_792L);
    assertThat(status.uploadLength()).isEqualTo(104_857_600L);
    assertThat(status.downloadSpeed()).isEqualTo(5_439_488L);
    assertThat(status.uploadSpeed()).isEqualTo(65_536L);
    assertThat(status.bitfield()).startsWith("ffff").endsWith("c000000000");
    assertThat(status.infoHash()).isEqualTo("2aa4f5a7e209e54b32803d43670971c4c8caaa05");
    assertThat(status.numSeeders()).isEqualTo(37);
    assertThat(status.seeder()).isFalse();
    assertThat(status.pieceLength()).isEqualTo(262_144);
    assertThat(status.numPieces()).isEqualTo(23_326);
    assertThat(status.connections()).isEqualTo(42);
    assertThat(status.dir()).isEqualTo("/downloads");
    assertThat(status.errorCode()).isNull();
    assertThat(status.errorMessage()).isNull();
    assertThat(status.followedBy()).isEmpty();
    assertThat(status.following()).isNull();
    assertThat(status.belongsTo()).isNull();
    assertThat(status.verifiedLength()).isNull();
    assertThat(status.verifyIntegrityPending()).isNull();
    assertThat(status.files())
        .containsExactly(
            new DownloadFile(
                1,
                "/downloads/ubuntu-24.04-desktop-amd64/ubuntu-24.04-desktop-amd64.iso",
                6_114_656_256L,
                2_147_745_792L,
                true,
                List.of()),
            new DownloadFile(
                2,
                "/downloads/ubuntu-24.04-desktop-amd64/SHA256SUMS",
                1228,
                0,
                false,
                List.of()));
    assertThat(status.bittorrent())
        .isEqualTo(
            new BittorrentInfo(
                List.of(
                    List.of("https://torrent.ubuntu.com/announce"),
                    List.of(
                        "https://ipv6.torrent.ubuntu.com/announce",
                        "udp://tracker.opentrackr.org:1337/announce")),
                "Ubuntu CD releases.ubuntu.com",
                1_713_441_180L,
                BittorrentMode.MULTI,
                new BittorrentInfoDictionary("ubuntu-24.04-desktop-amd64")));
  }

  @OnBothClients
  @Covers("aria2.tellStatus")
  @DisplayName("tellStatus(gid) decodes a failed HTTP download: exit code, message, URI states")
  void tellStatusOfFailedHttpDownload(ClientPath path) {
    aria2.replyResult(ReplyFiles.result("tellStatus-http-error"));

    DownloadStatus status = aria2.client(path).tellStatus("d2703803");

    aria2.assertRequest(1, "aria2.tellStatus", "['token:s3cret','d2703803']");
    assertThat(status.gid()).isEqualTo("d2703803b52216d1");
    assertThat(status.status()).isEqualTo(DownloadState.ERROR);
    assertThat(status.errorCode()).isEqualTo(ExitCode.RESOURCE_NOT_FOUND);
    assertThat(status.errorMessage()).isEqualTo("Resource not found");
    assertThat(status.totalLength()).isZero();
    assertThat(status.pieceLength()).isEqualTo(1_048_576);
    assertThat(status.bitfield()).isNull();
    assertThat(status.infoHash()).isNull();
    assertThat(status.numSeeders()).isNull();
    assertThat(status.seeder()).isNull();
    assertThat(status.bittorrent()).isNull();
    assertThat(status.files()).hasSize(1);
    assertThat(status.files().get(0).path()).isEmpty();
    assertThat(status.files().get(0).uris())
        .containsExactly(
            new DownloadUri("https://example.org/missing.iso", UriStatus.USED),
            new DownloadUri("https://mirror.example.net/missing.iso", UriStatus.WAITING));
  }

  @OnBothClients
  @Covers("aria2.tellStatus")
  @DisplayName("tellStatus(gid, keys) sends the keys in schema order and reads only those keys")
  void tellStatusWithKeys(ClientPath path) {
    aria2.replyResult(
        "{'completedLength':'2147745792','downloadSpeed':'5439488','gid':'2089b05ecca3d829',"
            + "'status':'active','totalLength':'6114656256'}");
    Set<DownloadStatusKey> keys = new LinkedHashSet<>();
    keys.add(DownloadStatusKey.DOWNLOAD_SPEED); // the caller's order does not matter
    keys.add(DownloadStatusKey.GID);
    keys.add(DownloadStatusKey.TOTAL_LENGTH);
    keys.add(DownloadStatusKey.COMPLETED_LENGTH);
    keys.add(DownloadStatusKey.STATUS);

    DownloadStatusProjection status = aria2.client(path).tellStatus("2089b05ecca3d829", keys);

    aria2.assertRequest(
        1,
        "aria2.tellStatus",
        "['token:s3cret','2089b05ecca3d829',"
            + "['gid','status','totalLength','completedLength','downloadSpeed']]");
    assertThat(status.requestedKeys()).isEqualTo(keys);
    assertThat(status.gid()).isEqualTo("2089b05ecca3d829");
    assertThat(status.status()).isEqualTo(DownloadState.ACTIVE);
    assertThat(status.totalLength()).isEqualTo(6_114_656_256L);
    assertThat(status.completedLength()).isEqualTo(2_147_745_792L);
    assertThat(status.downloadSpeed()).isEqualTo(5_439_488L);
    assertThat(status.bitfield()).isNull();
    assertThatThrownBy(status::files)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("files was not requested; add DownloadStatusKey.FILES to the keys");
  }

  @OnBothClients
  @Covers("aria2.tellStatus")
  @DisplayName("tellStatus(gid, no keys) sends [] and aria2's full reply fills the projection")
  void tellStatusWithNoKeys(ClientPath path) {
    aria2.replyResult(ReplyFiles.result("tellStatus-bittorrent"));

    DownloadStatusProjection status =
        aria2.client(path).tellStatus("2089b05ecca3d829", Set.of());

    aria2.assertRequest(1, "aria2.tellStatus", "['token:s3cret','2089b05ecca3d829',[]]");
    assertThat(status.files()).hasSize(2);
    assertThat(status.bittorrent().info().name()).isEqualTo("ubuntu-24.04-desktop-amd64");
    assertThat(status.numPieces()).isEqualTo(23_326);
  }

  @OnBothClients
  @Covers("aria2.getUris")
  @DisplayName("getUris(gid) decodes each URI with its used/waiting state")
  void getUris(ClientPath path) {
    aria2.replyResult(ReplyFiles.result("getUris"));

    List<DownloadUri> uris = aria2.client(path).getUris("2089b05ecca3d829");

    aria2.assertRequest(1, "aria2.getUris", "['token:s3cret','2089b05ecca3d829']");
    assertThat(uris)
        .containsExactly(
            new DownloadUri("https://example.org/file.iso", UriStatus.USED),
            new DownloadUri("https://mirror.example.net/file.iso", UriStatus.WAITING));
  }

  @OnBothClients
  @Covers("aria2.getFiles")
  @DisplayName("getFiles(gid) decodes index, path, lengths, selection and URIs of every file")
  void getFiles(ClientPath path) {
    aria2.replyResult(ReplyFiles.result("getFiles"));

    List<DownloadFile> files = aria2.client(path).getFiles("2089b05ecca3d829");

    aria2.assertRequest(1, "aria2.getFiles", "['token:s3cret','2089b05ecca3d829']");
    assertThat(files)
        .containsExactly(
            new DownloadFile(
                1,
                "/downloads/gimp-2.10.38/gimp-2.10.38.tar.bz2",
                34_896_138,
                34_896_138,
                true,
                List.of(
                    new DownloadUri(
                        "https://download.gimp.org/gimp/v2.10/gimp-2.10.38.tar.bz2",
                        UriStatus.USED),
                    new DownloadUri(
                        "https://mirror.example.net/gimp/v2.10/gimp-2.10.38.tar.bz2",
                        UriStatus.WAITING))),
            new DownloadFile(
                2,
                "/downloads/gimp-2.10.38/gimp-2.10.38.tar.bz2.sig",
                4096,
                0,
                false,
                List.of(
                    new DownloadUri(
                        "https://download.gimp.org/gimp/v2.10/gimp-2.10.38.tar.bz2.sig",
                        UriStatus.WAITING))));
  }

  @OnBothClients
  @Covers("aria2.getPeers")
  @DisplayName("getPeers(gid) decodes peers: percent-encoded id, string port, speeds and flags")
  void getPeers(ClientPath path) {
    aria2.replyResult(ReplyFiles.result("getPeers"));

    List<Peer> peers = aria2.client(path).getPeers("2089b05ecca3d829");

    aria2.assertRequest(1, "aria2.getPeers", "['token:s3cret','2089b05ecca3d829']");
    assertThat(peers).hasSize(2);
    Peer seeder = peers.get(0);
    assertThat(seeder.peerId()).isEqualTo("%2DqB4630%2D%9A%C2%B1%2A%0E%DC%7F%8B%1D%E1%3C");
    assertThat(seeder.ip()).isEqualTo("203.0.113.7");
    assertThat(seeder.port()).isEqualTo(51413);
    assertThat(seeder.bitfield()).isEqualTo("f".repeat(72));
    assertThat(seeder.amChoking()).isTrue();
    assertThat(seeder.peerChoking()).isFalse();
    assertThat(seeder.downloadSpeed()).isEqualTo(1_048_576L);
    assertThat(seeder.uploadSpeed()).isZero();
    assertThat(seeder.seeder()).isTrue();
    Peer incoming = peers.get(1);
    assertThat(incoming.ip()).isEqualTo("2001:db8::1f");
    assertThat(incoming.port()).isZero();
    assertThat(incoming.amChoking()).isFalse();
    assertThat(incoming.peerChoking()).isTrue();
    assertThat(incoming.downloadSpeed()).isEqualTo(8192L);
    assertThat(incoming.uploadSpeed()).isEqualTo(16_384L);
    assertThat(incoming.seeder()).isFalse();
  }

  @OnBothClients
  @Covers("aria2.getServers")
  @DisplayName("getServers(gid) decodes the servers of each file, also a file without any")
  void getServers(ClientPath path) {
    aria2.replyResult(ReplyFiles.result("getServers"));

    List<FileServers> servers = aria2.client(path).getServers("2089b05ecca3d829");

    aria2.assertRequest(1, "aria2.getServers", "['token:s3cret','2089b05ecca3d829']");
    assertThat(servers)
        .containsExactly(
            new FileServers(
                1,
                List.of(
                    new Server(
                        "https://example.org/file.iso",
                        "https://mirror.example.net/file.iso",
                        10_467_328L),
                    new Server(
                        "https://example.org/file.iso", "https://example.org/file.iso", 524_288L))),
            new FileServers(2, List.of()));
  }

  @OnBothClients
  @Covers("aria2.tellActive")
  @DisplayName("tellActive() sends only the token and decodes an HTTP and a seeding torrent")
  void tellActive(ClientPath path) {
    aria2.replyResult(ReplyFiles.result("tellActive"));

    List<DownloadStatus> active = aria2.client(path).tellActive();

    aria2.assertRequest(1, "aria2.tellActive", "['token:s3cret']");
    assertThat(active).extracting(DownloadStatus::gid)
        .containsExactly("0b2dbe8a83f4f1c5", "a1e5f0c7d3b24e96");
    DownloadStatus http = active.get(0);
    assertThat(http.verifiedLength()).isEqualTo(8_388_608L);
    assertThat(http.files().get(0).uris()).hasSize(2);
    assertThat(http.bittorrent()).isNull();
    DownloadStatus seeding = active.get(1);
    assertThat(seeding.seeder()).isTrue();
    assertThat(seeding.uploadLength()).isEqualTo(1_319_108_608L);
    assertThat(seeding.bittorrent().comment()).isNull();
    assertThat(seeding.bittorrent().creationDate()).isNull();
    assertThat(seeding.bittorrent().mode()).isEqualTo(BittorrentMode.SINGLE);
  }

  @OnBothClients
  @Covers("aria2.tellActive")
  @DisplayName("tellActive(keys) sends the keys after the token and reads projections")
  void tellActiveWithKeys(ClientPath path) {
    aria2.replyResult(
        "[{'downloadSpeed':'2097152','gid':'0b2dbe8a83f4f1c5'},"
            + "{'downloadSpeed':'0','gid':'a1e5f0c7d3b24e96'}]");

    List<DownloadStatusProjection> active =
        aria2
            .client(path)
            .tellActive(EnumSet.of(DownloadStatusKey.GID, DownloadStatusKey.DOWNLOAD_SPEED));

    aria2.assertRequest(1, "aria2.tellActive", "['token:s3cret',['gid','downloadSpeed']]");
    assertThat(active).extracting(DownloadStatusProjection::gid)
        .containsExactly("0b2dbe8a83f4f1c5", "a1e5f0c7d3b24e96");
    assertThat(active).extracting(DownloadStatusProjection::downloadSpeed)
        .containsExactly(2_097_152L, 0L);
  }

  @OnBothClients
  @Covers("aria2.tellWaiting")
  @DisplayName("tellWaiting(offset, num) sends two numbers and decodes waiting and paused ones")
  void tellWaiting(ClientPath path) {
    aria2.replyResult(ReplyFiles.result("tellWaiting"));

    List<DownloadStatus> waiting = aria2.client(path).tellWaiting(0, 10);

    aria2.assertRequest(1, "aria2.tellWaiting", "['token:s3cret',0,10]");
    assertThat(waiting).extracting(DownloadStatus::status)
        .containsExactly(DownloadState.WAITING, DownloadState.PAUSED);
    DownloadStatus queued = waiting.get(0);
    assertThat(queued.belongsTo()).isEqualTo("6e7e5e0e3a2b1c0d");
    assertThat(queued.verifyIntegrityPending()).isTrue();
    assertThat(queued.bitfield()).isNull();
    DownloadStatus paused = waiting.get(1);
    assertThat(paused.following()).isEqualTo("0b2dbe8a83f4f1c5");
    assertThat(paused.bittorrent().announceList()).isEmpty();
    assertThat(paused.bittorrent().info()).isNull();
  }

  @OnBothClients
  @Covers("aria2.tellWaiting")
  @DisplayName("tellWaiting(offset, num, keys) sends a negative offset and the keys")
  void tellWaitingWithKeys(ClientPath path) {
    aria2.replyResult("[{'gid':'2089b05ecca3d829','status':'paused'}]");

    List<DownloadStatusProjection> waiting =
        aria2
            .client(path)
            .tellWaiting(-1, 2, EnumSet.of(DownloadStatusKey.STATUS, DownloadStatusKey.GID));

    aria2.assertRequest(1, "aria2.tellWaiting", "['token:s3cret',-1,2,['gid','status']]");
    assertThat(waiting).singleElement()
        .satisfies(
            status -> {
              assertThat(status.gid()).isEqualTo("2089b05ecca3d829");
              assertThat(status.status()).isEqualTo(DownloadState.PAUSED);
            });
  }

  @OnBothClients
  @Covers("aria2.tellStopped")
  @DisplayName("tellStopped(offset, num) decodes complete, removed (code 31) and failed downloads")
  void tellStopped(ClientPath path) {
    aria2.replyResult(ReplyFiles.result("tellStopped"));

    List<DownloadStatus> stopped = aria2.client(path).tellStopped(0, 1000);

    aria2.assertRequest(1, "aria2.tellStopped", "['token:s3cret',0,1000]");
    assertThat(stopped).extracting(DownloadStatus::status)
        .containsExactly(DownloadState.COMPLETE, DownloadState.REMOVED, DownloadState.ERROR);
    assertThat(stopped).extracting(DownloadStatus::errorCode)
        .containsExactly(ExitCode.FINISHED, ExitCode.REMOVED, ExitCode.RESOURCE_NOT_FOUND);
    assertThat(stopped).extracting(DownloadStatus::errorMessage)
        .containsExactly("", "", "Resource not found");
    assertThat(stopped.get(0).followedBy()).containsExactly("2089b05ecca3d829");
    assertThat(stopped.get(1).completedLength()).isEqualTo(1_048_576L);
    assertThat(stopped).extracting(DownloadStatus::seeder).containsOnlyNulls();
  }

  @OnBothClients
  @Covers("aria2.tellStopped")
  @DisplayName("tellStopped(offset, num, keys) sends the keys and reads the conditional ones")
  void tellStoppedWithKeys(ClientPath path) {
    aria2.replyResult(
        "[{'errorCode':'0','followedBy':['2089b05ecca3d829'],'gid':'0b2dbe8a83f4f1c5'},"
            + "{'errorCode':'31','gid':'c3d4e5f6a7b80912'}]");

    List<DownloadStatusProjection> stopped =
        aria2
            .client(path)
            .tellStopped(
                0,
                2,
                EnumSet.of(
                    DownloadStatusKey.GID,
                    DownloadStatusKey.ERROR_CODE,
                    DownloadStatusKey.FOLLOWED_BY));

    aria2.assertRequest(
        1, "aria2.tellStopped", "['token:s3cret',0,2,['gid','errorCode','followedBy']]");
    assertThat(stopped).extracting(DownloadStatusProjection::errorCode)
        .containsExactly(ExitCode.FINISHED, ExitCode.REMOVED);
    assertThat(stopped.get(0).followedBy()).containsExactly("2089b05ecca3d829");
    assertThat(stopped.get(1).followedBy()).isEmpty();
  }
}
