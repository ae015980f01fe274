package io.github.aria2j.runtime.internal.events;

import java.lang.System.Logger.Level;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/** A callback registered with {@code on(...)}: its exceptions are logged, and it keeps going. */
final class CallbackSink<E> extends Sink<E> {

  private final Consumer<? super E> callback;
  private final System.Logger logger;

  CallbackSink(
      Set<? extends Class<?>> kinds,
      Consumer<? super E> callback,
      Executor executor,
      System.Logger logger) {
    super(kinds, executor);
    this.callback = callback;
    this.logger = logger;
  }

  @Override
  boolean canDeliver() {
    return true;
  }

  @Override
  void deliver(E event) {
    try {
      callback.accept(event);
    } catch (RuntimeException | Error e) { // an Error from user code would kill the drain too
      logger.log(Level.WARNING, () -> "an event callback failed on " + event, e);
    }
  }

  @Override
  void completed() {
    // A callback has no end signal: closing the events is the end.
  }
}
