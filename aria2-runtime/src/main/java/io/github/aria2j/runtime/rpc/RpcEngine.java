package io.github.aria2j.runtime.rpc;

import io.github.aria2j.runtime.RpcSettings;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Runs RPC calls: writes the JSON-RPC envelope, adds the secret, sends it and decodes the reply.
 *
 * <p>Generated clients delegate every method to an engine. Engines are thread-safe; request ids
 * come from a counter per engine. {@code args[i]} is the value of {@code method.params().get(i)}:
 * {@code null} for an optional parameter means "not given" (left out when no later parameter is
 * given, otherwise written with its {@code emptyWriter}); missing trailing arguments count as
 * {@code null}.
 *
 * <p>Failures are {@link io.github.aria2j.runtime.Aria2RpcException} (aria2 answered with an
 * error) and {@link io.github.aria2j.runtime.Aria2TransportException} (no usable answer), both
 * naming the method. Wrong arguments are a programming error: {@link IllegalArgumentException},
 * thrown at once by both {@link #call} and {@link #callAsync}.
 *
 * <p>{@link #newBatch} sends several calls in one request; {@link #callRaw} calls a method by
 * name with untyped parameters.
 *
 * <p>Engines log each call at DEBUG through the {@link System.Logger} named {@code
 * io.github.aria2j.runtime.rpc.RpcEngine}: method, request id, sizes, duration and outcome,
 * never the parameters, which hold the secret and often other credentials.
 */
public interface RpcEngine extends AutoCloseable {

  /**
   * Calls a method and waits for its result, at most this engine's timeout.
   *
   * @param method the method
   * @param args the parameter values, in order
   * @param <T> the result type
   * @return the decoded result
   * @throws IllegalArgumentException if a required argument is {@code null}, there are more
   *     arguments than parameters, or an argument has the wrong type
   * @throws io.github.aria2j.runtime.Aria2RpcException if aria2 answers with an error
   * @throws io.github.aria2j.runtime.Aria2TransportException if no usable answer comes back
   */
  <T> T call(RpcMethod<T> method, Object... args);

  /**
   * Calls a method without blocking.
   *
   * <p>The future completes on a thread of the transport (or the configured executor), at the
   * latest when this engine's timeout expires. Cancelling it abandons the request: the exchange
   * is cancelled and its connection closed.
   *
   * @param method the method
   * @param args the parameter values, in order
   * @param <T> the result type
   * @return the future result; it completes exceptionally with the same exceptions as {@link
   *     #call}, except {@link IllegalArgumentException}, which is thrown at once
   * @throws IllegalArgumentException if the arguments do not fit the method's parameters
   */
  <T> CompletableFuture<T> callAsync(RpcMethod<T> method, Object... args);

  /**
   * Starts an empty batch: calls sent together in one request, each succeeding or failing on
   * its own. The batch uses this engine's (or view's) timeout.
   *
   * @param mode {@code system.multicall} or a JSON-RPC batch
   * @return the batch; add calls, then run it once
   */
  RpcBatch newBatch(BatchMode mode);

  /**
   * Calls a method by name with untyped parameters, for methods without a descriptor.
   *
   * <p>The parameters are written as by {@link io.github.aria2j.runtime.json.JsonOut#writeAny}
   * (maps, collections, strings, numbers, booleans, {@code null}), without the secret: the
   * engine adds it. {@code aria2.*} methods get it as the first parameter. {@code
   * system.multicall} takes one parameter, a list of maps each with a {@code methodName} and an
   * optional {@code params} list, and gets the secret first in each entry's {@code params} (in
   * copies: the caller's maps and lists are not modified). Other methods, such as {@code
   * system.listMethods}, get no secret.
   *
   * @param method the wire name, such as {@code aria2.getVersion}
   * @param params the parameters, without the secret
   * @return the result as read by {@link io.github.aria2j.runtime.json.JsonIn#readAny}: an
   *     unmodifiable {@code Map<String, Object>} or {@code List<Object>}, a {@code String},
   *     {@code Long}, {@code Double}, {@code Boolean} or {@code null}
   * @throws IllegalArgumentException if the name is blank, a parameter cannot be written as
   *     JSON, or the parameter of {@code system.multicall} is not a list of maps
   * @throws io.github.aria2j.runtime.Aria2RpcException if aria2 answers with an error
   * @throws io.github.aria2j.runtime.Aria2TransportException if no usable answer comes back
   */
  Object callRaw(String method, List<?> params);

  /**
   * Calls a method by name with untyped parameters, without blocking; see {@link #callRaw}.
   *
   * @param method the wire name
   * @param params the parameters, without the secret
   * @return the future result; it completes exceptionally with the same exceptions as {@link
   *     #callRaw}, except {@link IllegalArgumentException}, which is thrown at once
   * @throws IllegalArgumentException if the name or the parameters are invalid
   */
  CompletableFuture<Object> callRawAsync(String method, List<?> params);

  /**
   * Returns a view of this engine with another per-call timeout.
   *
   * <p>The view shares the connection, the request ids and the closed state; closing the view
   * does not close this engine.
   *
   * @param timeout the timeout of calls made through the view, at least one millisecond
   * @return the view
   * @throws IllegalArgumentException if the timeout is shorter than one millisecond
   */
  RpcEngine withTimeout(Duration timeout);

  /**
   * The settings this engine was made with: endpoint, secret, timeouts, limits, events.
   *
   * @return the settings
   */
  RpcSettings settings();

  /**
   * Closes the engine: pending calls fail and later calls fail at once, both with kind {@link
   * io.github.aria2j.runtime.TransportErrorKind#CLOSED}. Closing twice does nothing.
   */
  @Override
  void close();
}
