package io.github.aria2j.runtime.internal.events;

import io.github.aria2j.runtime.rpc.RpcEngine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Several aria2 calls in one {@code system.multicall}, at the raw level: the events need no
 * generated types, so that they work with any client generated from the schema.
 */
final class RawMulticall {

  private final List<Map<String, Object>> entries = new ArrayList<>();

  /** Adds a call; the engine puts the secret inside each entry. */
  RawMulticall add(String method, Object... params) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("methodName", method);
    entry.put("params", Arrays.asList(params));
    entries.add(entry);
    return this;
  }

  boolean isEmpty() {
    return entries.isEmpty();
  }

  /**
   * Runs the calls.
   *
   * @return each call's result in order, {@code null} for a call aria2 answered with an error
   *     (such as an unknown GID)
   */
  CompletableFuture<List<Object>> run(RpcEngine engine) {
    return engine.callRawAsync("system.multicall", List.of(entries))
        .thenApply(RawMulticall::results);
  }

  private static List<Object> results(Object reply) {
    List<Object> results = new ArrayList<>();
    if (reply instanceof List<?> list) {
      for (Object item : list) {
        // aria2 wraps each success in a one-element array; an error is a {code, message} object.
        results.add(item instanceof List<?> wrapped && wrapped.size() == 1 ? wrapped.get(0) : null);
      }
    }
    return results;
  }

  /** The status structs of a result that is a list of them; empty for anything else. */
  static List<Map<?, ?>> statuses(Object result) {
    List<Map<?, ?>> statuses = new ArrayList<>();
    if (result instanceof List<?> list) {
      for (Object item : list) {
        if (item instanceof Map<?, ?> map) {
          statuses.add(map);
        }
      }
    } else if (result instanceof Map<?, ?> map) {
      statuses.add(map);
    }
    return statuses;
  }
}
