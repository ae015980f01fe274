package io.github.aria2j.runtime.rpc;

import io.github.aria2j.runtime.json.ValueWriter;
import java.util.Objects;

/**
 * One positional parameter of an RPC method, as generated code describes it.
 *
 * <p>JSON-RPC parameters are positional, so an optional parameter that is not given but precedes
 * a given one must still be written: {@code emptyWriter} writes its "nothing" value ({@code {}}
 * or {@code []}), because aria2 rejects {@code null} there. Optional parameters not followed by a
 * given one are left out.
 *
 * @param name the parameter's name, for messages
 * @param required whether a value must be given
 * @param writer writes a given value
 * @param emptyWriter writes the "nothing" value of an optional parameter that precedes a given
 *     one (it is called with {@code null}); may be {@code null} for required parameters and
 *     for the last parameter
 * @param <V> the Java type of the parameter
 */
public record RpcParam<V>(
    String name, boolean required, ValueWriter<V> writer, ValueWriter<V> emptyWriter) {

  /**
   * Checks the components.
   *
   * @param name the parameter's name
   * @param required whether a value must be given
   * @param writer writes a given value
   * @param emptyWriter writes the "nothing" value, or {@code null}
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public RpcParam {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(writer, "writer");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a parameter name must not be blank");
    }
  }

  /**
   * Describes a required parameter.
   *
   * @param name the parameter's name
   * @param writer writes its value
   * @param <V> the Java type of the parameter
   * @return the parameter
   */
  public static <V> RpcParam<V> required(String name, ValueWriter<V> writer) {
    return new RpcParam<>(name, true, writer, null);
  }

  /**
   * Describes an optional parameter that may precede another optional parameter.
   *
   * @param name the parameter's name
   * @param writer writes a given value
   * @param emptyWriter writes the "nothing" value used when a later parameter is given
   * @param <V> the Java type of the parameter
   * @return the parameter
   */
  public static <V> RpcParam<V> optional(
      String name, ValueWriter<V> writer, ValueWriter<V> emptyWriter) {
    return new RpcParam<>(name, false, writer, Objects.requireNonNull(emptyWriter, "emptyWriter"));
  }

  /**
   * Describes an optional parameter that is always the last one.
   *
   * @param name the parameter's name
   * @param writer writes a given value
   * @param <V> the Java type of the parameter
   * @return the parameter
   */
  public static <V> RpcParam<V> optionalLast(String name, ValueWriter<V> writer) {
    return new RpcParam<>(name, false, writer, null);
  }
}
