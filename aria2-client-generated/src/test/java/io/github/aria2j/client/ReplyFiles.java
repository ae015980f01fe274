package io.github.aria2j.client;

import io.github.aria2j.runtime.json.ValueReaders;
import io.github.aria2j.runtime.json.ValueWriters;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The reply fixtures under {@code src/test/resources}.
 *
 * <ul>
 *   <li>{@code replies/NAME.json}: a result in aria2's shape (keys in alphabetical order, numbers
 *       and booleans as strings), written for these tests;
 *   <li>{@code live/live-NAME.json}: request/response pairs captured from aria2 1.36.0, copied
 *       unchanged from {@code shared/aria2-reference}, whose secret was {@code s3cret} too.
 * </ul>
 */
final class ReplyFiles {

  private ReplyFiles() {}

  /** The result held by {@code replies/NAME.json}. */
  static String result(String name) {
    return read("/replies/" + name + ".json");
  }

  /** The result aria2 gave in {@code live/live-NAME.json}, as compact JSON in its key order. */
  static String liveResult(String name) {
    Map<String, Object> response = map(live(name).get("response"));
    return ValueWriters.toJson(map(response.get("body")).get("result"), ValueWriters.ANY);
  }

  /** The params of the captured request as compact JSON, or {@code null} when it had none. */
  static String liveRequestParams(String name) {
    Object params = map(live(name).get("request")).get("params");
    return params == null ? null : ValueWriters.toJson(params, ValueWriters.ANY);
  }

  private static Map<String, Object> live(String name) {
    return map(ValueReaders.fromJson(read("/live/live-" + name + ".json"), ValueReaders.ANY));
  }

  @SuppressWarnings("unchecked") // readAny gives maps with String keys
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  private static String read(String resource) {
    try (InputStream in = ReplyFiles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
