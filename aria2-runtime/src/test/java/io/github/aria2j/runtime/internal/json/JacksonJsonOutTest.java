package io.github.aria2j.runtime.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aria2j.runtime.json.JsonOut;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every JsonOut method, and what happens on misuse. */
class JacksonJsonOutTest {

  private static String write(Consumer<JsonOut> body) {
    return new String(JacksonJson.writeDocument(body), StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("objects, arrays and every scalar are written compactly")
  void everyMethod() {
    String json =
        write(
            out -> {
              out.beginObject();
              out.name("s");
              out.writeString("é\"\n");
              out.name("n");
              out.writeNumber(-9_007_199_254_740_993L);
              out.name("b");
              out.writeBoolean(true);
              out.name("z");
              out.writeNull();
              out.name("a");
              out.beginArray();
              out.writeBoolean(false);
              out.beginObject();
              out.endObject();
              out.endArray();
              out.endObject();
            });

    assertThat(json)
        .isEqualTo(
            "{\"s\":\"é\\\"\\n\",\"n\":-9007199254740993,\"b\":true,\"z\":null,"
                + "\"a\":[false,{}]}");
  }

  @Test
  @DisplayName("writeAny writes maps in order, collections, and every scalar type")
  void writeAny() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("s", "x");
    map.put("l", 1L);
    map.put("i", 2);
    map.put("sh", (short) 3);
    map.put("by", (byte) 4);
    map.put("d", 1.5);
    map.put("f", 0.25f);
    map.put("bi", new BigInteger("123456789012345678901234567890"));
    map.put("bd", new BigDecimal("0.1"));
    map.put("b", true);
    map.put("n", null);
    map.put("list", Arrays.asList(1, null, "y"));
    map.put("set", new LinkedHashSet<>(List.of("p", "q")));

    assertThat(write(out -> out.writeAny(map)))
        .isEqualTo(
            "{\"s\":\"x\",\"l\":1,\"i\":2,\"sh\":3,\"by\":4,\"d\":1.5,\"f\":0.25,"
                + "\"bi\":123456789012345678901234567890,\"bd\":0.1,\"b\":true,\"n\":null,"
                + "\"list\":[1,null,\"y\"],\"set\":[\"p\",\"q\"]}");
  }

  @Test
  @DisplayName("writeAny rejects types it cannot write, non-string keys and non-finite numbers")
  void writeAnyRejects() {
    assertThatThrownBy(() -> write(out -> out.writeAny(new Object[] {1})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot write a [Ljava.lang.Object; as JSON");
    assertThatThrownBy(() -> write(out -> out.writeAny(Map.of(1, "a"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("JSON object keys must be strings, found a java.lang.Integer");
    assertThatThrownBy(() -> write(out -> out.writeAny(Double.NaN)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot write the non-finite number NaN as JSON");
  }

  @Test
  @DisplayName("writeString and name reject null")
  void nullsRejected() {
    assertThatThrownBy(() -> write(out -> out.writeString(null)))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(
            () ->
                write(
                    out -> {
                      out.beginObject();
                      out.name(null);
                    }))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  @DisplayName("a value where a key is due is an IllegalStateException")
  void valueInsteadOfKey() {
    assertThatThrownBy(
            () ->
                write(
                    out -> {
                      out.beginObject();
                      out.writeString("x");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("expecting field name");
  }

  @Test
  @DisplayName("a key outside an object is an IllegalStateException")
  void keyOutsideObject() {
    assertThatThrownBy(() -> write(out -> out.name("a")))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  @DisplayName("a document left open, empty, or with two values is an IllegalStateException")
  void incompleteDocuments() {
    assertThatThrownBy(() -> write(JsonOut::beginArray))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("incomplete JSON: an object or array was left open");
    assertThatThrownBy(() -> write(out -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("expected one JSON value but 0 were written");
    assertThatThrownBy(
            () ->
                write(
                    out -> {
                      out.writeNumber(1);
                      out.writeNumber(2);
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("expected one JSON value but 2 were written");
  }
}
