package io.github.aria2j.runtime.internal.events;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The last known phase of each download, and the notifications already delivered, from which
 * reconciling after a reconnect works out the notifications that were missed.
 *
 * <p>Final notifications (complete, stop, error) go out once per download: aria2 repeats them
 * when it is restarted from a session saved before they happened, and a recovered one may
 * also arrive live. Not thread-safe: the events engine calls it from one thread.
 */
final class DownloadTracker {

  /** How many downloads' final notifications are remembered, oldest forgotten first. */
  static final int REMEMBERED = 1 << 16;

  private final Map<String, Seen> known = new HashMap<>();
  private final Map<String, Phase> finals = lru();
  private final Map<String, Boolean> btCompleted = lru();

  /** What reconciling found: the notifications to emit, and the downloads whose fate is lost. */
  record Reconciliation(List<Missed> missed, Set<String> lost) {}

  /** A notification that was missed while disconnected. */
  record Missed(String method, String gid) {}

  /**
   * Takes a live notification.
   *
   * @return true if it is to be delivered, false if it repeats a final one already delivered
   */
  boolean live(String method, String gid) {
    if (Notifications.BT_COMPLETE.equals(method)) {
      Seen before = known.get(gid);
      known.put(gid, new Seen(gid, before == null ? Phase.ACTIVE : before.phase(), true, true));
      return btCompleted.put(gid, Boolean.TRUE) == null;
    }
    Phase phase = Phase.after(method);
    if (phase == null) {
      return true; // unknown to this runtime: passed on, not tracked
    }
    return enter(gid, phase);
  }

  /**
   * Records the downloads aria2 has at the first connection; nothing is emitted for them.
   * Nothing is marked delivered either: a notification that arrives live meanwhile is news.
   */
  void baseline(Collection<Seen> downloads) {
    known.clear();
    for (Seen seen : downloads) {
      known.put(seen.gid(), seen);
    }
  }

  /**
   * Compares what aria2 has now with what was last known, and records it as known.
   *
   * @param downloads every download aria2 reports now
   * @return the missed notifications, in a sensible order per download, and the downloads that
   *     were last seen unfinished and that aria2 no longer knows
   */
  Reconciliation reconcile(Collection<Seen> downloads) {
    List<Missed> missed = new ArrayList<>();
    Set<String> present = new LinkedHashSet<>();
    for (Seen seen : downloads) {
      present.add(seen.gid());
      Seen before = known.get(seen.gid());
      boolean hadData = before != null && before.dataComplete();
      if (seen.bittorrent() && seen.dataComplete() && !hadData
          && btCompleted.put(seen.gid(), Boolean.TRUE) == null) {
        missed.add(new Missed(Notifications.BT_COMPLETE, seen.gid()));
      }
      Phase phaseBefore = before == null ? null : before.phase();
      if (announces(phaseBefore, seen.phase()) && enter(seen.gid(), seen.phase())) {
        missed.add(new Missed(seen.phase().announcedBy(), seen.gid()));
      }
      known.put(seen.gid(), seen);
    }
    Set<String> lost = new LinkedHashSet<>();
    known.entrySet().removeIf(entry -> {
      if (present.contains(entry.getKey())) {
        return false;
      }
      if (!entry.getValue().phase().isFinal()) {
        lost.add(entry.getKey());
      }
      return true;
    });
    return new Reconciliation(List.copyOf(missed), Set.copyOf(lost));
  }

  /** The downloads last known unfinished, which reconciling must find again. */
  Set<String> unfinished() {
    Set<String> gids = new LinkedHashSet<>();
    known.forEach((gid, seen) -> {
      if (!seen.phase().isFinal()) {
        gids.add(gid);
      }
    });
    return gids;
  }

  /**
   * Whether a change from {@code before} (null: never seen) to {@code now} would have been
   * announced: waiting has no notification, and a download first seen paused or waiting was
   * added that way, which aria2 does not announce.
   */
  private static boolean announces(Phase before, Phase now) {
    if (now.announcedBy() == null || now == before) {
      return false;
    }
    return before != null || now != Phase.PAUSED;
  }

  /** Records a phase; false if it is a final phase already delivered for this download. */
  private boolean enter(String gid, Phase phase) {
    Seen before = known.get(gid);
    boolean data = phase == Phase.COMPLETE || (before != null && before.dataComplete());
    known.put(gid, new Seen(gid, phase, before != null && before.bittorrent(), data));
    if (phase.isFinal()) {
      return finals.put(gid, phase) != phase;
    }
    if (phase == Phase.ACTIVE && finals.get(gid) == Phase.ERROR) {
      finals.remove(gid); // restarted from a session after an error: a new error is news
    }
    return true;
  }

  private static <V> Map<String, V> lru() {
    return new LinkedHashMap<>(16, 0.75f, false) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > REMEMBERED;
      }
    };
  }
}
