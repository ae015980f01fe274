package io.github.aria2j.runtime.rpc;

import io.github.aria2j.runtime.Aria2Exception;
import java.util.Objects;

/**
 * What one call of a batch came to: its result, or the error aria2 answered for that call alone.
 *
 * <pre>{@code
 * if (entry.outcome() instanceof Outcome.Failure<Status> failure) {
 *   report(failure.error());
 * }
 * }</pre>
 *
 * @param <T> the call's result type
 */
public sealed interface Outcome<T> permits Outcome.Success, Outcome.Failure {

  /**
   * Tells whether the call succeeded.
   *
   * @return {@code true} for a {@link Success}
   */
  boolean isSuccess();

  /**
   * Returns the result, or throws the call's error.
   *
   * @return the decoded result
   * @throws Aria2Exception the call's error, for a {@link Failure}; it is the same instance each
   *     time, so its stack trace shows where the batch's reply was decoded
   */
  T getOrThrow();

  /**
   * The call succeeded.
   *
   * @param value the decoded result
   * @param <T> the call's result type
   */
  record Success<T>(T value) implements Outcome<T> {

    @Override
    public boolean isSuccess() {
      return true;
    }

    @Override
    public T getOrThrow() {
      return value;
    }
  }

  /**
   * The call failed; the rest of the batch is not affected.
   *
   * @param error the failure, naming the call's method; for an error aria2 answered, an {@link
   *     io.github.aria2j.runtime.Aria2RpcException} with the usual {@code kind()}
   * @param <T> the call's result type
   */
  record Failure<T>(Aria2Exception error) implements Outcome<T> {

    /**
     * Checks that the error is not {@code null}.
     *
     * @param error the failure
     */
    public Failure {
      Objects.requireNonNull(error, "error");
    }

    @Override
    public boolean isSuccess() {
      return false;
    }

    @Override
    public T getOrThrow() {
      throw error;
    }
  }
}
