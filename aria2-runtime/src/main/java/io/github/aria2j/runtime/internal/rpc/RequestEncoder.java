package io.github.aria2j.runtime.internal.rpc;

import io.github.aria2j.runtime.Secret;
import io.github.aria2j.runtime.internal.json.JacksonJson;
import io.github.aria2j.runtime.json.JsonOut;
import io.github.aria2j.runtime.json.ValueReaders;
import io.github.aria2j.runtime.json.ValueWriter;
import io.github.aria2j.runtime.rpc.RpcMethod;
import io.github.aria2j.runtime.rpc.RpcParam;
import io.github.aria2j.runtime.rpc.TokenPlacement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Writes the JSON-RPC request envelope of a call, or just its parameter array (for batches).
 *
 * <p>The envelope is {@code {"jsonrpc":"2.0","id":N,"method":"…","params":[…]}}. The secret is
 * the first parameter for methods that take it; then come the arguments up to the last one
 * given, with {@code emptyWriter} standing in for optional ones not given.
 */
final class RequestEncoder {

  /** {@code "token:<secret>"}, or {@code null} without a secret. */
  private final String tokenParam;

  RequestEncoder(Optional<Secret> secret) {
    this.tokenParam = tokenParam(secret);
  }

  static String tokenParam(Optional<Secret> secret) {
    return secret.map(s -> "token:" + s.value()).orElse(null);
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
        out -> writeEnvelope(out, id, method.name(), p -> writeParams(p, method, args, given)));
  }

  /**
   * Encodes the parameter array of a call, secret included: {@code ["token:…",…]}.
   *
   * @throws IllegalArgumentException if the arguments do not fit the method's parameters
   */
  byte[] encodeParams(RpcMethod<?> method, Object[] args) {
    Objects.requireNonNull(args, "args");
    int given = countWritten(method, args);
    return JacksonJson.writeDocument(
        out -> {
          out.beginArray();
          writeParams(out, method, args, given);
          out.endArray();
        });
  }

  /** Writes the envelope; {@code params} writes the elements of the params array. */
  static void writeEnvelope(JsonOut out, long id, String method, Consumer<JsonOut> params) {
    out.beginObject();
    out.name("jsonrpc");
    out.writeString("2.0");
    out.name("id");
    out.writeNumber(id);
    out.name("method");
    out.writeString(method);
    out.name("params");
    out.beginArray();
    params.accept(out);
    out.endArray();
    out.endObject();
  }

  private void writeParams(JsonOut out, RpcMethod<?> method, Object[] args, int given) {
    if (tokenParam != null && method.token() == TokenPlacement.PER_ENTRY) {
      writeWithEntryTokens(out, method, args, given);
      return;
    }
    if (tokenParam != null) {
      out.writeString(tokenParam);
    }
    for (int i = 0; i < given; i++) {
      writeParam(out, method, method.params().get(i), args[i]);
    }
  }

  /**
   * Writes the params of {@code system.multicall} with the token inside each entry. The typed
   * writers know nothing of tokens, so their output is read back as a tree, given the tokens and
   * written again; the typed batch API encodes its entries directly instead.
   */
  private void writeWithEntryTokens(JsonOut out, RpcMethod<?> method, Object[] args, int given) {
    byte[] plain =
        JacksonJson.writeDocument(
            tree -> {
              tree.beginArray();
              for (int i = 0; i < given; i++) {
                writeParam(tree, method, method.params().get(i), args[i]);
              }
              tree.endArray();
            });
    List<?> params = JacksonJson.readDocument(plain, ValueReaders.listOf(ValueReaders.ANY));
    for (Object param : MulticallTokens.withEntryTokens(params, tokenParam)) {
      out.writeAny(param);
    }
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
