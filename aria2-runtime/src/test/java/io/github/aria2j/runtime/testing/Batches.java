package io.github.aria2j.runtime.testing;

import io.github.aria2j.runtime.rpc.BatchResult;
import io.github.aria2j.runtime.rpc.RpcBatch;
import io.github.aria2j.runtime.rpc.RpcEngine;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Runs batches and raw calls on either {@link CallPath}, unwrapping the asynchronous path's
 * {@link CompletionException} so that both paths can be asserted alike.
 */
public final class Batches {

  private Batches() {}

  /** Runs the batch with {@code execute()} or {@code executeAsync().join()}. */
  public static BatchResult execute(CallPath path, RpcBatch batch) {
    return path == CallPath.SYNC ? batch.execute() : join(batch.executeAsync());
  }

  /** Calls {@code callRaw} or {@code callRawAsync(...).join()}. */
  public static Object callRaw(CallPath path, RpcEngine engine, String method, List<?> params) {
    return path == CallPath.SYNC
        ? engine.callRaw(method, params)
        : join(engine.callRawAsync(method, params));
  }

  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw e;
    }
  }
}
