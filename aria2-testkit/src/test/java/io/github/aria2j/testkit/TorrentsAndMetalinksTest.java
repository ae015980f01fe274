package io.github.aria2j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aria2j.client.Aria2Client;
import io.github.aria2j.model.DownloadState;
import io.github.aria2j.model.DownloadStatus;
import io.github.aria2j.model.ExitCode;
import io.github.aria2j.runtime.daemon.ManagedAria2;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The torrents and metalinks of the kit, accepted and downloaded by a real aria2c. */
@ExtendWith(Aria2Extension.class)
class TorrentsAndMetalinksTest {

  private static final Duration LIMIT = Duration.ofSeconds(30);

  @Test
  void downloadsAWebSeededTorrent(Aria2Client aria2, TestFileServer files, ManagedAria2 daemon)
      throws Exception {
    ServedFile file = files.addRandom("seeded/movie.bin", 300_000);
    Torrent torrent = Torrents.webSeeded(file).comment("from the kit").build();

    String gid = aria2.addTorrent(torrent.base64());
    DownloadStatus done = Aria2Await.finished(aria2, gid, LIMIT);

    assertThat(done.status()).isEqualTo(DownloadState.COMPLETE);
    assertThat(done.infoHash()).isEqualTo(torrent.infoHash());
    assertThat(done.bittorrent().comment()).isEqualTo("from the kit");
    assertThat(Files.readAllBytes(daemon.downloadDir().resolve("movie.bin"))).isEqualTo(file.content());
    assertThat(files.requests("seeded/movie.bin")).isNotEmpty();
  }

  @Test
  void downloadsATorrentWhoseTrackerIsDown(Aria2Client aria2, TestFileServer files, ManagedAria2 daemon)
      throws Exception {
    ServedFile file = files.addRandom("tracked.bin", 40_000);
    Torrent torrent =
        Torrents.singleFile("tracked.bin", file.content())
            .webSeed(file.uri())
            .announce(files.uri("announce").toString()) // answers 404
            .pieceLength(32 * 1024)
            .build();

    DownloadStatus done = Aria2Await.finished(aria2, aria2.addTorrent(torrent.base64()), LIMIT);

    assertThat(done.status()).isEqualTo(DownloadState.COMPLETE);
    assertThat(done.numPieces()).isEqualTo(2);
    assertThat(Files.readAllBytes(daemon.downloadDir().resolve("tracked.bin"))).isEqualTo(file.content());
  }

  @Test
  void downloadsAMetalinkOfTwoFiles(Aria2Client aria2, TestFileServer files, ManagedAria2 daemon)
      throws Exception {
    ServedFile first = files.addRandom("meta/one.bin", 50_000);
    ServedFile second = files.addRandom("meta/two.bin", 70_000);

    List<String> gids = aria2.addMetalink(Metalinks.of(first, second).base64());

    assertThat(gids).hasSize(2);
    for (String gid : gids) {
      assertThat(Aria2Await.finished(aria2, gid, LIMIT).status()).isEqualTo(DownloadState.COMPLETE);
    }
    assertThat(Files.readAllBytes(daemon.downloadDir().resolve("one.bin"))).isEqualTo(first.content());
    assertThat(Files.readAllBytes(daemon.downloadDir().resolve("two.bin"))).isEqualTo(second.content());
  }

  @Test
  void aWrongDigestFailsAria2sCheck(Aria2Client aria2, TestFileServer files) {
    ServedFile file = files.addRandom("corrupt.bin", 20_000);
    String wrong = ServedFile.sha256(new byte[] {1, 2, 3});
    Metalinks metalink = Metalinks.builder().file("corrupt.bin", file.size(), wrong, file.uri());

    DownloadStatus done = Aria2Await.finished(aria2, aria2.addMetalink(metalink.base64()).get(0), LIMIT);

    assertThat(done.status()).isEqualTo(DownloadState.ERROR);
    assertThat(done.errorCode()).isEqualTo(ExitCode.CHECKSUM_ERROR);
  }

  @Test
  void torrentBytesAreBencodedMetainfo() {
    Torrent torrent =
        Torrents.singleFile("a.bin", new byte[] {1, 2, 3})
            .announce("http://tracker/announce")
            .webSeed(java.net.URI.create("http://seed/a.bin"))
            .creationDate(1700000000L)
            .build();

    String text = new String(torrent.bytes(), StandardCharsets.ISO_8859_1);
    assertThat(text)
        .startsWith("d8:announce23:http://tracker/announce13:creation datei1700000000e4:infod")
        .contains("6:lengthi3e4:name5:a.bin12:piece lengthi16384e6:pieces20:")
        .endsWith("8:url-list17:http://seed/a.bine");
    assertThat(torrent.infoHash()).matches("[0-9a-f]{40}");
    assertThat(torrent.name()).isEqualTo("a.bin");
  }

  @Test
  void metalinkXmlNamesSizeDigestAndUrl() {
    String xml =
        Metalinks.builder()
            .file("x&y.bin", new byte[] {1}, java.net.URI.create("http://h/x?a=1&b=2"))
            .xml();

    assertThat(xml)
        .contains("<metalink xmlns=\"urn:ietf:params:xml:ns:metalink\">")
        .contains("<file name=\"x&amp;y.bin\">")
        .contains("<size>1</size>")
        .contains("<hash type=\"sha-256\">" + ServedFile.sha256(new byte[] {1}) + "</hash>")
        .contains("<url priority=\"1\">http://h/x?a=1&amp;b=2</url>");
  }
}
