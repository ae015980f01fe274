package io.github.aria2j.runtime.internal.events;

import java.util.Map;

/**
 * What reconciling needs of one download, read from a {@code keys} projection of aria2's
 * status: its status, whether it is BitTorrent and whether all its data is there.
 */
record Seen(String gid, Phase phase, boolean bittorrent, boolean dataComplete) {

  /** The keys to ask aria2 for. */
  static final java.util.List<String> KEYS =
      java.util.List.of("gid", "status", "totalLength", "completedLength", "infoHash");

  /** Reads one status struct; null if it has no gid or an unknown status. */
  static Seen of(Map<?, ?> status) {
    Object gid = status.get("gid");
    Phase phase = Phase.of(status.get("status"));
    if (!(gid instanceof String) || phase == null) {
      return null;
    }
    long total = number(status.get("totalLength"));
    long completed = number(status.get("completedLength"));
    return new Seen(
        (String) gid, phase, status.containsKey("infoHash"), total > 0 && completed >= total);
  }

  /** aria2 sends numbers as strings; a missing or odd one counts as 0. */
  static long number(Object value) {
    if (value instanceof Number n) {
      return n.longValue();
    }
    if (value instanceof String s) {
      try {
        return Long.parseLong(s);
      } catch (NumberFormatException e) {
        return 0;
      }
    }
    return 0;
  }
}
