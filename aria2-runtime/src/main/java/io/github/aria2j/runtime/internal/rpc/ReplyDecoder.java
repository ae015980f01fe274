package io.github.aria2j.runtime.internal.rpc;

import io.github.aria2j.runtime.Aria2RpcException;
import io.github.aria2j.runtime.Aria2TransportException;
import io.github.aria2j.runtime.TransportErrorKind;
import io.github.aria2j.runtime.internal.json.JacksonJson;
import io.github.aria2j.runtime.json.JsonDecodingException;
import io.github.aria2j.runtime.json.JsonIn;
import io.github.aria2j.runtime.json.ValueReader;
import io.github.aria2j.runtime.rpc.RpcMethod;
import io.github.aria2j.runtime.rpc.TransportReply;

/**
 * Turns a reply into the call's result or the right exception; its helpers serve the batch
 * decoders too.
 *
 * <p>aria2 sends method errors with HTTP 400 and protocol errors with HTTP 500, each with a
 * JSON-RPC error object: those are {@link Aria2RpcException}s whatever the status. Any other
 * non-2xx answer is an {@code HTTP_STATUS} transport error; a 2xx answer that is not a reply to
 * this request is {@code MALFORMED_RESPONSE}.
 */
final class ReplyDecoder {

  private ReplyDecoder() {}

  /** A decoded envelope: {@code id} is null when absent or JSON null. */
  private record Envelope<T>(Long id, boolean hasResult, T result, ErrorObject error) {}

  /** A JSON-RPC error object. */
  record ErrorObject(int code, String message) {

    Aria2RpcException toException(String method) {
      return new Aria2RpcException(method, code, message);
    }
  }

  static <T> T decode(RpcMethod<T> method, long expectedId, TransportReply reply) {
    return decode(method.name(), method.result(), expectedId, reply);
  }

  static <T> T decode(
      String method, ValueReader<T> resultReader, long expectedId, TransportReply reply) {
    boolean success = isSuccess(reply);
    Envelope<T> envelope;
    try {
      envelope = JacksonJson.readDocument(reply.body(), in -> readEnvelope(in, resultReader));
    } catch (JsonDecodingException e) {
      if (!success) {
        throw httpStatus(method, reply);
      }
      throw malformed(method, e.getMessage(), e);
    } catch (RuntimeException e) {
      // A result reader that fails otherwise (say, on an unknown enum constant) still means the
      // reply was not what this method returns.
      throw malformed(method, "the result could not be decoded: " + e, e);
    }
    if (envelope.error() != null) {
      // Parse errors come back with "id": null: the server could not read the request's id.
      if (envelope.id() != null && envelope.id() != expectedId) {
        throw success ? idMismatch(method, envelope.id(), expectedId) : httpStatus(method, reply);
      }
      throw envelope.error().toException(method);
    }
    if (!success) {
      throw httpStatus(method, reply);
    }
    if (!envelope.hasResult()) {
      throw malformed(method, "the reply has neither a result nor an error", null);
    }
    if (envelope.id() == null || envelope.id() != expectedId) {
      throw idMismatch(method, envelope.id(), expectedId);
    }
    return envelope.result();
  }

  private static <T> Envelope<T> readEnvelope(JsonIn in, ValueReader<T> resultReader) {
    Long id = null;
    boolean hasResult = false;
    T result = null;
    ErrorObject error = null;
    in.beginObject();
    for (String key = in.nextKey(); key != null; key = in.nextKey()) {
      switch (key) {
        case "id":
          id = readId(in);
          break;
        case "result":
          hasResult = true;
          result = resultReader.read(in);
          break;
        case "error":
          error = readError(in);
          break;
        default: // "jsonrpc", and anything a proxy or a later aria2 may add
          in.skipValue();
      }
    }
    return new Envelope<>(id, hasResult, result, error);
  }

  static boolean isSuccess(TransportReply reply) {
    return reply.status() >= 200 && reply.status() < 300;
  }

  /** Reads an id: a number, a string of digits, or null (returned as {@code null}). */
  static Long readId(JsonIn in) {
    if (in.isNull()) {
      in.readNull();
      return null;
    }
    return in.readLong();
  }

  static ErrorObject readError(JsonIn in) {
    in.beginObject();
    return readErrorFields(in);
  }

  /** Reads an error object whose start the caller has already consumed. */
  static ErrorObject readErrorFields(JsonIn in) {
    Integer code = null;
    String message = null;
    for (String key = in.nextKey(); key != null; key = in.nextKey()) {
      switch (key) {
        case "code":
          code = in.readInt();
          break;
        case "message":
          message = in.readString();
          break;
        default:
          in.skipValue();
      }
    }
    if (code == null || message == null) {
      throw new JsonDecodingException("the error object needs a code and a message", in.path());
    }
    return new ErrorObject(code, message);
  }

  static Aria2TransportException httpStatus(String method, TransportReply reply) {
    return new Aria2TransportException(
        method,
        reply.status(),
        "HTTP status " + reply.status() + " without a JSON-RPC reply (a body of "
            + reply.body().length + " bytes)");
  }

  static Aria2TransportException idMismatch(String method, Long actual, long expected) {
    return malformed(
        method,
        "the reply's id " + actual + " does not match the request's id " + expected,
        null);
  }

  static Aria2TransportException malformed(String method, String problem, Throwable cause) {
    return new Aria2TransportException(
        method, TransportErrorKind.MALFORMED_RESPONSE, "malformed reply: " + problem, cause);
  }
}
