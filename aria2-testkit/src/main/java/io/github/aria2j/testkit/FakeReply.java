package io.github.aria2j.testkit;

import io.github.aria2j.runtime.json.JsonDecodingException;
import io.github.aria2j.runtime.json.ValueReaders;
import io.github.aria2j.runtime.json.ValueWriters;
import java.util.Objects;

/**
 * What {@link FakeAria2} answers to one call: a result, or an error as aria2 sends it.
 *
 * <pre>{@code
 * fake.on("aria2.tellStatus").replyWith(params ->
 *     params.get(0).equals("2089b05ecca3d829")
 *         ? FakeReply.json("{\"gid\":\"2089b05ecca3d829\",\"status\":\"complete\", ...}")
 *         : FakeReply.error(1, "GID " + params.get(0) + " is not found"));
 * }</pre>
 */
public final class FakeReply {

  private final Object result;
  private final Integer code;
  private final String message;

  private FakeReply(Object result, Integer code, String message) {
    this.result = result;
    this.code = code;
    this.message = message;
  }

  /**
   * A result given as a Java value.
   *
   * @param value a {@code Map} with {@code String} keys, a {@code List}, a {@code String}, a
   *     number, a {@code Boolean} or {@code null}, nested likewise; remember that aria2 sends
   *     most numbers and booleans as strings
   * @return the reply
   * @throws IllegalArgumentException if the value has no JSON form
   */
  public static FakeReply result(Object value) {
    ValueWriters.toJson(value, ValueWriters.ANY); // fails now, not inside the fake's thread
    return new FakeReply(value, null, null);
  }

  /**
   * A result given as JSON text, such as a reply copied from a real aria2.
   *
   * @param json the {@code result} member's JSON text
   * @return the reply
   * @throws IllegalArgumentException if the text is not one JSON value
   */
  public static FakeReply json(String json) {
    Objects.requireNonNull(json, "json");
    try {
      return new FakeReply(ValueReaders.fromJson(json, ValueReaders.ANY), null, null);
    } catch (JsonDecodingException e) {
      throw new IllegalArgumentException("not one JSON value: " + e.getMessage(), e);
    }
  }

  /**
   * An error, as aria2 sends it: every method error of aria2 has code 1, and only the message
   * tells them apart (such as {@code "GID 2089b05ecca3d829 is not found"}).
   *
   * @param code the error code; aria2 uses 1
   * @param message the error message
   * @return the reply
   */
  public static FakeReply error(int code, String message) {
    return new FakeReply(null, code, Objects.requireNonNull(message, "message"));
  }

  /** Whether this is an error. */
  boolean isError() {
    return code != null;
  }

  /** The result, for a reply that is not an error. */
  Object result() {
    return result;
  }

  /** The error code, for an error. */
  int code() {
    return code;
  }

  /** The error message, for an error. */
  String message() {
    return message;
  }

  /**
   * Describes the reply.
   *
   * @return for example {@code FakeReply{error 1: GID 1 is not found}} or {@code
   *     FakeReply{result "OK"}}
   */
  @Override
  public String toString() {
    return isError()
        ? "FakeReply{error " + code + ": " + message + "}"
        : "FakeReply{result " + ValueWriters.toJson(result, ValueWriters.ANY) + "}";
  }
}
