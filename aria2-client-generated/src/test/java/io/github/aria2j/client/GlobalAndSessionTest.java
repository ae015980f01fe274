package io.github.aria2j.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aria2j.model.GlobalStat;
import io.github.aria2j.model.SessionInfo;
import io.github.aria2j.model.VersionInfo;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The daemon as a whole: getGlobalStat, getVersion, getSessionInfo, saveSession, shutdown and
 * forceShutdown. Live replies of aria2 1.36.0 are used where they were captured.
 */
@Timeout(30)
class GlobalAndSessionTest {

  @RegisterExtension final MockAria2 aria2 = new MockAria2();

  @OnBothClients
  @Covers("aria2.getGlobalStat")
  @DisplayName("getGlobalStat() decodes each string-encoded counter into its own field")
  void getGlobalStatWhileBusy(ClientPath path) {
    aria2.replyResult(
        "{'downloadSpeed':'1048576','numActive':'2','numStopped':'4','numStoppedTotal':'7',"
            + "'numWaiting':'3','uploadSpeed':'65536'}");

    GlobalStat stat = aria2.client(path).getGlobalStat();

    aria2.assertRequest(1, "aria2.getGlobalStat", "['token:s3cret']");
    assertThat(stat).isEqualTo(new GlobalStat(1_048_576L, 65_536L, 2, 3, 4, 7));
  }

  @OnBothClients
  @Covers("aria2.getGlobalStat")
  @DisplayName("getGlobalStat() sends what aria2 1.36 got live and decodes its idle reply")
  void getGlobalStatLiveIdle(ClientPath path) {
    aria2.replyResult(ReplyFiles.liveResult("getGlobalStat-idle"));

    GlobalStat stat = aria2.client(path).getGlobalStat();

    aria2.assertRequest(
        1, "aria2.getGlobalStat", ReplyFiles.liveRequestParams("getGlobalStat-idle"));
    assertThat(stat).isEqualTo(new GlobalStat(0, 0, 0, 0, 0, 0));
  }

  @OnBothClients
  @Covers("aria2.getVersion")
  @DisplayName("getVersion() sends what aria2 1.36 got live and decodes its live reply")
  void getVersion(ClientPath path) {
    aria2.replyResult(ReplyFiles.liveResult("getVersion"));

    VersionInfo version = aria2.client(path).getVersion();

    aria2.assertRequest(1, "aria2.getVersion", ReplyFiles.liveRequestParams("getVersion"));
    assertThat(version.version()).isEqualTo("1.36.0");
    assertThat(version.enabledFeatures())
        .containsExactly(
            "Async DNS",
            "BitTorrent",
            "Firefox3 Cookie",
            "GZip",
            "HTTPS",
            "Message Digest",
            "Metalink",
            "XML-RPC",
            "SFTP");
  }

  @OnBothClients
  @Covers("aria2.getSessionInfo")
  @DisplayName("getSessionInfo() sends what aria2 1.36 got live and decodes its live reply")
  void getSessionInfo(ClientPath path) {
    aria2.replyResult(ReplyFiles.liveResult("getSessionInfo"));

    SessionInfo session = aria2.client(path).getSessionInfo();

    aria2.assertRequest(
        1, "aria2.getSessionInfo", ReplyFiles.liveRequestParams("getSessionInfo"));
    assertThat(session).isEqualTo(new SessionInfo("255b7764dd47d193a7b73ef0e3bab2edcd2e4ec1"));
  }

  @OnBothClients
  @Covers("aria2.saveSession")
  @DisplayName("saveSession() sends only the token and accepts aria2's \"OK\"")
  void saveSession(ClientPath path) {
    aria2.replyResult("'OK'");

    aria2.client(path).saveSession();

    aria2.assertRequest(1, "aria2.saveSession", "['token:s3cret']");
  }

  @OnBothClients
  @Covers("aria2.shutdown")
  @DisplayName("shutdown() sends only the token and accepts aria2's \"OK\"")
  void shutdown(ClientPath path) {
    aria2.replyResult("'OK'");

    aria2.client(path).shutdown();

    aria2.assertRequest(1, "aria2.shutdown", "['token:s3cret']");
  }

  @OnBothClients
  @Covers("aria2.forceShutdown")
  @DisplayName("forceShutdown() sends only the token and accepts aria2's \"OK\"")
  void forceShutdown(ClientPath path) {
    aria2.replyResult("'OK'");

    aria2.client(path).forceShutdown();

    aria2.assertRequest(1, "aria2.forceShutdown", "['token:s3cret']");
  }
}
