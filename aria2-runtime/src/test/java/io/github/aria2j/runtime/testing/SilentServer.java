package io.github.aria2j.runtime.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A loopback server that reads one HTTP request and never answers, optionally after sending
 * only the response headers; it notices when the client closes the connection.
 *
 * <p>MockWebServer cannot tell whether a client gave up on an exchange; this server can, which
 * is how the tests see that a cancel or a timeout really abandons the request.
 */
public final class SilentServer implements AutoCloseable {

  // Well below the tests' request timeout, so that a close is not the client giving up on its own.
  private static final long WAIT_SECONDS = 5;

  private final ServerSocket serverSocket;
  private final String headers;
  private final CountDownLatch requestRead = new CountDownLatch(1);
  private final CountDownLatch clientClosed = new CountDownLatch(1);
  private final Thread thread;
  private volatile Socket socket;

  private SilentServer(String headers) throws IOException {
    this.headers = headers;
    this.serverSocket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    this.thread = new Thread(this::serve, "silent-server");
    thread.setDaemon(true);
    thread.start();
  }

  /** A server that never sends a byte. */
  public static SilentServer neverAnswering() throws IOException {
    return new SilentServer(null);
  }

  /** A server that sends headers announcing a body, then stalls. */
  public static SilentServer stallingAfterHeaders() throws IOException {
    return new SilentServer(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json-rpc\r\nContent-Length: 100\r\n\r\n");
  }

  public URI uri() {
    return URI.create("http://127.0.0.1:" + serverSocket.getLocalPort() + "/jsonrpc");
  }

  /** Waits (boundedly) until a whole request arrived; false if none came. */
  public boolean awaitRequest() throws InterruptedException {
    return requestRead.await(WAIT_SECONDS, TimeUnit.SECONDS);
  }

  /** Waits (boundedly) until the client closed the connection; false if it did not. */
  public boolean awaitClientClose() throws InterruptedException {
    return clientClosed.await(WAIT_SECONDS, TimeUnit.SECONDS);
  }

  private void serve() {
    try (Socket accepted = serverSocket.accept()) {
      socket = accepted;
      InputStream in = accepted.getInputStream();
      readRequest(in);
      requestRead.countDown();
      if (headers != null) {
        accepted.getOutputStream().write(headers.getBytes(StandardCharsets.US_ASCII));
        accepted.getOutputStream().flush();
      }
      while (in.read() != -1) {
        // nothing more is expected; a -1 or an exception means the client is gone
      }
      clientClosed.countDown();
    } catch (IOException e) {
      clientClosed.countDown(); // a reset connection is a closed one too
    }
  }

  /** Reads headers and a Content-Length body. */
  private static void readRequest(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int c = in.read();
      if (c == -1) {
        throw new IOException("client closed before sending a request");
      }
      head.append((char) c);
    }
    int length = 0;
    for (String line : head.toString().split("\r\n")) {
      if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(line.substring("content-length:".length()).trim());
      }
    }
    in.readNBytes(length);
  }

  @Override
  public void close() throws IOException {
    serverSocket.close();
    Socket current = socket;
    if (current != null) {
      current.close();
    }
  }
}
