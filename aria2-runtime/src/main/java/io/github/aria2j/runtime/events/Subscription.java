package io.github.aria2j.runtime.events;

/**
 * A registered callback; closing it stops deliveries to that callback.
 *
 * <p>A callback already running finishes; events queued for it and not yet started are
 * dropped.
 */
public interface Subscription extends AutoCloseable {

  /** Stops deliveries; closing twice does nothing. */
  @Override
  void close();

  /**
   * Tells whether the callback still receives events.
   *
   * @return false once closed, or once the events it listens to have closed
   */
  boolean isActive();
}
