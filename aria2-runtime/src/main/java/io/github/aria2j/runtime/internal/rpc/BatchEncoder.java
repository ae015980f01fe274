package io.github.aria2j.runtime.internal.rpc;

import io.github.aria2j.runtime.internal.json.JacksonJson;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes the request of a batch from its calls' parameter arrays, each encoded (secret
 * included) when the call was added.
 *
 * <p>The arrays are copied in byte for byte, so what was checked when a call was added is what
 * is sent, even if the caller changes an argument afterwards. The framing around them is the
 * one {@link RequestEncoder} writes: compact, keys in the same order.
 */
final class BatchEncoder {

  private BatchEncoder() {}

  /**
   * {@code {"jsonrpc":"2.0","id":N,"method":"system.multicall","params":[[{"methodName":"…",
   * "params":[…]},…]]}}: one envelope without an outer token.
   */
  static byte[] multicall(long id, List<String> methods, List<byte[]> params) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    ascii(body, "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":");
    body.writeBytes(jsonString(MulticallTokens.MULTICALL));
    ascii(body, ",\"params\":[[");
    for (int i = 0; i < methods.size(); i++) {
      ascii(body, i == 0 ? "{\"methodName\":" : ",{\"methodName\":");
      body.writeBytes(jsonString(methods.get(i)));
      ascii(body, ",\"params\":");
      body.writeBytes(params.get(i));
      ascii(body, "}");
    }
    ascii(body, "]]}");
    return body.toByteArray();
  }

  /**
   * {@code [{"jsonrpc":"2.0","id":N,"method":"…","params":[…]},…]}: one ordinary envelope per
   * call, with the ids {@code firstId}, {@code firstId + 1}, … in call order.
   */
  static byte[] jsonRpcBatch(long firstId, List<String> methods, List<byte[]> params) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    ascii(body, "[");
    for (int i = 0; i < methods.size(); i++) {
      ascii(body, (i == 0 ? "" : ",") + "{\"jsonrpc\":\"2.0\",\"id\":" + (firstId + i)
          + ",\"method\":");
      body.writeBytes(jsonString(methods.get(i)));
      ascii(body, ",\"params\":");
      body.writeBytes(params.get(i));
      ascii(body, "}");
    }
    ascii(body, "]");
    return body.toByteArray();
  }

  private static void ascii(ByteArrayOutputStream body, String text) {
    body.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
  }

  /** A method name as a JSON string, escaped as the encoder escapes it. */
  private static byte[] jsonString(String text) {
    return JacksonJson.writeDocument(out -> out.writeString(text));
  }
}
