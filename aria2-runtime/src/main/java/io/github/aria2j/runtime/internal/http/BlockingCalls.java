package io.github.aria2j.runtime.internal.http;

import java.net.http.HttpTimeoutException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The blocking calls of one transport that are in flight: fails the body of any that outlives
 * its deadline, and lets {@code close()} stop them all.
 *
 * <p>{@code HttpRequest.timeout} only bounds the wait for the response headers, so a body that
 * stalls needs a timer of our own. Rather than one timer per call (a scheduler insertion and a
 * wake-up of the timer thread per call, then a removal), there is at most one wake-up pending,
 * armed at the earliest deadline it knows of. A call whose deadline is later than the armed
 * wake-up, which is every call but the first when they share a timeout, costs no timer work;
 * the wake-up then expires what is overdue and re-arms itself at the earliest remaining
 * deadline. So calls that finish well within their timeout cost about one wake-up per timeout
 * period, and an idle transport none.
 */
final class BlockingCalls {

  private final Set<LimitedBodySubscriber.Blocking> calls = ConcurrentHashMap.newKeySet();
  // The wake-up that keeps the chain going; an earlier one may supersede it, and a superseded
  // wake-up still runs (the shared timer cannot take tasks back) but does nothing.
  private boolean armed; // guarded by this
  private long wakeAt; // guarded by this

  /** Tracks {@code call} until {@link #remove}, failing its body if its deadline passes. */
  void add(LimitedBodySubscriber.Blocking call) {
    calls.add(call);
    long deadline = call.deadline();
    synchronized (this) {
      if (armed && wakeAt - deadline <= 0) {
        return; // the armed wake-up comes first and will re-arm for this call if needed
      }
      armed = true;
      wakeAt = deadline;
    }
    schedule(deadline);
  }

  /** Stops tracking {@code call}: it finished. */
  void remove(LimitedBodySubscriber.Blocking call) {
    calls.remove(call);
  }

  /** Aborts every call in flight with a failure from {@code failure}. */
  void abortAll(Supplier<? extends Throwable> failure) {
    calls.forEach(call -> call.abort(failure.get()));
  }

  private void schedule(long at) {
    // Runs on the JDK's shared delayer thread: no thread per call, and the sweep is short.
    CompletableFuture.delayedExecutor(
            Math.max(at - System.nanoTime(), 0), TimeUnit.NANOSECONDS, Runnable::run)
        .execute(() -> wakeUp(at));
  }

  private void wakeUp(long at) {
    long now = System.nanoTime();
    long next = 0;
    boolean pending = false;
    synchronized (this) {
      if (!armed || wakeAt != at) {
        return; // superseded by an earlier wake-up, which carried the chain on
      }
      armed = false;
      // Under the lock: a call added meanwhile is either seen here or re-arms in add().
      for (LimitedBodySubscriber.Blocking call : calls) {
        if (call.deadline() - now <= 0) {
          continue;
        }
        if (!pending || call.deadline() - next < 0) {
          next = call.deadline();
          pending = true;
        }
      }
      if (pending) {
        armed = true;
        wakeAt = next;
      }
    }
    for (LimitedBodySubscriber.Blocking call : calls) {
      if (call.deadline() - now <= 0) {
        calls.remove(call); // no second abort on a later wake-up
        call.abort(new HttpTimeoutException("the reply did not arrive in time"));
      }
    }
    if (pending) {
      schedule(next);
    }
  }
}
