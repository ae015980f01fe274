package io.github.aria2j.runtime.json;

import io.github.aria2j.runtime.internal.json.JacksonJson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Writers for the basic JSON types, and combinators for lists and maps of them. */
public final class ValueWriters {

  /** Writes a JSON string. */
  public static final ValueWriter<String> STRING = JsonOut::writeString;

  /** Writes a {@code long} as a JSON number (aria2's integer parameters must be numbers). */
  public static final ValueWriter<Long> LONG_NUMBER = JsonOut::writeNumber;

  /** Writes an {@code int} as a JSON number. */
  public static final ValueWriter<Integer> INT_NUMBER = JsonOut::writeNumber;

  /** Writes JSON {@code true} or {@code false}. */
  public static final ValueWriter<Boolean> BOOLEAN = JsonOut::writeBoolean;

  /** Writes a generic Java value; see {@link JsonOut#writeAny(Object)}. */
  public static final ValueWriter<Object> ANY = JsonOut::writeAny;

  private static final ValueWriter<Object> EMPTY_OBJECT =
      (out, ignored) -> {
        out.beginObject();
        out.endObject();
      };

  private static final ValueWriter<Object> EMPTY_ARRAY =
      (out, ignored) -> {
        out.beginArray();
        out.endArray();
      };

  private ValueWriters() {}

  /**
   * Returns a writer for a list, writing each element with {@code element}.
   *
   * @param element the writer of one element
   * @param <T> the element type
   * @return a writer of a JSON array; it throws {@link IllegalArgumentException} for a
   *     {@code null} element
   */
  public static <T> ValueWriter<List<T>> listOf(ValueWriter<T> element) {
    Objects.requireNonNull(element, "element");
    return (out, list) -> {
      out.beginArray();
      int index = 0;
      for (T item : list) {
        if (item == null) {
          throw new IllegalArgumentException("null element at index " + index);
        }
        element.write(out, item);
        index++;
      }
      out.endArray();
    };
  }

  /**
   * Returns a writer for a map with string keys, writing each value with {@code value}.
   *
   * @param value the writer of one member value
   * @param <T> the value type
   * @return a writer of a JSON object in the map's iteration order; it throws {@link
   *     IllegalArgumentException} for a {@code null} key or value
   */
  public static <T> ValueWriter<Map<String, T>> mapOf(ValueWriter<T> value) {
    Objects.requireNonNull(value, "value");
    return (out, map) -> {
      out.beginObject();
      for (Map.Entry<String, T> entry : map.entrySet()) {
        if (entry.getKey() == null) {
          throw new IllegalArgumentException("null key in map");
        }
        if (entry.getValue() == null) {
          throw new IllegalArgumentException("null value for key '" + entry.getKey() + "'");
        }
        out.name(entry.getKey());
        value.write(out, entry.getValue());
      }
      out.endObject();
    };
  }

  /**
   * Returns a writer that ignores its value and writes an empty object, {@code {}}.
   *
   * <p>It is the "nothing" value of an optional object parameter that precedes a given one.
   *
   * @param <T> the type of the ignored value
   * @return the writer
   */
  @SuppressWarnings("unchecked") // it never looks at the value, so any T is safe
  public static <T> ValueWriter<T> emptyObject() {
    return (ValueWriter<T>) EMPTY_OBJECT;
  }

  /**
   * Returns a writer that ignores its value and writes an empty array, {@code []}.
   *
   * <p>It is the "nothing" value of an optional array parameter that precedes a given one.
   *
   * @param <T> the type of the ignored value
   * @return the writer
   */
  @SuppressWarnings("unchecked") // it never looks at the value, so any T is safe
  public static <T> ValueWriter<T> emptyArray() {
    return (ValueWriter<T>) EMPTY_ARRAY;
  }

  /**
   * Encodes {@code value} as a JSON document.
   *
   * @param value the value
   * @param writer the writer of the value
   * @param <T> the value type
   * @return the JSON text
   * @throws IllegalStateException if the writer leaves the document unbalanced or incomplete
   */
  public static <T> String toJson(T value, ValueWriter<T> writer) {
    Objects.requireNonNull(writer, "writer");
    byte[] json = JacksonJson.writeDocument(out -> writer.write(out, value));
    return new String(json, StandardCharsets.UTF_8);
  }
}
