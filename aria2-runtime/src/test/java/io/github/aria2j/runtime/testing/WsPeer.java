package io.github.aria2j.runtime.testing;

import io.github.aria2j.runtime.json.ValueReaders;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * The server side of one WebSocket on MockWebServer, playing aria2: it records every frame the
 * client sends and answers as the test says.
 */
public final class WsPeer extends WebSocketListener {

  private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
  private final CompletableFuture<WebSocket> opened = new CompletableFuture<>();
  private final CompletableFuture<String> clientClose = new CompletableFuture<>();
  private final CompletableFuture<Integer> closed = new CompletableFuture<>();
  private volatile BiConsumer<WsPeer, String> onMessage = (peer, frame) -> {};

  private WsPeer() {}

  /** Enqueues a WebSocket upgrade on {@code server}: the next connection gets this peer. */
  public static WsPeer on(MockWebServer server) {
    WsPeer peer = new WsPeer();
    server.enqueue(new MockResponse.Builder().webSocketUpgrade(peer).build());
    return peer;
  }

  /** The {@code ws://} (or, after {@code useHttps}, {@code wss://}) endpoint of {@code server}. */
  public static URI endpoint(MockWebServer server, boolean secure) {
    return URI.create((secure ? "wss://" : "ws://") + server.getHostName() + ":"
        + server.getPort() + "/jsonrpc");
  }

  /** Answers every request with {@code result} (raw JSON), under the request's id. */
  public WsPeer answering(String result) {
    return onMessage((peer, frame) -> peer.send(result(idOf(frame), result)));
  }

  /** Runs {@code action} on every frame received, on the server's reading thread. */
  public WsPeer onMessage(BiConsumer<WsPeer, String> action) {
    this.onMessage = action;
    return this;
  }

  /** The next frame the client sent, waiting boundedly; fails if none came. */
  public String take() throws InterruptedException {
    String frame = received.poll(5, TimeUnit.SECONDS);
    if (frame == null) {
      throw new AssertionError("the server received no frame");
    }
    return frame;
  }

  /** Sends a text frame to the client. */
  public void send(String frame) {
    if (!socket().send(frame)) {
      throw new AssertionError("the server could not send: the socket is closing");
    }
  }

  /** Closes the socket with a Close frame, as aria2 does when it shuts down. */
  public void close(int code, String reason) {
    socket().close(code, reason);
  }

  /** Drops the TCP connection without a Close frame. */
  public void cancel() {
    socket().cancel();
  }

  /** The status code and reason of the client's Close frame, as {@code "1000 "}. */
  public String awaitClientClose() throws Exception {
    return clientClose.get(10, TimeUnit.SECONDS);
  }

  /** Waits until the close handshake is over, whoever started it. */
  public void awaitClosed() throws Exception {
    closed.get(10, TimeUnit.SECONDS);
  }

  /** The server's side of the socket, once the client has connected. */
  public WebSocket socket() {
    try {
      return opened.get(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("no WebSocket was opened", e);
    }
  }

  @Override
  public void onOpen(WebSocket webSocket, Response response) {
    opened.complete(webSocket);
  }

  @Override
  public void onMessage(WebSocket webSocket, String text) {
    received.add(text);
    onMessage.accept(this, text);
  }

  @Override
  public void onClosing(WebSocket webSocket, int code, String reason) {
    clientClose.complete(code + " " + reason);
    webSocket.close(code, null); // answer the client's Close
  }

  @Override
  public void onClosed(WebSocket webSocket, int code, String reason) {
    closed.complete(code);
  }

  @Override
  public void onFailure(WebSocket webSocket, Throwable t, Response response) {
    clientClose.completeExceptionally(t);
    closed.complete(-1);
  }

  /** A reply with aria2's key order. */
  public static String result(Object id, String resultJson) {
    return "{\"id\":" + id + ",\"jsonrpc\":\"2.0\",\"result\":" + resultJson + "}";
  }

  /** The request id of a frame the client sent. */
  public static long idOf(String frame) {
    return (Long) request(frame).get("id");
  }

  /** A frame the client sent, decoded. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> request(String frame) {
    return (Map<String, Object>) ValueReaders.fromJson(frame, ValueReaders.ANY);
  }

  /** The params of a frame the client sent. */
  @SuppressWarnings("unchecked")
  public static List<Object> params(String frame) {
    return (List<Object>) request(frame).get("params");
  }
}
