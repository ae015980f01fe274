package io.github.aria2j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.aria2j.options.ChangeOptions;
import io.github.aria2j.options.GlobalOptions;
import io.github.aria2j.options.LogLevel;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Options over RPC: getOption, changeOption, getGlobalOption and changeGlobalOption. Values go
 * out as JSON strings and come back as strings, in aria2's (alphabetical) order.
 */
@Timeout(30)
class OptionMethodsTest {

  @RegisterExtension final MockAria2 aria2 = new MockAria2();

  @OnBothClients
  @Covers("aria2.getOption")
  @DisplayName("getOption(gid) returns the download's options as strings, in aria2's order")
  void getOption(ClientPath path) {
    aria2.replyResult(ReplyFiles.result("getOption"));

    Map<String, String> options = aria2.client(path).getOption("2089b05ecca3d829");

    aria2.assertRequest(1, "aria2.getOption", "['token:s3cret','2089b05ecca3d829']");
    assertThat(options)
        .containsExactly(
            entry("allow-overwrite", "false"),
            entry("dir", "/downloads"),
            entry("header", "Referer: https://example.org/\nCookie: session=42\n"),
            entry("max-connection-per-server", "4"),
            entry("max-download-limit", "1048576"),
            entry("out", "file.iso"),
            entry("seed-ratio", "1.0"),
            entry("split", "4"));
  }

  @OnBothClients
  @Covers("aria2.changeOption")
  @DisplayName("changeOption(gid, options) sends the GID, then the options as strings")
  void changeOption(ClientPath path) {
    aria2.replyResult("'OK'");
    ChangeOptions options =
        ChangeOptions.builder()
            .maxDownloadLimit("512K")
            .btMaxPeers(80)
            .header("X-Trace: 1", "X-Job: 7")
            .build();

    aria2.client(path).changeOption("2089b05ecca3d829", options);

    aria2.assertRequest(
        1,
        "aria2.changeOption",
        "['token:s3cret','2089b05ecca3d829',{'max-download-limit':'524288','bt-max-peers':'80',"
            + "'header':['X-Trace: 1','X-Job: 7']}]");
  }

  @OnBothClients
  @Covers("aria2.getGlobalOption")
  @DisplayName("getGlobalOption() sends what aria2 1.36 got live and decodes its live reply")
  void getGlobalOption(ClientPath path) {
    aria2.replyResult(ReplyFiles.liveResult("getGlobalOption"));

    Map<String, String> options = aria2.client(path).getGlobalOption();

    aria2.assertRequest(
        1, "aria2.getGlobalOption", ReplyFiles.liveRequestParams("getGlobalOption"));
    assertThat(options).hasSize(128);
    assertThat(options.keySet()).startsWith("allow-overwrite").endsWith("user-agent");
    assertThat(options)
        .contains(
            entry("dir", "/var/lib/aria2/downloads"),
            entry("max-concurrent-downloads", "5"),
            entry("max-mmap-limit", "9223372036854775807"),
            entry("seed-ratio", "1.0"),
            entry("listen-port", "6881-6999"),
            entry("user-agent", "aria2/1.36.0"))
        .doesNotContainKey("rpc-secret");
  }

  @OnBothClients
  @Covers("aria2.changeGlobalOption")
  @DisplayName("changeGlobalOption(options) sends global-only options as strings; accepts \"OK\"")
  void changeGlobalOption(ClientPath path) {
    aria2.replyResult("'OK'");
    GlobalOptions options =
        GlobalOptions.builder()
            .maxConcurrentDownloads(3)
            .maxOverallDownloadLimit("2M")
            .logLevel(LogLevel.NOTICE)
            .seedRatio(0.5)
            .build();

    aria2.client(path).changeGlobalOption(options);

    aria2.assertRequest(
        1,
        "aria2.changeGlobalOption",
        "['token:s3cret',{'max-concurrent-downloads':'3','max-overall-download-limit':'2097152',"
            + "'log-level':'notice','seed-ratio':'0.5'}]");
  }
}
