package io.github.aria2j.it.support;

import io.github.aria2j.client.Aria2AsyncClient;
import io.github.aria2j.client.Aria2Client;
import io.github.aria2j.client.Aria2Methods;
import io.github.aria2j.runtime.rpc.RpcMethod;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Records which aria2 RPC methods the integration tests call through the generated clients, so that the run can report
 * how many of aria2's 36 methods met a real aria2c. The methods are those the generated {@link Aria2Methods} describes
 * (by wire name, such as {@code aria2.addUri}); a client method counts for the RPC method of the same name once it has
 * been called on a blocking or an asynchronous client, whatever aria2 answered (an error reply is an answer too).
 * Client conveniences without an RPC method of their own (builders, batches, paging streams) do not count.
 */
public final class MethodCoverage {

    private static final Set<String> CALLED = ConcurrentHashMap.newKeySet();

    private MethodCoverage() {
    }

    /** The aria2 RPC methods of the generated client, by wire name ({@code aria2.addUri}, {@code system.multicall}). */
    public static SortedSet<String> rpcMethods() {
        SortedSet<String> names = new TreeSet<>();
        for (Field field : Aria2Methods.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && RpcMethod.class.isAssignableFrom(field.getType())) {
                try {
                    names.add(((RpcMethod<?>) field.get(null)).name());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("public constant " + field + " is not readable", e);
                }
            }
        }
        return names;
    }

    /** The RPC methods called so far in this JVM. */
    public static SortedSet<String> exercised() {
        return rpcMethods().stream()
                .filter(name -> CALLED.contains(name.substring(name.indexOf('.') + 1)))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The RPC methods not called so far in this JVM. */
    public static SortedSet<String> missing() {
        SortedSet<String> names = rpcMethods();
        names.removeAll(exercised());
        return names;
    }

    /** The line the run reports, e.g. {@code methods exercised: 36/36}. */
    public static String summary() {
        String line = "methods exercised: " + exercised().size() + "/" + rpcMethods().size();
        SortedSet<String> missing = missing();
        return missing.isEmpty() ? line : line + " (not exercised: " + String.join(", ", missing) + ")";
    }

    /** {@code client}, recording the methods called on it (and on its {@code withTimeout} views). */
    public static Aria2Client recording(Aria2Client client) {
        return wrap(Aria2Client.class, client);
    }

    /** {@code client}, recording the methods called on it (and on its {@code withTimeout} views). */
    public static Aria2AsyncClient recording(Aria2AsyncClient client) {
        return wrap(Aria2AsyncClient.class, client);
    }

    private static <T> T wrap(Class<T> type, T target) {
        InvocationHandler handler = (proxy, method, args) -> invoke(type, target, method, args);
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static <T> Object invoke(Class<T> type, T target, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> args[0] == target;
                case "hashCode" -> System.identityHashCode(target);
                default -> "Recording" + target;
            };
        }
        Object result;
        try {
            result = method.invoke(target, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (!(cause instanceof IllegalArgumentException)) {
                CALLED.add(method.getName()); // aria2 answered with an error, or the call failed on the way
            }
            throw cause;
        }
        CALLED.add(method.getName());
        // A view with another timeout records into the same set.
        return method.getName().equals("withTimeout") ? wrap(type, type.cast(result)) : result;
    }
}
