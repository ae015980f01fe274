package io.github.aria2j.runtime.internal.events;

/** The names of aria2's notifications that reconciling reasons about. */
final class Notifications {

  static final String START = "aria2.onDownloadStart";
  static final String PAUSE = "aria2.onDownloadPause";
  static final String STOP = "aria2.onDownloadStop";
  static final String COMPLETE = "aria2.onDownloadComplete";
  static final String ERROR = "aria2.onDownloadError";
  static final String BT_COMPLETE = "aria2.onBtDownloadComplete";

  private Notifications() {}
}
