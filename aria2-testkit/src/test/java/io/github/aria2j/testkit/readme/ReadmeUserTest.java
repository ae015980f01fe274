package io.github.aria2j.testkit.readme;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.aria2j.client.Aria2Client;
import io.github.aria2j.model.DownloadState;
import io.github.aria2j.model.DownloadStatus;
import io.github.aria2j.runtime.daemon.ManagedAria2;
import io.github.aria2j.testkit.Aria2Await;
import io.github.aria2j.testkit.Aria2Extension;
import io.github.aria2j.testkit.ServedFile;
import io.github.aria2j.testkit.TestFileServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(Aria2Extension.class) // a private aria2c for this class; skipped if aria2c is missing
class ReadmeUserTest {

  @Test
  void downloadsAFileFromTheLocalServer(
      Aria2Client aria2, TestFileServer files, ManagedAria2 daemon) throws Exception {
    ServedFile report = files.addRandom("report.pdf", 512 * 1024);

    String gid = aria2.addUri(List.of(report.uri().toString()));
    DownloadStatus done = Aria2Await.finished(aria2, gid, Duration.ofSeconds(30));

    assertEquals(DownloadState.COMPLETE, done.status());
    Path saved = daemon.downloadDir().resolve("report.pdf");
    assertArrayEquals(report.content(), Files.readAllBytes(saved));
    assertEquals(1, files.requests("report.pdf").size());
  }
}
