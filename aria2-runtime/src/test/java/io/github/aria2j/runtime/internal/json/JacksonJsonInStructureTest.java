package io.github.aria2j.runtime.internal.json;

import static io.github.aria2j.runtime.internal.json.JsonInputs.in;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aria2j.runtime.json.JsonDecodingException;
import io.github.aria2j.runtime.json.JsonIn;
import io.github.aria2j.runtime.json.ValueReaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Objects, arrays, skipping, JSON paths, and malformed or truncated documents. */
class JacksonJsonInStructureTest {

  @Test
  @DisplayName("nextKey walks an object's keys and returns null at its end")
  void objectKeys() {
    JsonIn in = in("{'a':'1','b':2}");
    in.beginObject();

    assertThat(in.nextKey()).isEqualTo("a");
    assertThat(in.readString()).isEqualTo("1");
    assertThat(in.nextKey()).isEqualTo("b");
    assertThat(in.readLong()).isEqualTo(2);
    assertThat(in.nextKey()).isNull();
  }

  @Test
  @DisplayName("hasNext walks an array's elements and is false at its end")
  void arrayElements() {
    JsonIn in = in("[1,'2',3]");
    List<Long> values = new ArrayList<>();
    in.beginArray();
    while (in.hasNext()) {
      values.add(in.readLong());
    }

    assertThat(values).containsExactly(1L, 2L, 3L);
  }

  @Test
  @DisplayName("an empty object and an empty array end at once")
  void emptyContainers() {
    JsonIn in = in("[{},[]]");
    in.beginArray();
    assertThat(in.hasNext()).isTrue();
    in.beginObject();
    assertThat(in.nextKey()).isNull();
    assertThat(in.hasNext()).isTrue();
    in.beginArray();
    assertThat(in.hasNext()).isFalse();
    assertThat(in.hasNext()).isFalse();
  }

  @Test
  @DisplayName("beginObject and beginArray reject other values, naming the path")
  void containerMismatch() {
    JsonIn in = in("{'files':[{'uris':{}}]}");
    in.beginObject();
    in.nextKey();
    assertThatThrownBy(in::beginObject)
        .isInstanceOf(JsonDecodingException.class)
        .hasMessage("expected an object but found an array at $.files");

    in.beginArray();
    in.hasNext();
    in.beginObject();
    in.nextKey();
    assertThatThrownBy(in::beginArray)
        .isInstanceOf(JsonDecodingException.class)
        .hasMessage("expected an array but found an object at $.files[0].uris");
  }

  @Test
  @DisplayName("nextKey before the previous key's value was read is an error")
  void keyWithoutValue() {
    JsonIn in = in("{'a':'x'}");
    in.beginObject();
    in.nextKey();

    assertThatThrownBy(in::nextKey)
        .isInstanceOf(JsonDecodingException.class)
        .hasMessage("expected a key or the end of an object but found the string \"x\" at $.a");
  }

  @Test
  @DisplayName("hasNext outside an array is an error")
  void hasNextOutsideArray() {
    JsonIn in = in("{'a':1}");
    in.beginObject();

    assertThatThrownBy(in::hasNext)
        .isInstanceOf(JsonDecodingException.class)
        .hasMessage("expected an array element or the end of an array but found the key \"a\""
            + " at $.a");
  }

  @Test
  @DisplayName("skipValue skips scalars and whole nested containers")
  void skipValue() {
    JsonIn in = in("{'a':{'b':[1,{'c':null}]},'d':[[]],'e':'x','f':true,'g':'kept'}");
    in.beginObject();
    for (String key = in.nextKey(); !key.equals("g"); key = in.nextKey()) {
      in.skipValue();
    }

    assertThat(in.readString()).isEqualTo("kept");
    assertThat(in.nextKey()).isNull();
  }

  @Test
  @DisplayName("skipValue at the end of an object is an error")
  void skipNothing() {
    JsonIn in = in("{}");
    in.beginObject();

    assertThatThrownBy(in::skipValue)
        .isInstanceOf(JsonDecodingException.class)
        .hasMessage("expected a value but found the end of an object at $");
  }

  @Test
  @DisplayName("path names keys and indices down to the current value")
  void paths() {
    JsonIn in = in("{'result':[{},{},{'files':[{'length':'x'}]}]}");
    in.beginObject();
    assertThat(in.path()).isEqualTo("$");
    in.nextKey();
    in.beginArray();
    in.hasNext();
    in.skipValue();
    in.hasNext();
    in.skipValue();
    in.hasNext();
    in.beginObject();
    in.nextKey();
    in.beginArray();
    in.hasNext();
    in.beginObject();
    in.nextKey();

    assertThat(in.path()).isEqualTo("$.result[2].files[0].length");
    assertThatThrownBy(in::readLong)
        .isInstanceOf(JsonDecodingException.class)
        .extracting(e -> ((JsonDecodingException) e).path())
        .isEqualTo("$.result[2].files[0].length");
  }

  @Test
  @DisplayName("keys that are not plain names are quoted in paths")
  void quotedKeys() {
    JsonIn in = in("{'a b':{'it\\u0027s':1}}");
    in.beginObject();
    in.nextKey();
    in.beginObject();
    in.nextKey();

    assertThat(in.path()).isEqualTo("$['a b']['it\\'s']");
  }

  @Test
  @DisplayName("malformed JSON is a JsonDecodingException with the path, not a Jackson error")
  void malformed() {
    JsonIn in = in("{'a':[1,}");
    in.beginObject();
    in.nextKey();
    in.beginArray();
    in.hasNext();
    in.readLong();

    assertThatThrownBy(in::hasNext)
        .isInstanceOf(JsonDecodingException.class)
        .hasMessageStartingWith("malformed JSON: Unexpected character ('}' (code 125))")
        .hasMessageEndingWith(" at $.a[1]")
        .hasMessageNotContaining("Source:");
  }

  @Test
  @DisplayName("truncated JSON says so")
  void truncated() {
    JsonIn in = in("{'a':{'b':");
    in.beginObject();
    in.nextKey();
    in.beginObject();

    // Jackson reads a key together with the start of its value, so the key read fails.
    assertThatThrownBy(in::nextKey)
        .isInstanceOf(JsonDecodingException.class)
        .hasMessageStartingWith("truncated JSON: ")
        .hasMessageEndingWith(" at $.a.b");
  }

  @Test
  @DisplayName("an unterminated string is truncated JSON too")
  void truncatedString() {
    assertThatThrownBy(() -> in("{'a':'abc").readAny())
        .isInstanceOf(JsonDecodingException.class)
        .hasMessageStartingWith("truncated JSON: ");
  }

  @Test
  @DisplayName("an empty document has no value")
  void emptyDocument() {
    assertThatThrownBy(() -> in("").readAny())
        .isInstanceOf(JsonDecodingException.class)
        .hasMessage("expected a value but found the end of input at $");
  }

  @Test
  @DisplayName("reading a whole document rejects content after the value")
  void trailingContent() {
    byte[] json = "{\"a\":1} {\"b\":2}".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> JacksonJson.readDocument(json, ValueReaders.ANY))
        .isInstanceOf(JsonDecodingException.class)
        .hasMessage("expected the end of input but found an object at $");
  }

  @Test
  @DisplayName("reading a whole document rejects a reader that stops early")
  void readerStopsEarly() {
    byte[] json = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> JacksonJson.readDocument(json, in -> {
      in.beginObject();
      return null;
    }))
        .isInstanceOf(JsonDecodingException.class)
        .hasMessage("expected the end of input but found the key \"a\" at $.a");
  }
}
