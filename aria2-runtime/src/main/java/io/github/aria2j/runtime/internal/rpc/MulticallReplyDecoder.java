package io.github.aria2j.runtime.internal.rpc;

import io.github.aria2j.runtime.internal.json.JacksonJson;
import io.github.aria2j.runtime.json.JsonDecodingException;
import io.github.aria2j.runtime.json.JsonIn;
import io.github.aria2j.runtime.rpc.Outcome;
import io.github.aria2j.runtime.rpc.RpcMethod;
import io.github.aria2j.runtime.rpc.TransportReply;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes the reply to a {@code system.multicall}: one envelope whose {@code result} holds, in
 * call order, a one-element array {@code [result]} per success and a bare {@code {code,
 * message}} per failure.
 *
 * <p>The results are read as they stream by, each with its call's reader: the request id is
 * known in advance, so the envelope's key order does not matter. An error for the multicall as
 * a whole, or a reply that does not hold one result per call, fails the whole batch under the
 * name {@code system.multicall}.
 */
final class MulticallReplyDecoder {

  private static final String METHOD = MulticallTokens.MULTICALL;

  private MulticallReplyDecoder() {}

  private record Envelope(Long id, List<Outcome<?>> outcomes, ReplyDecoder.ErrorObject error) {}

  static List<Outcome<?>> decode(
      List<RpcMethod<?>> methods, long expectedId, TransportReply reply) {
    boolean success = ReplyDecoder.isSuccess(reply);
    Envelope envelope;
    try {
      envelope = JacksonJson.readDocument(reply.body(), in -> readEnvelope(in, methods));
    } catch (JsonDecodingException e) {
      if (!success) {
        throw ReplyDecoder.httpStatus(METHOD, reply);
      }
      throw ReplyDecoder.malformed(METHOD, e.getMessage(), e);
    }
    if (envelope.error() != null) {
      if (envelope.id() != null && envelope.id() != expectedId) {
        throw success
            ? ReplyDecoder.idMismatch(METHOD, envelope.id(), expectedId)
            : ReplyDecoder.httpStatus(METHOD, reply);
      }
      throw envelope.error().toException(METHOD);
    }
    if (!success) {
      throw ReplyDecoder.httpStatus(METHOD, reply);
    }
    if (envelope.outcomes() == null) {
      throw ReplyDecoder.malformed(METHOD, "the reply has neither a result nor an error", null);
    }
    if (envelope.id() == null || envelope.id() != expectedId) {
      throw ReplyDecoder.idMismatch(METHOD, envelope.id(), expectedId);
    }
    return envelope.outcomes();
  }

  private static Envelope readEnvelope(JsonIn in, List<RpcMethod<?>> methods) {
    Long id = null;
    List<Outcome<?>> outcomes = null;
    ReplyDecoder.ErrorObject error = null;
    in.beginObject();
    for (String key = in.nextKey(); key != null; key = in.nextKey()) {
      switch (key) {
        case "id":
          id = ReplyDecoder.readId(in);
          break;
        case "result":
          outcomes = readOutcomes(in, methods);
          break;
        case "error":
          error = ReplyDecoder.readError(in);
          break;
        default:
          in.skipValue();
      }
    }
    return new Envelope(id, outcomes, error);
  }

  private static List<Outcome<?>> readOutcomes(JsonIn in, List<RpcMethod<?>> methods) {
    List<Outcome<?>> outcomes = new ArrayList<>(methods.size());
    in.beginArray();
    while (in.hasNext()) {
      if (outcomes.size() == methods.size()) {
        throw new JsonDecodingException(
            "expected " + methods.size() + " results, one per call, but found more", in.path());
      }
      outcomes.add(readOutcome(in, methods.get(outcomes.size())));
    }
    if (outcomes.size() < methods.size()) {
      throw new JsonDecodingException(
          "expected " + methods.size() + " results, one per call, but found " + outcomes.size(),
          in.path());
    }
    return outcomes;
  }

  private static <T> Outcome<T> readOutcome(JsonIn in, RpcMethod<T> method) {
    if (!BatchReplies.enterArrayOrObject(in, "a one-element array or an error object")) {
      return BatchReplies.failure(method, ReplyDecoder.readErrorFields(in));
    }
    if (!in.hasNext()) {
      throw new JsonDecodingException(
          "expected the result of " + method.name() + " in a one-element array but found an"
              + " empty array",
          in.path());
    }
    Outcome<T> outcome = BatchReplies.readSuccess(in, method);
    if (in.hasNext()) {
      throw new JsonDecodingException(
          "expected the result of " + method.name() + " in a one-element array but found more"
              + " elements",
          in.path());
    }
    return outcome;
  }
}
