package io.github.aria2j.testkit.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.aria2j.client.Aria2Client;
import io.github.aria2j.model.DownloadState;
import io.github.aria2j.runtime.Aria2RpcException;
import io.github.aria2j.testkit.FakeAria2;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadmeFakeAria2Test {

  @Test
  void talksToAFakeAria2() {
    try (FakeAria2 fake = FakeAria2.start()) { // HTTP and WebSocket on a free port, random secret
      fake.on("aria2.addUri").reply("\"2089b05ecca3d829\"");
      fake.on("aria2.tellStatus").reply("""
          {"gid": "2089b05ecca3d829", "status": "complete", "totalLength": "1024",
           "completedLength": "1024", "uploadLength": "0", "downloadSpeed": "0",
           "uploadSpeed": "0", "connections": "0", "numPieces": "1",
           "pieceLength": "1048576", "dir": "/downloads", "files": []}""");
      fake.on("aria2.remove").fail(1, "Active Download not found for GID#2089b05ecca3d829");
      Aria2Client aria2 = fake.client(); // closed with the fake

      String gid = aria2.addUri(List.of("https://example.org/file.iso"));
      assertEquals("2089b05ecca3d829", gid);
      assertEquals(DownloadState.COMPLETE, aria2.tellStatus(gid).status());
      assertThrows(Aria2RpcException.class, () -> aria2.remove(gid));

      // what your code sent, without the secret
      assertEquals(List.of(List.of("https://example.org/file.iso")),
          fake.requests("aria2.addUri").get(0).params());
      fake.notify("aria2.onDownloadComplete", gid); // to every WebSocket client
    }
  }
}
