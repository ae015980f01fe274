package io.github.aria2j.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aria2j.options.AddOptions;
import io.github.aria2j.options.FollowMode;
import io.github.aria2j.options.MetalinkProtocol;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Adding downloads: aria2.addUri, aria2.addTorrent and aria2.addMetalink, each with its
 * positional optional parameters ({@code {}} and {@code []} stand in for those skipped) and with
 * options written as JSON strings, arrays only for the cumulative {@code header} and {@code
 * index-out}.
 */
@Timeout(30)
class AddingDownloadsTest {

  private static final List<String> URIS =
      List.of("https://example.org/file.iso", "https://mirror.example.net/file.iso");

  /** Base64 of {@code d4:infod4:name8:file.isoee}: a (tiny) .torrent file. */
  private static final String TORRENT = "ZDQ6aW5mb2Q0Om5hbWU4OmZpbGUuaXNvZWU=";

  /** Base64 of {@code <metalink/>}. */
  private static final String METALINK = "PG1ldGFsaW5rLz4=";

  private static final String SHA256_OF_NOTHING =
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  @RegisterExtension final MockAria2 aria2 = new MockAria2();

  @OnBothClients
  @Covers("aria2.addUri")
  @DisplayName("addUri(uris) sends the token and the URIs, and returns the new GID")
  void addUriWithUrisOnly(ClientPath path) {
    aria2.replyResult("'2089b05ecca3d829'");

    String gid = aria2.client(path).addUri(URIS);

    assertThat(gid).isEqualTo("2089b05ecca3d829");
    aria2.assertRequest(
        1,
        "aria2.addUri",
        "['token:s3cret',['https://example.org/file.iso','https://mirror.example.net/file.iso']]");
  }

  @OnBothClients
  @Covers("aria2.addUri")
  @DisplayName("addUri(uris, options) writes every option value as a string, header as an array")
  void addUriWithOptions(ClientPath path) {
    aria2.replyResult("'2089b05ecca3d829'");
    AddOptions options =
        AddOptions.builder()
            .dir("/downloads")
            .split(4)
            .maxDownloadLimit("1M")
            .pause(true)
            .header("Referer: https://example.org/", "Cookie: session=42")
            .checksum("SHA-256", SHA256_OF_NOTHING)
            .build();

    String gid = aria2.client(path).addUri(URIS.subList(0, 1), options);

    assertThat(gid).isEqualTo("2089b05ecca3d829");
    aria2.assertRequest(
        1,
        "aria2.addUri",
        "['token:s3cret',['https://example.org/file.iso'],{'dir':'/downloads','split':'4',"
            + "'max-download-limit':'1048576','pause':'true',"
            + "'header':['Referer: https://example.org/','Cookie: session=42'],"
            + "'checksum':'sha-256=" + SHA256_OF_NOTHING + "'}]");
  }

  @OnBothClients
  @Covers("aria2.addUri")
  @DisplayName("addUri(uris, options, position) sends the position as a JSON number last")
  void addUriWithOptionsAndPosition(ClientPath path) {
    aria2.replyResult("'2089b05ecca3d829'");

    aria2.client(path).addUri(URIS.subList(0, 1), AddOptions.builder().split(2).build(), 0);

    aria2.assertRequest(
        1,
        "aria2.addUri",
        "['token:s3cret',['https://example.org/file.iso'],{'split':'2'},0]");
  }

  @OnBothClients
  @Covers("aria2.addUri")
  @DisplayName("addUri(uris, null, position) sends {} for the options aria2 needs before it")
  void addUriWithPositionOnly(ClientPath path) {
    aria2.replyResult("'2089b05ecca3d829'");

    String gid = aria2.client(path).addUri(URIS.subList(0, 1), null, 3);

    assertThat(gid).isEqualTo("2089b05ecca3d829");
    aria2.assertRequest(
        1, "aria2.addUri", "['token:s3cret',['https://example.org/file.iso'],{},3]");
  }

  @OnBothClients
  @Covers("aria2.addUri")
  @DisplayName("addUri with AddOptions.empty() sends an empty object")
  void addUriWithEmptyOptions(ClientPath path) {
    aria2.replyResult("'2089b05ecca3d829'");

    aria2.client(path).addUri(URIS.subList(0, 1), AddOptions.empty());

    aria2.assertRequest(
        1, "aria2.addUri", "['token:s3cret',['https://example.org/file.iso'],{}]");
  }

  @OnBothClients
  @Covers("aria2.addTorrent")
  @DisplayName("addTorrent(torrent) sends the base64 torrent and returns the new GID")
  void addTorrentAlone(ClientPath path) {
    aria2.replyResult("'2089b05ecca3d829'");

    String gid = aria2.client(path).addTorrent(TORRENT);

    assertThat(gid).isEqualTo("2089b05ecca3d829");
    aria2.assertRequest(1, "aria2.addTorrent", "['token:s3cret','" + TORRENT + "']");
  }

  @OnBothClients
  @Covers("aria2.addTorrent")
  @DisplayName("addTorrent(torrent, uris) sends the web-seed URIs after the torrent")
  void addTorrentWithWebSeeds(ClientPath path) {
    aria2.replyResult("'2089b05ecca3d829'");

    aria2.client(path).addTorrent(TORRENT, List.of("https://seed.example.org/file.iso"));

    aria2.assertRequest(
        1,
        "aria2.addTorrent",
        "['token:s3cret','" + TORRENT + "',['https://seed.example.org/file.iso']]");
  }

  @OnBothClients
  @Covers("aria2.addTorrent")
  @DisplayName("addTorrent(torrent, null, options) sends [] for the URIs, index-out as an array")
  void addTorrentWithOptionsOnly(ClientPath path) {
    aria2.replyResult("'2089b05ecca3d829'");
    AddOptions options =
        AddOptions.builder()
            .selectFile("1-3,5")
            .seedTime(1.5)
            .indexOut(1, "renamed.iso")
            .indexOut(2, "other.txt")
            .followTorrent(FollowMode.MEM)
            .build();

    aria2.client(path).addTorrent(TORRENT, null, options);

    aria2.assertRequest(
        1,
        "aria2.addTorrent",
        "['token:s3cret','" + TORRENT + "',[],{'select-file':'1-3,5','seed-time':'1.5',"
            + "'index-out':['1=renamed.iso','2=other.txt'],'follow-torrent':'mem'}]");
  }

  @OnBothClients
  @Covers("aria2.addTorrent")
  @DisplayName("addTorrent(torrent, uris, options, position) sends all four in order")
  void addTorrentWithEverything(ClientPath path) {
    aria2.replyResult("'2089b05ecca3d829'");

    aria2
        .client(path)
        .addTorrent(
            TORRENT,
            List.of("https://seed.example.org/file.iso"),
            AddOptions.builder().btMaxPeers(80).build(),
            1);

    aria2.assertRequest(
        1,
        "aria2.addTorrent",
        "['token:s3cret','" + TORRENT + "',['https://seed.example.org/file.iso'],"
            + "{'bt-max-peers':'80'},1]");
  }

  @OnBothClients
  @Covers("aria2.addTorrent")
  @DisplayName("addTorrent(torrent, null, null, position) sends [] and {} before the position")
  void addTorrentWithPositionOnly(ClientPath path) {
    aria2.replyResult("'2089b05ecca3d829'");

    aria2.client(path).addTorrent(TORRENT, null, null, 0);

    aria2.assertRequest(1, "aria2.addTorrent", "['token:s3cret','" + TORRENT + "',[],{},0]");
  }

  @OnBothClients
  @Covers("aria2.addMetalink")
  @DisplayName("addMetalink(metalink) returns the GIDs of every download it registered")
  void addMetalinkAlone(ClientPath path) {
    aria2.replyResult("['2089b05ecca3d829','d2703803b52216d1']");

    List<String> gids = aria2.client(path).addMetalink(METALINK);

    assertThat(gids).containsExactly("2089b05ecca3d829", "d2703803b52216d1");
    aria2.assertRequest(1, "aria2.addMetalink", "['token:s3cret','" + METALINK + "']");
  }

  @OnBothClients
  @Covers("aria2.addMetalink")
  @DisplayName("addMetalink(metalink, options) sends the options as strings")
  void addMetalinkWithOptions(ClientPath path) {
    aria2.replyResult("['2089b05ecca3d829']");
    AddOptions options =
        AddOptions.builder()
            .metalinkPreferredProtocol(MetalinkProtocol.HTTPS)
            .metalinkEnableUniqueProtocol(false)
            .build();

    List<String> gids = aria2.client(path).addMetalink(METALINK, options);

    assertThat(gids).containsExactly("2089b05ecca3d829");
    aria2.assertRequest(
        1,
        "aria2.addMetalink",
        "['token:s3cret','" + METALINK + "',{'metalink-preferred-protocol':'https',"
            + "'metalink-enable-unique-protocol':'false'}]");
  }

  @OnBothClients
  @Covers("aria2.addMetalink")
  @DisplayName("addMetalink(metalink, null, position) sends {} before the position")
  void addMetalinkWithPositionOnly(ClientPath path) {
    aria2.replyResult("[]");

    List<String> gids = aria2.client(path).addMetalink(METALINK, null, 2);

    assertThat(gids).isEmpty();
    aria2.assertRequest(1, "aria2.addMetalink", "['token:s3cret','" + METALINK + "',{},2]");
  }
}
