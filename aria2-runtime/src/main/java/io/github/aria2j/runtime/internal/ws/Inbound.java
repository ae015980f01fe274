package io.github.aria2j.runtime.internal.ws;

import io.github.aria2j.runtime.internal.ws.FrameInspector.Frame;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Routes each complete message from aria2: replies to their waiting call, notifications to the
 * notification listener, anything else to the log.
 *
 * <p>Runs on the socket's reading thread, one message at a time, in arrival order.
 */
final class Inbound {

  private static final int EXCERPT_CHARS = 200;
  /** Enough of an oversized message to find an id that aria2 writes first. */
  private static final int ID_PREFIX_CHARS = 256;

  private final System.Logger logger;
  private final String secret; // null without one; masked in logged excerpts
  private final AtomicReference<Consumer<String>> notifications = new AtomicReference<>();

  Inbound(System.Logger logger, String secret) {
    this.logger = logger;
    this.secret = secret;
  }

  /** Sets the notification listener, once. */
  void onNotification(Consumer<String> listener) {
    if (!notifications.compareAndSet(null, listener)) {
      throw new IllegalStateException("a notification listener is already set");
    }
  }

  /** Routes one complete message. */
  void route(String text, byte[] utf8, PendingCalls pending) {
    Frame frame = FrameInspector.inspect(utf8);
    switch (frame.kind()) {
      case REPLY:
        if (!pending.completeAny(frame.ids(), utf8)) {
          logger.log(Level.DEBUG, () -> "dropped a reply to request id " + ids(frame)
              + ": no call is waiting for it (it timed out or was cancelled)");
        }
        break;
      case NOTIFICATION:
        notify(frame.method(), text);
        break;
      default:
        logger.log(Level.WARNING, () -> "dropped a message from aria2 that names no request ("
            + masked(frame.problem()) + "): " + excerpt(text));
    }
  }

  /** The request ids at the start of a message that is too large to read whole. */
  static long[] idsAtStart(CharSequence message) {
    CharSequence start = message.subSequence(0, Math.min(message.length(), ID_PREFIX_CHARS));
    Frame frame = FrameInspector.inspect(start.toString().getBytes(StandardCharsets.UTF_8));
    return frame.ids();
  }

  private void notify(String method, String text) {
    Consumer<String> listener = notifications.get();
    if (listener == null) {
      logger.log(Level.DEBUG, () -> "dropped the notification " + method
          + ": nothing listens to notifications");
      return;
    }
    try {
      listener.accept(text);
    } catch (RuntimeException e) { // a faulty listener must not take the socket down
      logger.log(Level.WARNING, "the notification listener failed on " + method, e);
    }
  }

  private static String ids(Frame frame) {
    long[] ids = frame.ids();
    return ids.length == 1 ? Long.toString(ids[0]) : Arrays.toString(ids);
  }

  /** Jackson's reason may quote a token of the message. */
  private String masked(String problem) {
    return secret == null ? problem : problem.replace(secret, "****");
  }

  /** The start of a message for a log line; withheld if aria2 should ever echo the secret. */
  private String excerpt(String text) {
    // Wide enough that a secret overlapping the cut is seen whole.
    int window = EXCERPT_CHARS + (secret == null ? 0 : secret.length());
    String start = text.length() > window ? text.substring(0, window) : text;
    if (secret != null && start.contains(secret)) {
      return "(not shown: it contains the secret)";
    }
    if (text.length() <= EXCERPT_CHARS) {
      return text;
    }
    return text.substring(0, EXCERPT_CHARS) + "... (" + text.length() + " characters)";
  }
}
