package io.github.aria2j.runtime.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.aria2j.runtime.json.JsonOut;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * {@link JsonOut} over a Jackson streaming generator.
 *
 * <p>Jackson's complaints about misuse (a value where a key is due) become {@link
 * IllegalStateException}: they are bugs in the writer, not in the data.
 */
public final class JacksonJsonOut implements JsonOut {

  private final JsonGenerator generator;

  JacksonJsonOut(JsonGenerator generator) {
    this.generator = generator;
  }

  @Override
  public void beginObject() {
    run(generator::writeStartObject);
  }

  @Override
  public void name(String name) {
    Objects.requireNonNull(name, "name");
    run(() -> generator.writeFieldName(name));
  }

  @Override
  public void endObject() {
    run(generator::writeEndObject);
  }

  @Override
  public void beginArray() {
    run(generator::writeStartArray);
  }

  @Override
  public void endArray() {
    run(generator::writeEndArray);
  }

  @Override
  public void writeString(String value) {
    Objects.requireNonNull(value, "value (use writeNull() for null)");
    run(() -> generator.writeString(value));
  }

  @Override
  public void writeNumber(long value) {
    run(() -> generator.writeNumber(value));
  }

  @Override
  public void writeBoolean(boolean value) {
    run(() -> generator.writeBoolean(value));
  }

  @Override
  public void writeNull() {
    run(generator::writeNull);
  }

  @Override
  public void writeAny(Object value) {
    if (value == null) {
      writeNull();
    } else if (value instanceof String) {
      writeString((String) value);
    } else if (value instanceof Boolean) {
      writeBoolean((Boolean) value);
    } else if (value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte) {
      writeNumber(((Number) value).longValue());
    } else if (value instanceof Double || value instanceof Float) {
      writeFinite(((Number) value).doubleValue());
    } else if (value instanceof BigInteger) {
      run(() -> generator.writeNumber((BigInteger) value));
    } else if (value instanceof BigDecimal) {
      run(() -> generator.writeNumber((BigDecimal) value));
    } else if (value instanceof Map) {
      writeAnyMap((Map<?, ?>) value);
    } else if (value instanceof Collection) {
      beginArray();
      for (Object element : (Collection<?>) value) {
        writeAny(element);
      }
      endArray();
    } else {
      throw new IllegalArgumentException(
          "cannot write a " + value.getClass().getName() + " as JSON");
    }
  }

  private void writeAnyMap(Map<?, ?> map) {
    beginObject();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!(entry.getKey() instanceof String)) {
        throw new IllegalArgumentException(
            "JSON object keys must be strings, found " + describeKey(entry.getKey()));
      }
      name((String) entry.getKey());
      writeAny(entry.getValue());
    }
    endObject();
  }

  private static String describeKey(Object key) {
    return key == null ? "null" : "a " + key.getClass().getName();
  }

  private void writeFinite(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(
          "cannot write the non-finite number " + value + " as JSON");
    }
    run(() -> generator.writeNumber(value));
  }

  /** Checks that exactly one complete top-level value was written. */
  void expectComplete() {
    if (!generator.getOutputContext().inRoot()) {
      throw new IllegalStateException("incomplete JSON: an object or array was left open");
    }
    if (generator.getOutputContext().getEntryCount() != 1) {
      throw new IllegalStateException(
          "expected one JSON value but "
              + generator.getOutputContext().getEntryCount()
              + " were written");
    }
  }

  private void run(JsonWrite write) {
    try {
      write.run();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One generator call; Jackson declares IOException on all of them. */
  @FunctionalInterface
  private interface JsonWrite {
    void run() throws IOException;
  }
}
