package io.github.aria2j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aria2j.client.Aria2AsyncClient;
import io.github.aria2j.client.Aria2Client;
import io.github.aria2j.runtime.daemon.ManagedAria2;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** The extension with the defaults: one aria2c for the class, injected everywhere. */
@ExtendWith(Aria2Extension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Aria2ExtensionPerClassTest {

  private static ManagedAria2 fromBeforeAll;
  private static long firstPid;

  private final Aria2Client fromConstructor;

  Aria2ExtensionPerClassTest(Aria2Client client) {
    this.fromConstructor = client;
  }

  @BeforeAll
  static void beforeAll(ManagedAria2 daemon, TestFileServer files) {
    fromBeforeAll = daemon;
    files.add("hello.txt", new byte[] {'h', 'i'});
  }

  @Test
  @Order(1)
  void injectsConnectedClientsTheDaemonAndTheFileServer(
      Aria2Client client, Aria2AsyncClient asyncClient, ManagedAria2 daemon, TestFileServer files) {
    assertThat(client.getVersion().version()).isNotBlank();
    assertThat(asyncClient.getGlobalStat().join().numActive()).isZero();
    assertThat(fromConstructor).isSameAs(client);
    assertThat(daemon).isSameAs(fromBeforeAll);
    assertThat(daemon.isAlive()).isTrue();
    assertThat(daemon.downloadDir()).isDirectory();
    assertThat(files.uri("hello.txt").getHost()).isEqualTo("127.0.0.1");
    firstPid = daemon.pid();
  }

  @Test
  @Order(2)
  void sharesOneDaemonAndOneFileServerInTheClass(ManagedAria2 daemon, TestFileServer files) {
    assertThat(daemon.pid()).isEqualTo(firstPid);
    assertThat(files.requests()).isEmpty();
    assertThat(files.uri("hello.txt")).isNotNull();
  }

  @Test
  @Order(3)
  void startsAria2cWithOfflineDefaults(Aria2Client client, ManagedAria2 daemon) {
    assertThat(client.getGlobalOption())
        .containsEntry("enable-dht", "false")
        .containsEntry("enable-dht6", "false")
        .containsEntry("bt-enable-lpd", "false")
        .containsEntry("enable-peer-exchange", "false")
        .containsEntry("file-allocation", "none")
        .containsEntry("seed-time", "0")
        .containsEntry("dir", daemon.downloadDir().toString());
    assertThat(daemon.downloadDir().getParent().getFileName().toString()).startsWith("aria2j-testkit-");
  }

  @Nested
  class NestedTests {

    @Test
    void shareTheEnclosingClassDaemon(ManagedAria2 daemon) {
      assertThat(daemon).isSameAs(fromBeforeAll);
    }
  }

  @AfterAll
  static void afterAll(ManagedAria2 daemon) {
    // Still running in @AfterAll: JUnit stops it after the class's last callback.
    assertThat(daemon.isAlive()).isTrue();
    assertThat(Files.isDirectory(daemon.downloadDir())).isTrue();
  }
}
