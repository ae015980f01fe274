package io.github.aria2j.runtime.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.github.aria2j.runtime.json.JsonOut;
import io.github.aria2j.runtime.json.ValueReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/** The one Jackson factory of the runtime, and whole-document reading and writing. */
public final class JacksonJson {

  // Thread-safe and costly to build, hence shared. Writers must close what they open: the
  // generator does not silently close open objects for them.
  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_CONTENT).build();

  private JacksonJson() {}

  /**
   * Opens a reader over a UTF-8 JSON document.
   *
   * @param json the document
   * @return a reader positioned before its first value
   */
  public static JacksonJsonIn reader(byte[] json) {
    try {
      JsonParser parser = FACTORY.createParser(json);
      return new JacksonJsonIn(parser);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen for an in-memory array
    }
  }

  /**
   * Reads a whole document with {@code reader} and checks that nothing follows the value.
   *
   * @param json the document, in UTF-8
   * @param reader the reader of the top-level value
   * @param <T> the decoded type
   * @return the decoded value
   */
  public static <T> T readDocument(byte[] json, ValueReader<T> reader) {
    JacksonJsonIn in = reader(json);
    T value = reader.read(in);
    in.expectEnd();
    return value;
  }

  /**
   * Writes a whole document and returns its UTF-8 bytes.
   *
   * @param body writes exactly one top-level value
   * @return the document
   * @throws IllegalStateException if {@code body} leaves an object or array open, or writes
   *     nothing
   */
  public static byte[] writeDocument(Consumer<JsonOut> body) {
    try (ByteArrayBuilder bytes = new ByteArrayBuilder()) {
      try (JsonGenerator generator = FACTORY.createGenerator(bytes)) {
        JacksonJsonOut out = new JacksonJsonOut(generator);
        body.accept(out);
        out.expectComplete();
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen for an in-memory buffer
    }
  }
}
