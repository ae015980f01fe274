package io.github.aria2j.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The wire side of {@link FakeAria2}: {@code /jsonrpc} on one loopback port, HTTP POST and
 * WebSocket, each request handed to {@link FakeRpc}; and the open WebSockets, for notifications.
 * Other paths answer 404, as aria2's do.
 */
final class FakeEndpoint implements AutoCloseable {

  private final FakeRpc rpc;
  private final Set<WebSocketSession> sessions = ConcurrentHashMap.newKeySet();
  private final Object sessionsChanged = new Object();
  private final LoopbackServer server;

  /**
   * Starts listening.
   *
   * @param rpc answers the calls
   */
  FakeEndpoint(FakeRpc rpc) {
    this.rpc = rpc;
    this.server = LoopbackServer.start("aria2j-fake-aria2", this::handle);
  }

  /** Returns the port on 127.0.0.1. */
  int port() {
    return server.port();
  }

  /** Returns how many WebSockets are open. */
  int connections() {
    return sessions.size();
  }

  /**
   * Sends a text message to every open WebSocket.
   *
   * @param text the message
   * @return how many it was sent to
   */
  int push(String text) {
    int sent = 0;
    for (WebSocketSession session : sessions) {
      try {
        session.sendText(text);
        sent++;
      } catch (IOException gone) {
        sessions.remove(session); // closed in the meantime
      }
    }
    return sent;
  }

  /**
   * Waits until at least {@code count} WebSockets are open.
   *
   * @param count the number to wait for
   * @param timeout how long to wait at most
   * @return whether that many were open in time
   * @throws InterruptedException if the thread is interrupted
   */
  boolean awaitConnections(int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (sessionsChanged) {
      while (sessions.size() < count) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
          return false;
        }
        sessionsChanged.wait(Math.max(1, remaining / 1_000_000));
      }
      return true;
    }
  }

  /** Closes the WebSockets (1001, going away) and the port. */
  @Override
  public void close() {
    sessions.forEach(session -> session.close(1001, "FakeAria2 closed"));
    server.close();
  }

  private boolean handle(HttpWire.Request request, LoopbackServer.Connection connection)
      throws IOException {
    if (!request.path().equals("/jsonrpc")) {
      HttpWire.writeBody(connection.out(), 404, "text/plain", new byte[0], request.keepAlive());
      return true;
    }
    if (WebSocketSession.isUpgrade(request)) {
      serveWebSocket(request, connection);
      return false;
    }
    if (!request.method().equals("POST")) {
      HttpWire.writeText(
          connection.out(),
          405,
          "FakeAria2 answers POST and WebSocket on /jsonrpc\n",
          request.keepAlive());
      return true;
    }
    FakeRpc.Answer answer = rpc.handle(request.body(), RecordedRequest.Transport.HTTP);
    byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
    HttpWire.writeBody(
        connection.out(), answer.status(), "application/json-rpc", body, request.keepAlive());
    return true;
  }

  private void serveWebSocket(HttpWire.Request request, LoopbackServer.Connection connection)
      throws IOException {
    WebSocketSession session = WebSocketSession.accept(request, connection, this::opened);
    if (session == null) {
      return;
    }
    try {
      session.run(
          (open, text) -> {
            byte[] body = text.getBytes(StandardCharsets.UTF_8);
            FakeRpc.Answer answer = rpc.handle(body, RecordedRequest.Transport.WEBSOCKET);
            try {
              open.sendText(answer.body());
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } finally {
      sessions.remove(session);
    }
  }

  private void opened(WebSocketSession session) {
    sessions.add(session);
    synchronized (sessionsChanged) {
      sessionsChanged.notifyAll();
    }
  }
}
