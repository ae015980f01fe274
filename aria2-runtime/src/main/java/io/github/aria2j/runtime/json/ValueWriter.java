package io.github.aria2j.runtime.json;

/**
 * Encodes one value as JSON; generated code has one per parameter type.
 *
 * @param <T> the encoded type
 */
@FunctionalInterface
public interface ValueWriter<T> {

  /**
   * Writes {@code value} as exactly one JSON value.
   *
   * @param out the writer
   * @param value the value; never {@code null} except for writers that ignore their value,
   *     such as {@link ValueWriters#emptyObject()}
   */
  void write(JsonOut out, T value);
}
