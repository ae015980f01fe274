package io.github.aria2j.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The basic readers and the list and map combinators. */
class ValueReadersTest {

  @Test
  @DisplayName("the constants read their type, leniently where aria2 needs it")
  void constants() {
    assertThat(ValueReaders.fromJson("\"x\"", ValueReaders.STRING)).isEqualTo("x");
    assertThat(ValueReaders.fromJson("\"123\"", ValueReaders.LONG)).isEqualTo(123L);
    assertThat(ValueReaders.fromJson("7", ValueReaders.INT)).isEqualTo(7);
    assertThat(ValueReaders.fromJson("\"false\"", ValueReaders.BOOLEAN)).isFalse();
    assertThat(ValueReaders.fromJson("{\"a\":[1]}", ValueReaders.ANY))
        .isEqualTo(Map.of("a", List.of(1L)));
  }

  @Test
  @DisplayName("listOf reads an array into an unmodifiable list in order")
  void listOf() {
    List<Long> list =
        ValueReaders.fromJson("[\"3\",1,\"2\"]", ValueReaders.listOf(ValueReaders.LONG));

    assertThat(list).containsExactly(3L, 1L, 2L);
    assertThatThrownBy(list::clear).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  @DisplayName("mapOf reads an object into an unmodifiable map in document order")
  void mapOf() {
    Map<String, String> map =
        ValueReaders.fromJson(
            "{\"split\":\"5\",\"dir\":\"/tmp\"}", ValueReaders.mapOf(ValueReaders.STRING));

    assertThat(map).containsExactly(Map.entry("split", "5"), Map.entry("dir", "/tmp"));
    assertThatThrownBy(map::clear).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  @DisplayName("element errors name the element's path")
  void elementPaths() {
    ValueReader<Map<String, List<Long>>> reader =
        ValueReaders.mapOf(ValueReaders.listOf(ValueReaders.LONG));

    assertThatThrownBy(() -> ValueReaders.fromJson("{\"a\":[1,\"x\"]}", reader))
        .isInstanceOf(JsonDecodingException.class)
        .hasMessage(
            "expected an integer (a number or a string of digits) but found the string \"x\""
                + " at $.a[1]");
  }

  @Test
  @DisplayName("listOf and mapOf reject other containers")
  void wrongContainer() {
    assertThatThrownBy(() -> ValueReaders.fromJson("{}", ValueReaders.listOf(ValueReaders.ANY)))
        .hasMessage("expected an array but found an object at $");
    assertThatThrownBy(() -> ValueReaders.fromJson("[]", ValueReaders.mapOf(ValueReaders.ANY)))
        .hasMessage("expected an object but found an array at $");
  }

  @Test
  @DisplayName("fromJson reads UTF-8 bytes and rejects trailing content")
  void fromJsonBytes() {
    byte[] json = "\"ü\"".getBytes(StandardCharsets.UTF_8);

    assertThat(ValueReaders.fromJson(json, ValueReaders.STRING)).isEqualTo("ü");
    assertThatThrownBy(() -> ValueReaders.fromJson("1 2", ValueReaders.LONG))
        .isInstanceOf(JsonDecodingException.class)
        .hasMessage("expected the end of input but found the integer 2 at $");
  }
}
