package io.github.aria2j.runtime.testing;

import io.github.aria2j.runtime.json.ValueWriters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;

/**
 * A small aria2 on MockWebServer WebSockets for the events tests: it keeps a list of downloads
 * that a test edits, answers {@code system.multicall} of {@code tellActive}, {@code
 * tellWaiting}, {@code tellStopped} and {@code tellStatus} from it, and pushes notifications.
 * Each connection the client opens gets the next peer from {@link #acceptNext()}.
 */
public final class ScriptedAria2 {

  private final MockWebServer server;
  private final Map<String, Map<String, Object>> downloads = new LinkedHashMap<>();
  private final BlockingQueue<WsPeer> peers = new LinkedBlockingQueue<>();
  private final List<String> methodsCalled = new ArrayList<>();

  public ScriptedAria2(MockWebServer server) {
    this.server = server;
  }

  /** Lets one more connection in; its peer is handed out by {@link #peer()}. */
  public ScriptedAria2 acceptNext() {
    WsPeer peer = WsPeer.on(server).onMessage((p, frame) -> p.send(answer(frame)));
    peers.add(peer);
    return this;
  }

  /** The peer of the oldest connection not yet taken, once the client has opened it. */
  public WsPeer peer() throws InterruptedException {
    WsPeer peer = peers.poll(5, TimeUnit.SECONDS);
    if (peer == null) {
      throw new AssertionError("no connection was accepted");
    }
    peer.socket(); // waits for the client to open it
    return peer;
  }

  /** Sets a download's status and lengths. */
  public synchronized ScriptedAria2 set(String gid, String status, long completed, long total) {
    Map<String, Object> download = new LinkedHashMap<>();
    download.put("gid", gid);
    download.put("status", status);
    download.put("totalLength", Long.toString(total));
    download.put("completedLength", Long.toString(completed));
    download.put("uploadLength", "0");
    download.put("downloadSpeed", status.equals("active") ? "1024" : "0");
    download.put("uploadSpeed", "0");
    downloads.put(gid, download);
    return this;
  }

  /** Marks a download as BitTorrent (it then has an infoHash). */
  public synchronized ScriptedAria2 bittorrent(String gid) {
    downloads.get(gid).put("infoHash", "0123456789abcdef0123456789abcdef01234567");
    return this;
  }

  /** Forgets a download, as aria2 does when its result is purged. */
  public synchronized ScriptedAria2 purge(String gid) {
    downloads.remove(gid);
    return this;
  }

  /** The methods called inside multicalls so far, in order. */
  public synchronized List<String> methodsCalled() {
    return List.copyOf(methodsCalled);
  }

  /** The text of a notification frame as aria2 sends it. */
  public static String notification(String method, String gid) {
    return "{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":[{\"gid\":\"" + gid
        + "\"}]}";
  }

  private synchronized String answer(String frame) {
    Map<String, Object> request = WsPeer.request(frame);
    Object id = request.get("id");
    if (!"system.multicall".equals(request.get("method"))) {
      return "{\"id\":" + id + ",\"jsonrpc\":\"2.0\",\"error\":{\"code\":1,\"message\":"
          + "\"not scripted\"}}";
    }
    List<Object> results = new ArrayList<>();
    for (Object entry : (List<?>) ((List<?>) request.get("params")).get(0)) {
      Map<?, ?> call = (Map<?, ?>) entry;
      String method = (String) call.get("methodName");
      methodsCalled.add(method);
      List<Object> params = new ArrayList<>((List<?>) call.get("params"));
      if (!params.isEmpty() && params.get(0) instanceof String s && s.startsWith("token:")) {
        params.remove(0);
      }
      results.add(call(method, params));
    }
    return WsPeer.result(id, ValueWriters.toJson(results, ValueWriters.ANY));
  }

  private Object call(String method, List<Object> params) {
    return switch (method) {
      case "aria2.tellActive" -> List.of(select("active"));
      case "aria2.tellWaiting" -> List.of(page(select("waiting", "paused"), params));
      case "aria2.tellStopped" -> List.of(page(select("complete", "error", "removed"), params));
      case "aria2.tellStatus" -> downloads.containsKey((String) params.get(0))
          ? List.of(downloads.get((String) params.get(0)))
          : Map.of("code", 1, "message", "GID " + params.get(0) + " is not found");
      default -> Map.of("code", 1, "message", "No such method: " + method);
    };
  }

  private List<Map<String, Object>> select(String... statuses) {
    List<Map<String, Object>> selected = new ArrayList<>();
    for (Map<String, Object> download : downloads.values()) {
      if (List.of(statuses).contains((String) download.get("status"))) {
        selected.add(Map.copyOf(download));
      }
    }
    return selected;
  }

  private static List<Map<String, Object>> page(List<Map<String, Object>> all, List<Object> p) {
    int offset = ((Number) p.get(0)).intValue();
    int num = ((Number) p.get(1)).intValue();
    return all.subList(Math.min(offset, all.size()), Math.min(offset + num, all.size()));
  }
}
