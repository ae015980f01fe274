package io.github.aria2j.runtime.json;

/**
 * Writes one JSON document, value by value.
 *
 * <p>Misuse, such as a value where a key is expected or an object left open, throws
 * {@link IllegalStateException}. Instances are not thread-safe.
 */
public interface JsonOut {

  /** Starts an object; write a {@link #name(String)} before each of its values. */
  void beginObject();

  /**
   * Writes the key of the next object member.
   *
   * @param name the key
   * @throws NullPointerException if {@code name} is {@code null}
   */
  void name(String name);

  /** Ends the current object. */
  void endObject();

  /** Starts an array. */
  void beginArray();

  /** Ends the current array. */
  void endArray();

  /**
   * Writes a JSON string.
   *
   * @param value the string
   * @throws NullPointerException if {@code value} is {@code null}; use {@link #writeNull()}
   */
  void writeString(String value);

  /**
   * Writes a JSON integer.
   *
   * @param value the number
   */
  void writeNumber(long value);

  /**
   * Writes JSON {@code true} or {@code false}.
   *
   * @param value the boolean
   */
  void writeBoolean(boolean value);

  /** Writes JSON {@code null}. */
  void writeNull();

  /**
   * Writes a generic Java value, the inverse of {@link JsonIn#readAny()}.
   *
   * <p>Accepted: {@code Map} with {@code String} keys, any {@code Collection}, {@code String},
   * {@code Boolean}, integral numbers ({@code Long}, {@code Integer}, {@code Short},
   * {@code Byte}, {@code BigInteger}), finite {@code Double}/{@code Float},
   * {@code BigDecimal} and {@code null}; nested values likewise.
   *
   * @param value the value
   * @throws IllegalArgumentException if the value, or a nested one, is of another type, is a
   *     non-finite number, or is a map with a key that is not a {@code String}
   */
  void writeAny(Object value);
}
