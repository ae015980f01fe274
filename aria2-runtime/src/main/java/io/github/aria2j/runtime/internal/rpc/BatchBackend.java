package io.github.aria2j.runtime.internal.rpc;

import io.github.aria2j.runtime.rpc.Outcome;
import io.github.aria2j.runtime.rpc.RpcMethod;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The engine's side of an {@link io.github.aria2j.runtime.rpc.RpcBatch}: encodes the calls,
 * sends them and decodes one outcome per call. The batch itself keeps the entries and makes sure
 * it runs once.
 */
public interface BatchBackend {

  /**
   * Checks and encodes a call's arguments now, so that a mistake shows where the call is added.
   *
   * @param method the method
   * @param args the parameter values, in order
   * @throws IllegalArgumentException if the arguments do not fit the method's parameters
   */
  void add(RpcMethod<?> method, Object[] args);

  /**
   * Sends the calls added so far and waits for the reply.
   *
   * @param finish turns the outcomes, one per call in order, into the caller's result
   * @param <R> the caller's result type
   * @return what {@code finish} returned
   */
  <R> R execute(Function<List<Outcome<?>>, R> finish);

  /**
   * Sends the calls added so far without blocking.
   *
   * @param finish turns the outcomes, one per call in order, into the caller's result; it runs
   *     before the future completes
   * @param <R> the caller's result type
   * @return the future of what {@code finish} returned; cancelling it abandons the request
   */
  <R> CompletableFuture<R> executeAsync(Function<List<Outcome<?>>, R> finish);
}
