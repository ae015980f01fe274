package io.github.aria2j.testkit;

import io.github.aria2j.client.Aria2Client;
import io.github.aria2j.model.DownloadState;
import io.github.aria2j.model.DownloadStatus;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assertions;

/**
 * Waits in tests for aria2's state to change, by polling with a deadline; a wait that runs out
 * fails the test with what was awaited and the last value seen.
 *
 * <pre>{@code
 * String gid = aria2.addUri(List.of(file.uri().toString()));
 * DownloadStatus done = Aria2Await.finished(aria2, gid, Duration.ofSeconds(30));
 * assertEquals(DownloadState.COMPLETE, done.status());
 * }</pre>
 */
public final class Aria2Await {

  /** How often the state is polled. */
  private static final long POLL_MILLIS = 50;

  private static final Set<DownloadState> FINISHED =
      Set.of(DownloadState.COMPLETE, DownloadState.ERROR, DownloadState.REMOVED);

  private Aria2Await() {}

  /**
   * Waits until a download has stopped: complete, failed or removed.
   *
   * @param aria2 the client
   * @param gid the download's GID
   * @param timeout how long to wait at most
   * @return the download's status once stopped
   * @throws org.opentest4j.AssertionFailedError if it has not stopped in time
   */
  public static DownloadStatus finished(Aria2Client aria2, String gid, Duration timeout) {
    return until(
        "download " + gid + " to finish",
        () -> aria2.tellStatus(gid),
        status -> FINISHED.contains(status.status()),
        timeout);
  }

  /**
   * Waits until a download is in a given state.
   *
   * @param aria2 the client
   * @param gid the download's GID
   * @param state the state to wait for
   * @param timeout how long to wait at most
   * @return the download's status in that state
   * @throws org.opentest4j.AssertionFailedError if it is not in that state in time
   */
  public static DownloadStatus status(
      Aria2Client aria2, String gid, DownloadState state, Duration timeout) {
    return until(
        "download " + gid + " to be " + state,
        () -> aria2.tellStatus(gid),
        status -> status.status() == state,
        timeout);
  }

  /**
   * Waits until at least {@code bytes} of a download have arrived.
   *
   * @param aria2 the client
   * @param gid the download's GID
   * @param bytes the completed length to wait for
   * @param timeout how long to wait at most
   * @return the download's status with at least that completed length
   * @throws org.opentest4j.AssertionFailedError if not that much arrived in time
   */
  public static DownloadStatus progress(
      Aria2Client aria2, String gid, long bytes, Duration timeout) {
    return until(
        "download " + gid + " to reach " + bytes + " bytes",
        () -> aria2.tellStatus(gid),
        status -> status.completedLength() >= bytes,
        timeout);
  }

  /**
   * Calls {@code probe} until {@code done} accepts its value or the timeout passes.
   *
   * @param what what is awaited, for the failure message
   * @param probe reads the current value
   * @param done tells whether a value is the one awaited
   * @param timeout how long to wait at most
   * @param <T> the type of the value
   * @return the accepted value
   * @throws org.opentest4j.AssertionFailedError naming what was awaited and the last value seen,
   *     when the timeout passes or the thread is interrupted
   */
  public static <T> T until(
      String what, Supplier<T> probe, Predicate<? super T> done, Duration timeout) {
    Objects.requireNonNull(what, "what");
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      T value = probe.get();
      if (done.test(value)) {
        return value;
      }
      if (System.nanoTime() - deadline > 0) {
        return Assertions.fail(
            "timed out after " + timeout + " waiting for " + what + "; last seen: " + value);
      }
      try {
        TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Assertions.fail("interrupted while waiting for " + what, e);
      }
    }
  }
}
