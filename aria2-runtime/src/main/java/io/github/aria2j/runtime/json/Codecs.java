package io.github.aria2j.runtime.json;

/** Small checks that generated codecs share. */
public final class Codecs {

  private Codecs() {}

  /**
   * Returns the value of a key that aria2 always sends, or fails if the object lacked it.
   *
   * <p>Call it after the object's end was read, so that the path names the object.
   *
   * @param value the value read, or {@code null} if the key never came
   * @param key the key, for the message
   * @param in the reader, for the JSON path
   * @param <T> the value's type
   * @return {@code value}
   * @throws JsonDecodingException if {@code value} is {@code null}, naming the key and the path
   *     of the object
   */
  public static <T> T require(T value, String key, JsonIn in) {
    if (value == null) {
      throw new JsonDecodingException("missing key \"" + key + "\"", in.path());
    }
    return value;
  }
}
