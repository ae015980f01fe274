package io.github.aria2j.runtime.rpc;

import io.github.aria2j.runtime.json.ValueReader;
import java.util.List;
import java.util.Objects;

/**
 * One RPC method as data: its wire name, where the secret goes, its parameters and how to read
 * its result. Generated code holds one constant per aria2 method.
 *
 * @param name the wire name, such as {@code aria2.tellStatus}
 * @param token where the secret goes
 * @param params the positional parameters, without the secret
 * @param result reads the reply's {@code result}
 * @param <T> the Java type of the result
 */
public record RpcMethod<T>(
    String name, TokenPlacement token, List<RpcParam<?>> params, ValueReader<T> result) {

  /**
   * Checks the components and copies the parameter list.
   *
   * @param name the wire name
   * @param token where the secret goes
   * @param params the positional parameters, without the secret
   * @param result reads the reply's {@code result}
   * @throws IllegalArgumentException if the name is blank, or an optional parameter followed by
   *     another has no {@code emptyWriter}
   */
  public RpcMethod {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(result, "result");
    params = List.copyOf(params);
    if (name.isBlank()) {
      throw new IllegalArgumentException("a method name must not be blank");
    }
    checkParams(name, params);
  }

  private static void checkParams(String name, List<RpcParam<?>> params) {
    for (int i = 1; i < params.size(); i++) {
      RpcParam<?> previous = params.get(i - 1);
      // Checked here so that a bad descriptor fails when the class loads, not on some call.
      if (!previous.required() && previous.emptyWriter() == null) {
        throw new IllegalArgumentException(
            name + ": optional parameter '" + previous.name()
                + "' is followed by another and needs an emptyWriter");
      }
    }
  }

  /**
   * Describes a method.
   *
   * @param name the wire name
   * @param token where the secret goes
   * @param result reads the reply's {@code result}
   * @param params the positional parameters, without the secret
   * @param <T> the Java type of the result
   * @return the method
   */
  public static <T> RpcMethod<T> of(
      String name, TokenPlacement token, ValueReader<T> result, RpcParam<?>... params) {
    return new RpcMethod<>(name, token, List.of(params), result);
  }

  /**
   * The same method with another result reader, for a reply whose shape depends on the call: a
   * projection reads the keys that this call asked for.
   *
   * @param reader reads the reply's {@code result}
   * @param <U> the Java type of the result
   * @return the method with {@code reader}
   */
  public <U> RpcMethod<U> withResult(ValueReader<U> reader) {
    return new RpcMethod<>(name, token, params, reader);
  }
}
