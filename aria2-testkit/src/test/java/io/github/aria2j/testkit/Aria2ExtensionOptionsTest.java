package io.github.aria2j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aria2j.client.Aria2AsyncClient;
import io.github.aria2j.client.Aria2Client;
import io.github.aria2j.model.DownloadState;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Options that replace the kit's defaults, and clients over WebSocket. */
class Aria2ExtensionOptionsTest {

  @RegisterExtension
  static Aria2Extension aria2 =
      Aria2Extension.builder()
          .options(Map.of("file-allocation", "trunc", "max-overall-download-limit", "1M"))
          .overWebSocket()
          .startTimeout(Duration.ofSeconds(20))
          .build();

  @Test
  void userOptionsWinOverTheDefaults(Aria2Client client) {
    assertThat(client.getGlobalOption())
        .containsEntry("file-allocation", "trunc")
        .containsEntry("max-overall-download-limit", "1048576")
        .containsEntry("enable-dht", "false");
  }

  @Test
  void clientsTalkWebSocket(Aria2Client client, Aria2AsyncClient asyncClient, TestFileServer files) {
    ServedFile file = files.addRandom("ws.bin", 1000);
    String gid = asyncClient.addUri(List.of(file.uri().toString())).join();
    assertThat(Aria2Await.finished(client, gid, Duration.ofSeconds(30)).status())
        .isEqualTo(DownloadState.COMPLETE);
  }
}
