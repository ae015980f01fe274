package io.github.aria2j.testkit;

import io.github.aria2j.client.Aria2Methods;
import io.github.aria2j.runtime.rpc.RpcMethod;
import io.github.aria2j.runtime.rpc.RpcParam;
import io.github.aria2j.runtime.rpc.TokenPlacement;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link FakeAria2} knows of aria2's interface: the methods, where each takes the secret and
 * how many parameters it requires, read from the generated {@link Aria2Methods} descriptors (and
 * so from the project's schema); and the notifications, from aria2's recorded {@code
 * system.listNotifications}.
 */
final class Aria2Catalog {

  /**
   * One method.
   *
   * @param name the wire name
   * @param token where it takes the secret
   * @param requiredParams how many leading parameters (after the secret) it requires
   */
  record MethodInfo(String name, TokenPlacement token, int requiredParams) {}

  private static final Map<String, MethodInfo> METHODS = readMethods();

  private static final List<String> NOTIFICATIONS = readNotifications();

  private Aria2Catalog() {}

  /**
   * Returns a method's description.
   *
   * @param name the wire name
   * @return its description, or {@code null} for a name aria2 does not know
   */
  static MethodInfo method(String name) {
    return METHODS.get(name);
  }

  /** Returns every method's wire name, in the order of the descriptors. */
  static List<String> methodNames() {
    return List.copyOf(METHODS.keySet());
  }

  /** Returns the notifications' method names, in aria2's order. */
  static List<String> notifications() {
    return NOTIFICATIONS;
  }

  private static Map<String, MethodInfo> readMethods() {
    Map<String, MethodInfo> methods = new LinkedHashMap<>();
    for (Field field : Aria2Methods.class.getFields()) {
      if (!Modifier.isStatic(field.getModifiers()) || field.getType() != RpcMethod.class) {
        continue;
      }
      RpcMethod<?> method;
      try {
        method = (RpcMethod<?>) field.get(null);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("Aria2Methods." + field.getName() + " is not readable", e);
      }
      int required = 0;
      for (RpcParam<?> param : method.params()) {
        if (!param.required()) {
          break;
        }
        required++;
      }
      // The projection descriptors share the wire name of their method; the first one wins.
      methods.putIfAbsent(method.name(), new MethodInfo(method.name(), method.token(), required));
    }
    if (methods.isEmpty()) {
      throw new IllegalStateException("no RpcMethod constants found in " + Aria2Methods.class);
    }
    return Collections.unmodifiableMap(methods);
  }

  private static List<String> readNotifications() {
    List<String> names = new ArrayList<>();
    for (Object name : (List<?>) DefaultReplies.recorded("system.listNotifications")) {
      names.add((String) name);
    }
    return List.copyOf(names);
  }
}
