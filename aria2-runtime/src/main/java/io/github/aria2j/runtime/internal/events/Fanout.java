package io.github.aria2j.runtime.internal.events;

import io.github.aria2j.runtime.events.Subscription;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.function.Consumer;

/**
 * One stream of events handed to many receivers: callbacks (each for some kinds, or all) and
 * reactive subscribers. Each receiver has a queue of its own drained on the executor, so none
 * waits for another and none runs on the thread that publishes.
 *
 * @param <E> the event type
 */
public final class Fanout<E> implements Flow.Publisher<E> {

  private final Executor executor;
  private final System.Logger logger;
  private final Runnable onAdded;
  private final Runnable onRemoved;
  private final List<Sink<E>> sinks = new CopyOnWriteArrayList<>();
  private volatile boolean closed;

  /**
   * Creates a stream.
   *
   * @param executor runs the deliveries
   * @param logger logs receivers that fail
   * @param onAdded told after a receiver was added
   * @param onRemoved told after a receiver was removed
   */
  Fanout(Executor executor, System.Logger logger, Runnable onAdded, Runnable onRemoved) {
    this.executor = executor;
    this.logger = logger;
    this.onAdded = onAdded;
    this.onRemoved = onRemoved;
  }

  /**
   * Registers a callback.
   *
   * @param kinds the event classes it wants, or empty for all
   * @param callback the callback
   * @return the registration
   * @throws IllegalStateException if the events are closed
   */
  public Subscription subscribe(Set<? extends Class<?>> kinds, Consumer<? super E> callback) {
    checkOpen();
    CallbackSink<E> sink = new CallbackSink<>(kinds, callback, executor, logger);
    add(sink);
    return sink;
  }

  /**
   * Subscribes a reactive subscriber; it receives {@code onError} with an {@link
   * IllegalStateException} if the events are closed.
   *
   * @param subscriber the subscriber
   */
  @Override
  public void subscribe(Flow.Subscriber<? super E> subscriber) {
    Objects.requireNonNull(subscriber, "subscriber");
    SubscriberSink<E> sink = new SubscriberSink<>(subscriber, executor, logger);
    if (closed) {
      sink.start();
      sink.close();
      subscriber.onError(new IllegalStateException("the events are closed"));
      return;
    }
    add(sink);
    sink.start();
  }

  /** Hands an event to every receiver that wants it. */
  void publish(E event) {
    for (Sink<E> sink : sinks) {
      if (sink.wants(event)) {
        sink.offer(event);
      }
    }
  }

  /** The number of receivers. */
  int size() {
    return sinks.size();
  }

  /**
   * Closes the stream: receivers get what is queued, then subscribers get {@code onComplete}.
   *
   * @return done when every receiver has finished
   */
  CompletableFuture<Void> complete() {
    closed = true;
    return CompletableFuture.allOf(
        sinks.stream().map(Sink::complete).toArray(CompletableFuture[]::new));
  }

  private void add(Sink<E> sink) {
    sink.onCancel(() -> {
      if (sinks.remove(sink)) {
        onRemoved.run();
      }
    });
    sinks.add(sink);
    if (closed) {
      sink.complete(); // complete() ran between the check and the add: it did not see this one
      return;
    }
    onAdded.run();
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("the events are closed");
    }
  }
}
