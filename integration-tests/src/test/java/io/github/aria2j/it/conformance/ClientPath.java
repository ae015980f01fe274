package io.github.aria2j.it.conformance;

import io.github.aria2j.client.Aria2AsyncClient;
import io.github.aria2j.client.Aria2Client;
import io.github.aria2j.client.Aria2ClientBuilder;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One of the four ways to call aria2 through the generated client: the blocking {@link Aria2Client} or the
 * non-blocking {@link Aria2AsyncClient}, over HTTP or over WebSocket. Tests write each call once against
 * {@link Aria2Client}; on an asynchronous path the call goes to the same-named method of a real
 * {@link Aria2AsyncClient} and waits for its future, so both generated interfaces are exercised by the same case.
 * Every call made through a path's client is noted on the calling thread (see {@link #takeCalls()}), so that a test
 * can check which generated method it really called.
 */
record ClientPath(String name, boolean async, boolean webSocket) {

    /** How long an asynchronous call may take; aria2 answers a wrong secret after about 2 s. */
    private static final long CALL_LIMIT_SECONDS = 30;

    private static final ThreadLocal<List<String>> CALLS = ThreadLocal.withInitial(ArrayList::new);

    /** The four paths, in the order the report lists them. */
    static List<ClientPath> all() {
        return List.of(
                new ClientPath("sync/http", false, false),
                new ClientPath("async/http", true, false),
                new ClientPath("sync/websocket", false, true),
                new ClientPath("async/websocket", true, true));
    }

    /**
     * A client on this path for aria2's JSON-RPC endpoint {@code http://host:port/jsonrpc} (turned into
     * {@code ws://host:port/jsonrpc} on a WebSocket path), sending {@code secret}. Close it when done.
     */
    Aria2Client connect(URI httpEndpoint, String secret) {
        URI endpoint = webSocket ? URI.create(httpEndpoint.toString().replaceFirst("^http", "ws")) : httpEndpoint;
        Aria2ClientBuilder builder = Aria2Client.builder().endpoint(endpoint).secret(secret);
        Object target = async ? builder.buildAsync() : builder.build();
        InvocationHandler handler = (proxy, method, args) -> call(target, proxy, method, args);
        return (Aria2Client) Proxy.newProxyInstance(
                Aria2Client.class.getClassLoader(), new Class<?>[] {Aria2Client.class}, handler);
    }

    /** The names of the client methods called on this thread since the last call of this method. */
    static List<String> takeCalls() {
        List<String> calls = List.copyOf(CALLS.get());
        CALLS.get().clear();
        return calls;
    }

    private Object call(Object target, Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "Aria2Client on " + name;
            };
        }
        CALLS.get().add(method.getName());
        if (!async) {
            return invoke(target, method, args);
        }
        Method asyncMethod = Aria2AsyncClient.class.getMethod(method.getName(), method.getParameterTypes());
        Object result = invoke(target, asyncMethod, args);
        if (result instanceof CompletableFuture<?> future) {
            return await(future);
        }
        if (method.getName().equals("close")) {
            return null;
        }
        throw new UnsupportedOperationException(method + " has no blocking form on " + name);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Object await(CompletableFuture<?> future) throws Throwable {
        try {
            return future.get(CALL_LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof CompletionException && cause.getCause() != null ? cause.getCause() : cause;
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new AssertionError("the future did not complete within " + CALL_LIMIT_SECONDS + " s", e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
