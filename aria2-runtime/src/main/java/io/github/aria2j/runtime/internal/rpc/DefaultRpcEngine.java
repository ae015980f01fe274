package io.github.aria2j.runtime.internal.rpc;

import io.github.aria2j.runtime.Aria2TransportException;
import io.github.aria2j.runtime.RpcSettings;
import io.github.aria2j.runtime.internal.Durations;
import io.github.aria2j.runtime.json.ValueReaders;
import io.github.aria2j.runtime.rpc.BatchMode;
import io.github.aria2j.runtime.rpc.RpcBatch;
import io.github.aria2j.runtime.rpc.RpcEngine;
import io.github.aria2j.runtime.rpc.RpcMethod;
import io.github.aria2j.runtime.rpc.RpcTransport;
import io.github.aria2j.runtime.rpc.TransportReply;
import io.github.aria2j.runtime.rpc.TransportRequest;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The {@link RpcEngine}: one request encoder and one reply decoder shared by the blocking and
 * the non-blocking path, over any {@link RpcTransport}.
 *
 * <p>Logs at DEBUG the method, request id, sizes and outcome of each call, never the
 * parameters: they hold the secret and often other credentials.
 */
public final class DefaultRpcEngine implements RpcEngine {

  private static final System.Logger DEFAULT_LOGGER = System.getLogger(RpcEngine.class.getName());

  private final EngineCore core;
  private final Duration timeout;
  private final boolean view;

  /**
   * Creates an engine over a transport; closing the engine closes the transport.
   *
   * @param settings the secret, per-call timeout and request size limit
   * @param transport carries the requests
   */
  public DefaultRpcEngine(RpcSettings settings, RpcTransport transport) {
    this(settings, transport, DEFAULT_LOGGER);
  }

  DefaultRpcEngine(RpcSettings settings, RpcTransport transport, System.Logger logger) {
    this(new EngineCore(settings, transport, logger), settings.requestTimeout(), false);
  }

  private DefaultRpcEngine(EngineCore core, Duration timeout, boolean view) {
    this.core = core;
    this.timeout = timeout;
    this.view = view;
  }

  @Override
  public <T> T call(RpcMethod<T> method, Object... args) {
    TransportRequest request = prepare(method, args);
    return core.send(request, reply -> ReplyDecoder.decode(method, request.id(), reply));
  }

  @Override
  public <T> CompletableFuture<T> callAsync(RpcMethod<T> method, Object... args) {
    TransportRequest request;
    try {
      request = prepare(method, args);
    } catch (Aria2TransportException e) {
      return CompletableFuture.failedFuture(e);
    }
    return core.sendAsync(request, reply -> ReplyDecoder.decode(method, request.id(), reply));
  }

  @Override
  public RpcBatch newBatch(BatchMode mode) {
    Objects.requireNonNull(mode, "mode");
    return BatchBridge.newBatch(mode, new EngineBatch(core, mode, timeout));
  }

  @Override
  public Object callRaw(String method, List<?> params) {
    TransportRequest request = prepareRaw(method, params);
    return core.send(request, reply -> decodeRaw(request, reply));
  }

  @Override
  public CompletableFuture<Object> callRawAsync(String method, List<?> params) {
    TransportRequest request;
    try {
      request = prepareRaw(method, params);
    } catch (Aria2TransportException e) {
      return CompletableFuture.failedFuture(e);
    }
    return core.sendAsync(request, reply -> decodeRaw(request, reply));
  }

  @Override
  public RpcEngine withTimeout(Duration timeout) {
    return new DefaultRpcEngine(core, Durations.checkTimeout("timeout", timeout), true);
  }

  @Override
  public RpcSettings settings() {
    return timeout.equals(core.settings.requestTimeout())
        ? core.settings
        : core.settings.toBuilder().requestTimeout(timeout).build();
  }

  @Override
  public void close() {
    if (!view) {
      core.close();
    }
  }

  /** Describes the engine without its secret. */
  @Override
  public String toString() {
    return "RpcEngine[endpoint=" + core.endpoint + ", timeout=" + Durations.describe(timeout)
        + (core.isClosed() ? ", closed" : "") + "]";
  }

  private TransportRequest prepare(RpcMethod<?> method, Object[] args) {
    Objects.requireNonNull(method, "method");
    core.checkOpen(method.name());
    long id = core.reserveIds(1);
    byte[] body = core.encoder.encode(method, args, id);
    return core.request(method.name(), id, body, timeout, "");
  }

  private TransportRequest prepareRaw(String method, List<?> params) {
    RawRequestEncoder.checkName(method);
    Objects.requireNonNull(params, "params");
    core.checkOpen(method);
    long id = core.reserveIds(1);
    byte[] body = core.rawEncoder.encode(method, params, id);
    return core.request(method, id, body, timeout, "");
  }

  private static Object decodeRaw(TransportRequest request, TransportReply reply) {
    return ReplyDecoder.decode(request.method(), ValueReaders.ANY, request.id(), reply);
  }
}
