package io.github.aria2j.runtime.internal.rpc;

import io.github.aria2j.runtime.internal.json.JacksonJson;
import io.github.aria2j.runtime.json.JsonDecodingException;
import io.github.aria2j.runtime.json.JsonIn;
import io.github.aria2j.runtime.rpc.Outcome;
import io.github.aria2j.runtime.rpc.RpcMethod;

/** What the multicall and the JSON-RPC batch reply decoders share. */
final class BatchReplies {

  private BatchReplies() {}

  /**
   * Consumes the start of an array (returns {@code true}) or of an object ({@code false}).
   *
   * <p>{@link JsonIn} cannot say what comes next, but the readers it is used with here look one
   * token ahead and only consume a value they accept: a {@code beginArray} that fails on an
   * object leaves the reader on that object.
   *
   * @param expected what the caller wants, for the message: {@code "an array of replies"}
   */
  static boolean enterArrayOrObject(JsonIn in, String expected) {
    try {
      in.beginArray();
      return true;
    } catch (JsonDecodingException notArray) {
      if (notArray.getCause() != null) {
        throw notArray; // malformed or truncated input, not another value
      }
      try {
        in.beginObject();
        return false;
      } catch (JsonDecodingException notObject) {
        String problem = problemOf(notObject).replaceFirst("^expected an object", "");
        throw new JsonDecodingException("expected " + expected + problem, notObject.path());
      }
    }
  }

  /**
   * Reads a call's result where it stands. A reader failing otherwise than on the JSON (say, on
   * an unknown enum constant) is reported at the value's path, naming the call's method.
   */
  static <T> Outcome<T> readSuccess(JsonIn in, RpcMethod<T> method) {
    String path = in.path();
    try {
      return new Outcome.Success<>(method.result().read(in));
    } catch (JsonDecodingException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new JsonDecodingException(
          "the result of " + method.name() + " could not be decoded: " + e, path, e);
    }
  }

  /**
   * Decodes a result that had to be buffered (it came before its id), reporting problems at
   * {@code resultPath}, the path of the buffered value in the reply.
   */
  static <T> Outcome<T> decodeBuffered(RpcMethod<T> method, Object buffered, String resultPath) {
    byte[] json = JacksonJson.writeDocument(out -> out.writeAny(buffered));
    try {
      return JacksonJson.readDocument(json, in -> readSuccess(in, method));
    } catch (JsonDecodingException e) {
      // The path is relative to the buffered value ("$.version"): put it back into the reply.
      throw new JsonDecodingException(problemOf(e), resultPath + e.path().substring(1), e);
    }
  }

  /** The call failed on its own: aria2's error, naming the call's method. */
  static <T> Outcome<T> failure(RpcMethod<T> method, ReplyDecoder.ErrorObject error) {
    return new Outcome.Failure<>(error.toException(method.name()));
  }

  /** The message of a decoding exception without its {@code " at <path>"}. */
  private static String problemOf(JsonDecodingException e) {
    String message = e.getMessage();
    String suffix = " at " + e.path();
    return message.endsWith(suffix)
        ? message.substring(0, message.length() - suffix.length())
        : message;
  }
}
