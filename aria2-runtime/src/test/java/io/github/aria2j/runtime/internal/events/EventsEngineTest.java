package io.github.aria2j.runtime.internal.events;

import static io.github.aria2j.runtime.internal.events.Notifications.BT_COMPLETE;
import static io.github.aria2j.runtime.internal.events.Notifications.COMPLETE;
import static io.github.aria2j.runtime.internal.events.Notifications.ERROR;
import static io.github.aria2j.runtime.internal.events.Notifications.PAUSE;
import static io.github.aria2j.runtime.internal.events.Notifications.START;
import static io.github.aria2j.runtime.internal.events.Notifications.STOP;
import static io.github.aria2j.runtime.testing.ScriptedAria2.notification;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.aria2j.runtime.RpcSettings;
import io.github.aria2j.runtime.events.ConnectionEvent;
import io.github.aria2j.runtime.events.ConnectionEvent.Connected;
import io.github.aria2j.runtime.events.ConnectionEvent.Disconnected;
import io.github.aria2j.runtime.events.ConnectionEvent.Reconnected;
import io.github.aria2j.runtime.events.ConnectionEvent.Reconnecting;
import io.github.aria2j.runtime.events.ConnectionEvent.RecoveryIncomplete;
import io.github.aria2j.runtime.events.EventSettings;
import io.github.aria2j.runtime.events.ReconnectPolicy;
import io.github.aria2j.runtime.testing.RecordingLogger;
import io.github.aria2j.runtime.testing.ScriptedAria2;
import io.github.aria2j.runtime.testing.WsPeer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The events engine against a scripted aria2 on MockWebServer WebSockets. */
class EventsEngineTest {

  @StartStop private final MockWebServer server = new MockWebServer();
  private final ScriptedAria2 aria2 = new ScriptedAria2(server);
  private final RecordingLogger logger = new RecordingLogger();
  private final BlockingQueue<Note> notes = new LinkedBlockingQueue<>();
  private final BlockingQueue<ConnectionEvent> states = new LinkedBlockingQueue<>();
  private EventsEngine<Note> events;

  private EventsEngine<Note> events(EventSettings eventSettings) {
    RpcSettings settings = RpcSettings.builder()
        .endpoint(WsPeer.endpoint(server, false))
        .pingInterval(Duration.ZERO)
        .events(eventSettings)
        .build();
    events = new EventsEngine<>(settings, Note.class, Note::create, logger);
    return events;
  }

  private EventsEngine<Note> connected() throws Exception {
    aria2.acceptNext();
    EventsEngine<Note> engine = events(fast());
    engine.connectionEvents().subscribe(Set.of(), states::add);
    engine.notifications().subscribe(Set.of(), notes::add);
    engine.start().get(5, TimeUnit.SECONDS);
    assertThat(next(states)).isInstanceOf(Connected.class);
    return engine;
  }

  private static EventSettings fast() {
    return EventSettings.DEFAULT
        .withReconnect(ReconnectPolicy.DEFAULT.withDelays(Duration.ofMillis(20), Duration.ofMillis(50)))
        .withProgressInterval(Duration.ofMillis(50))
        .withCloseTimeout(Duration.ofSeconds(2));
  }

  @AfterEach
  void close() {
    if (events != null) {
      events.close();
    }
  }

  private static <T> T next(BlockingQueue<T> queue) throws InterruptedException {
    T item = queue.poll(5, TimeUnit.SECONDS);
    assertThat(item).as("an event within 5 s").isNotNull();
    return item;
  }

  private static <T> List<T> next(BlockingQueue<T> queue, int count) throws InterruptedException {
    List<T> items = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      items.add(next(queue));
    }
    return items;
  }

  @Test
  void theFirstConnectionLearnsTheStatesWithOneMulticallAndEmitsNothingForThem() throws Exception {
    aria2.set("a", "active", 1, 10).set("b", "complete", 10, 10);
    connected();

    assertThat(aria2.methodsCalled())
        .containsExactly("aria2.tellActive", "aria2.tellWaiting", "aria2.tellStopped");
    assertThat(notes.poll(200, TimeUnit.MILLISECONDS)).isNull();
  }

  @Test
  void eachOfTheSixNotificationsArrivesLiveInOrder() throws Exception {
    connected();
    WsPeer peer = aria2.peer();
    for (String method : List.of(START, PAUSE, STOP, COMPLETE, ERROR, BT_COMPLETE)) {
      peer.send(notification(method, "g-" + method));
    }

    assertThat(next(notes, 6)).containsExactly(
        Note.live(START, "g-" + START), Note.live(PAUSE, "g-" + PAUSE),
        Note.live(STOP, "g-" + STOP), Note.live(COMPLETE, "g-" + COMPLETE),
        Note.live(ERROR, "g-" + ERROR), Note.live(BT_COMPLETE, "g-" + BT_COMPLETE));
  }

  @Test
  void unknownAndMalformedNotificationsAreLoggedAndTheNextOnesStillArrive() throws Exception {
    connected();
    WsPeer peer = aria2.peer();
    peer.send(notification("aria2.onDownloadSomethingNew", "x"));
    peer.send("{\"jsonrpc\":\"2.0\",\"method\":\"aria2.onDownloadStart\",\"params\":[]}");
    peer.send("{not json");
    peer.send(notification(COMPLETE, "a"));

    assertThat(next(notes)).isEqualTo(Note.live(COMPLETE, "a"));
    assertThat(logger.messages()).anySatisfy(m -> assertThat(m)
        .startsWith("INFO ignored the notification aria2.onDownloadSomethingNew"));
    // "{not json" names no request: the transport logs and drops it before it reaches the events
    assertThat(logger.messages()).filteredOn(m -> m.startsWith("WARNING unreadable notification"))
        .singleElement().asString().contains("\"params\":[]");
  }

  @Test
  void aDroppedConnectionIsReopenedAndWhatHappenedMeanwhileIsRecoveredOnce() throws Exception {
    aria2.set("a", "active", 1, 10).set("b", "active", 1, 10).set("c", "waiting", 0, 10)
        .set("lost", "active", 1, 10).set("old", "complete", 10, 10);
    connected();
    WsPeer first = aria2.peer();
    aria2.set("a", "complete", 10, 10).set("b", "error", 3, 10).set("c", "active", 1, 10)
        .set("new", "complete", 5, 5).purge("lost").purge("old");
    aria2.acceptNext();

    first.close(1001, "going away");

    Disconnected disconnected = (Disconnected) next(states);
    assertThat(disconnected.cause().getMessage()).contains("1001");
    assertThat(next(states)).isInstanceOf(Reconnecting.class);
    RecoveryIncomplete incomplete = (RecoveryIncomplete) next(states);
    assertThat(incomplete.gids()).containsExactly("lost");
    Reconnected reconnected = (Reconnected) next(states);
    assertThat(reconnected.recovered()).isEqualTo(4);
    assertThat(next(notes, 4)).containsExactlyInAnyOrder(Note.recovered(COMPLETE, "a"),
        Note.recovered(ERROR, "b"), Note.recovered(START, "c"), Note.recovered(COMPLETE, "new"));

    // aria2 repeats a completion (say, restarted from an old session): not delivered twice
    WsPeer second = aria2.peer();
    second.send(notification(COMPLETE, "a"));
    second.send(notification(COMPLETE, "c"));
    assertThat(next(notes)).isEqualTo(Note.live(COMPLETE, "c"));
    assertThat(notes.poll(200, TimeUnit.MILLISECONDS)).isNull();
  }

  @Test
  void callbacksForSomeKindsGetOnlyThoseAndAFailingCallbackKeepsReceiving() throws Exception {
    EventsEngine<Note> engine = connected();
    BlockingQueue<Note> completions = new LinkedBlockingQueue<>();
    engine.notifications().subscribe(Set.of(Note.class), note -> {
      if (note.method().equals(COMPLETE)) {
        completions.add(note);
      }
      throw new IllegalStateException("callback bug");
    });
    WsPeer peer = aria2.peer();
    peer.send(notification(START, "a"));
    peer.send(notification(COMPLETE, "a"));

    assertThat(next(completions)).isEqualTo(Note.live(COMPLETE, "a"));
    assertThat(next(notes, 2)).hasSize(2);
    assertThat(logger.messages()).filteredOn(m -> m.startsWith("WARNING an event callback failed"))
        .hasSizeGreaterThanOrEqualTo(1);
  }

  @Test
  void progressReportsPreviousAndCurrentStateOfEachChangedDownload() throws Exception {
    aria2.set("a", "active", 10, 100).set("w", "waiting", 0, 50);
    EventsEngine<Note> engine = connected();
    BlockingQueue<io.github.aria2j.runtime.events.DownloadProgress> progress =
        new LinkedBlockingQueue<>();
    engine.progress().subscribe(Set.of(), progress::add);

    var first = next(progress, 2);
    assertThat(first).allSatisfy(p -> assertThat(p.previous()).isNull());
    assertThat(first).extracting(p -> p.current().gid()).containsExactlyInAnyOrder("a", "w");

    aria2.set("a", "active", 60, 100);
    var moved = next(progress);
    assertThat(moved.previous().completedLength()).isEqualTo(10);
    assertThat(moved.current().completedLength()).isEqualTo(60);
    assertThat(moved.current().fraction()).isEqualTo(0.6);

    aria2.set("a", "complete", 100, 100);
    var finished = next(progress);
    assertThat(finished.previous().status()).isEqualTo("active");
    assertThat(finished.current().status()).isEqualTo("complete");
    assertThat(progress.poll(200, TimeUnit.MILLISECONDS)).as("nothing changed").isNull();
  }

  @Test
  void closeReturnsWithinTheCloseTimeoutEvenWhenACallbackHangs() throws Exception {
    EventsEngine<Note> engine = connected();
    var release = new java.util.concurrent.CountDownLatch(1);
    var entered = new java.util.concurrent.CountDownLatch(1);
    engine.notifications().subscribe(Set.of(), note -> {
      entered.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    aria2.peer().send(notification(START, "a"));
    assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();

    engine.close();

    assertThat(logger.messages()).anySatisfy(m -> assertThat(m)
        .startsWith("WARNING event callbacks still running after the close timeout"));
    assertThat(next(notes)).as("the other callback was not held up").isEqualTo(Note.live(START, "a"));
    release.countDown();
    assertThat(engine.isConnected()).isFalse();
  }

  @Test
  void reconnectingGivesUpAfterTheAttemptsThePolicyAllows() throws Exception {
    server.close(); // nothing listens any more
    EventsEngine<Note> engine = events(fast().withReconnect(
        ReconnectPolicy.DEFAULT.withDelays(Duration.ofMillis(10), Duration.ofMillis(20))
            .withMaxAttempts(2)));
    engine.connectionEvents().subscribe(Set.of(), states::add);

    assertThat(next(states, 3)).satisfiesExactly(
        e -> assertThat(e).isEqualTo(new Reconnecting(1, ((Reconnecting) e).delay())),
        e -> assertThat(((Reconnecting) e).attempt()).isEqualTo(2),
        e -> assertThat(((ConnectionEvent.GaveUp) e).attempts()).isEqualTo(2));
  }

  @Test
  void connectAfterAFailedFirstAttemptWaitsForTheNextConnectionInsteadOfTheOldFailure()
      throws Exception {
    aria2.acceptNext();
    server.close(); // the first attempt fails
    EventsEngine<Note> engine = events(fast().withReconnect(
        ReconnectPolicy.DEFAULT.withDelays(Duration.ofMillis(10), Duration.ofMillis(20))
            .withMaxAttempts(1)));
    engine.connectionEvents().subscribe(Set.of(), states::add);
    var first = engine.start();
    assertThat(first).failsWithin(5, TimeUnit.SECONDS);
    assertThat(next(states, 2)).last().isInstanceOf(ConnectionEvent.GaveUp.class);

    var closedMeanwhile = engine.start();
    engine.close();

    assertThat(closedMeanwhile).failsWithin(5, TimeUnit.SECONDS)
        .withThrowableThat().havingCause().withMessageContaining("the events were closed");
  }

  @Test
  void closingFromACallbackDoesNotWaitForThatCallback() throws Exception {
    EventsEngine<Note> engine = events(fast().withCloseTimeout(Duration.ofSeconds(30)));
    aria2.acceptNext();
    var closed = new java.util.concurrent.CompletableFuture<Void>();
    engine.notifications().subscribe(Set.of(), note -> {
      engine.close();
      closed.complete(null);
    });
    engine.start().get(5, TimeUnit.SECONDS);
    aria2.peer().send(notification(COMPLETE, "a"));

    // Waiting for its own callback, close() would return only after the 30 s close timeout.
    assertThat(closed).succeedsWithin(10, TimeUnit.SECONDS);
    assertThat(logger.messages()).noneMatch(m -> m.startsWith("WARNING"));
    assertThat(engine.isConnected()).isFalse();
  }

  @Test
  void anUpperCaseHttpEndpointBecomesAWebSocketEndpoint() {
    assertThat(EventsEngine.webSocket(java.net.URI.create("HTTP://127.0.0.1:6800/jsonrpc")))
        .hasToString("ws://127.0.0.1:6800/jsonrpc");
    assertThat(EventsEngine.webSocket(java.net.URI.create("https://example.org:6801/jsonrpc")))
        .hasToString("wss://example.org:6801/jsonrpc");
  }
}
