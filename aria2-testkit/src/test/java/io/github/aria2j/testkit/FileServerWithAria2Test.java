package io.github.aria2j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aria2j.client.Aria2Client;
import io.github.aria2j.model.DownloadState;
import io.github.aria2j.model.DownloadStatus;
import io.github.aria2j.model.ExitCode;
import io.github.aria2j.runtime.daemon.ManagedAria2;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What a real aria2c makes of the file server's ranges, slow files and failures. */
@ExtendWith(Aria2Extension.class)
class FileServerWithAria2Test {

  private static final Duration LIMIT = Duration.ofSeconds(30);

  @Test
  void resumesWithARangeAfterACutConnection(Aria2Client aria2, TestFileServer files, ManagedAria2 daemon)
      throws Exception {
    ServedFile file = files.addRandom("resume.bin", 400_000);
    files.closeAfter("resume.bin", 100_000, 1);

    DownloadStatus done = Aria2Await.finished(aria2, aria2.addUri(List.of(file.uri().toString())), LIMIT);

    assertThat(done.status()).isEqualTo(DownloadState.COMPLETE);
    assertThat(Files.readAllBytes(daemon.downloadDir().resolve("resume.bin"))).isEqualTo(file.content());
    List<FileRequest> requests = files.requests("resume.bin");
    assertThat(requests).hasSizeGreaterThanOrEqualTo(2);
    assertThat(requests.get(0).range()).isEmpty();
    assertThat(requests.get(0).status()).isEqualTo(200);
    FileRequest resumed = requests.get(requests.size() - 1);
    assertThat(resumed.status()).isEqualTo(206);
    // aria2 asks for the rest from where the cut left it (1.36 asks for exactly bytes=100000-399999).
    assertThat(resumed.range().orElseThrow()).matches("bytes=\\d+-399999");
    long from = Long.parseLong(resumed.range().orElseThrow().replaceAll("bytes=(\\d+)-.*", "$1"));
    assertThat(from).isPositive().isLessThanOrEqualTo(100_000);
  }

  @Test
  void aSlowFileStaysActive(Aria2Client aria2, TestFileServer files) {
    ServedFile file = files.addRandom("slow.bin", 2_000_000);
    files.slow("slow.bin", 100_000);
    String gid = aria2.addUri(List.of(file.uri().toString()));

    DownloadStatus started = Aria2Await.progress(aria2, gid, 1, LIMIT);

    assertThat(started.status()).isEqualTo(DownloadState.ACTIVE);
    assertThat(started.completedLength()).isLessThan(file.size());
    aria2.forceRemove(gid);
    assertThat(Aria2Await.finished(aria2, gid, LIMIT).status()).isEqualTo(DownloadState.REMOVED);
  }

  @Test
  void aMissingFileFailsTheDownload(Aria2Client aria2, TestFileServer files) {
    ServedFile file = files.addRandom("gone.bin", 1000);
    files.failWith("gone.bin", 404);

    DownloadStatus done = Aria2Await.finished(aria2, aria2.addUri(List.of(file.uri().toString())), LIMIT);

    assertThat(done.status()).isEqualTo(DownloadState.ERROR);
    assertThat(done.errorCode()).isEqualTo(ExitCode.RESOURCE_NOT_FOUND);
    assertThat(files.requests("gone.bin")).extracting(FileRequest::status).containsOnly(404);
  }
}
