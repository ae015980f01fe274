package io.github.aria2j.runtime.internal.events;

import java.util.Optional;
import java.util.Set;

/** The notification type of the events tests: what a generated client's records carry. */
record Note(String method, String gid, boolean recovered) {

  static final Set<String> KNOWN = Set.of(
      Notifications.START, Notifications.PAUSE, Notifications.STOP, Notifications.COMPLETE,
      Notifications.ERROR, Notifications.BT_COMPLETE);

  /** The factory a generated client would give: unknown methods make nothing. */
  static Optional<Note> create(String method, String gid, boolean recovered) {
    return KNOWN.contains(method) ? Optional.of(new Note(method, gid, recovered)) : Optional.empty();
  }

  static Note live(String method, String gid) {
    return new Note(method, gid, false);
  }

  static Note recovered(String method, String gid) {
    return new Note(method, gid, true);
  }
}
