package io.github.aria2j.bench;

import io.github.aria2j.client.Aria2Batch;
import io.github.aria2j.client.Aria2Client;
import io.github.aria2j.options.AddOptions;
import io.github.aria2j.runtime.daemon.ManagedAria2;
import io.github.aria2j.runtime.rpc.BatchResult;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The one aria2c every case talks to: started with {@link ManagedAria2} in a scratch directory,
 * with {@code max-concurrent-downloads=1} and a waiting queue of paused downloads for the
 * {@code tellWaiting} cases. The downloads point at the discard port of the loopback interface
 * and never start.
 */
final class Aria2Fixture implements AutoCloseable {

  /** Downloads added per {@code system.multicall}. */
  private static final int PER_MULTICALL = 500;

  private final Path dir;
  private final ManagedAria2 aria2;
  private final String version;

  private Aria2Fixture(Path dir, ManagedAria2 aria2, String version) {
    this.dir = dir;
    this.aria2 = aria2;
    this.version = version;
  }

  /**
   * Starts aria2c and adds {@code waiting} paused downloads.
   *
   * @throws IOException if the scratch directory cannot be made
   */
  static Aria2Fixture start(int waiting) throws IOException {
    Path dir = Files.createTempDirectory("aria2j-bench");
    ManagedAria2 aria2 =
        ManagedAria2.builder()
            .downloadDir(dir)
            .option("max-concurrent-downloads", "1")
            .start();
    try (Aria2Client client = Aria2Client.builder().settings(aria2.settings().build()).build()) {
      addPaused(client, waiting);
      return new Aria2Fixture(dir, aria2, client.getVersion().version());
    } catch (RuntimeException e) {
      aria2.close();
      deleteTree(dir);
      throw e;
    }
  }

  URI httpEndpoint() {
    return aria2.httpEndpoint();
  }

  URI webSocketEndpoint() {
    return aria2.webSocketEndpoint();
  }

  String secret() {
    return aria2.secret().value();
  }

  /** The version aria2 reports. */
  String version() {
    return version;
  }

  @Override
  public void close() throws IOException {
    aria2.close();
    deleteTree(dir);
  }

  private static void addPaused(Aria2Client client, int count) {
    AddOptions paused = AddOptions.builder().pause(true).build();
    for (int first = 0; first < count; first += PER_MULTICALL) {
      Aria2Batch batch = client.batch();
      for (int n = first; n < Math.min(count, first + PER_MULTICALL); n++) {
        batch.addUri(List.of("http://127.0.0.1:9/file-" + n), paused);
      }
      BatchResult result = batch.execute();
      if (!result.allSucceeded()) {
        throw new IllegalStateException(
            "aria2 refused to add downloads: " + result.failures().get(0).outcome());
      }
    }
    int waiting = client.tellWaiting(0, count + 1).size();
    if (waiting != count) {
      throw new IllegalStateException(
          "expected " + count + " waiting downloads, aria2 has " + waiting);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
