package io.github.aria2j.runtime.internal.events;

import io.github.aria2j.runtime.events.Subscription;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One receiver of a {@link Fanout}: its own queue, drained on the executor one event at a time,
 * so that a slow receiver holds up nobody else and each sees its events in order.
 *
 * <p>Events are buffered without bound: aria2 cannot be asked to slow down, and dropping an
 * event would lose a completion.
 *
 * @param <E> the event type
 */
abstract class Sink<E> implements Subscription {

  /** Set on a thread while it hands an event to a receiver. */
  private static final ThreadLocal<Boolean> DELIVERING = ThreadLocal.withInitial(() -> false);

  private final Set<? extends Class<?>> kinds;
  private final Executor executor;
  private final Queue<E> queue = new ConcurrentLinkedQueue<>();
  // Drain tasks scheduled or running; the one that takes it from 0 runs the drain.
  private final AtomicInteger work = new AtomicInteger();
  private final CompletableFuture<Void> finished = new CompletableFuture<>();
  private volatile boolean cancelled;
  private volatile boolean completing;
  private Runnable onCancel = () -> {};

  Sink(Set<? extends Class<?>> kinds, Executor executor) {
    this.kinds = kinds;
    this.executor = executor;
  }

  void onCancel(Runnable action) {
    this.onCancel = action;
  }

  /** True if this sink takes the event: it listens to all kinds, or to the event's. */
  final boolean wants(E event) {
    if (kinds.isEmpty()) {
      return true;
    }
    for (Class<?> kind : kinds) {
      if (kind.isInstance(event)) {
        return true;
      }
    }
    return false;
  }

  final void offer(E event) {
    if (!cancelled && !completing) {
      queue.add(event);
      schedule();
    }
  }

  /** Delivers what is queued, then completes; the future is done when that has run. */
  final CompletableFuture<Void> complete() {
    completing = true;
    schedule();
    return finished;
  }

  @Override
  public final void close() {
    if (!cancelled) {
      cancelled = true;
      queue.clear();
      onCancel.run();
      schedule(); // finishes the future once a running delivery returns
    }
  }

  @Override
  public final boolean isActive() {
    return !cancelled && !finished.isDone();
  }

  final void schedule() {
    if (work.getAndIncrement() == 0) {
      try {
        executor.execute(this::drain);
      } catch (RejectedExecutionException e) {
        work.set(0);
        cancelled = true;
        finished.complete(null);
      }
    }
  }

  private void drain() {
    int missed = 1;
    do {
      E next;
      while (!cancelled && canDeliver() && (next = queue.poll()) != null) {
        DELIVERING.set(true);
        try {
          deliver(next);
        } finally {
          DELIVERING.set(false);
        }
      }
      if (!finished.isDone() && (cancelled || (completing && queue.isEmpty()))) {
        if (!cancelled) {
          completed();
        }
        finished.complete(null);
      }
      missed = work.addAndGet(-missed);
    } while (missed != 0);
  }

  /** True if the calling thread is running a receiver, such as a callback that closes the events. */
  static boolean delivering() {
    return DELIVERING.get();
  }

  /** True if the receiver can take an event now (reactive demand). */
  abstract boolean canDeliver();

  /** Hands one event to the receiver; never throws. */
  abstract void deliver(E event);

  /** Tells the receiver that no more events will come; never throws. */
  abstract void completed();
}
