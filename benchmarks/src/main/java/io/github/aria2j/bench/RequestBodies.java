package io.github.aria2j.bench;

import io.github.aria2j.model.DownloadStatusKey;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The fixed JSON-RPC requests of the raw cases, written exactly as the client writes them
 * (envelope keys in the same order, the token first, projection keys in the enum's order), so
 * that the raw figures and the client's figures are for the same bytes on the wire.
 */
final class RequestBodies {

  private final String token;

  RequestBodies(String secret) {
    this.token = "token:" + secret;
  }

  /** {@code aria2.getVersion} with this id. */
  String getVersion(long id) {
    return envelope(id, "aria2.getVersion", quoted(token));
  }

  /** {@code aria2.tellWaiting(offset, num)}, every key. */
  String tellWaiting(int offset, int num) {
    return envelope(1, "aria2.tellWaiting", quoted(token) + "," + offset + "," + num);
  }

  /** {@code aria2.tellWaiting(offset, num, keys)}. */
  String tellWaiting(int offset, int num, Set<DownloadStatusKey> keys) {
    String names =
        Stream.of(DownloadStatusKey.values())
            .filter(keys::contains)
            .map(key -> quoted(key.wireValue()))
            .collect(Collectors.joining(",", "[", "]"));
    return envelope(1, "aria2.tellWaiting", quoted(token) + "," + offset + "," + num + "," + names);
  }

  private static String envelope(long id, String method, String params) {
    return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":["
        + params + "]}";
  }

  /** A JSON string; the values here (token, key names) need no escapes but quotes. */
  private static String quoted(String value) {
    if (value.indexOf('"') >= 0 || value.indexOf('\\') >= 0) {
      throw new IllegalArgumentException("unexpected character in " + value.length() + " chars");
    }
    return "\"" + value + "\"";
  }
}
