package io.github.aria2j.runtime.internal.rpc;

import io.github.aria2j.runtime.Aria2TransportException;
import io.github.aria2j.runtime.rpc.BatchMode;
import io.github.aria2j.runtime.rpc.Outcome;
import io.github.aria2j.runtime.rpc.RpcMethod;
import io.github.aria2j.runtime.rpc.TokenPlacement;
import io.github.aria2j.runtime.rpc.TransportReply;
import io.github.aria2j.runtime.rpc.TransportRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The engine's side of one batch: the calls' encoded parameters, the request and the choice of
 * reply decoder.
 *
 * <p>A multicall is one request with one id; a JSON-RPC batch takes one id per call, reserved
 * as a consecutive block, and its {@link TransportRequest} carries the first (a transport that
 * matches replies by id, such as WebSocket, looks the batch up by any of its ids).
 */
final class EngineBatch implements BatchBackend {

  private final EngineCore core;
  private final BatchMode mode;
  private final Duration timeout;
  private final List<RpcMethod<?>> methods = new ArrayList<>();
  private final List<byte[]> params = new ArrayList<>();

  EngineBatch(EngineCore core, BatchMode mode, Duration timeout) {
    this.core = core;
    this.mode = mode;
    this.timeout = timeout;
  }

  @Override
  public void add(RpcMethod<?> method, Object[] args) {
    if (mode == BatchMode.MULTICALL && method.token() == TokenPlacement.PER_ENTRY) {
      throw new IllegalArgumentException(
          method.name() + " cannot be a call of a system.multicall batch: aria2 forbids nesting"
              + " it; use a JSON_RPC batch");
    }
    params.add(core.encoder.encodeParams(method, args));
    methods.add(method);
  }

  @Override
  public <R> R execute(Function<List<Outcome<?>>, R> finish) {
    core.checkOpen(name());
    if (methods.isEmpty()) {
      return finish.apply(List.of());
    }
    TransportRequest request = prepare();
    return core.send(request, reply -> finish.apply(decode(request, reply)));
  }

  @Override
  public <R> CompletableFuture<R> executeAsync(Function<List<Outcome<?>>, R> finish) {
    TransportRequest request;
    try {
      core.checkOpen(name());
      if (methods.isEmpty()) {
        return CompletableFuture.completedFuture(finish.apply(List.of()));
      }
      request = prepare();
    } catch (Aria2TransportException e) {
      return CompletableFuture.failedFuture(e);
    }
    return core.sendAsync(request, reply -> finish.apply(decode(request, reply)));
  }

  /** The name a whole-batch failure goes by. */
  private String name() {
    return mode == BatchMode.MULTICALL
        ? MulticallTokens.MULTICALL
        : JsonRpcBatchReplyDecoder.METHOD;
  }

  private TransportRequest prepare() {
    List<String> names = methods.stream().map(RpcMethod::name).toList();
    String what = " (" + names.size() + (names.size() == 1 ? " call)" : " calls)");
    if (mode == BatchMode.MULTICALL) {
      long id = core.reserveIds(1);
      return core.request(name(), id, BatchEncoder.multicall(id, names, params), timeout, what);
    }
    long firstId = core.reserveIds(names.size());
    byte[] body = BatchEncoder.jsonRpcBatch(firstId, names, params);
    return core.request(name(), firstId, body, timeout, what);
  }

  private List<Outcome<?>> decode(TransportRequest request, TransportReply reply) {
    return mode == BatchMode.MULTICALL
        ? MulticallReplyDecoder.decode(methods, request.id(), reply)
        : JsonRpcBatchReplyDecoder.decode(methods, request.id(), reply);
  }
}
