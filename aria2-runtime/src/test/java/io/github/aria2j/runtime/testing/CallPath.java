package io.github.aria2j.runtime.testing;

import io.github.aria2j.runtime.rpc.RpcEngine;
import io.github.aria2j.runtime.rpc.RpcMethod;
import java.util.concurrent.CompletionException;

/**
 * The two ways generated clients call the engine; protocol tests run once per path.
 *
 * <p>The asynchronous path unwraps {@link CompletionException} so that both paths can be
 * asserted alike: the exception a caller gets from {@code join()} is the cause.
 */
public enum CallPath {
  SYNC {
    @Override
    public <T> T call(RpcEngine engine, RpcMethod<T> method, Object... args) {
      return engine.call(method, args);
    }
  },
  ASYNC {
    @Override
    public <T> T call(RpcEngine engine, RpcMethod<T> method, Object... args) {
      try {
        return engine.callAsync(method, args).join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException) {
          throw (RuntimeException) e.getCause();
        }
        throw e;
      }
    }
  };

  /** Makes the call and returns its result or throws its failure. */
  public abstract <T> T call(RpcEngine engine, RpcMethod<T> method, Object... args);
}
