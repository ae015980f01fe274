package io.github.aria2j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aria2j.notification.Aria2Events;
import io.github.aria2j.notification.Aria2Notification;
import io.github.aria2j.notification.BtDownloadComplete;
import io.github.aria2j.notification.DownloadComplete;
import io.github.aria2j.notification.DownloadError;
import io.github.aria2j.notification.DownloadPause;
import io.github.aria2j.notification.DownloadStart;
import io.github.aria2j.notification.DownloadStop;
import io.github.aria2j.runtime.RpcSettings;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The generated notification records and the client's events, without aria2: records made by
 * hand are live (not recovered), and a client makes its events once, on first use, shares them
 * with its views and closes them with itself, all without connecting.
 */
@Timeout(30)
class NotificationsTest {

  private static final String GID = "2089b05ecca3d829";

  @RegisterExtension final MockAria2 aria2 = new MockAria2();

  @Test
  @DisplayName("a notification made from a GID is live; the full constructor can mark it recovered")
  void notificationFromAGidIsNotRecovered() {
    List<Aria2Notification> live =
        List.of(
            new DownloadStart(GID),
            new DownloadPause(GID),
            new DownloadStop(GID),
            new DownloadComplete(GID),
            new DownloadError(GID),
            new BtDownloadComplete(GID));

    assertThat(live).noneMatch(Aria2Notification::recovered).allMatch(n -> n.gid().equals(GID));
    assertThat(new DownloadComplete(GID)).isEqualTo(new DownloadComplete(GID, false));
    assertThat(new DownloadComplete(GID, true).recovered()).isTrue();
    assertThat(new DownloadComplete(GID, true)).isNotEqualTo(new DownloadComplete(GID));
    assertThat(new DownloadComplete(GID))
        .hasToString("DownloadComplete[gid=" + GID + ", recovered=false]");
  }

  @Test
  @DisplayName("every notification record is (gid, recovered) and rejects a null GID")
  void recordsAreGidThenRecovered() {
    for (Class<?> kind : Aria2Notification.class.getPermittedSubclasses()) {
      assertThat(kind.getRecordComponents())
          .as(kind.getSimpleName())
          .extracting(RecordComponent::getName)
          .containsExactly("gid", "recovered");
    }
    assertThatThrownBy(() -> new DownloadError(null, true))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("gid");
  }

  @Test
  @DisplayName("events made from settings do not connect before the first registration")
  void eventsDoNotConnectWhenMade() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      RpcSettings settings =
          RpcSettings.builder().endpoint(server.url("/jsonrpc").uri()).secret("s3cret").build();

      Aria2Events events = new Aria2Events(settings);
      boolean connected = events.isConnected();
      events.close();

      assertThat(connected).isFalse();
      assertThat(server.getRequestCount()).isZero();
      assertThat(events.toString()).doesNotContain("s3cret");
    }
  }

  @OnBothClients
  @DisplayName("client.events() is made once and shared with the views of withTimeout")
  void eventsAreMadeOnceAndShared(ClientPath path) {
    Aria2Client client = aria2.client(path);

    Aria2Events events = client.events();

    assertThat(client.events()).isSameAs(events);
    assertThat(client.withTimeout(Duration.ofSeconds(5)).events()).isSameAs(events);
    assertThat(events.isConnected()).as("made, not connected").isFalse();
  }

  @OnBothClients
  @DisplayName("closing a view leaves the events; closing the client closes them for every view")
  void eventsCloseWithTheClientOnly(ClientPath path) {
    Aria2Client client = aria2.client(path);
    Aria2Client view = client.withTimeout(Duration.ofSeconds(5));
    Aria2Events events = client.events();

    view.close();
    assertThat(view.events()).isSameAs(events);
    assertThat(client.events()).isSameAs(events);

    client.close();
    assertThatThrownBy(client::events).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(view::events).isInstanceOf(IllegalStateException.class);
  }
}
