package io.github.aria2j.runtime.daemon;

import static io.github.aria2j.runtime.daemon.DaemonTesting.GET_GLOBAL_OPTION;
import static io.github.aria2j.runtime.daemon.DaemonTesting.running;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.aria2j.runtime.rpc.RpcEngine;
import io.github.aria2j.runtime.rpc.RpcEngines;
import io.github.aria2j.runtime.testing.TestMethods;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the real aria2c (installed here and in CI) and talks to it. aria2c takes about a second
 * to exit after SIGTERM, so the tests that only look share one daemon.
 */
@Timeout(60)
class ManagedAria2Test {

  @TempDir static Path sharedTemp;
  @TempDir Path temp;

  private static Path sharedDir;
  private static ManagedAria2 shared;
  private static RpcEngine engine;

  @BeforeAll
  static void startShared() {
    sharedDir = sharedTemp.resolve("not/yet/there");
    shared =
        ManagedAria2.builder()
            .downloadDir(sharedDir)
            .option("max-concurrent-downloads", "3")
            .options(Map.of("user-agent", "aria2j-test", "max-tries", "2"))
            .option("max-tries", "7")
            .start();
    engine = RpcEngines.http(shared.settings().build());
  }

  @AfterAll
  static void stopShared() {
    engine.close();
    shared.close();
  }

  @Test
  @DisplayName("start returns a daemon that answers a call made through the engine")
  void startsAndAnswers() {
    TestMethods.Version version = engine.call(TestMethods.GET_VERSION);

    assertThat(version.version()).matches("1\\.\\d+\\.\\d+");
    assertThat(shared.isAlive()).isTrue();
    assertThat(running(shared.pid())).isTrue();
    assertThat(shared.httpEndpoint())
        .isEqualTo(URI.create("http://127.0.0.1:" + shared.port() + "/jsonrpc"));
    assertThat(shared.webSocketEndpoint())
        .isEqualTo(URI.create("ws://127.0.0.1:" + shared.port() + "/jsonrpc"));
    assertThat(shared.secret().value()).matches("[0-9a-f]{32}");
    assertThat(shared.settings().build().secret()).contains(shared.secret());
  }

  @Test
  @DisplayName("the download directory is created if missing and is aria2c's --dir")
  void downloadDirHonoured() {
    assertThat(sharedDir).isDirectory();
    assertThat(shared.downloadDir()).isEqualTo(sharedDir.toAbsolutePath());
    assertThat(engine.call(GET_GLOBAL_OPTION)).containsEntry("dir", sharedDir.toString());
  }

  @Test
  @DisplayName("user options reach aria2c; a name set again keeps the last value")
  void userOptions() {
    assertThat(engine.call(GET_GLOBAL_OPTION))
        .containsEntry("max-concurrent-downloads", "3")
        .containsEntry("user-agent", "aria2j-test")
        .containsEntry("max-tries", "7");
  }

  @Test
  @DisplayName("aria2c's output is kept, and it runs with --stop-with-process=<this JVM>")
  void outputAndStopWithProcess() throws InterruptedException {
    String listening = "IPv4 RPC: listening on TCP port " + shared.port();
    // aria2c prints this before it answers; the reading thread may take a moment to keep it.
    for (int i = 0; i < 100 && !shared.recentOutput().contains(listening); i++) {
      Thread.sleep(20);
    }
    assertThat(shared.recentOutput()).contains(listening);

    String[] arguments = arguments(shared);
    if (arguments.length > 0) { // the OS may not tell
      assertThat(arguments)
          .contains("--stop-with-process=" + ProcessHandle.current().pid())
          .contains("--rpc-listen-all=false")
          .contains("--dir=" + sharedDir);
    }
  }

  @Test
  @DisplayName("the secret reaches aria2c through a private file that is gone once it answers")
  void secretFileRemoved() {
    String[] arguments = arguments(shared);
    if (arguments.length > 0) {
      assertThat(String.join(" ", arguments)).doesNotContain(shared.secret().value());
      assertThat(arguments)
          .filteredOn(argument -> argument.startsWith("--conf-path="))
          .singleElement()
          .satisfies(
              argument ->
                  assertThat(Files.exists(Path.of(argument.substring("--conf-path=".length()))))
                      .isFalse());
    }
  }

  @Test
  @DisplayName("without a download directory aria2c keeps its default, the current directory")
  void defaultDownloadDir() {
    Path cwd = Path.of("").toAbsolutePath();

    try (ManagedAria2 aria2 = ManagedAria2.start();
        RpcEngine own = RpcEngines.http(aria2.settings().build())) {
      assertThat(aria2.downloadDir()).isEqualTo(cwd);
      assertThat(own.call(GET_GLOBAL_OPTION)).containsEntry("dir", cwd.toString());
    }
  }

  @Test
  @DisplayName("close stops the process, and a second close does nothing")
  void closeStops() {
    ManagedAria2 aria2 = ManagedAria2.builder().downloadDir(temp).start();
    long pid = aria2.pid();

    aria2.close();

    assertThat(aria2.isAlive()).isFalse();
    assertThat(running(pid)).isFalse();
    assertThat(aria2.toString()).endsWith(", alive=false}");
    aria2.close();
    assertThat(aria2.isAlive()).isFalse();
  }

  @Test
  @DisplayName("two daemons at once get different ports and secrets, and each answers")
  void twoAtOnce() {
    try (ManagedAria2 other = ManagedAria2.builder().downloadDir(temp).start();
        RpcEngine own = RpcEngines.http(other.settings().build())) {
      assertThat(other.port()).isNotEqualTo(shared.port());
      assertThat(other.secret()).isNotEqualTo(shared.secret());
      assertThat(other.pid()).isNotEqualTo(shared.pid());
      assertThat(own.call(GET_GLOBAL_OPTION)).containsEntry("dir", temp.toString());
      assertThat(engine.call(GET_GLOBAL_OPTION)).containsEntry("dir", sharedDir.toString());
    }
  }

  private static String[] arguments(ManagedAria2 aria2) {
    return ProcessHandle.of(aria2.pid())
        .orElseThrow()
        .info()
        .arguments()
        .orElse(new String[0]);
  }
}
