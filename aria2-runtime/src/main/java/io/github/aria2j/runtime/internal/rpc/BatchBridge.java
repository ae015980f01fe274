package io.github.aria2j.runtime.internal.rpc;

import io.github.aria2j.runtime.rpc.BatchMode;
import io.github.aria2j.runtime.rpc.RpcBatch;
import java.lang.invoke.MethodHandles;
import java.util.function.BiFunction;

/**
 * Lets the engine create {@link RpcBatch}es, whose constructor is private to keep it out of the
 * exported API: {@code RpcBatch} hands its constructor over when its class is initialised.
 */
public final class BatchBridge {

  private static volatile BiFunction<BatchMode, BatchBackend, RpcBatch> factory;

  private BatchBridge() {}

  /**
   * Called once, by {@code RpcBatch}'s static initialiser.
   *
   * @param batchFactory creates a batch over a backend
   * @throws IllegalStateException if a factory is already installed
   */
  public static void install(BiFunction<BatchMode, BatchBackend, RpcBatch> batchFactory) {
    if (factory != null) {
      throw new IllegalStateException("the batch factory is already installed");
    }
    factory = batchFactory;
  }

  static RpcBatch newBatch(BatchMode mode, BatchBackend backend) {
    BiFunction<BatchMode, BatchBackend, RpcBatch> current = factory;
    if (current == null) {
      try {
        MethodHandles.lookup().ensureInitialized(RpcBatch.class); // runs install
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot initialise RpcBatch", e); // same module: cannot
      }
      current = factory;
    }
    return current.apply(mode, backend);
  }
}
