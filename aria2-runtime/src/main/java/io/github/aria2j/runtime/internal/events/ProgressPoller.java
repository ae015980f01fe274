package io.github.aria2j.runtime.internal.events;

import io.github.aria2j.runtime.events.DownloadProgress;
import io.github.aria2j.runtime.events.DownloadSnapshot;
import io.github.aria2j.runtime.rpc.RpcEngine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Polls the active and waiting downloads, with one multicall and only the keys a progress bar
 * needs, and reports each download that changed since the previous poll.
 *
 * <p>A download that left both lists since the previous poll (it finished, failed or was
 * removed) is asked for once more, in a second multicall, so that its last state is reported
 * too. Polls do not overlap: the engine starts the next one when this one is done.
 */
final class ProgressPoller {

  static final List<String> KEYS = List.of(
      "gid", "status", "totalLength", "completedLength", "uploadLength", "downloadSpeed",
      "uploadSpeed");

  private final RpcEngine engine;
  private final int pageSize;
  private final Consumer<DownloadProgress> out;
  private Map<String, DownloadSnapshot> last = Map.of();

  ProgressPoller(RpcEngine engine, int pageSize, Consumer<DownloadProgress> out) {
    this.engine = engine;
    this.pageSize = pageSize;
    this.out = out;
  }

  /** One poll; completes when its changes are reported. */
  CompletableFuture<Void> poll() {
    return new RawMulticall()
        .add("aria2.tellActive", KEYS)
        .add("aria2.tellWaiting", 0, pageSize, KEYS)
        .run(engine)
        .thenCompose(results -> {
          Map<String, DownloadSnapshot> now = new LinkedHashMap<>();
          results.forEach(result -> collect(result, now));
          return lastStates(now).thenAccept(finished -> report(now, finished));
        });
  }

  /** Asks again for the downloads that left the lists since the previous poll. */
  private CompletableFuture<Map<String, DownloadSnapshot>> lastStates(
      Map<String, DownloadSnapshot> now) {
    RawMulticall calls = new RawMulticall();
    for (String gid : last.keySet()) {
      if (!now.containsKey(gid)) {
        calls.add("aria2.tellStatus", gid, KEYS);
      }
    }
    if (calls.isEmpty()) {
      return CompletableFuture.completedFuture(Map.of());
    }
    return calls.run(engine).thenApply(results -> {
      Map<String, DownloadSnapshot> finished = new HashMap<>();
      results.forEach(result -> collect(result, finished)); // purged ones answer with an error
      return finished;
    });
  }

  private void report(Map<String, DownloadSnapshot> now, Map<String, DownloadSnapshot> finished) {
    List<DownloadProgress> changes = new ArrayList<>();
    changed(now, changes);
    changed(finished, changes);
    last = Map.copyOf(now);
    changes.forEach(out);
  }

  private void changed(Map<String, DownloadSnapshot> states, List<DownloadProgress> changes) {
    for (DownloadSnapshot current : states.values()) {
      DownloadSnapshot previous = last.get(current.gid());
      if (!current.equals(previous)) {
        changes.add(new DownloadProgress(previous, current));
      }
    }
  }

  private static void collect(Object result, Map<String, DownloadSnapshot> into) {
    for (Map<?, ?> status : RawMulticall.statuses(result)) {
      if (status.get("gid") instanceof String gid && status.get("status") instanceof String s) {
        into.putIfAbsent(gid, new DownloadSnapshot(
            gid,
            s,
            Seen.number(status.get("totalLength")),
            Seen.number(status.get("completedLength")),
            Seen.number(status.get("uploadLength")),
            Seen.number(status.get("downloadSpeed")),
            Seen.number(status.get("uploadSpeed"))));
      }
    }
  }
}
