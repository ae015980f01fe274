package io.github.aria2j.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves one generated file over HTTP on the loopback interface, so that the example downloads
 * something real without a network. Answers {@code HEAD} and {@code GET}, with single byte ranges
 * ({@code Range: bytes=a-b}), which aria2 uses to split a download.
 */
final class LoopbackFileServer implements AutoCloseable {

  private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d*)");

  private final HttpServer server;
  private final byte[] content;
  private final String name;

  private LoopbackFileServer(HttpServer server, byte[] content, String name) {
    this.server = server;
    this.content = content;
    this.name = name;
  }

  /**
   * Starts serving {@code size} bytes of fixed pseudo-random content as {@code /name}.
   *
   * @param name the file name in the URI
   * @param size the file size in bytes
   * @return the running server
   * @throws IOException if no loopback port can be bound
   */
  static LoopbackFileServer start(String name, int size) throws IOException {
    byte[] content = new byte[size];
    new Random(size).nextBytes(content); // fixed seed: the same file every run
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    LoopbackFileServer files = new LoopbackFileServer(server, content, name);
    server.createContext("/", files::handle);
    server.start();
    return files;
  }

  /**
   * The URI of the served file.
   *
   * @return {@code http://127.0.0.1:<port>/<name>}
   */
  URI uri() {
    InetSocketAddress address = server.getAddress();
    return URI.create(
        "http://" + address.getAddress().getHostAddress() + ":" + address.getPort() + "/" + name);
  }

  /**
   * The served bytes, to check the download against.
   *
   * @return the content (not a copy)
   */
  byte[] content() {
    return content;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestURI().getPath().equals("/" + name)) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      long first = 0;
      long last = content.length - 1L;
      int status = 200;
      String range = exchange.getRequestHeaders().getFirst("Range");
      Matcher matcher = range == null ? null : RANGE.matcher(range);
      if (matcher != null && matcher.matches()) {
        first = Long.parseLong(matcher.group(1));
        if (!matcher.group(2).isEmpty()) {
          last = Math.min(last, Long.parseLong(matcher.group(2)));
        }
        if (first > last) {
          exchange.getResponseHeaders().set("Content-Range", "bytes */" + content.length);
          exchange.sendResponseHeaders(416, -1);
          return;
        }
        status = 206;
        exchange
            .getResponseHeaders()
            .set("Content-Range", "bytes " + first + "-" + last + "/" + content.length);
      }
      long length = last - first + 1;
      exchange.getResponseHeaders().set("Accept-Ranges", "bytes");
      exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
      boolean head = exchange.getRequestMethod().equals("HEAD");
      // Content-Length is set for HEAD too: aria2 reads the size from it.
      exchange.getResponseHeaders().set("Content-Length", Long.toString(length));
      exchange.sendResponseHeaders(status, head ? -1 : length);
      if (!head) {
        try (OutputStream body = exchange.getResponseBody()) {
          body.write(content, (int) first, (int) length);
        }
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
