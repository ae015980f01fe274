package io.github.aria2j.runtime.internal.rpc;

import io.github.aria2j.runtime.internal.json.JacksonJson;
import io.github.aria2j.runtime.json.JsonDecodingException;
import io.github.aria2j.runtime.json.JsonIn;
import io.github.aria2j.runtime.rpc.Outcome;
import io.github.aria2j.runtime.rpc.RpcMethod;
import io.github.aria2j.runtime.rpc.TransportReply;
import java.util.Arrays;
import java.util.List;

/**
 * Decodes the reply to a JSON-RPC batch: an array of ordinary replies in any order, matched to
 * the calls by id (the calls have the ids {@code firstId}, {@code firstId + 1}, …).
 *
 * <p>aria2 writes {@code id} before {@code result}, so a result is read as it streams by with
 * its call's reader. A reply that puts {@code result} first has that result buffered and
 * decoded once its id is known. A reply that is an error object instead of an array, or an
 * error without an id, fails the whole batch under the name {@code batch}, as does any reply
 * that does not answer each call exactly once.
 */
final class JsonRpcBatchReplyDecoder {

  static final String METHOD = "batch";

  private JsonRpcBatchReplyDecoder() {}

  /** Either an outcome per call, or an error for the batch as a whole. */
  private record Reply(List<Outcome<?>> outcomes, ReplyDecoder.ErrorObject batchError) {}

  static List<Outcome<?>> decode(List<RpcMethod<?>> methods, long firstId, TransportReply reply) {
    boolean success = ReplyDecoder.isSuccess(reply);
    Reply decoded;
    try {
      decoded = JacksonJson.readDocument(reply.body(), in -> read(in, methods, firstId));
    } catch (JsonDecodingException e) {
      if (!success) {
        throw ReplyDecoder.httpStatus(METHOD, reply);
      }
      throw ReplyDecoder.malformed(METHOD, e.getMessage(), e);
    }
    if (decoded.batchError() != null) {
      throw decoded.batchError().toException(METHOD);
    }
    // aria2 answers batches with 200; another status counts only if it carries call errors.
    if (!success && decoded.outcomes().stream().allMatch(Outcome::isSuccess)) {
      throw ReplyDecoder.httpStatus(METHOD, reply);
    }
    return decoded.outcomes();
  }

  private static Reply read(JsonIn in, List<RpcMethod<?>> methods, long firstId) {
    if (!BatchReplies.enterArrayOrObject(in, "an array of replies")) {
      return new Reply(null, readWholeBatchError(in));
    }
    Outcome<?>[] outcomes = new Outcome<?>[methods.size()];
    ReplyDecoder.ErrorObject batchError = null;
    while (in.hasNext()) {
      ReplyDecoder.ErrorObject unmatched = readElement(in, methods, firstId, outcomes);
      if (batchError == null) {
        batchError = unmatched;
      }
    }
    if (batchError != null) {
      return new Reply(null, batchError);
    }
    for (int i = 0; i < outcomes.length; i++) {
      if (outcomes[i] == null) {
        long missing = Arrays.stream(outcomes).filter(o -> o == null).count();
        throw new JsonDecodingException(
            "expected " + outcomes.length + " replies, one per call, but found "
                + (outcomes.length - missing) + "; none for " + methods.get(i).name() + " (id "
                + (firstId + i) + ")",
            in.path());
      }
    }
    return new Reply(Arrays.asList(outcomes), null);
  }

  /**
   * Reads one reply of the array into {@code outcomes}; returns its error instead when it has
   * no id, so that no call can be blamed.
   */
  private static ReplyDecoder.ErrorObject readElement(
      JsonIn in, List<RpcMethod<?>> methods, long firstId, Outcome<?>[] outcomes) {
    in.beginObject();
    String elementPath = in.path();
    int index = -1;
    Outcome<?> result = null;
    Object buffered = null;
    String bufferedPath = null;
    ReplyDecoder.ErrorObject error = null;
    for (String key = in.nextKey(); key != null; key = in.nextKey()) {
      switch (key) {
        case "id":
          index = indexOf(ReplyDecoder.readId(in), firstId, outcomes, in);
          break;
        case "result":
          if (index >= 0) {
            result = BatchReplies.readSuccess(in, methods.get(index));
          } else {
            // The call is not known yet: keep the value and decode it once the id has come.
            bufferedPath = in.path();
            buffered = in.readAny();
          }
          break;
        case "error":
          error = ReplyDecoder.readError(in);
          break;
        default:
          in.skipValue();
      }
    }
    if (index < 0) {
      if (error != null) {
        return error;
      }
      throw new JsonDecodingException("expected a reply with an id", elementPath);
    }
    RpcMethod<?> method = methods.get(index);
    if (error != null) {
      outcomes[index] = BatchReplies.failure(method, error);
    } else if (result != null) {
      outcomes[index] = result;
    } else if (bufferedPath != null) {
      outcomes[index] = BatchReplies.decodeBuffered(method, buffered, bufferedPath);
    } else {
      throw new JsonDecodingException(
          "the reply to " + method.name() + " has neither a result nor an error", elementPath);
    }
    return null;
  }

  /** The call a reply answers, or -1 for an id of null. */
  private static int indexOf(Long id, long firstId, Outcome<?>[] outcomes, JsonIn in) {
    if (id == null) {
      return -1;
    }
    long index = id - firstId;
    if (index < 0 || index >= outcomes.length) {
      throw new JsonDecodingException(
          "the reply's id " + id + " matches no call of the batch (ids " + firstId + " to "
              + (firstId + outcomes.length - 1) + ")",
          in.path());
    }
    if (outcomes[(int) index] != null) {
      throw new JsonDecodingException("a second reply for id " + id, in.path());
    }
    return (int) index;
  }

  /** A reply that is an object: only an error for the whole batch makes sense. */
  private static ReplyDecoder.ErrorObject readWholeBatchError(JsonIn in) {
    ReplyDecoder.ErrorObject error = null;
    for (String key = in.nextKey(); key != null; key = in.nextKey()) {
      if (key.equals("error")) {
        error = ReplyDecoder.readError(in);
      } else {
        in.skipValue();
      }
    }
    if (error == null) {
      throw new JsonDecodingException(
          "expected an array of replies, one per call, but found an object without an error",
          "$");
    }
    return error;
  }
}
