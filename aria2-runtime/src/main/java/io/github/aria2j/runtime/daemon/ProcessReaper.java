package io.github.aria2j.runtime.daemon;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Stops aria2c processes: one at a time on {@code close()}, and all still running when the JVM
 * shuts down.
 *
 * <p>The shutdown hook covers a normal JVM exit that skipped {@code close()}; aria2c's {@code
 * --stop-with-process} covers a JVM that dies without running hooks.
 */
final class ProcessReaper {

  /** How long the shutdown hook lets aria2c processes finish after SIGTERM. */
  private static final Duration HOOK_GRACE = Duration.ofSeconds(2);

  /** How long to wait for a process after SIGKILL, which only an unkillable process outlasts. */
  private static final Duration KILL_WAIT = Duration.ofSeconds(5);

  private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();
  private static final Object HOOK_LOCK = new Object();
  private static boolean hookInstalled;

  private ProcessReaper() {}

  /** Stops {@code process} when the JVM shuts down, unless {@link #stop} runs first. */
  static void register(Process process) {
    synchronized (HOOK_LOCK) {
      if (!hookInstalled) {
        try {
          Runtime.getRuntime()
              .addShutdownHook(new Thread(ProcessReaper::stopAll, "aria2c-shutdown"));
          hookInstalled = true;
        } catch (IllegalStateException shuttingDown) {
          // Too late for a hook; --stop-with-process still ends aria2c with the JVM.
        }
      }
    }
    RUNNING.add(process);
    // One that exits by itself needs no stopping, and should not be held on to until then.
    process.onExit().thenRun(() -> RUNNING.remove(process));
  }

  /**
   * Stops a process: SIGTERM (aria2c then saves its session if configured to), up to {@code
   * timeout} for it to exit, then SIGKILL.
   *
   * @param process the process
   * @param timeout how long it may take to exit after SIGTERM
   * @return whether it had to be killed
   */
  static boolean stop(Process process, Duration timeout) {
    boolean killed = false;
    try {
      if (process.isAlive()) {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
          process.destroyForcibly();
          killed = true;
          process.waitFor(KILL_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        }
      }
    } catch (InterruptedException e) {
      // Still make sure aria2c goes away, and let the caller see the interruption.
      process.destroyForcibly();
      killed = true;
      Thread.currentThread().interrupt();
    } finally {
      RUNNING.remove(process);
    }
    return killed;
  }

  private static void stopAll() {
    List<Process> processes = List.copyOf(RUNNING);
    // SIGTERM to all first, so they wind down side by side rather than one after another.
    processes.forEach(Process::destroy);
    long deadline = System.nanoTime() + HOOK_GRACE.toNanos();
    for (Process process : processes) {
      try {
        long remaining = deadline - System.nanoTime();
        if (!process.waitFor(Math.max(0, remaining), TimeUnit.NANOSECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }
}
