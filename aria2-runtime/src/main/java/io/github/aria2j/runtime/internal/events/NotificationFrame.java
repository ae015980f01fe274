package io.github.aria2j.runtime.internal.events;

import io.github.aria2j.runtime.internal.json.JacksonJson;
import io.github.aria2j.runtime.json.JsonIn;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One notification as aria2 sends it:
 * {@code {"jsonrpc":"2.0","method":"aria2.onDownloadStart","params":[{"gid":"…"}]}}.
 *
 * @param method the notification's method name
 * @param gid the download's GID
 */
record NotificationFrame(String method, String gid) {

  /** The longest part of an unreadable frame that goes into a log line. */
  private static final int SHOWN = 200;

  /**
   * Reads a frame.
   *
   * @throws IllegalArgumentException if it is not a notification with a GID, with a message
   *     that quotes at most 200 characters of it
   */
  static NotificationFrame parse(String text) {
    Object document;
    try {
      document = JacksonJson.readDocument(text.getBytes(StandardCharsets.UTF_8), JsonIn::readAny);
    } catch (RuntimeException e) {
      throw unreadable(text, "not JSON: " + e.getMessage());
    }
    if (document instanceof Map<?, ?> map
        && map.get("method") instanceof String method
        && map.get("params") instanceof List<?> params
        && !params.isEmpty()
        && params.get(0) instanceof Map<?, ?> event
        && event.get("gid") instanceof String gid) {
      return new NotificationFrame(method, gid);
    }
    throw unreadable(text, "not a notification with params [{\"gid\": …}]");
  }

  private static IllegalArgumentException unreadable(String text, String why) {
    String shown = text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
    return new IllegalArgumentException("unreadable notification (" + why + "): " + shown);
  }
}
