package io.github.aria2j.runtime.internal.http;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Bounds how long a future may stay incomplete. */
final class Deadlines {

  private Deadlines() {}

  /**
   * Completes {@code future} with {@code error} if it is still incomplete after {@code timeout}.
   *
   * <p>Built on {@link CompletableFuture#orTimeout}, whose timer is removed as soon as the
   * future completes, so finished calls do not linger in the scheduler until their deadline.
   */
  static void failAfter(
      CompletableFuture<?> future, Duration timeout, Supplier<? extends Throwable> error) {
    CompletableFuture<Void> timer =
        new CompletableFuture<Void>().orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
    timer.whenComplete(
        (ignored, expired) -> {
          if (expired != null) {
            future.completeExceptionally(error.get());
          }
        });
    future.whenComplete((ignored, failure) -> timer.complete(null));
  }
}
