package io.github.aria2j.runtime.json;

import io.github.aria2j.runtime.internal.json.JacksonJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Readers for the basic JSON types, and combinators for lists and maps of them. */
public final class ValueReaders {

  /** Reads a JSON string; see {@link JsonIn#readString()}. */
  public static final ValueReader<String> STRING = JsonIn::readString;

  /** Reads an integer sent as a number or a string of digits; see {@link JsonIn#readLong()}. */
  public static final ValueReader<Long> LONG = JsonIn::readLong;

  /** Reads an integer that fits an {@code int}; see {@link JsonIn#readInt()}. */
  public static final ValueReader<Integer> INT = JsonIn::readInt;

  /** Reads a boolean sent as JSON or as {@code "true"}/{@code "false"}. */
  public static final ValueReader<Boolean> BOOLEAN = JsonIn::readBoolean;

  /** Reads any value as a generic Java value; see {@link JsonIn#readAny()}. */
  public static final ValueReader<Object> ANY = JsonIn::readAny;

  private ValueReaders() {}

  /**
   * Returns a reader for a JSON array whose elements {@code element} reads.
   *
   * @param element the reader of one element
   * @param <T> the element type
   * @return a reader producing an unmodifiable list in document order
   */
  public static <T> ValueReader<List<T>> listOf(ValueReader<T> element) {
    Objects.requireNonNull(element, "element");
    return in -> {
      List<T> list = new ArrayList<>();
      in.beginArray();
      while (in.hasNext()) {
        list.add(element.read(in));
      }
      return Collections.unmodifiableList(list);
    };
  }

  /**
   * Returns a reader for a JSON object whose values {@code value} reads, keyed by member name.
   *
   * @param value the reader of one member value
   * @param <T> the value type
   * @return a reader producing an unmodifiable map in document order
   */
  public static <T> ValueReader<Map<String, T>> mapOf(ValueReader<T> value) {
    Objects.requireNonNull(value, "value");
    return in -> {
      Map<String, T> map = new LinkedHashMap<>();
      in.beginObject();
      for (String key = in.nextKey(); key != null; key = in.nextKey()) {
        map.put(key, value.read(in));
      }
      return Collections.unmodifiableMap(map);
    };
  }

  /**
   * Decodes a whole JSON document with {@code reader}.
   *
   * @param json the document
   * @param reader the reader of its single top-level value
   * @param <T> the decoded type
   * @return the decoded value
   * @throws JsonDecodingException if the document is malformed, does not hold what the reader
   *     expects, or has content after the value
   */
  public static <T> T fromJson(String json, ValueReader<T> reader) {
    Objects.requireNonNull(json, "json");
    return fromJson(json.getBytes(StandardCharsets.UTF_8), reader);
  }

  /**
   * Decodes a whole UTF-8 JSON document with {@code reader}.
   *
   * @param json the document, in UTF-8
   * @param reader the reader of its single top-level value
   * @param <T> the decoded type
   * @return the decoded value
   * @throws JsonDecodingException if the document is malformed, does not hold what the reader
   *     expects, or has content after the value
   */
  public static <T> T fromJson(byte[] json, ValueReader<T> reader) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(reader, "reader");
    return JacksonJson.readDocument(json, reader);
  }
}
