package io.github.aria2j.runtime.json;

/**
 * Decodes one value from JSON; generated code has one per record, enum and result type.
 *
 * @param <T> the decoded type
 */
@FunctionalInterface
public interface ValueReader<T> {

  /**
   * Reads the current value of {@code in}, consuming it entirely.
   *
   * @param in the reader, positioned at the value
   * @return the decoded value
   * @throws JsonDecodingException if the JSON does not hold such a value
   */
  T read(JsonIn in);
}
