package io.github.aria2j.runtime.internal.rpc;

import io.github.aria2j.runtime.Secret;
import io.github.aria2j.runtime.internal.json.JacksonJson;
import io.github.aria2j.runtime.json.JsonOut;
import io.github.aria2j.runtime.json.ValueWriter;
import io.github.aria2j.runtime.rpc.RpcMethod;
import io.github.aria2j.runtime.rpc.RpcParam;
import io.github.aria2j.runtime.rpc.TokenPlacement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes the JSON-RPC request envelope of a call.
 *
 * <p>The envelope is {@code {"jsonrpc":"2.0","id":N,"method":"…","params":[…]}}. The secret is
 * the first parameter for methods that take it; then come the arguments up to the last one
 * given, with {@code emptyWriter} standing in for optional ones not given.
 */
final class RequestEncoder {

  /** {@code "token:<secret>"}, or {@code null} without a secret. */
  private final String tokenParam;

  RequestEncoder(Optional<Secret> secret) {
    this.tokenParam = secret.map(s -> "token:" + s.value()).orElse(null);
  }

  /**
   * Encodes a call.
   *
   * @throws IllegalArgumentException if the arguments do not fit the method's parameters
   */
  byte[] encode(RpcMethod<?> method, Object[] args, long id) {
    Objects.requireNonNull(args, "args");
    int given = countWritten(method, args);
    return JacksonJson.writeDocument(
        out -> {
          out.beginObject();
          out.name("jsonrpc");
          out.writeString("2.0");
          out.name("id");
          out.writeNumber(id);
          out.name("method");
          out.writeString(method.name());
          out.name("params");
          out.beginArray();
          if (tokenParam != null && method.token() != TokenPlacement.PER_ENTRY) {
            out.writeString(tokenParam);
          }
          for (int i = 0; i < given; i++) {
            writeParam(out, method, method.params().get(i), args[i]);
          }
          out.endArray();
          out.endObject();
        });
  }

  /** Checks the arguments and returns how many parameters to write: up to the last given. */
  private static int countWritten(RpcMethod<?> method, Object[] args) {
    List<RpcParam<?>> params = method.params();
    if (args.length > params.size()) {
      throw new IllegalArgumentException(
          method.name() + " takes " + params.size() + " parameters but got " + args.length
              + " arguments");
    }
    int written = 0;
    for (int i = 0; i < params.size(); i++) {
      Object arg = i < args.length ? args[i] : null;
      if (arg != null) {
        written = i + 1;
      } else if (params.get(i).required()) {
        throw new IllegalArgumentException(
            method.name() + ": required parameter '" + params.get(i).name() + "' is null");
      }
    }
    return written;
  }

  @SuppressWarnings("unchecked") // args[i] is the value of params[i], whose writers take a V
  private static void writeParam(JsonOut out, RpcMethod<?> method, RpcParam<?> param, Object arg) {
    ValueWriter<Object> writer =
        (ValueWriter<Object>) (arg == null ? param.emptyWriter() : param.writer());
    try {
      writer.write(out, arg);
    } catch (ClassCastException e) {
      throw new IllegalArgumentException(
          method.name() + ": the argument for parameter '" + param.name()
              + "' has the wrong type: " + arg.getClass().getName(),
          e);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException(
          method.name() + ": invalid argument for parameter '" + param.name() + "': "
              + e.getMessage(),
          e);
    }
  }
}
