package io.github.aria2j.runtime.internal.events;

import java.lang.System.Logger.Level;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A reactive subscriber: events go out as it requests them, the rest wait in the queue. A
 * subscriber that throws is cancelled, as the reactive-streams rules ask.
 */
final class SubscriberSink<E> extends Sink<E> implements Flow.Subscription {

  private final Flow.Subscriber<? super E> subscriber;
  private final System.Logger logger;
  private final AtomicLong demand = new AtomicLong();

  SubscriberSink(Flow.Subscriber<? super E> subscriber, Executor executor, System.Logger logger) {
    super(Set.of(), executor);
    this.subscriber = subscriber;
    this.logger = logger;
  }

  /** Calls {@code onSubscribe}, on the caller's thread as the reactive rules allow. */
  void start() {
    try {
      subscriber.onSubscribe(this);
    } catch (RuntimeException e) {
      logger.log(Level.WARNING, "a subscriber failed in onSubscribe; cancelling it", e);
      close();
    }
  }

  @Override
  public void request(long n) {
    if (n <= 0) {
      close();
      try {
        subscriber.onError(new IllegalArgumentException(
            "request(n) needs a positive n (reactive-streams rule 3.9), was " + n));
      } catch (RuntimeException e) {
        logger.log(Level.WARNING, "a subscriber failed in onError", e);
      }
      return;
    }
    demand.accumulateAndGet(n, (a, b) -> a + b < 0 ? Long.MAX_VALUE : a + b);
    schedule();
  }

  @Override
  public void cancel() {
    close();
  }

  @Override
  boolean canDeliver() {
    return demand.get() > 0;
  }

  @Override
  void deliver(E event) {
    demand.decrementAndGet();
    try {
      subscriber.onNext(event);
    } catch (RuntimeException e) {
      logger.log(Level.WARNING, () -> "a subscriber failed on " + event + "; cancelling it", e);
      close();
    }
  }

  @Override
  void completed() {
    try {
      subscriber.onComplete();
    } catch (RuntimeException e) {
      logger.log(Level.WARNING, "a subscriber failed in onComplete", e);
    }
  }
}
