package io.github.aria2j.runtime.internal.events;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads of the events: daemon threads, so that events left open do not keep the JVM
 * alive, named so that a thread dump says what they are.
 */
final class EventThreads {

  private EventThreads() {}

  /** The one thread that runs the events' state machine, timers included. */
  static ScheduledThreadPoolExecutor control() {
    ScheduledThreadPoolExecutor control =
        new ScheduledThreadPoolExecutor(1, named("aria2j-events"));
    control.setRemoveOnCancelPolicy(true);
    return control;
  }

  /** Threads for callbacks, as many as callbacks run at once. */
  static ExecutorService callbacks() {
    return Executors.newCachedThreadPool(named("aria2j-event-callback"));
  }

  /**
   * Hands work to the control thread; once the events are closed it is refused, and there is
   * nothing left to do.
   */
  static void execute(Executor control, Runnable task, System.Logger logger) {
    try {
      control.execute(task);
    } catch (RejectedExecutionException e) {
      logger.log(System.Logger.Level.DEBUG, "the events are closed; dropping work for them");
    }
  }

  private static ThreadFactory named(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
