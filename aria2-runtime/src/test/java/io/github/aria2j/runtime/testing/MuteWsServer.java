package io.github.aria2j.runtime.testing;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback WebSocket server that completes every opening handshake and then never sends
 * another byte: no pong, no reply, no Close. It reads and records the client's frames.
 *
 * <p>It plays an aria2 that vanished without closing its sockets (a crashed host, a NAT that
 * forgot the connection), which MockWebServer cannot: okhttp answers pings by itself.
 */
public final class MuteWsServer implements AutoCloseable {

  /** RFC 6455's GUID, appended to the client's key for {@code Sec-WebSocket-Accept}. */
  private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
  private static final int OPCODE_TEXT = 0x1;
  private static final int OPCODE_PING = 0x9;

  /**
   * One frame the client sent.
   *
   * @param connection the number of the connection it came on, from 1
   * @param opcode the frame's opcode: 1 text, 8 close, 9 ping, 10 pong
   * @param payload the unmasked payload, as UTF-8 text
   */
  public record Frame(int connection, int opcode, String payload) {

    /** Whether it is a ping. */
    public boolean isPing() {
      return opcode == OPCODE_PING;
    }

    /** Whether it is a text message (a request). */
    public boolean isText() {
      return opcode == OPCODE_TEXT;
    }
  }

  private final ServerSocket serverSocket;
  private final AtomicInteger connections = new AtomicInteger();
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
  private final BlockingQueue<Integer> ended = new LinkedBlockingQueue<>();

  /** Starts listening on a free loopback port. */
  public MuteWsServer() throws IOException {
    serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::acceptAll, "mute-ws-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** The {@code ws://} endpoint. */
  public URI endpoint() {
    return URI.create("ws://127.0.0.1:" + serverSocket.getLocalPort() + "/jsonrpc");
  }

  /** How many connections completed the handshake so far. */
  public int connectionCount() {
    return connections.get();
  }

  /** The next frame any client sent, waiting boundedly; fails if none came. */
  public Frame take() throws InterruptedException {
    Frame frame = frames.poll(10, TimeUnit.SECONDS);
    if (frame == null) {
      throw new AssertionError("the server received no frame");
    }
    return frame;
  }

  /** The next frame that is not a ping, waiting boundedly; fails if none came. */
  public Frame takeNonPing() throws InterruptedException {
    for (Frame frame = take(); ; frame = take()) {
      if (!frame.isPing()) {
        return frame;
      }
    }
  }

  /** The frames received and not taken yet, without waiting. */
  public List<Frame> drain() {
    List<Frame> rest = new ArrayList<>();
    frames.drainTo(rest);
    return rest;
  }

  /** Waits (boundedly) until the client ended a connection; its number, or fails. */
  public int awaitConnectionEnd() throws InterruptedException {
    Integer number = ended.poll(10, TimeUnit.SECONDS);
    if (number == null) {
      throw new AssertionError("no connection ended");
    }
    return number;
  }

  private void acceptAll() {
    while (!serverSocket.isClosed()) {
      Socket socket;
      try {
        socket = serverSocket.accept();
      } catch (IOException e) {
        return; // closed
      }
      sockets.add(socket);
      Thread reader = new Thread(() -> serve(socket), "mute-ws-read");
      reader.setDaemon(true);
      reader.start();
    }
  }

  private void serve(Socket socket) {
    int number = 0;
    try (socket) {
      InputStream in = socket.getInputStream();
      String key = webSocketKey(readHead(in));
      OutputStream out = socket.getOutputStream();
      out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
          + "Connection: Upgrade\r\nSec-WebSocket-Accept: " + accept(key) + "\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      number = connections.incrementAndGet();
      DataInputStream frameIn = new DataInputStream(in);
      while (true) {
        frames.add(readFrame(frameIn, number));
      }
    } catch (IOException e) {
      // the client dropped the connection (an EOF or a reset), or close() closed it
    } finally {
      if (number > 0) {
        ended.add(number);
      }
    }
  }

  private static String readHead(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int c = in.read();
      if (c == -1) {
        throw new EOFException("the client closed before the upgrade request ended");
      }
      head.append((char) c);
    }
    return head.toString();
  }

  private static String webSocketKey(String head) throws IOException {
    for (String line : head.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT)
          .equals("sec-websocket-key")) {
        return line.substring(colon + 1).trim();
      }
    }
    throw new IOException("no Sec-WebSocket-Key in the upgrade request");
  }

  private static String accept(String key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-1")
          .digest((key + GUID).getBytes(StandardCharsets.US_ASCII));
      return Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads one client frame (always masked, per RFC 6455). */
  private static Frame readFrame(DataInputStream in, int connection) throws IOException {
    int first = in.readUnsignedByte();
    int second = in.readUnsignedByte();
    long length = second & 0x7F;
    if (length == 126) {
      length = in.readUnsignedShort();
    } else if (length == 127) {
      length = in.readLong();
    }
    byte[] mask = new byte[4];
    if ((second & 0x80) != 0) {
      in.readFully(mask);
    }
    byte[] payload = new byte[Math.toIntExact(length)];
    in.readFully(payload);
    for (int i = 0; i < payload.length; i++) {
      payload[i] ^= mask[i % 4];
    }
    return new Frame(connection, first & 0x0F, new String(payload, StandardCharsets.UTF_8));
  }

  @Override
  public void close() throws IOException {
    serverSocket.close();
    for (Socket socket : sockets) {
      socket.close();
    }
  }
}
