package io.github.aria2j.runtime.rpc;

/**
 * One call in an {@link RpcBatch}: a handle on its outcome once the batch has run.
 *
 * <p>Entries come from {@link RpcBatch#add}. Before the batch has run, and when it failed as a
 * whole, an entry has no outcome.
 *
 * @param <T> the call's result type
 */
public final class BatchEntry<T> {

  private final int index;
  private final RpcMethod<T> method;

  // Set on the thread that decodes the reply and read on the caller's.
  private volatile Outcome<T> outcome;

  BatchEntry(int index, RpcMethod<T> method) {
    this.index = index;
    this.method = method;
  }

  /**
   * Returns the entry's position in its batch.
   *
   * @return 0 for the first call added
   */
  public int index() {
    return index;
  }

  /**
   * Returns the method called.
   *
   * @return the method
   */
  public RpcMethod<T> method() {
    return method;
  }

  /**
   * Tells whether the entry has an outcome.
   *
   * @return {@code true} once the batch has run and its reply was decoded
   */
  public boolean isDone() {
    return outcome != null;
  }

  /**
   * Returns what the call came to.
   *
   * @return the outcome
   * @throws IllegalStateException if the batch has not run, or failed as a whole
   */
  public Outcome<T> outcome() {
    Outcome<T> current = outcome;
    if (current == null) {
      throw new IllegalStateException(
          method.name() + " (entry " + index + ") has no outcome: its batch has not run, or"
              + " failed as a whole");
    }
    return current;
  }

  /**
   * Returns the call's result, or throws its error.
   *
   * @return the decoded result
   * @throws io.github.aria2j.runtime.Aria2Exception the call's error
   * @throws IllegalStateException if the batch has not run, or failed as a whole
   */
  public T get() {
    return outcome().getOrThrow();
  }

  @SuppressWarnings("unchecked") // the engine decoded it with this entry's method's reader
  void complete(Outcome<?> decoded) {
    this.outcome = (Outcome<T>) decoded;
  }

  /**
   * Describes the entry without its arguments, which may hold credentials.
   *
   * @return for example {@code BatchEntry[0 aria2.tellStatus, failed]}
   */
  @Override
  public String toString() {
    Outcome<T> current = outcome;
    String state = current == null ? "no outcome" : current.isSuccess() ? "succeeded" : "failed";
    return "BatchEntry[" + index + " " + method.name() + ", " + state + "]";
  }
}
