package io.github.aria2j.runtime.internal.events;

/**
 * aria2's download statuses, and the notification each one is announced by. This mapping is
 * aria2's behaviour, not the schema's: a newer aria2 with new statuses needs a new runtime.
 */
enum Phase {
  ACTIVE("active", Notifications.START),
  WAITING("waiting", null),
  PAUSED("paused", Notifications.PAUSE),
  ERROR("error", Notifications.ERROR),
  COMPLETE("complete", Notifications.COMPLETE),
  REMOVED("removed", Notifications.STOP);

  private final String status;
  private final String announcedBy;

  Phase(String status, String announcedBy) {
    this.status = status;
    this.announcedBy = announcedBy;
  }

  /** The phase of aria2's status text; null for an unknown one. */
  static Phase of(Object status) {
    for (Phase phase : values()) {
      if (phase.status.equals(status)) {
        return phase;
      }
    }
    return null;
  }

  /** The phase a notification leads to; null for the BitTorrent one and unknown ones. */
  static Phase after(String notification) {
    for (Phase phase : values()) {
      if (notification.equals(phase.announcedBy)) {
        return phase;
      }
    }
    return null;
  }

  /** The notification that announces this phase; null for {@code waiting}, which has none. */
  String announcedBy() {
    return announcedBy;
  }

  /** True for the phases a download does not leave: error, complete, removed. */
  boolean isFinal() {
    return this == ERROR || this == COMPLETE || this == REMOVED;
  }
}
