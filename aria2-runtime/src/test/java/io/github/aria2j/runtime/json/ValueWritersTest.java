package io.github.aria2j.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The basic writers, the list and map combinators and the empty-value writers. */
class ValueWritersTest {

  @Test
  @DisplayName("the constants write their type; numbers as JSON numbers")
  void constants() {
    assertThat(ValueWriters.toJson("x", ValueWriters.STRING)).isEqualTo("\"x\"");
    assertThat(ValueWriters.toJson(5_000_000_000L, ValueWriters.LONG_NUMBER))
        .isEqualTo("5000000000");
    assertThat(ValueWriters.toJson(7, ValueWriters.INT_NUMBER)).isEqualTo("7");
    assertThat(ValueWriters.toJson(true, ValueWriters.BOOLEAN)).isEqualTo("true");
    assertThat(ValueWriters.toJson(List.of("a", 1L), ValueWriters.ANY)).isEqualTo("[\"a\",1]");
  }

  @Test
  @DisplayName("listOf writes an array in order")
  void listOf() {
    assertThat(ValueWriters.toJson(List.of("b", "a"), ValueWriters.listOf(ValueWriters.STRING)))
        .isEqualTo("[\"b\",\"a\"]");
  }

  @Test
  @DisplayName("mapOf writes an object in the map's order")
  void mapOf() {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("split", "4");
    options.put("dir", "/tmp");

    assertThat(ValueWriters.toJson(options, ValueWriters.mapOf(ValueWriters.STRING)))
        .isEqualTo("{\"split\":\"4\",\"dir\":\"/tmp\"}");
  }

  @Test
  @DisplayName("null elements, keys and values are rejected, saying where")
  void nullsRejected() {
    ValueWriter<List<String>> list = ValueWriters.listOf(ValueWriters.STRING);
    ValueWriter<Map<String, String>> map = ValueWriters.mapOf(ValueWriters.STRING);
    Map<String, String> nullValue = new LinkedHashMap<>();
    nullValue.put("dir", null);
    Map<String, String> nullKey = new LinkedHashMap<>();
    nullKey.put(null, "x");

    assertThatThrownBy(() -> ValueWriters.toJson(Arrays.asList("a", null), list))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("null element at index 1");
    assertThatThrownBy(() -> ValueWriters.toJson(nullValue, map))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("null value for key 'dir'");
    assertThatThrownBy(() -> ValueWriters.toJson(nullKey, map))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("null key in map");
  }

  @Test
  @DisplayName("emptyObject and emptyArray ignore their value")
  void emptyValues() {
    assertThat(ValueWriters.toJson(null, ValueWriters.<Map<String, String>>emptyObject()))
        .isEqualTo("{}");
    assertThat(ValueWriters.toJson(List.of("ignored"), ValueWriters.<List<String>>emptyArray()))
        .isEqualTo("[]");
  }

  @Test
  @DisplayName("a writer that writes nothing is an error, not an empty document")
  void writerWritingNothing() {
    assertThatThrownBy(() -> ValueWriters.toJson("x", (out, value) -> {}))
        .isInstanceOf(IllegalStateException.class);
  }
}
