package io.github.aria2j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aria2j.client.Aria2Client;
import io.github.aria2j.runtime.daemon.ManagedAria2;
import java.nio.file.Files;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A fresh aria2c per test method, with an option, reached through injection and accessors. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Aria2ExtensionPerMethodTest {

  @RegisterExtension
  static Aria2Extension aria2 =
      Aria2Extension.builder()
          .option("max-concurrent-downloads", "3")
          .perMethod()
          .whenMissing(Missing.FAIL)
          .build();

  private static ManagedAria2 first;
  private static TestFileServer firstFiles;

  @Test
  @Order(1)
  void startsADaemonForTheMethod(Aria2Client client, ManagedAria2 daemon, TestFileServer files) {
    assertThat(aria2.client()).isSameAs(client);
    assertThat(aria2.daemon()).isSameAs(daemon);
    assertThat(aria2.files()).isSameAs(files);
    assertThat(aria2.asyncClient().getGlobalOption().join())
        .containsEntry("max-concurrent-downloads", "3");
    client.addUri(java.util.List.of(files.uri("not-there.bin").toString()));
    first = daemon;
    firstFiles = files;
  }

  @Test
  @Order(2)
  void isolatesEachMethod(Aria2Client client, ManagedAria2 daemon, TestFileServer files) {
    assertThat(daemon.pid()).isNotEqualTo(first.pid());
    assertThat(first.isAlive()).isFalse();
    assertThat(Files.exists(first.downloadDir().getParent())).isFalse();
    assertThat(files).isNotSameAs(firstFiles);
    assertThat(client.tellStopped(0, 10)).isEmpty();
    assertThat(client.tellActive()).isEmpty();
    assertThat(client.getGlobalOption()).containsEntry("max-concurrent-downloads", "3");
  }
}
