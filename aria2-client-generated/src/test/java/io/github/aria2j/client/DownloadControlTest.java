package io.github.aria2j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aria2j.model.PositionOrigin;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Controlling downloads: removing, pausing and resuming them, moving them in the queue, changing
 * their URIs and clearing their results.
 */
@Timeout(30)
class DownloadControlTest {

  @RegisterExtension final MockAria2 aria2 = new MockAria2();

  @OnBothClients
  @Covers("aria2.remove")
  @DisplayName("remove(gid) sends the token and the GID, and returns the GID")
  void remove(ClientPath path) {
    aria2.replyResult("'2089b05ecca3d829'");

    assertThat(aria2.client(path).remove("2089b05ecca3d829")).isEqualTo("2089b05ecca3d829");

    aria2.assertRequest(1, "aria2.remove", "['token:s3cret','2089b05ecca3d829']");
  }

  @OnBothClients
  @Covers("aria2.forceRemove")
  @DisplayName("forceRemove(gid) sends the token and the GID, and returns the GID")
  void forceRemove(ClientPath path) {
    aria2.replyResult("'2089b05ecca3d829'");

    assertThat(aria2.client(path).forceRemove("2089b05ecca3d829"))
        .isEqualTo("2089b05ecca3d829");

    aria2.assertRequest(1, "aria2.forceRemove", "['token:s3cret','2089b05ecca3d829']");
  }

  @OnBothClients
  @Covers("aria2.pause")
  @DisplayName("pause(gidPrefix) sends the prefix as given and returns the full GID aria2 answers")
  void pauseByPrefix(ClientPath path) {
    aria2.replyResult("'2089b05ecca3d829'");

    assertThat(aria2.client(path).pause("2089b05e")).isEqualTo("2089b05ecca3d829");

    aria2.assertRequest(1, "aria2.pause", "['token:s3cret','2089b05e']");
  }

  @OnBothClients
  @Covers("aria2.forcePause")
  @DisplayName("forcePause(gid) sends the token and the GID, and returns the GID")
  void forcePause(ClientPath path) {
    aria2.replyResult("'2089b05ecca3d829'");

    assertThat(aria2.client(path).forcePause("2089b05ecca3d829"))
        .isEqualTo("2089b05ecca3d829");

    aria2.assertRequest(1, "aria2.forcePause", "['token:s3cret','2089b05ecca3d829']");
  }

  @OnBothClients
  @Covers("aria2.unpause")
  @DisplayName("unpause(gid) sends the token and the GID, and returns the GID")
  void unpause(ClientPath path) {
    aria2.replyResult("'2089b05ecca3d829'");

    assertThat(aria2.client(path).unpause("2089b05ecca3d829")).isEqualTo("2089b05ecca3d829");

    aria2.assertRequest(1, "aria2.unpause", "['token:s3cret','2089b05ecca3d829']");
  }

  @OnBothClients
  @Covers("aria2.pauseAll")
  @DisplayName("pauseAll() sends only the token and accepts aria2's \"OK\"")
  void pauseAll(ClientPath path) {
    aria2.replyResult("'OK'");

    aria2.client(path).pauseAll();

    aria2.assertRequest(1, "aria2.pauseAll", "['token:s3cret']");
  }

  @OnBothClients
  @Covers("aria2.forcePauseAll")
  @DisplayName("forcePauseAll() sends only the token and accepts aria2's \"OK\"")
  void forcePauseAll(ClientPath path) {
    aria2.replyResult("'OK'");

    aria2.client(path).forcePauseAll();

    aria2.assertRequest(1, "aria2.forcePauseAll", "['token:s3cret']");
  }

  @OnBothClients
  @Covers("aria2.unpauseAll")
  @DisplayName("unpauseAll() sends only the token and accepts aria2's \"OK\"")
  void unpauseAll(ClientPath path) {
    aria2.replyResult("'OK'");

    aria2.client(path).unpauseAll();

    aria2.assertRequest(1, "aria2.unpauseAll", "['token:s3cret']");
  }

  @OnBothClients
  @Covers("aria2.changePosition")
  @DisplayName("changePosition sends pos as a number and PositionOrigin as POS_SET/POS_CUR/POS_END")
  void changePositionWithEachOrigin(ClientPath path) {
    aria2.replyResult("0");
    aria2.replyResult("3");
    aria2.replyResult("5");
    Aria2Client client = aria2.client(path);

    int first = client.changePosition("2089b05ecca3d829", 0, PositionOrigin.SET);
    int back = client.changePosition("2089b05ecca3d829", -1, PositionOrigin.CURRENT);
    int last = client.changePosition("2089b05ecca3d829", -2, PositionOrigin.END);

    assertThat(List.of(first, back, last)).containsExactly(0, 3, 5);
    aria2.assertRequest(
        1, "aria2.changePosition", "['token:s3cret','2089b05ecca3d829',0,'POS_SET']");
    aria2.assertRequest(
        2, "aria2.changePosition", "['token:s3cret','2089b05ecca3d829',-1,'POS_CUR']");
    aria2.assertRequest(
        3, "aria2.changePosition", "['token:s3cret','2089b05ecca3d829',-2,'POS_END']");
  }

  @OnBothClients
  @DisplayName("changePosition refuses PositionOrigin.UNKNOWN before sending anything")
  void changePositionWithUnknownOrigin(ClientPath path) {
    Aria2Client client = aria2.client(path);

    assertThatThrownBy(() -> client.changePosition("2089b05ecca3d829", 0, PositionOrigin.UNKNOWN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("aria2.changePosition")
        .hasMessageContaining("PositionOrigin.UNKNOWN");
    assertThat(aria2.requestCount()).isZero();
  }

  @OnBothClients
  @Covers("aria2.changeUri")
  @DisplayName("changeUri(gid, fileIndex, delUris, addUris) decodes [deleted, added] numbers")
  void changeUri(ClientPath path) {
    aria2.replyResult("[1,2]");

    List<Integer> counts =
        aria2
            .client(path)
            .changeUri(
                "2089b05ecca3d829",
                1,
                List.of("https://example.org/file.iso"),
                List.of("https://mirror.example.net/file.iso", "ftp://ftp.example.net/file.iso"));

    assertThat(counts).containsExactly(1, 2);
    aria2.assertRequest(
        1,
        "aria2.changeUri",
        "['token:s3cret','2089b05ecca3d829',1,['https://example.org/file.iso'],"
            + "['https://mirror.example.net/file.iso','ftp://ftp.example.net/file.iso']]");
  }

  @OnBothClients
  @Covers("aria2.changeUri")
  @DisplayName("changeUri with a position sends it last, after the (here empty) URI lists")
  void changeUriWithPosition(ClientPath path) {
    aria2.replyResult("[0,1]");

    List<Integer> counts =
        aria2
            .client(path)
            .changeUri("2089b05ecca3d829", 2, List.of(), List.of("https://example.org/b"), 0);

    assertThat(counts).containsExactly(0, 1);
    aria2.assertRequest(
        1,
        "aria2.changeUri",
        "['token:s3cret','2089b05ecca3d829',2,[],['https://example.org/b'],0]");
  }

  @OnBothClients
  @Covers("aria2.purgeDownloadResult")
  @DisplayName("purgeDownloadResult() sends only the token and accepts aria2's \"OK\"")
  void purgeDownloadResult(ClientPath path) {
    aria2.replyResult("'OK'");

    aria2.client(path).purgeDownloadResult();

    aria2.assertRequest(1, "aria2.purgeDownloadResult", "['token:s3cret']");
  }

  @OnBothClients
  @Covers("aria2.removeDownloadResult")
  @DisplayName("removeDownloadResult(gid) sends the token and the GID, and accepts \"OK\"")
  void removeDownloadResult(ClientPath path) {
    aria2.replyResult("'OK'");

    aria2.client(path).removeDownloadResult("d2703803b52216d1");

    aria2.assertRequest(1, "aria2.removeDownloadResult", "['token:s3cret','d2703803b52216d1']");
  }
}
