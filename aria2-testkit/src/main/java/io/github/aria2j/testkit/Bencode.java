package io.github.aria2j.testkit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes bencode (BEP 3): integers ({@link Integer}, {@link Long}), byte strings ({@link String}
 * as UTF-8, or {@code byte[]}), lists ({@link List}) and dictionaries ({@link Map} with {@link
 * String} keys, written sorted by their raw bytes as the format requires).
 */
final class Bencode {

  private Bencode() {}

  /**
   * Encodes a value.
   *
   * @param value the value, of the types above
   * @return its bencoding
   * @throws IllegalArgumentException for a value (or a nested one) of another type
   */
  static byte[] encode(Object value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, value);
    return out.toByteArray();
  }

  private static void write(ByteArrayOutputStream out, Object value) {
    if (value instanceof Integer || value instanceof Long) {
      ascii(out, "i" + value + "e");
    } else if (value instanceof String text) {
      bytes(out, text.getBytes(StandardCharsets.UTF_8));
    } else if (value instanceof byte[] raw) {
      bytes(out, raw);
    } else if (value instanceof List<?> list) {
      out.write('l');
      list.forEach(element -> write(out, element));
      out.write('e');
    } else if (value instanceof Map<?, ?> map) {
      dictionary(out, map);
    } else {
      String type = value == null ? "null" : value.getClass().getName();
      throw new IllegalArgumentException("bencode has no form for " + type);
    }
  }

  private static void dictionary(ByteArrayOutputStream out, Map<?, ?> map) {
    TreeMap<byte[], Object> sorted = new TreeMap<>(Arrays::compareUnsigned);
    map.forEach(
        (key, element) -> {
          if (!(key instanceof String name)) {
            throw new IllegalArgumentException("bencode dictionary keys are strings, not " + key);
          }
          sorted.put(name.getBytes(StandardCharsets.UTF_8), element);
        });
    out.write('d');
    sorted.forEach(
        (key, element) -> {
          bytes(out, key);
          write(out, element);
        });
    out.write('e');
  }

  private static void bytes(ByteArrayOutputStream out, byte[] raw) {
    ascii(out, raw.length + ":");
    out.writeBytes(raw);
  }

  private static void ascii(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
  }
}
