package io.github.aria2j.runtime.internal.ws;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The deadlines of one transport's asynchronous calls, checked by one periodic tick instead of
 * a timer per call.
 *
 * <p>A timer per call puts every call twice through the JDK's single delayer queue (arm and
 * cancel, O(log n) each), which at thousands of calls in flight costs more than the JSON.
 * Here calls are grouped by timeout: within a group, deadlines grow in the order calls are
 * watched, so each tick only looks at the head of each group. Calls that ended otherwise are
 * dropped when they reach the head; until then they hold a small entry, not their request or
 * reply. A call may fail up to one tick after its deadline.
 *
 * <p>The tick runs on the JDK's delayer thread while any call is watched, and stops when none
 * is: it only finds expired calls, whose failure {@link PendingCall} hands to the executor.
 */
final class Deadlines {

  /** How often deadlines are checked: the slack of a timeout. */
  static final long TICK_MILLIS = 20;
  /** Longer timeouts are cut to this (73 years), so that deadlines never overflow. */
  private static final long MAX_NANOS = Long.MAX_VALUE / 4;

  /** One watched call; {@code call} is cleared when the call ends, so it can be collected. */
  static final class Entry {
    final long deadline;
    volatile PendingCall call;

    Entry(long deadline, PendingCall call) {
      this.deadline = deadline;
      this.call = call;
    }
  }

  // Keyed by timeout in nanoseconds. Each deque is only touched inside compute/computeIfPresent
  // on its key, under the map's lock for that key; empty deques are removed, so timeouts that
  // vary from call to call do not pile up.
  private final ConcurrentHashMap<Long, ArrayDeque<Entry>> groups = new ConcurrentHashMap<>();
  private final AtomicBoolean ticking = new AtomicBoolean();
  private final Executor timer =
      CompletableFuture.delayedExecutor(TICK_MILLIS, TimeUnit.MILLISECONDS, Runnable::run);
  private final WsFailures failures;

  Deadlines(WsFailures failures) {
    this.failures = failures;
  }

  /** A timeout in nanoseconds, cut to a bound that cannot overflow a deadline. */
  static long nanos(Duration timeout) {
    if (timeout.compareTo(Duration.ofNanos(MAX_NANOS)) >= 0) {
      return MAX_NANOS;
    }
    return Math.max(0, timeout.toNanos());
  }

  /** Fails {@code call} with TIMEOUT once its request's timeout has passed, unless it ended. */
  void watch(PendingCall call) {
    long timeout = nanos(call.timeout());
    groups.compute(timeout, (key, group) -> {
      ArrayDeque<Entry> entries = group == null ? new ArrayDeque<>() : group;
      // Taken under the group's lock, so deadlines in a group never decrease.
      Entry entry = new Entry(System.nanoTime() + key, call);
      entries.addLast(entry);
      call.watchedBy(entry);
      return entries;
    });
    // After the add: a tick that is stopping sees the group, or this starts the next tick.
    if (ticking.compareAndSet(false, true)) {
      timer.execute(this::tick);
    }
  }

  /** The number of entries not yet dropped, for tests. */
  int size() {
    int size = 0;
    for (Long key : groups.keySet()) {
      ArrayDeque<Entry> group = groups.computeIfPresent(key, (k, entries) -> entries);
      size += group == null ? 0 : group.size();
    }
    return size;
  }

  private void tick() {
    long now = System.nanoTime();
    List<PendingCall> expired = new ArrayList<>(0);
    for (Long key : groups.keySet()) {
      groups.computeIfPresent(key, (k, entries) -> {
        for (Entry head = entries.peekFirst(); head != null; head = entries.peekFirst()) {
          PendingCall call = head.call;
          boolean live = call != null && !call.isDone();
          if (live && now - head.deadline < 0) {
            break; // the rest of this group expires later still
          }
          entries.pollFirst();
          if (live) {
            expired.add(call);
          }
        }
        return entries.isEmpty() ? null : entries;
      });
    }
    try {
      // Outside the map's locks: failing a call runs code of its own.
      for (PendingCall call : expired) {
        call.fail(failures.timeout(call.request()));
      }
    } finally { // whatever a failure threw, later deadlines must still be checked
      ticking.set(false);
      if (!groups.isEmpty() && ticking.compareAndSet(false, true)) {
        timer.execute(this::tick);
      }
    }
  }
}
