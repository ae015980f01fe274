package io.github.aria2j.runtime.internal.json;

import static io.github.aria2j.runtime.internal.json.JsonInputs.in;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aria2j.runtime.json.JsonDecodingException;
import io.github.aria2j.runtime.json.JsonIn;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Scalars and generic values: lenient where aria2 is, strict elsewhere. */
class JacksonJsonInValuesTest {

  @Test
  @DisplayName("readString reads a string, including escapes and non-ASCII text")
  void readString() {
    assertThat(in("'a\\u00e9\\n ü'").readString()).isEqualTo("aé\n ü");
    assertThat(in("''").readString()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "12     | expected a string but found the integer 12 at $",
        "true   | expected a string but found the boolean true at $",
        "null   | expected a string but found null at $",
        "{}     | expected a string but found an object at $",
        "[]     | expected a string but found an array at $"
      })
  @DisplayName("readString does not convert other values")
  void readStringStrict(String json, String message) {
    assertThatThrownBy(() -> in(json).readString())
        .isInstanceOf(JsonDecodingException.class)
        .hasMessage(message);
  }

  @ParameterizedTest
  @CsvSource(
      quoteCharacter = '`',
      value = {"123, 123", "'123', 123", "-5, -5", "'-5', -5", "'0', 0",
      "9223372036854775807, 9223372036854775807", "'-9223372036854775808', -9223372036854775808"})
  @DisplayName("readLong accepts a number and a string of digits, as aria2 sends them")
  void readLongLenient(String json, long expected) {
    assertThat(in(json).readLong()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "1.5                    | expected an integer (a number or a string of digits) but found"
            + " the fractional number 1.5 at $",
        "'12a'                  | expected an integer (a number or a string of digits) but found"
            + " the string \"12a\" at $",
        "'+1'                   | expected an integer (a number or a string of digits) but found"
            + " the string \"+1\" at $",
        "' 1'                   | expected an integer (a number or a string of digits) but found"
            + " the string \" 1\" at $",
        "''                     | expected an integer (a number or a string of digits) but found"
            + " the string \"\" at $",
        "true                   | expected an integer (a number or a string of digits) but found"
            + " the boolean true at $",
        "9223372036854775808    | expected a long but found the integer 9223372036854775808,"
            + " out of range at $",
        "'9223372036854775808'  | expected a long but found the string \"9223372036854775808\","
            + " out of range at $"
      })
  @DisplayName("readLong rejects fractions, signs, blanks, other types and overflow")
  void readLongStrict(String json, String message) {
    assertThatThrownBy(() -> in(json).readLong())
        .isInstanceOf(JsonDecodingException.class)
        .hasMessage(message);
  }

  @Test
  @DisplayName("readInt reads ints in both forms and rejects values beyond int")
  void readInt() {
    assertThat(in("'2147483647'").readInt()).isEqualTo(Integer.MAX_VALUE);
    assertThat(in("-2147483648").readInt()).isEqualTo(Integer.MIN_VALUE);
    assertThatThrownBy(() -> in("'2147483648'").readInt())
        .isInstanceOf(JsonDecodingException.class)
        .hasMessage("expected an int but found the string \"2147483648\", out of range at $");
  }

  @ParameterizedTest
  @CsvSource(
      quoteCharacter = '`',
      value = {"true, true", "false, false", "'true', true", "'false', false"})
  @DisplayName("readBoolean accepts JSON booleans and the strings aria2 sends")
  void readBooleanLenient(String json, boolean expected) {
    assertThat(in(json).readBoolean()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"'TRUE'", "'yes'", "1", "'1'", "null"})
  @DisplayName("readBoolean rejects anything else")
  void readBooleanStrict(String json) {
    assertThatThrownBy(() -> in(json).readBoolean())
        .isInstanceOf(JsonDecodingException.class)
        .hasMessageStartingWith(
            "expected a boolean (true, false, \"true\" or \"false\") but found");
  }

  @Test
  @DisplayName("isNull looks without consuming; readNull consumes")
  void nulls() {
    JsonIn in = in("[null, 1]");
    in.beginArray();
    assertThat(in.hasNext()).isTrue();
    assertThat(in.isNull()).isTrue();
    assertThat(in.isNull()).isTrue();
    in.readNull();
    assertThat(in.isNull()).isFalse();
    assertThatThrownBy(in::readNull)
        .isInstanceOf(JsonDecodingException.class)
        .hasMessage("expected null but found the integer 1 at $[1]");
  }

  @Test
  @DisplayName("readAny builds maps, lists, strings, longs, doubles, booleans and nulls")
  void readAny() {
    Object value = in("{'s':'x','i':7,'d':1.5,'b':false,'n':null,'l':[1,'2',[]],'o':{}}").readAny();

    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("s", "x");
    expected.put("i", 7L);
    expected.put("d", 1.5);
    expected.put("b", false);
    expected.put("n", null);
    expected.put("l", List.of(1L, "2", List.of()));
    expected.put("o", Map.of());
    assertThat(value).isEqualTo(expected);
    assertThat(List.copyOf(((Map<?, ?>) value).keySet()))
        .isEqualTo(List.of("s", "i", "d", "b", "n", "l", "o"));
  }

  @Test
  @DisplayName("readAny returns unmodifiable collections")
  void readAnyUnmodifiable() {
    Map<?, ?> map = (Map<?, ?>) in("{'l':[1]}").readAny();

    assertThatThrownBy(map::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ((List<?>) map.get("l")).clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  @DisplayName("readAny rejects integers beyond long, naming the path")
  void readAnyOverflow() {
    assertThatThrownBy(() -> in("{'a':[1, 99999999999999999999]}").readAny())
        .isInstanceOf(JsonDecodingException.class)
        .hasMessage("expected a long but found the integer 99999999999999999999, out of range"
            + " at $.a[1]");
  }

  @Test
  @DisplayName("long strings are shortened in messages")
  void longStringsShortened() {
    char[] text = new char[100];
    Arrays.fill(text, 'x');

    assertThatThrownBy(() -> in("'" + new String(text) + "'").readLong())
        .hasMessageContaining("\"" + "x".repeat(40) + "…\"")
        .hasMessageNotContaining("x".repeat(41));
  }
}
