package io.github.aria2j.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The server side of one WebSocket (RFC 6455) on a {@link LoopbackServer} connection: the
 * handshake, text messages both ways (fragmented ones reassembled), pings answered, and the
 * closing handshake. Extensions such as compression are not offered.
 */
final class WebSocketSession {

  /** Receives each whole text message. */
  @FunctionalInterface
  interface Listener {

    /**
     * Handles a text message; runs on the connection's thread, one message at a time.
     *
     * @param session the session it arrived on, to answer through
     * @param text the message
     */
    void onText(WebSocketSession session, String text);
  }

  /** The GUID of RFC 6455, section 1.3, that the accept key is computed with. */
  private static final String ACCEPT_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

  /** The largest message accepted. */
  private static final int MAX_MESSAGE = 64 * 1024 * 1024;

  private static final int CONTINUATION = 0x0;
  private static final int TEXT = 0x1;
  private static final int BINARY = 0x2;
  private static final int CLOSE = 0x8;
  private static final int PING = 0x9;
  private static final int PONG = 0xA;

  private final LoopbackServer.Connection connection;
  private boolean closeSent;

  private WebSocketSession(LoopbackServer.Connection connection) {
    this.connection = connection;
  }

  /**
   * Tells whether a request asks for a WebSocket.
   *
   * @param request the request
   * @return whether it is a GET with {@code Upgrade: websocket}
   */
  static boolean isUpgrade(HttpWire.Request request) {
    return request.method().equals("GET") && request.headerHas("Upgrade", "websocket");
  }

  /**
   * Completes the handshake, or answers 400 when the request is not a valid WebSocket request.
   *
   * @param request the upgrade request
   * @param connection its connection
   * @param onOpen told of the session before its handshake answer goes out, so that nothing
   *     sent through it afterwards can be missed; sends through it wait for the answer
   * @return the open session, or {@code null} after answering 400
   * @throws IOException if the client went away
   */
  static WebSocketSession accept(
      HttpWire.Request request,
      LoopbackServer.Connection connection,
      Consumer<WebSocketSession> onOpen)
      throws IOException {
    String key = request.header("Sec-WebSocket-Key");
    if (key == null || !"13".equals(request.header("Sec-WebSocket-Version"))) {
      HttpWire.writeText(
          connection.out(), 400, "a WebSocket handshake needs a key and version 13\n", false);
      return null;
    }
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Upgrade", "websocket");
    headers.put("Connection", "Upgrade");
    headers.put("Sec-WebSocket-Accept", acceptKey(key));
    WebSocketSession session = new WebSocketSession(connection);
    synchronized (session) {
      onOpen.accept(session);
      HttpWire.writeHead(connection.out(), 101, headers);
      connection.out().flush();
    }
    return session;
  }

  private static String acceptKey(String key) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-1")
              .digest((key.strip() + ACCEPT_GUID).getBytes(StandardCharsets.ISO_8859_1));
      return Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JRE has SHA-1", e);
    }
  }

  /**
   * Reads messages until the client closes the WebSocket or the connection ends.
   *
   * @param listener receives each text message
   * @throws IOException if the connection fails or a frame is malformed
   */
  void run(Listener listener) throws IOException {
    InputStream in = connection.in();
    ByteArrayOutputStream message = new ByteArrayOutputStream();
    int messageOpcode = -1;
    while (true) {
      int first = in.read();
      if (first < 0) {
        return;
      }
      boolean fin = (first & 0x80) != 0;
      int opcode = first & 0x0F;
      byte[] payload = readPayload(in);
      switch (opcode) {
        case PING -> send(PONG, payload);
        case PONG -> {
          // An answer to nothing this side sent: ignored, as RFC 6455 allows.
        }
        case CLOSE -> {
          closeWith(payload.length >= 2 ? payload : new byte[0]);
          return;
        }
        case TEXT, BINARY, CONTINUATION -> {
          if (opcode != CONTINUATION) {
            messageOpcode = opcode;
            message.reset();
          }
          if (message.size() + (long) payload.length > MAX_MESSAGE) {
            closeWith(closePayload(1009, "message too big"));
            return;
          }
          message.writeBytes(payload);
          if (fin && messageOpcode == TEXT) {
            listener.onText(this, message.toString(StandardCharsets.UTF_8));
          }
        }
        default -> {
          closeWith(closePayload(1002, "unknown opcode " + opcode));
          return;
        }
      }
    }
  }

  private static byte[] readPayload(InputStream in) throws IOException {
    int second = read(in);
    boolean masked = (second & 0x80) != 0;
    long length = second & 0x7F;
    if (length == 126) {
      length = ((long) read(in) << 8) | read(in);
    } else if (length == 127) {
      length = 0;
      for (int i = 0; i < 8; i++) {
        length = (length << 8) | read(in);
      }
    }
    if (length < 0 || length > MAX_MESSAGE) {
      throw new IOException("WebSocket frame of " + length + " bytes is too large");
    }
    byte[] mask = masked ? in.readNBytes(4) : null;
    byte[] payload = in.readNBytes((int) length);
    if (payload.length < length || (mask != null && mask.length < 4)) {
      throw new IOException("the connection closed inside a WebSocket frame");
    }
    if (mask != null) {
      for (int i = 0; i < payload.length; i++) {
        payload[i] ^= mask[i & 3];
      }
    }
    return payload;
  }

  private static int read(InputStream in) throws IOException {
    int b = in.read();
    if (b < 0) {
      throw new IOException("the connection closed inside a WebSocket frame header");
    }
    return b;
  }

  /**
   * Sends a text message in one frame.
   *
   * @param text the message
   * @throws IOException if the connection is closed or fails
   */
  void sendText(String text) throws IOException {
    send(TEXT, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Starts the closing handshake with a status code; the client's answer ends {@link #run}.
   *
   * @param code the close status code, such as 1000
   * @param reason the reason, a few words
   */
  void close(int code, String reason) {
    try {
      closeWith(closePayload(code, reason));
    } catch (IOException gone) {
      connection.drop();
    }
  }

  private synchronized void closeWith(byte[] payload) throws IOException {
    if (!closeSent) {
      closeSent = true;
      send(CLOSE, payload);
    }
  }

  private static byte[] closePayload(int code, String reason) {
    byte[] text = reason.getBytes(StandardCharsets.UTF_8);
    byte[] payload = new byte[2 + Math.min(text.length, 123)];
    payload[0] = (byte) (code >> 8);
    payload[1] = (byte) code;
    System.arraycopy(text, 0, payload, 2, payload.length - 2);
    return payload;
  }

  private synchronized void send(int opcode, byte[] payload) throws IOException {
    OutputStream out = connection.out();
    out.write(0x80 | opcode);
    if (payload.length < 126) {
      out.write(payload.length);
    } else if (payload.length <= 0xFFFF) {
      out.write(126);
      out.write(payload.length >> 8);
      out.write(payload.length);
    } else {
      out.write(127);
      long length = payload.length;
      for (int shift = 56; shift >= 0; shift -= 8) {
        out.write((int) (length >> shift));
      }
    }
    out.write(payload);
    out.flush();
  }
}
