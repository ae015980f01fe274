package io.github.aria2j.runtime.internal.events;

import io.github.aria2j.runtime.rpc.RpcEngine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Reads the state of every download aria2 has, for reconciling: {@code tellActive} and paged
 * {@code tellWaiting}/{@code tellStopped}, asking only for {@link Seen#KEYS}, one multicall a
 * round of pages. Downloads that should be there but were not listed (they moved between
 * lists while the pages were read) are then asked for one by one, in one more multicall.
 */
final class StateQuery {

  private final RpcEngine engine;
  private final int pageSize;
  private final Map<String, Seen> found = new LinkedHashMap<>();

  private StateQuery(RpcEngine engine, int pageSize) {
    this.engine = engine;
    this.pageSize = pageSize;
  }

  /**
   * Reads the states.
   *
   * @param expected downloads that must be looked up one by one if the lists lack them
   * @return every download found, by GID
   */
  static CompletableFuture<Map<String, Seen>> read(
      RpcEngine engine, int pageSize, Set<String> expected) {
    StateQuery query = new StateQuery(engine, pageSize);
    return query.round(0, 0, true).thenCompose(done -> query.lookUp(expected));
  }

  /** Reads one page of each list still being read, then the next round if one was full. */
  private CompletableFuture<Void> round(int waitingOffset, int stoppedOffset, boolean first) {
    boolean waiting = waitingOffset >= 0;
    boolean stopped = stoppedOffset >= 0;
    RawMulticall calls = new RawMulticall();
    if (first) {
      calls.add("aria2.tellActive", Seen.KEYS);
    }
    if (waiting) {
      calls.add("aria2.tellWaiting", waitingOffset, pageSize, Seen.KEYS);
    }
    if (stopped) {
      calls.add("aria2.tellStopped", stoppedOffset, pageSize, Seen.KEYS);
    }
    return calls.run(engine).thenCompose(results -> {
      int index = 0;
      if (first) {
        take(results.get(index++));
      }
      int nextWaiting = waiting ? next(waitingOffset, take(results.get(index++))) : -1;
      int nextStopped = stopped ? next(stoppedOffset, take(results.get(index))) : -1;
      if (nextWaiting < 0 && nextStopped < 0) {
        return CompletableFuture.completedFuture(null);
      }
      return round(nextWaiting, nextStopped, false);
    });
  }

  /** The next page's offset, or -1 if this page was the last. */
  private int next(int offset, int count) {
    return count < pageSize ? -1 : offset + count;
  }

  private int take(Object result) {
    List<Map<?, ?>> statuses = RawMulticall.statuses(result);
    for (Map<?, ?> status : statuses) {
      Seen seen = Seen.of(status);
      if (seen != null) {
        found.putIfAbsent(seen.gid(), seen);
      }
    }
    return statuses.size();
  }

  private CompletableFuture<Map<String, Seen>> lookUp(Set<String> expected) {
    RawMulticall calls = new RawMulticall();
    for (String gid : expected) {
      if (!found.containsKey(gid)) {
        calls.add("aria2.tellStatus", gid, Seen.KEYS);
      }
    }
    if (calls.isEmpty()) {
      return CompletableFuture.completedFuture(found);
    }
    return calls.run(engine).thenApply(results -> {
      results.forEach(this::take); // an unknown GID answers with an error: it stays missing
      return found;
    });
  }
}
