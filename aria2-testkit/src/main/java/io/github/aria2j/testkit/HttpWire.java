package io.github.aria2j.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** HTTP/1.1 on the wire: reading a request, writing a response head. */
final class HttpWire {

  /** The longest request line or header line accepted. */
  private static final int MAX_LINE = 16 * 1024;

  /** The most header lines accepted. */
  private static final int MAX_HEADERS = 200;

  /** The largest request body accepted. */
  private static final int MAX_BODY = 64 * 1024 * 1024;

  /** A request that is not HTTP/1.x, answered with 400 and a closed connection. */
  static final class BadRequestException extends IOException {

    private static final long serialVersionUID = 1L;

    BadRequestException(String message) {
      super(message);
    }
  }

  /**
   * A request as read from the wire.
   *
   * @param method the method, such as {@code GET}
   * @param path the path of the target, without the query
   * @param query the query without {@code ?}, or empty
   * @param headers the headers, names in lower case, values in arrival order
   * @param body the body, empty when there was none
   * @param keepAlive whether the client allows another request on the connection
   */
  record Request(
      String method,
      String path,
      String query,
      Map<String, List<String>> headers,
      byte[] body,
      boolean keepAlive) {

    /** Returns the first value of a header, or {@code null}; the name in any case. */
    String header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Whether a comma-separated header holds {@code token}, in any case. */
    boolean headerHas(String name, String token) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      if (values != null) {
        for (String value : values) {
          for (String part : value.split(",")) {
            if (part.strip().equalsIgnoreCase(token)) {
              return true;
            }
          }
        }
      }
      return false;
    }
  }

  private HttpWire() {}

  /**
   * Reads one request with its body.
   *
   * @param in the connection's input
   * @return the request, or {@code null} if the client closed the connection before sending one
   * @throws BadRequestException if the bytes are not an HTTP/1.x request
   * @throws IOException if the connection fails or closes in the middle of the request
   */
  static Request readRequest(InputStream in) throws IOException {
    String requestLine = readLine(in, true);
    while (requestLine != null && requestLine.isEmpty()) {
      requestLine = readLine(in, true); // tolerated: empty lines before a request (RFC 9112 2.2)
    }
    if (requestLine == null) {
      return null;
    }
    String[] parts = requestLine.split(" ");
    if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) {
      throw new BadRequestException("not an HTTP/1.x request line: " + shorten(requestLine));
    }
    Map<String, List<String>> headers = readHeaders(in);
    String target = parts[1];
    int question = target.indexOf('?');
    String path = question < 0 ? target : target.substring(0, question);
    String query = question < 0 ? "" : target.substring(question + 1);
    Request head = new Request(parts[0], path, query, headers, new byte[0], false);
    boolean http10 = parts[2].equals("HTTP/1.0");
    boolean keepAlive =
        http10
            ? head.headerHas("Connection", "keep-alive")
            : !head.headerHas("Connection", "close");
    return new Request(parts[0], path, query, headers, readBody(in, head), keepAlive);
  }

  private static Map<String, List<String>> readHeaders(InputStream in) throws IOException {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (int count = 0; ; count++) {
      String line = readLine(in, false);
      if (line.isEmpty()) {
        break;
      }
      int colon = line.indexOf(':');
      if (colon <= 0 || count >= MAX_HEADERS) {
        throw new BadRequestException("malformed header line: " + shorten(line));
      }
      String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      headers.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
    }
    headers.replaceAll((name, values) -> List.copyOf(values));
    return Collections.unmodifiableMap(headers);
  }

  private static byte[] readBody(InputStream in, Request head) throws IOException {
    if (head.headerHas("Transfer-Encoding", "chunked")) {
      return readChunked(in);
    }
    String length = head.header("Content-Length");
    if (length == null) {
      return new byte[0];
    }
    long size;
    try {
      size = Long.parseLong(length);
    } catch (NumberFormatException e) {
      throw new BadRequestException("bad Content-Length: " + shorten(length));
    }
    if (size < 0 || size > MAX_BODY) {
      throw new BadRequestException("Content-Length out of range: " + size);
    }
    return readExactly(in, (int) size);
  }

  private static byte[] readChunked(InputStream in) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String sizeLine = readLine(in, false);
      int semicolon = sizeLine.indexOf(';');
      String hex = (semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).strip();
      int size;
      try {
        size = Integer.parseInt(hex, 16);
      } catch (NumberFormatException e) {
        throw new BadRequestException("bad chunk size: " + shorten(sizeLine));
      }
      if (size < 0 || body.size() + (long) size > MAX_BODY) {
        throw new BadRequestException("chunked body too large");
      }
      if (size == 0) {
        readHeaders(in); // trailers, ignored
        return body.toByteArray();
      }
      body.writeBytes(readExactly(in, size));
      readLine(in, false); // the CRLF after the chunk
    }
  }

  private static byte[] readExactly(InputStream in, int size) throws IOException {
    byte[] bytes = in.readNBytes(size);
    if (bytes.length < size) {
      throw new IOException(
          "the connection closed after " + bytes.length + " of " + size + " bytes");
    }
    return bytes;
  }

  /**
   * Reads a line ended by LF (a CR before it is dropped), as ISO-8859-1.
   *
   * @param in the input
   * @param eofAllowed whether the end of the stream before the first byte gives {@code null}
   * @return the line, or {@code null} at the end of the stream when allowed
   * @throws IOException if the stream ends inside the line, or the line is too long
   */
  static String readLine(InputStream in, boolean eofAllowed) throws IOException {
    StringBuilder line = new StringBuilder();
    while (true) {
      int b = in.read();
      if (b < 0) {
        if (eofAllowed && line.length() == 0) {
          return null;
        }
        throw new IOException("the connection closed in the middle of a line");
      }
      if (b == '\n') {
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
          line.setLength(end - 1);
        }
        return line.toString();
      }
      if (line.length() >= MAX_LINE) {
        throw new BadRequestException("line longer than " + MAX_LINE + " characters");
      }
      line.append((char) b);
    }
  }

  /**
   * Writes a status line and headers, then the empty line.
   *
   * @param out the connection's output
   * @param status the status code
   * @param headers the headers in order
   * @throws IOException if the client went away
   */
  static void writeHead(OutputStream out, int status, Map<String, String> headers)
      throws IOException {
    StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(' ');
    head.append(reason(status)).append("\r\n");
    headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    head.append("\r\n");
    out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
  }

  /**
   * Writes a whole response with a plain-text body.
   *
   * @param out the connection's output
   * @param status the status code
   * @param text the body
   * @param keepAlive whether the connection stays open after it
   * @throws IOException if the client went away
   */
  static void writeText(OutputStream out, int status, String text, boolean keepAlive)
      throws IOException {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    writeBody(out, status, "text/plain; charset=utf-8", body, keepAlive);
  }

  /**
   * Writes a whole response with a body of the given type.
   *
   * @param out the connection's output
   * @param status the status code
   * @param contentType the body's media type
   * @param body the body
   * @param keepAlive whether the connection stays open after it
   * @throws IOException if the client went away
   */
  static void writeBody(
      OutputStream out, int status, String contentType, byte[] body, boolean keepAlive)
      throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", contentType);
    headers.put("Content-Length", Integer.toString(body.length));
    headers.put("Cache-Control", "no-cache");
    if (!keepAlive) {
      headers.put("Connection", "close");
    }
    writeHead(out, status, headers);
    out.write(body);
  }

  /**
   * Returns the reason phrase of a status code.
   *
   * @param status the code
   * @return its phrase, or {@code Status} for one without a common phrase
   */
  static String reason(int status) {
    return switch (status) {
      case 101 -> "Switching Protocols";
      case 200 -> "OK";
      case 206 -> "Partial Content";
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 416 -> "Range Not Satisfiable";
      case 500 -> "Internal Server Error";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      default -> "Status";
    };
  }

  private static String shorten(String text) {
    return text.length() <= 80 ? text : text.substring(0, 80) + "...";
  }
}
