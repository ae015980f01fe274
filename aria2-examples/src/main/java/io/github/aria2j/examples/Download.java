package io.github.aria2j.examples;

import io.github.aria2j.client.Aria2Client;
import io.github.aria2j.model.DownloadFile;
import io.github.aria2j.model.DownloadState;
import io.github.aria2j.model.DownloadStatusKey;
import io.github.aria2j.model.DownloadStatusProjection;
import io.github.aria2j.options.AddOptions;
import io.github.aria2j.runtime.daemon.ManagedAria2;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Downloads one URL through an aria2c that the example starts and stops itself, showing progress,
 * and prints where the file is.
 *
 * <p>Usage: {@code Download [URL] [--dir DIRECTORY]}. Without a URL it serves a generated file on
 * the loopback interface and downloads that, throttled so that the progress is visible: it works
 * offline. The directory defaults to {@code downloads}.
 */
public final class Download {

  /** The keys polled for progress: a projection keeps each poll small. */
  private static final Set<DownloadStatusKey> PROGRESS_KEYS =
      EnumSet.of(
          DownloadStatusKey.STATUS,
          DownloadStatusKey.TOTAL_LENGTH,
          DownloadStatusKey.COMPLETED_LENGTH,
          DownloadStatusKey.DOWNLOAD_SPEED,
          DownloadStatusKey.ERROR_MESSAGE,
          DownloadStatusKey.FOLLOWED_BY);

  private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
  private static final int SERVED_FILE_SIZE = 16 * 1024 * 1024;

  private Download() {}

  /**
   * Runs the example.
   *
   * @param args {@code [URL] [--dir DIRECTORY]}
   * @throws Exception if the download cannot be run; the message says why
   */
  public static void main(String[] args) throws Exception {
    String url = null;
    Path dir = Path.of("downloads");
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--dir") && i + 1 < args.length) {
        dir = Path.of(args[++i]);
      } else if (args[i].startsWith("-") || url != null) {
        System.err.println("usage: Download [URL] [--dir DIRECTORY]");
        System.exit(2);
      } else {
        url = args[i];
      }
    }
    System.exit(run(url, dir.toAbsolutePath(), System.out));
  }

  /**
   * Downloads {@code url}, or a self-served file when it is {@code null}, into {@code dir}.
   *
   * @param url the URL, or {@code null} to serve a file on loopback
   * @param dir the download directory
   * @param out where progress and the result go
   * @return the exit status: 0 when the file was downloaded, 1 when aria2 reports an error
   * @throws IOException if the directory or the loopback server cannot be set up
   * @throws InterruptedException if interrupted while waiting
   */
  static int run(String url, Path dir, PrintStream out) throws IOException, InterruptedException {
    Files.createDirectories(dir);
    try (LoopbackFileServer served =
            url == null ? LoopbackFileServer.start("aria2j-demo.bin", SERVED_FILE_SIZE) : null;
        Aria2Client client =
            Aria2Client.builder().managed(ManagedAria2.builder().downloadDir(dir)).build()) {
      out.println("Started aria2 " + client.getVersion().version() + " (managed by this program)");
      AddOptions options =
          served == null
              ? AddOptions.builder().build()
              // loopback is too fast to watch: 4 MiB/s makes the served file take about 4 s
              : AddOptions.builder().maxDownloadLimit("4M").build();
      String source = served == null ? url : served.uri().toString();
      String gid = client.addUri(List.of(source), options);
      out.println("Downloading " + source + " (GID " + gid + ") into " + dir);
      DownloadStatusProjection last = follow(client, gid, out);
      while (last.status() == DownloadState.COMPLETE && !last.followedBy().isEmpty()) {
        gid = last.followedBy().get(0); // a torrent or metalink URL hands over to its contents
        out.println("Continuing with GID " + gid);
        last = follow(client, gid, out);
      }
      if (last.status() != DownloadState.COMPLETE) {
        out.println("Download failed: " + last.status() + " " + last.errorMessage());
        return 1;
      }
      for (DownloadFile file : client.getFiles(gid)) {
        out.println("Saved " + file.path() + " (" + ProgressLine.bytes(file.length()) + ")");
      }
      return 0;
    }
  }

  /** Polls until the download stops, printing progress; follows a download it hands over to. */
  private static DownloadStatusProjection follow(Aria2Client client, String gid, PrintStream out)
      throws InterruptedException {
    boolean console = System.console() != null;
    long lastPrinted = 0;
    while (true) {
      DownloadStatusProjection status = client.tellStatus(gid, PROGRESS_KEYS);
      String line =
          ProgressLine.render(
              status.completedLength(), status.totalLength(), status.downloadSpeed());
      boolean done = status.status() != DownloadState.ACTIVE
          && status.status() != DownloadState.WAITING
          && status.status() != DownloadState.PAUSED;
      long now = System.nanoTime();
      if (console) {
        out.print("\r" + line + (done ? System.lineSeparator() : ""));
      } else if (done || now - lastPrinted >= Duration.ofSeconds(1).toNanos()) {
        out.println(line); // no terminal: one line a second, not a flood of carriage returns
        lastPrinted = now;
      }
      if (done) {
        return status;
      }
      Thread.sleep(POLL_INTERVAL.toMillis());
    }
  }
}
