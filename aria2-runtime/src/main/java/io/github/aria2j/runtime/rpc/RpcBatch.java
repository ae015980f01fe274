package io.github.aria2j.runtime.rpc;

import io.github.aria2j.runtime.internal.rpc.BatchBackend;
import io.github.aria2j.runtime.internal.rpc.BatchBridge;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Calls sent to aria2 together, in one request, each succeeding or failing on its own.
 *
 * <pre>{@code
 * RpcBatch batch = engine.newBatch(BatchMode.MULTICALL);
 * BatchEntry<Status> first = batch.add(TELL_STATUS, gid1);
 * BatchEntry<Status> second = batch.add(TELL_STATUS, gid2);
 * BatchResult result = batch.execute();
 * Status status = first.get(); // throws the error aria2 answered for this call, if any
 * }</pre>
 *
 * <p>Get one from {@link RpcEngine#newBatch}. A batch is not thread-safe and runs once. The
 * arguments of each call are checked and encoded when it is added. A failure of the whole
 * batch (no usable reply, an error for the request as a whole) is thrown by {@link #execute()}
 * as an {@link io.github.aria2j.runtime.Aria2Exception} naming {@code system.multicall} or
 * {@code batch}; the entries then have no outcome.
 */
public final class RpcBatch {

  static {
    // The engine lives in a package that is not exported; this is how it creates batches
    // without giving RpcBatch a public constructor.
    BatchBridge.install(RpcBatch::new);
  }

  private final BatchMode mode;
  private final BatchBackend backend;
  private final List<BatchEntry<?>> entries = new ArrayList<>();
  private boolean ran;

  private RpcBatch(BatchMode mode, BatchBackend backend) {
    this.mode = Objects.requireNonNull(mode, "mode");
    this.backend = Objects.requireNonNull(backend, "backend");
  }

  /**
   * Adds a call; its arguments are checked at once, as by {@link RpcEngine#call}.
   *
   * @param method the method
   * @param args the parameter values, in order
   * @param <T> the result type
   * @return the handle on the call's outcome
   * @throws IllegalArgumentException if the arguments do not fit the method's parameters, or
   *     the method is {@code system.multicall} in a {@link BatchMode#MULTICALL} batch (aria2
   *     forbids nesting it)
   * @throws IllegalStateException if the batch has already run
   */
  public <T> BatchEntry<T> add(RpcMethod<T> method, Object... args) {
    Objects.requireNonNull(method, "method");
    checkNotRun();
    backend.add(method, args);
    BatchEntry<T> entry = new BatchEntry<>(entries.size(), method);
    entries.add(entry);
    return entry;
  }

  /**
   * Returns how many calls were added.
   *
   * @return the number of entries
   */
  public int size() {
    return entries.size();
  }

  /**
   * Returns how the calls go on the wire.
   *
   * @return the mode
   */
  public BatchMode mode() {
    return mode;
  }

  /**
   * Sends the calls and waits for the reply, at most the engine's timeout. An empty batch sends
   * nothing.
   *
   * @return every entry with its outcome
   * @throws IllegalStateException if the batch has already run
   * @throws io.github.aria2j.runtime.Aria2RpcException if aria2 answers the request as a whole
   *     with an error
   * @throws io.github.aria2j.runtime.Aria2TransportException if no usable reply comes back,
   *     including one whose results do not match the calls
   */
  public BatchResult execute() {
    startRun();
    return backend.execute(this::finish);
  }

  /**
   * Sends the calls without blocking. Cancelling the future abandons the request.
   *
   * @return the future result; it completes exceptionally with the same exceptions as {@link
   *     #execute()}, except {@link IllegalStateException}, which is thrown at once
   * @throws IllegalStateException if the batch has already run
   */
  public CompletableFuture<BatchResult> executeAsync() {
    startRun();
    return backend.executeAsync(this::finish);
  }

  /**
   * Describes the batch without the calls' arguments, which may hold credentials.
   *
   * @return for example {@code RpcBatch[MULTICALL, 3 calls]}
   */
  @Override
  public String toString() {
    int size = entries.size();
    return "RpcBatch[" + mode + ", " + size + (size == 1 ? " call" : " calls")
        + (ran ? ", ran" : "") + "]";
  }

  private void checkNotRun() {
    if (ran) {
      throw new IllegalStateException("the batch has already run; start a new one");
    }
  }

  private void startRun() {
    checkNotRun();
    ran = true;
  }

  private BatchResult finish(List<Outcome<?>> outcomes) {
    for (int i = 0; i < entries.size(); i++) {
      entries.get(i).complete(outcomes.get(i));
    }
    return new BatchResult(entries);
  }
}
