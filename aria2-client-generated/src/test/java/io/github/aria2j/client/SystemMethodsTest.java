package io.github.aria2j.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aria2j.model.MulticallEntry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The system.* methods: multicall, whose token goes into each entry (aria2 rejects one on the
 * multicall itself), and listMethods and listNotifications, which work without a token.
 */
@Timeout(30)
class SystemMethodsTest {

  @RegisterExtension final MockAria2 aria2 = new MockAria2();

  @OnBothClients
  @Covers("system.multicall")
  @DisplayName("multicall puts the token first in each entry's params, and none outside")
  void multicallPutsTokenInEachEntry(ClientPath path) {
    aria2.replyResult(
        "[[{'enabledFeatures':['BitTorrent','Metalink'],'version':'1.37.0'}],"
            + "[{'gid':'2089b05ecca3d829'}]]");

    List<Object> results =
        aria2
            .client(path)
            .multicall(
                List.of(
                    new MulticallEntry("aria2.getVersion", List.of()),
                    new MulticallEntry(
                        "aria2.tellStatus", List.of("2089b05ecca3d829", List.of("gid")))));

    aria2.assertRequest(
        1,
        "system.multicall",
        "[[{'methodName':'aria2.getVersion','params':['token:s3cret']},"
            + "{'methodName':'aria2.tellStatus',"
            + "'params':['token:s3cret','2089b05ecca3d829',['gid']]}]]");
    assertThat(results)
        .containsExactly(
            List.of(Map.of("enabledFeatures", List.of("BitTorrent", "Metalink"),
                "version", "1.37.0")),
            List.of(Map.of("gid", "2089b05ecca3d829")));
  }

  @OnBothClients
  @Covers("system.multicall")
  @DisplayName("multicall keeps a token an entry already has, and decodes successes and faults")
  void multicallKeepsTokensOfEntries(ClientPath path) {
    aria2.replyResult(
        "[[{'gid':'2089b05ecca3d829','status':'active'}],"
            + "[{'enabledFeatures':['BitTorrent','Metalink'],'version':'1.37.0'}],"
            + "{'code':1,'message':'GID d2703803b52216d1 is not found'}]");

    List<Object> results =
        aria2
            .client(path)
            .multicall(
                List.of(
                    new MulticallEntry(
                        "aria2.tellStatus",
                        List.of("token:s3cret", "2089b05ecca3d829", List.of("gid", "status"))),
                    new MulticallEntry("aria2.getVersion", List.of("token:other")),
                    new MulticallEntry(
                        "aria2.remove", List.of("token:s3cret", "d2703803b52216d1"))));

    aria2.assertRequest(
        1,
        "system.multicall",
        "[[{'methodName':'aria2.tellStatus','params':['token:s3cret','2089b05ecca3d829',"
            + "['gid','status']]},"
            + "{'methodName':'aria2.getVersion','params':['token:other']},"
            + "{'methodName':'aria2.remove','params':['token:s3cret','d2703803b52216d1']}]]");
    assertThat(results)
        .containsExactly(
            List.of(Map.of("gid", "2089b05ecca3d829", "status", "active")),
            List.of(Map.of("enabledFeatures", List.of("BitTorrent", "Metalink"),
                "version", "1.37.0")),
            Map.of("code", 1L, "message", "GID d2703803b52216d1 is not found"));
  }

  @OnBothClients
  @Covers("system.multicall")
  @DisplayName("multicall with no entries sends [[]] and decodes aria2's []")
  void multicallWithNoEntries(ClientPath path) {
    aria2.replyResult("[]");

    List<Object> results = aria2.client(path).multicall(List.of());

    aria2.assertRequest(1, "system.multicall", "[[]]");
    assertThat(results).isEmpty();
  }

  @OnBothClients
  @Covers("system.listMethods")
  @DisplayName("listMethods sends the token (accepted, not needed) and decodes the live list")
  void listMethods(ClientPath path) {
    aria2.replyResult(ReplyFiles.liveResult("listMethods"));

    List<String> methods = aria2.client(path).listMethods();

    // TokenPlacement.OPTIONAL: the runtime sends the token when one is configured; the live
    // capture was made without params at all.
    assertThat(ReplyFiles.liveRequestParams("listMethods")).isNull();
    aria2.assertRequest(1, "system.listMethods", "['token:s3cret']");
    assertThat(methods)
        .hasSize(36)
        .startsWith("aria2.addUri", "aria2.addTorrent", "aria2.getPeers")
        .endsWith("system.multicall", "system.listMethods", "system.listNotifications")
        .containsExactlyInAnyOrderElementsOf(MethodCoverageTest.clientMethodNames());
  }

  @OnBothClients
  @Covers("system.listNotifications")
  @DisplayName("listNotifications sends the token (aria2 accepts it) and decodes the live list")
  void listNotifications(ClientPath path) {
    aria2.replyResult(ReplyFiles.liveResult("listNotifications"));

    List<String> notifications = aria2.client(path).listNotifications();

    assertThat(ReplyFiles.liveRequestParams("listNotifications")).isNull();
    aria2.assertRequest(1, "system.listNotifications", "['token:s3cret']");
    assertThat(notifications)
        .containsExactly(
            "aria2.onDownloadStart",
            "aria2.onDownloadPause",
            "aria2.onDownloadStop",
            "aria2.onDownloadComplete",
            "aria2.onDownloadError",
            "aria2.onBtDownloadComplete");
  }
}
