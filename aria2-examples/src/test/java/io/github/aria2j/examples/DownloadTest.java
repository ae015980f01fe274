package io.github.aria2j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's main job, end to end: a managed aria2c downloads a file served on loopback. */
class DownloadTest {

  @TempDir Path dir;

  @Test
  void downloadsTheSelfServedFileAndSaysWhereItIs() throws Exception {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    int status;
    try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      status = Download.run(null, dir, out);
    }
    String output = buffer.toString(StandardCharsets.UTF_8);

    Path saved = dir.resolve("aria2j-demo.bin");
    assertThat(status).as(output).isZero();
    assertThat(output).contains("Started aria2 1.").contains("100.0%").contains("Saved " + saved);
    assertThat(Files.size(saved)).isEqualTo(16L * 1024 * 1024);
    try (LoopbackFileServer same = LoopbackFileServer.start("x", 16 * 1024 * 1024)) {
      assertThat(Files.readAllBytes(saved)).isEqualTo(same.content());
    }
  }

  @Test
  void reportsAnErrorDownloadWithAriasMessage() throws IOException, InterruptedException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    int status;
    try (LoopbackFileServer server = LoopbackFileServer.start("present.bin", 10);
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      status = Download.run(server.uri().resolve("/missing.bin").toString(), dir, out);
    }

    assertThat(status).isEqualTo(1);
    assertThat(buffer.toString(StandardCharsets.UTF_8)).contains("Download failed: ERROR");
  }
}
