package io.github.aria2j.runtime.events;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Makes a client's events on first use and closes them with the client; for generated code.
 *
 * @param <E> the generated events type
 */
public final class EventsHolder<E extends NotificationEvents<?>> implements AutoCloseable {

  private final Supplier<E> factory;
  private E events;
  private boolean closed;

  /**
   * Creates a holder.
   *
   * @param factory makes the events the first time they are asked for
   */
  public EventsHolder(Supplier<E> factory) {
    this.factory = Objects.requireNonNull(factory, "factory");
  }

  /**
   * The events, made on the first call.
   *
   * @return the events
   * @throws IllegalStateException if the holder is closed
   */
  public synchronized E get() {
    if (closed) {
      throw new IllegalStateException("the client is closed");
    }
    if (events == null) {
      events = factory.get();
    }
    return events;
  }

  /** Closes the events if they were made; later calls to {@link #get()} fail. */
  @Override
  public void close() {
    E made;
    synchronized (this) {
      closed = true;
      made = events;
    }
    if (made != null) {
      made.close();
    }
  }
}
