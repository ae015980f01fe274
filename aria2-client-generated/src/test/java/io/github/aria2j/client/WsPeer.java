package io.github.aria2j.client;

import io.github.aria2j.runtime.json.ValueReaders;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * The server side of one WebSocket on MockWebServer, playing an aria2 that has no downloads: it
 * records every frame the client sends, answers each request with empty lists, and pushes what
 * the test sends. Adapted from the runtime's tests.
 */
final class WsPeer extends WebSocketListener {

  private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
  private final CompletableFuture<WebSocket> opened = new CompletableFuture<>();

  private WsPeer() {}

  /** Enqueues a WebSocket upgrade on {@code server}: the next connection gets this peer. */
  static WsPeer on(MockWebServer server) {
    WsPeer peer = new WsPeer();
    server.enqueue(new MockResponse.Builder().webSocketUpgrade(peer).build());
    return peer;
  }

  /** The next frame the client sent, waiting boundedly; fails if none came. */
  String take() throws InterruptedException {
    String frame = received.poll(10, TimeUnit.SECONDS);
    if (frame == null) {
      throw new AssertionError("the server received no frame");
    }
    return frame;
  }

  /** Sends a text frame to the client. */
  void send(String frame) {
    if (!socket().send(frame)) {
      throw new AssertionError("the server could not send: the socket is closing");
    }
  }

  private WebSocket socket() {
    try {
      return opened.get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("no WebSocket was opened", e);
    }
  }

  @Override
  public void onOpen(WebSocket webSocket, Response response) {
    opened.complete(webSocket);
  }

  /**
   * Records the frame and answers it as an aria2 without downloads: a list call gets {@code []},
   * a {@code system.multicall} gets one {@code [[]]} per entry.
   */
  @Override
  public void onMessage(WebSocket webSocket, String text) {
    received.add(text);
    Map<String, Object> request = request(text);
    String result =
        "system.multicall".equals(request.get("method"))
            ? "[" + String.join(",", Collections.nCopies(entries(text).size(), "[[]]")) + "]"
            : "[]";
    webSocket.send("{\"id\":" + request.get("id") + ",\"jsonrpc\":\"2.0\",\"result\":" + result
        + "}");
  }

  @Override
  public void onClosing(WebSocket webSocket, int code, String reason) {
    webSocket.close(code, null); // answer the client's Close
  }

  /** A frame the client sent, decoded. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> request(String frame) {
    return (Map<String, Object>) ValueReaders.fromJson(frame, ValueReaders.ANY);
  }

  /** The entries of a {@code system.multicall} frame, each a map of methodName and params. */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> entries(String frame) {
    List<Object> params = (List<Object>) request(frame).get("params");
    List<Map<String, Object>> entries = new ArrayList<>();
    for (Object entry : (List<Object>) params.get(0)) {
      entries.add((Map<String, Object>) entry);
    }
    return entries;
  }
}
