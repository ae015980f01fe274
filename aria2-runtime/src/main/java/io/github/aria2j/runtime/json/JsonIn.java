package io.github.aria2j.runtime.json;

/**
 * Reads one JSON document, value by value.
 *
 * <p>The reader has a current position: the next value (or key, or end of a container) to be
 * read. Methods that read a value consume it; {@link #isNull()} only looks at it. Every method
 * throws {@link JsonDecodingException} naming the JSON path when the document does not hold
 * what was asked for, or is malformed or truncated.
 *
 * <p>Reading an object:
 *
 * <pre>{@code
 * in.beginObject();
 * for (String key = in.nextKey(); key != null; key = in.nextKey()) {
 *   switch (key) {
 *     case "gid" -> gid = in.readString();
 *     default -> in.skipValue();
 *   }
 * }
 * }</pre>
 *
 * <p>Instances are not thread-safe; each reads a single document on one thread.
 */
public interface JsonIn {

  /**
   * Tells whether the current value is JSON {@code null}, without consuming it.
   *
   * @return {@code true} if the current value is {@code null}
   * @throws JsonDecodingException if the document is malformed at this point
   */
  boolean isNull();

  /**
   * Consumes a JSON {@code null}.
   *
   * @throws JsonDecodingException if the current value is not {@code null}
   */
  void readNull();

  /**
   * Consumes the start of an object; then call {@link #nextKey()} until it returns {@code null}.
   *
   * @throws JsonDecodingException if the current value is not an object
   */
  void beginObject();

  /**
   * Reads the next key of the current object, or consumes the end of the object.
   *
   * <p>After a key, read or skip its value before asking for the next key.
   *
   * @return the key, or {@code null} when the object has ended
   * @throws JsonDecodingException if the reader is not at a key or at the end of an object
   */
  String nextKey();

  /**
   * Consumes the start of an array; then call {@link #hasNext()} before each element.
   *
   * @throws JsonDecodingException if the current value is not an array
   */
  void beginArray();

  /**
   * Tells whether the current array has another element, consuming the end of the array if not.
   *
   * @return {@code true} if an element follows, {@code false} when the array has ended
   * @throws JsonDecodingException if the reader is not inside an array
   */
  boolean hasNext();

  /**
   * Reads a JSON string.
   *
   * @return the string
   * @throws JsonDecodingException if the current value is not a string (numbers and booleans are
   *     not converted)
   */
  String readString();

  /**
   * Reads an integer given as a JSON number or as a string of decimal digits.
   *
   * <p>aria2 sends most numbers as strings ({@code "123"}); both forms are accepted. A leading
   * {@code -} is allowed; fractions, exponents, signs such as {@code +} and blanks are not.
   *
   * @return the integer
   * @throws JsonDecodingException if the value is neither form or does not fit a {@code long}
   */
  long readLong();

  /**
   * Reads an integer like {@link #readLong()} and checks that it fits an {@code int}.
   *
   * @return the integer
   * @throws JsonDecodingException if the value is not an integer or does not fit an {@code int}
   */
  int readInt();

  /**
   * Reads a boolean given as JSON {@code true}/{@code false} or as the string {@code "true"} or
   * {@code "false"}, the form aria2 uses.
   *
   * @return the boolean
   * @throws JsonDecodingException if the value is neither form
   */
  boolean readBoolean();

  /**
   * Skips the current value, whatever it is; used for keys the reader does not know.
   *
   * @throws JsonDecodingException if the reader is not at a value
   */
  void skipValue();

  /**
   * Reads the current value as a generic Java value.
   *
   * <p>Objects become unmodifiable {@code Map<String, Object>} in document order, arrays
   * unmodifiable {@code List<Object>}, strings {@code String}, integers {@code Long}, other
   * numbers {@code Double}, booleans {@code Boolean} and {@code null} stays {@code null}.
   *
   * @return the value
   * @throws JsonDecodingException if the value is malformed or an integer does not fit a
   *     {@code long}
   */
  Object readAny();

  /**
   * Returns the JSON path of the current position, for messages.
   *
   * @return a path such as {@code $.result[2].files[0].length}
   */
  String path();
}
