package io.github.aria2j.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aria2j.model.DownloadStatusKey;
import io.github.aria2j.notification.Aria2Events;
import io.github.aria2j.notification.Aria2Listener;
import io.github.aria2j.notification.Aria2Notification;
import io.github.aria2j.notification.BtDownloadComplete;
import io.github.aria2j.notification.DownloadComplete;
import io.github.aria2j.notification.DownloadError;
import io.github.aria2j.notification.DownloadPause;
import io.github.aria2j.notification.DownloadStart;
import io.github.aria2j.notification.DownloadStop;
import io.github.aria2j.runtime.RpcSettings;
import io.github.aria2j.runtime.events.Subscription;
import io.github.aria2j.runtime.rpc.RpcEngines;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The generated events over a WebSocket that plays aria2 on MockWebServer: they reconcile with
 * the downloads' states first, then each of aria2's six notifications arrives as its record
 * (not recovered) through every way of listening; what the client does not know or cannot read
 * is passed over without stopping what follows.
 */
@Timeout(60)
class EventsDispatchTest {

  private static final String SECRET = "s3cret";

  /** One notification of each kind, with a GID of its own, in the order they are pushed. */
  private static final List<Aria2Notification> SIX =
      List.of(
          new DownloadStart("0000000000000001"),
          new DownloadPause("0000000000000002"),
          new DownloadStop("0000000000000003"),
          new DownloadComplete("0000000000000004"),
          new DownloadError("0000000000000005"),
          new BtDownloadComplete("0000000000000006"));

  private final MockWebServer server = new MockWebServer();
  private WsPeer peer;
  private Aria2Events events;

  @BeforeEach
  void start() throws Exception {
    server.start();
    peer = WsPeer.on(server);
    events = new Aria2Events(settings());
  }

  @AfterEach
  void stop() {
    events.close();
    server.close();
  }

  @Test
  @DisplayName("on connecting, the events ask for the three lists of downloads, only the keys")
  void reconcilesWithTheListsOfDownloads() throws Exception {
    events.connect().get(10, TimeUnit.SECONDS);

    String frame = peer.take();
    assertThat(WsPeer.request(frame)).containsEntry("method", "system.multicall");
    List<Map<String, Object>> entries = WsPeer.entries(frame);
    assertThat(entries)
        .extracting(entry -> entry.get("methodName"))
        .containsExactly("aria2.tellActive", "aria2.tellWaiting", "aria2.tellStopped");
    Set<String> statusKeys =
        Arrays.stream(DownloadStatusKey.values())
            .map(DownloadStatusKey::wireValue)
            .collect(Collectors.toSet());
    for (Map<String, Object> entry : entries) {
      List<?> params = (List<?>) entry.get("params");
      assertThat(params.get(0)).as("the secret first").isEqualTo("token:" + SECRET);
      List<Object> keys = List.copyOf((List<?>) params.get(params.size() - 1));
      assertThat(keys)
          .as("the keys of %s", entry.get("methodName"))
          .contains("gid", "status")
          .allMatch(statusKeys::contains);
    }
    assertThat(events.isConnected()).isTrue();
  }

  @Test
  @DisplayName("each notification arrives typed through on(Kind.class, ...), not recovered")
  void eachKindArrivesThroughOn() throws Exception {
    BlockingQueue<Map.Entry<Class<?>, Aria2Notification>> received = new LinkedBlockingQueue<>();
    for (Aria2Notification notification : SIX) {
      onKind(notification.getClass(), received);
    }
    events.connect().get(10, TimeUnit.SECONDS);

    pushSix();

    List<Map.Entry<Class<?>, Aria2Notification>> six = take(received, 6);
    assertThat(six)
        .as("(the callback's kind, what it received)")
        .containsExactlyInAnyOrderElementsOf(
            SIX.stream()
                .map(n -> Map.<Class<?>, Aria2Notification>entry(n.getClass(), n))
                .toList());
    assertThat(six).extracting(Map.Entry::getValue).noneMatch(Aria2Notification::recovered);
  }

  @Test
  @DisplayName("each notification arrives at its method of a listener, in order")
  void eachKindArrivesThroughListen() throws Exception {
    BlockingQueue<Aria2Notification> received = new LinkedBlockingQueue<>();
    Subscription subscription = events.listen(recordingListener(received::add));
    events.connect().get(10, TimeUnit.SECONDS);

    pushSix();

    assertThat(take(received, 6)).containsExactlyElementsOf(SIX);
    assertThat(subscription.isActive()).isTrue();
  }

  @Test
  @DisplayName("each notification arrives through the notifications() publisher, in order")
  void eachKindArrivesThroughThePublisher() throws Exception {
    BlockingQueue<Aria2Notification> received = new LinkedBlockingQueue<>();
    events.notifications().subscribe(collecting(received));
    events.connect().get(10, TimeUnit.SECONDS);

    pushSix();

    List<Aria2Notification> six = take(received, 6);
    assertThat(six).containsExactlyElementsOf(SIX);
    assertThat(six).noneMatch(Aria2Notification::recovered);
  }

  @Test
  @DisplayName("a notification the client does not know is passed over")
  void unknownNotificationIsIgnored() throws Exception {
    BlockingQueue<Aria2Notification> received = new LinkedBlockingQueue<>();
    events.onAny(received::add);
    events.connect().get(10, TimeUnit.SECONDS);

    peer.send(notification("aria2.onDownloadHibernate", "0000000000000007"));
    peer.send(notification("aria2.onDownloadStart", "0000000000000008"));

    assertThat(take(received, 1)).containsExactly(new DownloadStart("0000000000000008"));
  }

  @Test
  @DisplayName("malformed frames do not stop later notifications")
  void malformedFramesDoNotStopLaterNotifications() throws Exception {
    BlockingQueue<Aria2Notification> received = new LinkedBlockingQueue<>();
    events.onAny(received::add);
    events.connect().get(10, TimeUnit.SECONDS);

    peer.send("{\"jsonrpc\":\"2.0\",\"method\":\"aria2.onDownloadStart\",\"params\":[{\"gid\":");
    peer.send("{\"jsonrpc\":\"2.0\",\"method\":\"aria2.onDownloadStart\",\"params\":[]}");
    peer.send("{\"jsonrpc\":\"2.0\",\"method\":\"aria2.onDownloadStart\",\"params\":[{}]}");
    peer.send(notification("aria2.onDownloadComplete", "0000000000000009"));

    assertThat(take(received, 1)).containsExactly(new DownloadComplete("0000000000000009"));
    assertThat(events.isConnected()).isTrue();
  }

  @Test
  @DisplayName("closing a client closes its events; closing a view of it does not")
  void closingTheClientClosesItsEvents() throws Exception {
    events.close(); // this test uses the client's own events
    Aria2Client client = new DefaultAria2Client(RpcEngines.http(settings()));
    Aria2Client view = client.withTimeout(Duration.ofSeconds(5));
    BlockingQueue<Aria2Notification> received = new LinkedBlockingQueue<>();
    Subscription subscription = view.events().onAny(received::add);
    client.events().connect().get(10, TimeUnit.SECONDS);

    view.close();
    peer.send(notification("aria2.onDownloadStart", "000000000000000a"));
    assertThat(take(received, 1)).containsExactly(new DownloadStart("000000000000000a"));
    assertThat(subscription.isActive()).isTrue();

    client.close();
    assertThat(subscription.isActive()).isFalse();
  }

  private RpcSettings settings() {
    return RpcSettings.builder().endpoint(server.url("/jsonrpc").uri()).secret(SECRET).build();
  }

  private void pushSix() {
    for (Aria2Notification notification : SIX) {
      peer.send(notification(wireName(notification), notification.gid()));
    }
  }

  /** Registers a callback for one kind that records which callback got what. */
  private <T extends Aria2Notification> void onKind(
      Class<T> kind, BlockingQueue<Map.Entry<Class<?>, Aria2Notification>> received) {
    events.on(kind, event -> received.add(Map.entry(kind, event)));
  }

  /** aria2's name of a notification: {@code DownloadStart} is {@code aria2.onDownloadStart}. */
  private static String wireName(Aria2Notification notification) {
    return "aria2.on" + notification.getClass().getSimpleName();
  }

  /** A notification frame as aria2 writes it. */
  private static String notification(String method, String gid) {
    return "{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":[{\"gid\":\"" + gid
        + "\"}]}";
  }

  /** Takes {@code count} items, waiting boundedly for each; fails if one does not come. */
  private static <T> List<T> take(BlockingQueue<T> queue, int count) throws InterruptedException {
    List<T> items = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      T item = queue.poll(10, TimeUnit.SECONDS);
      assertThat(item).as("item %d of %d; got %s", i + 1, count, items).isNotNull();
      items.add(item);
    }
    return items;
  }

  /** A listener whose every method hands the notification on. */
  private static Aria2Listener recordingListener(Consumer<Aria2Notification> sink) {
    return new Aria2Listener() {
      @Override
      public void onDownloadStart(DownloadStart event) {
        sink.accept(event);
      }

      @Override
      public void onDownloadPause(DownloadPause event) {
        sink.accept(event);
      }

      @Override
      public void onDownloadStop(DownloadStop event) {
        sink.accept(event);
      }

      @Override
      public void onDownloadComplete(DownloadComplete event) {
        sink.accept(event);
      }

      @Override
      public void onDownloadError(DownloadError event) {
        sink.accept(event);
      }

      @Override
      public void onBtDownloadComplete(BtDownloadComplete event) {
        sink.accept(event);
      }
    };
  }

  /** A subscriber that asks for everything and collects it. */
  private static Flow.Subscriber<Aria2Notification> collecting(
      BlockingQueue<Aria2Notification> received) {
    return new Flow.Subscriber<>() {
      @Override
      public void onSubscribe(Flow.Subscription subscription) {
        subscription.request(Long.MAX_VALUE);
      }

      @Override
      public void onNext(Aria2Notification item) {
        received.add(item);
      }

      @Override
      public void onError(Throwable throwable) {}

      @Override
      public void onComplete() {}
    };
  }
}
