package io.github.aria2j.testkit;

import io.github.aria2j.runtime.json.ValueReaders;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The answers of {@link FakeAria2} to methods no script covers.
 *
 * <p>Methods that return state answer from replies in aria2's shape stored under {@code
 * aria2-replies/}: {@code getVersion}, {@code getSessionInfo}, {@code getGlobalOption}, {@code
 * getGlobalStat}, {@code listMethods} and {@code listNotifications} as a real aria2c 1.36.0 sent
 * them; the status, file, URI, server, peer and option replies as the client's tests use them.
 * {@code tellStatus} takes the asked GID and every status reply honours its {@code keys}; {@code
 * tellWaiting} and {@code tellStopped} honour offset and count (a negative offset counting from
 * the end, newest first, like aria2). Methods that add downloads return new GIDs; those that act
 * on one GID return it; the others return {@code "OK"}, as aria2 does.
 */
final class DefaultReplies {

  private static final String DIRECTORY = "aria2-replies/";

  private static final Set<String> ECHO_GID =
      Set.of(
          "aria2.remove", "aria2.forceRemove", "aria2.pause", "aria2.forcePause", "aria2.unpause");

  private static final Set<String> RECORDED =
      Set.of(
          "aria2.getUris",
          "aria2.getFiles",
          "aria2.getServers",
          "aria2.getPeers",
          "aria2.getOption",
          "aria2.getGlobalOption",
          "aria2.getGlobalStat",
          "aria2.getVersion",
          "aria2.getSessionInfo",
          "system.listMethods",
          "system.listNotifications");

  private static final Set<String> OK =
      Set.of(
          "aria2.pauseAll",
          "aria2.forcePauseAll",
          "aria2.unpauseAll",
          "aria2.changeOption",
          "aria2.changeGlobalOption",
          "aria2.purgeDownloadResult",
          "aria2.removeDownloadResult",
          "aria2.shutdown",
          "aria2.forceShutdown",
          "aria2.saveSession");

  private static final Map<String, Object> CACHE = new ConcurrentHashMap<>();

  private final AtomicLong gids = new AtomicLong();

  /**
   * Returns a recorded reply's result.
   *
   * @param method the method's wire name
   * @return the result as read by {@link ValueReaders#ANY}: unmodifiable maps and lists
   * @throws IllegalStateException if there is no recorded reply for the method
   */
  static Object recorded(String method) {
    return CACHE.computeIfAbsent(method, DefaultReplies::load);
  }

  private static Object load(String method) {
    try (InputStream in = DefaultReplies.class.getResourceAsStream(DIRECTORY + method + ".json")) {
      if (in == null) {
        throw new IllegalStateException("no recorded reply for " + method);
      }
      return ValueReaders.fromJson(in.readAllBytes(), ValueReaders.ANY);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Answers a call.
   *
   * @param method the method's wire name, one aria2 knows
   * @param params the parameters without the secret, at least as many as the method requires
   * @return the reply
   */
  FakeReply reply(String method, List<Object> params) {
    if (RECORDED.contains(method)) {
      return FakeReply.result(recorded(method));
    }
    if (OK.contains(method)) {
      return FakeReply.result("OK");
    }
    if (ECHO_GID.contains(method)) {
      return FakeReply.result(params.get(0));
    }
    return switch (method) {
      case "aria2.addUri", "aria2.addTorrent" -> FakeReply.result(nextGid());
      case "aria2.addMetalink" -> FakeReply.result(List.of(nextGid()));
      case "aria2.changePosition" -> FakeReply.result(position(params));
      case "aria2.changeUri" -> FakeReply.result(List.of(size(params.get(2)), size(params.get(3))));
      case "aria2.tellStatus" -> FakeReply.result(status(params));
      case "aria2.tellActive" -> FakeReply.result(project(list(method), param(params, 0)));
      case "aria2.tellWaiting", "aria2.tellStopped" -> {
        List<Object> page = page(list(method), params.get(0), params.get(1));
        yield FakeReply.result(project(page, param(params, 2)));
      }
      default ->
          FakeReply.error(1, "FakeAria2 has no default reply for " + method + ": script one");
    };
  }

  /** A new GID: 16 hex digits starting with {@code fa4e}, counting up. */
  private String nextGid() {
    return String.format("fa4e%012x", gids.incrementAndGet());
  }

  private static Object position(List<Object> params) {
    Object pos = params.get(1);
    boolean set = "POS_SET".equals(params.get(2));
    return set && pos instanceof Long value ? Math.max(0, value) : 0L;
  }

  private static long size(Object list) {
    return list instanceof Collection<?> values ? values.size() : 0;
  }

  private static Object param(List<Object> params, int index) {
    return index < params.size() ? params.get(index) : null;
  }

  private static Object status(List<Object> params) {
    Map<String, Object> status = new LinkedHashMap<>(map(recorded("aria2.tellStatus")));
    status.put("gid", params.get(0));
    return project(List.of(status), param(params, 1)).get(0);
  }

  private static List<Object> list(String method) {
    return new ArrayList<>((List<?>) recorded(method));
  }

  /** aria2's paging: from {@code offset} on, or from the end backwards for a negative one. */
  private static List<Object> page(List<Object> all, Object offsetParam, Object numParam) {
    long offset = offsetParam instanceof Long value ? value : 0;
    long num = numParam instanceof Long value ? Math.max(0, value) : 0;
    List<Object> page = new ArrayList<>();
    if (offset >= 0) {
      for (long i = offset; i < all.size() && page.size() < num; i++) {
        page.add(all.get((int) i));
      }
    } else {
      for (long i = all.size() + offset; i >= 0 && page.size() < num; i--) {
        if (i < all.size()) {
          page.add(all.get((int) i));
        }
      }
    }
    return page;
  }

  /** Keeps only the asked keys of each status, as aria2 does; no keys (or none given) = all. */
  private static List<Object> project(List<Object> statuses, Object keys) {
    if (!(keys instanceof List<?> wanted) || wanted.isEmpty()) {
      return statuses;
    }
    List<Object> projected = new ArrayList<>();
    for (Object status : statuses) {
      Map<String, Object> kept = new LinkedHashMap<>();
      map(status).forEach((key, value) -> {
        if (wanted.contains(key)) {
          kept.put(key, value);
        }
      });
      projected.add(kept);
    }
    return projected;
  }

  @SuppressWarnings("unchecked") // ValueReaders.ANY reads objects as maps with String keys
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }
}
