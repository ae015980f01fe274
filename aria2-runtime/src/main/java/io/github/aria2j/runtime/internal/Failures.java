package io.github.aria2j.runtime.internal;

import io.github.aria2j.runtime.Aria2TransportException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** What every transport needs to turn a JDK failure into a clear message. */
public final class Failures {

  private Failures() {}

  /**
   * The failure inside the wrappers that futures add.
   *
   * @param failure a failure, perhaps a {@link CompletionException} or {@link ExecutionException}
   * @return the first cause that is neither
   */
  public static Throwable unwrap(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  /**
   * The first message down the cause chain: the JDK often wraps a bare exception.
   *
   * @param failure the failure
   * @return its first non-blank message, or its class name
   */
  public static String reason(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        return t.getMessage();
      }
    }
    return failure.getClass().getSimpleName();
  }

  /**
   * The same failure again, created on the calling thread: a blocking caller then sees where it
   * made the call, whichever thread the failure was first raised on (kept as the cause).
   *
   * @param error the failure
   * @return a copy with the caller's stack
   */
  public static Aria2TransportException withCallerStack(Aria2TransportException error) {
    return new Aria2TransportException(error.method(), error.kind(), error.detail(), error);
  }
}
