package io.github.aria2j.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The answer to a GET or HEAD of a served file: the whole file (200), one byte range (206) or an
 * unsatisfiable range (416), sent at full speed or at a fixed rate, and cut short on request.
 *
 * @param status the status code
 * @param content the file's bytes
 * @param start the first byte of the body
 * @param length the body's length
 * @param head whether the request was HEAD: headers only
 * @param size the file's size, for {@code Content-Range}
 */
record FileResponse(int status, byte[] content, int start, int length, boolean head, int size) {

  /** One range: {@code a-b}, {@code a-} or the suffix {@code -n}; several get the whole file. */
  private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

  /** A slow body goes out in this many slices a second, so the rate holds from the first byte. */
  private static final int SLICES_PER_SECOND = 20;

  /**
   * Plans the answer to a request for a file.
   *
   * @param range the request's {@code Range} header, or {@code null}
   * @param content the file's bytes
   * @param head whether the request is HEAD
   * @return the answer
   */
  static FileResponse plan(String range, byte[] content, boolean head) {
    int size = content.length;
    if (range == null) {
      return new FileResponse(200, content, 0, size, head, size);
    }
    Matcher matcher = RANGE.matcher(range.strip());
    if (!matcher.matches() || (matcher.group(1).isEmpty() && matcher.group(2).isEmpty())) {
      // Several ranges, or a unit other than bytes: a server may ignore Range (RFC 9110 14.2).
      return new FileResponse(200, content, 0, size, head, size);
    }
    long first;
    long last;
    if (matcher.group(1).isEmpty()) {
      long suffix = parse(matcher.group(2));
      first = Math.max(0, size - suffix);
      last = size - 1L;
      if (suffix == 0) {
        first = size; // unsatisfiable
      }
    } else {
      first = parse(matcher.group(1));
      last = matcher.group(2).isEmpty() ? size - 1L : Math.min(size - 1L, parse(matcher.group(2)));
    }
    if (first >= size || last < first) {
      return new FileResponse(416, content, 0, 0, head, size);
    }
    return new FileResponse(206, content, (int) first, (int) (last - first + 1), head, size);
  }

  private static long parse(String digits) {
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException tooLong) {
      return Long.MAX_VALUE;
    }
  }

  /**
   * Writes the answer.
   *
   * @param out the connection's output
   * @param keepAlive whether the connection stays open afterwards
   * @param bytesPerSecond the rate of the body, or 0 for full speed
   * @param cutAfter the number of body bytes after which to stop (the caller then drops the
   *     connection), or -1 to send the whole body
   * @return whether the whole body was sent
   * @throws IOException if the client went away
   */
  boolean write(OutputStream out, boolean keepAlive, int bytesPerSecond, long cutAfter)
      throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Accept-Ranges", "bytes");
    if (status == 416) {
      String message = "unsatisfiable range for " + size + " bytes\n";
      byte[] text = message.getBytes(StandardCharsets.UTF_8);
      headers.put("Content-Range", "bytes */" + size);
      headers.put("Content-Type", "text/plain; charset=utf-8");
      headers.put("Content-Length", Integer.toString(text.length));
      HttpWire.writeHead(out, status, headers);
      out.write(text);
      return true;
    }
    headers.put("Content-Type", "application/octet-stream");
    headers.put("Content-Length", Integer.toString(length));
    if (status == 206) {
      headers.put("Content-Range", "bytes " + start + "-" + (start + length - 1) + "/" + size);
    }
    if (!keepAlive) {
      headers.put("Connection", "close");
    }
    HttpWire.writeHead(out, status, headers);
    if (head) {
      return true;
    }
    int toSend = cutAfter < 0 ? length : (int) Math.min(length, cutAfter);
    if (bytesPerSecond <= 0) {
      out.write(content, start, toSend);
    } else {
      writeSlowly(out, toSend, bytesPerSecond);
    }
    return toSend == length;
  }

  private void writeSlowly(OutputStream out, int toSend, int bytesPerSecond) throws IOException {
    int slice = Math.max(1, bytesPerSecond / SLICES_PER_SECOND);
    long sliceNanos = TimeUnit.SECONDS.toNanos(1) * slice / bytesPerSecond;
    long next = System.nanoTime();
    for (int written = 0; written < toSend; written += slice) {
      out.write(content, start + written, Math.min(slice, toSend - written));
      out.flush(); // a client that went away is noticed here, within one slice
      next += sliceNanos;
      long wait = next - System.nanoTime();
      if (wait > 0) {
        try {
          TimeUnit.NANOSECONDS.sleep(wait);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt(); // the server is stopping
          throw new IOException("the file server is stopping", e);
        }
      }
    }
  }
}
