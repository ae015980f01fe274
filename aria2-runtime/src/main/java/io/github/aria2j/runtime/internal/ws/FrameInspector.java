package io.github.aria2j.runtime.internal.ws;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;

/**
 * Finds out what an incoming message is, reading no more of it than needed.
 *
 * <p>aria2 writes {@code id} first, so a reply is identified after a few tokens and the rest
 * (the result, possibly megabytes) is left to the engine, which decodes it anyway. Values
 * before the id or method are skipped without being built.
 */
final class FrameInspector {

  /** What a message is. */
  enum Kind {
    /** A reply (or a batch of replies) to the requests with {@link Frame#ids()}. */
    REPLY,
    /** A notification from aria2 such as {@code aria2.onDownloadComplete}; no id. */
    NOTIFICATION,
    /** Well-formed so far, but it names no request: a null, fractional or text id, no id. */
    UNIDENTIFIED,
    /** Not JSON, or not an object or array. */
    MALFORMED
  }

  /**
   * What was found.
   *
   * @param kind what the message is
   * @param ids for a reply, the request ids in message order
   * @param method for a notification, its method
   * @param problem for the other kinds, why no request could be identified
   */
  record Frame(Kind kind, long[] ids, String method, String problem) {}

  private static final JsonFactory FACTORY = new JsonFactory();
  private static final long[] NO_IDS = new long[0];
  private static final int MAX_ID_DIGITS = 18; // fits a long, whatever the digits

  private FrameInspector() {}

  /**
   * Inspects one message.
   *
   * @param utf8 the message, in UTF-8
   * @return what it is; never null
   */
  static Frame inspect(byte[] utf8) {
    try (JsonParser parser = FACTORY.createParser(utf8)) {
      JsonToken first = parser.nextToken();
      if (first == JsonToken.START_OBJECT) {
        return inspectObject(parser);
      }
      if (first == JsonToken.START_ARRAY) {
        return inspectBatch(parser);
      }
      return malformed(first == null ? "the message is empty" : "not a JSON object or array");
    } catch (JsonProcessingException e) {
      return malformed("malformed JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      return malformed("unreadable: " + e.getMessage()); // not expected from an array
    }
  }

  private static Frame inspectObject(JsonParser parser) throws IOException {
    boolean hasId = false;
    String method = null;
    for (JsonToken token = parser.nextToken();
        token == JsonToken.FIELD_NAME;
        token = parser.nextToken()) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if ("id".equals(name)) {
        hasId = true;
        Long id = readId(parser, value);
        if (id != null) {
          return new Frame(Kind.REPLY, new long[] {id}, null, null);
        }
      } else if ("method".equals(name) && value == JsonToken.VALUE_STRING) {
        method = parser.getText();
      } else {
        parser.skipChildren();
      }
    }
    if (method != null) { // JSON-RPC notifications have no id (some old peers send a null one)
      return new Frame(Kind.NOTIFICATION, NO_IDS, method, null);
    }
    return unidentified(hasId ? "its id is not a request id" : "it has neither an id nor a method");
  }

  private static Frame inspectBatch(JsonParser parser) throws IOException {
    long[] ids = new long[8];
    int count = 0;
    for (JsonToken token = parser.nextToken();
        token != JsonToken.END_ARRAY;
        token = parser.nextToken()) {
      if (token == null) {
        return malformed("truncated JSON");
      }
      Long id = token == JsonToken.START_OBJECT ? idOfElement(parser) : skip(parser);
      if (id != null) {
        if (count == ids.length) {
          ids = Arrays.copyOf(ids, count * 2);
        }
        ids[count++] = id;
      }
    }
    if (count == 0) {
      return unidentified("it is an array without request ids");
    }
    return new Frame(Kind.REPLY, Arrays.copyOf(ids, count), null, null);
  }

  /** Reads one element of a batch to its end; its id, or null. */
  private static Long idOfElement(JsonParser parser) throws IOException {
    Long id = null;
    for (JsonToken token = parser.nextToken();
        token == JsonToken.FIELD_NAME;
        token = parser.nextToken()) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (id == null && "id".equals(name)) {
        id = readId(parser, value);
      } else {
        parser.skipChildren();
      }
    }
    return id;
  }

  private static Long skip(JsonParser parser) throws IOException {
    parser.skipChildren();
    return null;
  }

  /** An id the engine could have sent: a JSON integer or a string of digits; else null. */
  private static Long readId(JsonParser parser, JsonToken value) throws IOException {
    if (value == JsonToken.VALUE_NUMBER_INT) {
      JsonParser.NumberType type = parser.getNumberType();
      return type == JsonParser.NumberType.BIG_INTEGER ? null : parser.getLongValue();
    }
    if (value == JsonToken.VALUE_STRING) {
      return digits(parser.getText());
    }
    parser.skipChildren();
    return null;
  }

  private static Long digits(String text) {
    if (text.isEmpty() || text.length() > MAX_ID_DIGITS) {
      return null;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return null;
      }
    }
    return Long.parseLong(text);
  }

  private static Frame malformed(String problem) {
    return new Frame(Kind.MALFORMED, NO_IDS, null, problem);
  }

  private static Frame unidentified(String problem) {
    return new Frame(Kind.UNIDENTIFIED, NO_IDS, null, problem);
  }
}
