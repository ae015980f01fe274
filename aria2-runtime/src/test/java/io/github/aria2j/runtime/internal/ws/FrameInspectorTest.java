package io.github.aria2j.runtime.internal.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aria2j.runtime.internal.ws.FrameInspector.Frame;
import io.github.aria2j.runtime.internal.ws.FrameInspector.Kind;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the inspector makes of each kind of message, reading only what it must. */
class FrameInspectorTest {

  @Test
  @DisplayName("a reply with the id first is identified before its result is read")
  void idFirst() {
    // The result is truncated garbage: the inspector must stop at the id.
    Frame frame = inspect("{\"id\":12,\"jsonrpc\":\"2.0\",\"result\":{\"version\":[tru");

    assertThat(frame.kind()).isEqualTo(Kind.REPLY);
    assertThat(frame.ids()).containsExactly(12L);
  }

  @Test
  @DisplayName("a reply with the id last: the values before it are skipped")
  void idLast() {
    Frame frame = inspect("{\"jsonrpc\":\"2.0\",\"result\":{\"files\":[{\"id\":99,\"uris\":[]}],"
        + "\"method\":\"x\"},\"id\":3}");

    assertThat(frame.kind()).isEqualTo(Kind.REPLY);
    assertThat(frame.ids()).containsExactly(3L);
  }

  @Test
  @DisplayName("an id that is a string of digits counts as that number")
  void stringId() {
    assertThat(inspect("{\"id\":\"42\",\"result\":1}").ids()).containsExactly(42L);
  }

  @ParameterizedTest
  @ValueSource(strings = {"null", "1.5", "\"abc\"", "\"\"", "\"-1\"", "\"12345678901234567890\"",
      "123456789012345678901234", "{\"a\":1}", "[1]", "true"})
  @DisplayName("ids the engine cannot have sent identify nothing")
  void unusableIds(String id) {
    Frame frame = inspect("{\"id\":" + id + ",\"error\":{\"code\":-32700,\"message\":\"x\"}}");

    assertThat(frame.kind()).isEqualTo(Kind.UNIDENTIFIED);
    assertThat(frame.problem()).isEqualTo("its id is not a request id");
  }

  @Test
  @DisplayName("a message with a method and no id is a notification")
  void notification() {
    Frame frame = inspect("{\"jsonrpc\":\"2.0\",\"method\":\"aria2.onDownloadStart\","
        + "\"params\":[{\"gid\":\"2089b05ecca3d829\"}]}");

    assertThat(frame.kind()).isEqualTo(Kind.NOTIFICATION);
    assertThat(frame.method()).isEqualTo("aria2.onDownloadStart");
  }

  @Test
  @DisplayName("a batch reply lists the ids of its elements in order")
  void batch() {
    Frame frame = inspect("[{\"id\":2,\"result\":[1,{\"id\":7}]},{\"result\":0,\"id\":\"1\"},"
        + "{\"error\":{}},5,{\"id\":3}]");

    assertThat(frame.kind()).isEqualTo(Kind.REPLY);
    assertThat(frame.ids()).containsExactly(2L, 1L, 3L);
  }

  @Test
  @DisplayName("a batch with many elements keeps all ids")
  void largeBatch() {
    StringBuilder json = new StringBuilder("[");
    for (int id = 1; id <= 100; id++) {
      json.append(id == 1 ? "" : ",").append("{\"id\":").append(id).append(",\"result\":0}");
    }
    assertThat(inspect(json.append("]").toString()).ids()).hasSize(100).endsWith(100L);
  }

  @Test
  @DisplayName("an empty array or an object without id or method names nothing")
  void unidentified() {
    assertThat(inspect("[]").kind()).isEqualTo(Kind.UNIDENTIFIED);
    assertThat(inspect("{\"result\":1}").problem())
        .isEqualTo("it has neither an id nor a method");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "<html>", "42", "\"text\"", "{\"result\":", "[{\"id\":1}", "{'id':1}"})
  @DisplayName("anything else is malformed")
  void malformed(String text) {
    assertThat(inspect(text).kind()).isEqualTo(Kind.MALFORMED);
  }

  private static Frame inspect(String json) {
    return FrameInspector.inspect(json.getBytes(StandardCharsets.UTF_8));
  }
}
