package io.github.aria2j.runtime.internal.events;

import static io.github.aria2j.runtime.internal.events.Notifications.BT_COMPLETE;
import static io.github.aria2j.runtime.internal.events.Notifications.COMPLETE;
import static io.github.aria2j.runtime.internal.events.Notifications.ERROR;
import static io.github.aria2j.runtime.internal.events.Notifications.PAUSE;
import static io.github.aria2j.runtime.internal.events.Notifications.START;
import static io.github.aria2j.runtime.internal.events.Notifications.STOP;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.aria2j.runtime.internal.events.DownloadTracker.Missed;
import io.github.aria2j.runtime.internal.events.DownloadTracker.Reconciliation;
import java.util.List;
import org.junit.jupiter.api.Test;

class DownloadTrackerTest {

  private final DownloadTracker tracker = new DownloadTracker();

  private static Seen seen(String gid, Phase phase) {
    return new Seen(gid, phase, false, phase == Phase.COMPLETE);
  }

  @Test
  void reconcilingEmitsTheNotificationOfEachChangedStateOnce() {
    tracker.baseline(List.of(seen("a", Phase.ACTIVE), seen("b", Phase.ACTIVE),
        seen("c", Phase.WAITING), seen("d", Phase.ACTIVE), seen("e", Phase.COMPLETE)));

    Reconciliation result = tracker.reconcile(List.of(seen("a", Phase.COMPLETE),
        seen("b", Phase.ERROR), seen("c", Phase.ACTIVE), seen("d", Phase.PAUSED),
        seen("e", Phase.COMPLETE), seen("f", Phase.REMOVED)));

    assertThat(result.missed()).containsExactly(new Missed(COMPLETE, "a"), new Missed(ERROR, "b"),
        new Missed(START, "c"), new Missed(PAUSE, "d"), new Missed(STOP, "f"));
    assertThat(result.lost()).isEmpty();
  }

  @Test
  void aFinalNotificationIsDeliveredOnceWhetherRecoveredOrLive() {
    tracker.baseline(List.of(seen("a", Phase.ACTIVE)));
    assertThat(tracker.reconcile(List.of(seen("a", Phase.COMPLETE))).missed())
        .containsExactly(new Missed(COMPLETE, "a"));

    assertThat(tracker.live(COMPLETE, "a")).as("the same completion arriving live").isFalse();
    assertThat(tracker.reconcile(List.of(seen("a", Phase.COMPLETE))).missed()).isEmpty();
  }

  @Test
  void aCompletionRepeatedAfterARestartFromASessionIsDroppedButStartsPassThrough() {
    assertThat(tracker.live(START, "a")).isTrue();
    assertThat(tracker.live(COMPLETE, "a")).isTrue();
    // aria2 restarted from a session saved before the completion: it runs the download again
    assertThat(tracker.live(START, "a")).isTrue();
    assertThat(tracker.live(COMPLETE, "a")).isFalse();
  }

  @Test
  void anErrorAfterARestartIsNewsButTheSameErrorTwiceIsNot() {
    assertThat(tracker.live(ERROR, "a")).isTrue();
    assertThat(tracker.live(ERROR, "a")).isFalse();
    assertThat(tracker.live(START, "a")).isTrue();
    assertThat(tracker.live(ERROR, "a")).isTrue();
  }

  @Test
  void downloadsLastSeenUnfinishedThatAria2ForgotAreLostAndFinishedOnesAreNot() {
    tracker.baseline(List.of(seen("a", Phase.ACTIVE), seen("b", Phase.PAUSED),
        seen("c", Phase.COMPLETE)));
    assertThat(tracker.unfinished()).containsExactly("a", "b");

    Reconciliation result = tracker.reconcile(List.of());

    assertThat(result.lost()).containsExactlyInAnyOrder("a", "b");
    assertThat(tracker.unfinished()).isEmpty();
  }

  @Test
  void newDownloadsAddedPausedOrWaitingAreNotAnnounced() {
    tracker.baseline(List.of());
    assertThat(tracker.reconcile(List.of(seen("p", Phase.PAUSED), seen("w", Phase.WAITING),
        seen("n", Phase.ACTIVE), seen("x", Phase.COMPLETE))).missed())
        .containsExactly(new Missed(START, "n"), new Missed(COMPLETE, "x"));
  }

  @Test
  void aBitTorrentDownloadThatGotAllItsDataWhileDisconnectedYieldsItsOwnNotification() {
    tracker.baseline(List.of(new Seen("t", Phase.ACTIVE, true, false),
        new Seen("s", Phase.ACTIVE, true, true)));

    Reconciliation result = tracker.reconcile(List.of(new Seen("t", Phase.ACTIVE, true, true),
        new Seen("s", Phase.COMPLETE, true, true)));

    assertThat(result.missed()).as("s was seeding before: its BitTorrent completion is old")
        .containsExactly(new Missed(BT_COMPLETE, "t"), new Missed(COMPLETE, "s"));
    assertThat(tracker.live(BT_COMPLETE, "t")).isFalse();
  }

  @Test
  void notificationsThisRuntimeDoesNotKnowArePassedOn() {
    assertThat(tracker.live("aria2.onSomethingNew", "a")).isTrue();
    assertThat(tracker.live("aria2.onSomethingNew", "a")).isTrue();
  }
}
