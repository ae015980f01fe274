package io.github.aria2j.runtime.testing;

import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link System.Logger} that keeps every message logged at any level, formatted as {@code
 * "LEVEL message [thrown]"}, so that tests can check what was logged and that no secret was.
 */
public final class RecordingLogger implements System.Logger {

  private final List<String> messages = new CopyOnWriteArrayList<>();

  /**
   * The messages logged so far, in order; the list grows as more are logged.
   *
   * @return the live list
   */
  public List<String> messages() {
    return messages;
  }

  @Override
  public String getName() {
    return "recording";
  }

  @Override
  public boolean isLoggable(Level level) {
    return true;
  }

  @Override
  public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
    messages.add(level + " " + message + (thrown == null ? "" : " " + thrown));
  }

  @Override
  public void log(Level level, ResourceBundle bundle, String format, Object... params) {
    messages.add(level + " " + format);
  }
}
