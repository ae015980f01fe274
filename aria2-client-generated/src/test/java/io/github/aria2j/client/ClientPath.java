package io.github.aria2j.client;

import io.github.aria2j.runtime.rpc.RpcEngine;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The two generated clients; every protocol test runs once with each.
 *
 * <p>Tests are written against {@link Aria2Client}. {@link #SYNC} is {@link DefaultAria2Client}
 * itself; {@link #ASYNC} is {@link DefaultAria2AsyncClient} seen through a blocking adapter that
 * calls the asynchronous method of the same name and parameter types, waits with {@code join()}
 * and rethrows the cause of a {@link CompletionException}, so that both paths are asserted alike.
 * The adapter is a {@link Proxy} rather than a hand-written class so that it keeps up with the
 * generated interfaces: a sync method without an asynchronous twin fails the test that calls it.
 */
enum ClientPath {
  SYNC {
    @Override
    Aria2Client open(RpcEngine engine) {
      return new DefaultAria2Client(engine);
    }
  },
  ASYNC {
    @Override
    Aria2Client open(RpcEngine engine) {
      return blocking(new DefaultAria2AsyncClient(engine));
    }
  };

  /** A client of this kind over {@code engine}; closing it closes the engine. */
  abstract Aria2Client open(RpcEngine engine);

  private static Aria2Client blocking(Aria2AsyncClient async) {
    return (Aria2Client)
        Proxy.newProxyInstance(
            Aria2Client.class.getClassLoader(),
            new Class<?>[] {Aria2Client.class},
            new JoiningHandler(async));
  }

  /** Forwards each call to the asynchronous client and waits for its future. */
  private static final class JoiningHandler implements InvocationHandler {

    private final Aria2AsyncClient async;

    JoiningHandler(Aria2AsyncClient async) {
      this.async = Objects.requireNonNull(async, "async");
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      if (method.getDeclaringClass() == Object.class) {
        return method.invoke(async, args);
      }
      Method twin;
      try {
        twin = Aria2AsyncClient.class.getMethod(method.getName(), method.getParameterTypes());
      } catch (NoSuchMethodException e) {
        if (method.isDefault()) {
          return InvocationHandler.invokeDefault(proxy, method, args);
        }
        throw new AssertionError("Aria2AsyncClient has no twin of " + method, e);
      }
      Object result;
      try {
        result = twin.invoke(async, args);
      } catch (InvocationTargetException e) {
        throw e.getCause(); // thrown before any future exists, e.g. IllegalArgumentException
      }
      if (result instanceof CompletableFuture<?> future) {
        try {
          return future.join();
        } catch (CompletionException e) {
          throw e.getCause() != null ? e.getCause() : e;
        }
      }
      if (result instanceof Aria2AsyncClient view) {
        return blocking(view); // withTimeout
      }
      return result;
    }
  }
}
