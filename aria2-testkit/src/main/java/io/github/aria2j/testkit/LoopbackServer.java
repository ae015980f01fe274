package io.github.aria2j.testkit;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP/1.1 server on a free port of 127.0.0.1, one thread per connection: the engine of
 * {@link TestFileServer} and {@link FakeAria2}.
 *
 * <p>It owns the sockets and the threads; a {@link Handler} answers each request and may take the
 * connection over (a WebSocket upgrade) or drop it (an injected failure). Written on plain sockets
 * rather than {@code com.sun.net.httpserver}, which can neither upgrade a connection to a
 * WebSocket nor cut a response short on purpose.
 */
final class LoopbackServer implements AutoCloseable {

  /** Answers one request on a connection. */
  @FunctionalInterface
  interface Handler {

    /**
     * Answers a request.
     *
     * @param request the request, body read
     * @param connection the connection, to write the answer to or to take over
     * @return whether the connection may carry another request
     * @throws IOException if the client went away
     */
    boolean handle(HttpWire.Request request, Connection connection) throws IOException;
  }

  /** One client connection: its buffered streams and the means to drop it. */
  static final class Connection {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    Connection(Socket socket) throws IOException {
      this.socket = socket;
      this.in = new BufferedInputStream(socket.getInputStream());
      this.out = new BufferedOutputStream(socket.getOutputStream());
    }

    /** Returns the stream the client's bytes arrive on. */
    InputStream in() {
      return in;
    }

    /** Returns the stream to the client; flush it after each answer. */
    OutputStream out() {
      return out;
    }

    /** Closes the connection at once, even in the middle of an answer. */
    void drop() {
      try {
        socket.close();
      } catch (IOException ignored) {
        // Already closed: nothing more to drop.
      }
    }
  }

  private final ServerSocket serverSocket;
  private final ExecutorService threads;
  private final Handler handler;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  private LoopbackServer(ServerSocket serverSocket, ExecutorService threads, Handler handler) {
    this.serverSocket = serverSocket;
    this.threads = threads;
    this.handler = handler;
  }

  /**
   * Starts a server on a free loopback port.
   *
   * @param name the name of its threads, for thread dumps
   * @param handler answers the requests
   * @return the running server
   * @throws UncheckedIOException if no port can be bound
   */
  static LoopbackServer start(String name, Handler handler) {
    ServerSocket serverSocket;
    try {
      serverSocket = new ServerSocket();
      serverSocket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 50);
    } catch (IOException e) {
      throw new UncheckedIOException("could not listen on 127.0.0.1: " + e.getMessage(), e);
    }
    AtomicInteger count = new AtomicInteger();
    ExecutorService threads =
        Executors.newCachedThreadPool(
            runnable -> {
              Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
              thread.setDaemon(true); // never keeps a test JVM alive
              return thread;
            });
    LoopbackServer server = new LoopbackServer(serverSocket, threads, handler);
    threads.execute(server::acceptLoop);
    return server;
  }

  /**
   * Returns the port the server listens on.
   *
   * @return the port on 127.0.0.1
   */
  int port() {
    return serverSocket.getLocalPort();
  }

  private void acceptLoop() {
    while (!closed) {
      Socket socket;
      try {
        socket = serverSocket.accept();
      } catch (IOException e) {
        return; // closed
      }
      open.add(socket);
      try {
        threads.execute(() -> serve(socket));
      } catch (RuntimeException rejected) {
        // The server is closing: the executor takes no more work.
        open.remove(socket);
        closeQuietly(socket);
      }
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      socket.setTcpNoDelay(true);
      Connection connection = new Connection(socket);
      boolean again = true;
      while (again && !closed) {
        HttpWire.Request request = HttpWire.readRequest(connection.in());
        if (request == null) {
          return; // the client closed the connection between requests
        }
        again = handler.handle(request, connection) && request.keepAlive();
        connection.out().flush();
      }
    } catch (HttpWire.BadRequestException e) {
      answerBadRequest(socket, e.getMessage());
    } catch (SocketException | UncheckedIOException gone) {
      // Closed by the client, by the handler (an injected failure), or by close().
    } catch (IOException gone) {
      // The client went away in the middle of a request or an answer.
    } finally {
      open.remove(socket);
    }
  }

  private static void answerBadRequest(Socket socket, String problem) {
    try {
      OutputStream out = socket.getOutputStream();
      HttpWire.writeText(out, 400, problem + "\n", false);
      out.flush();
    } catch (IOException ignored) {
      // The client is gone already.
    } finally {
      closeQuietly(socket);
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // Nothing left to release.
    }
  }

  /** Stops accepting, drops every open connection and ends the threads. */
  @Override
  public void close() {
    closed = true;
    try {
      serverSocket.close();
    } catch (IOException ignored) {
      // Closing a server socket only fails if it is closed already.
    }
    open.forEach(LoopbackServer::closeQuietly);
    threads.shutdownNow();
    try {
      threads.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
