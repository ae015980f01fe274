package io.github.aria2j.runtime.internal.json;

import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.aria2j.runtime.json.JsonDecodingException;
import io.github.aria2j.runtime.json.JsonIn;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link JsonIn} over a Jackson streaming parser.
 *
 * <p>The reader looks one token ahead: {@code peek()} fetches the token at the current position
 * once, and each read consumes it. Jackson's own exceptions never escape: malformed or
 * truncated input becomes a {@link JsonDecodingException} with the JSON path.
 */
public final class JacksonJsonIn implements JsonIn {

  private final JsonParser parser;
  private JsonToken token;
  private boolean peeked;

  JacksonJsonIn(JsonParser parser) {
    this.parser = parser;
  }

  @Override
  public boolean isNull() {
    return peek() == JsonToken.VALUE_NULL;
  }

  @Override
  public void readNull() {
    expect(JsonToken.VALUE_NULL, "null");
    consume();
  }

  @Override
  public void beginObject() {
    expect(JsonToken.START_OBJECT, "an object");
    consume();
  }

  @Override
  public String nextKey() {
    JsonToken current = peek();
    if (current == JsonToken.FIELD_NAME) {
      String key = currentName();
      consume();
      return key;
    }
    if (current == JsonToken.END_OBJECT) {
      consume();
      return null;
    }
    throw unexpected("a key or the end of an object", current);
  }

  @Override
  public void beginArray() {
    expect(JsonToken.START_ARRAY, "an array");
    consume();
  }

  @Override
  public boolean hasNext() {
    JsonToken current = peek();
    if (current == JsonToken.END_ARRAY) {
      consume();
      return false;
    }
    if (!isValueStart(current)) {
      throw unexpected("an array element or the end of an array", current);
    }
    return true;
  }

  @Override
  public String readString() {
    expect(JsonToken.VALUE_STRING, "a string");
    String text = text();
    consume();
    return text;
  }

  @Override
  public long readLong() {
    JsonToken current = peek();
    long value;
    if (current == JsonToken.VALUE_NUMBER_INT) {
      value = integerNumber();
    } else if (current == JsonToken.VALUE_STRING) {
      value = integerString();
    } else {
      throw unexpected("an integer (a number or a string of digits)", current);
    }
    consume();
    return value;
  }

  @Override
  public int readInt() {
    long value = readLong();
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      // The parser still stands on the token just consumed, so it can still be described.
      throw outOfRange("an int");
    }
    return (int) value;
  }

  @Override
  public boolean readBoolean() {
    JsonToken current = peek();
    boolean value;
    if (current == JsonToken.VALUE_TRUE || current == JsonToken.VALUE_FALSE) {
      value = current == JsonToken.VALUE_TRUE;
    } else if (current == JsonToken.VALUE_STRING && text().equals("true")) {
      value = true;
    } else if (current == JsonToken.VALUE_STRING && text().equals("false")) {
      value = false;
    } else {
      throw unexpected("a boolean (true, false, \"true\" or \"false\")", current);
    }
    consume();
    return value;
  }

  @Override
  public void skipValue() {
    JsonToken current = peek();
    if (!isValueStart(current)) {
      throw unexpected("a value", current);
    }
    if (current.isStructStart()) {
      try {
        parser.skipChildren();
      } catch (IOException e) {
        throw malformed(e);
      }
    }
    consume();
  }

  @Override
  public Object readAny() {
    JsonToken current = peek();
    if (current == null) {
      throw unexpected("a value", null);
    }
    switch (current) {
      case START_OBJECT:
        return readAnyObject();
      case START_ARRAY:
        return readAnyArray();
      case VALUE_STRING:
        return readString();
      case VALUE_NUMBER_INT:
        return readLong();
      case VALUE_NUMBER_FLOAT:
        return readDouble();
      case VALUE_TRUE:
      case VALUE_FALSE:
        return readBoolean();
      case VALUE_NULL:
        consume();
        return null;
      default:
        throw unexpected("a value", current);
    }
  }

  @Override
  public String path() {
    return JsonPositions.path(parser);
  }

  /** Checks that the document has nothing after the value just read. */
  void expectEnd() {
    JsonToken current = peek();
    if (current != null) {
      throw unexpected("the end of input", current);
    }
  }

  private Map<String, Object> readAnyObject() {
    Map<String, Object> map = new LinkedHashMap<>();
    beginObject();
    for (String key = nextKey(); key != null; key = nextKey()) {
      map.put(key, readAny());
    }
    return Collections.unmodifiableMap(map);
  }

  private List<Object> readAnyArray() {
    List<Object> list = new ArrayList<>();
    beginArray();
    while (hasNext()) {
      list.add(readAny());
    }
    return Collections.unmodifiableList(list);
  }

  private double readDouble() {
    try {
      double value = parser.getDoubleValue();
      consume();
      return value;
    } catch (IOException e) {
      throw malformed(e);
    }
  }

  private long integerNumber() {
    try {
      JsonParser.NumberType type = parser.getNumberType();
      if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
        return parser.getLongValue();
      }
    } catch (IOException e) {
      throw malformed(e);
    }
    throw outOfRange("a long");
  }

  /**
   * Parses a string of decimal digits, which is how aria2 sends every number, from the parser's
   * own character buffer: no String is made for each of the thousands of numbers of a large reply.
   */
  private long integerString() {
    char[] chars;
    int offset;
    int length;
    try {
      chars = parser.getTextCharacters();
      offset = parser.getTextOffset();
      length = parser.getTextLength();
    } catch (IOException e) {
      throw malformed(e);
    }
    // aria2 writes only [-]digits: "+1", " 1" and "" are not numbers here (Long.parseLong takes "+1")
    boolean negative = length > 0 && chars[offset] == '-';
    int start = negative ? 1 : 0;
    if (length == start) {
      throw unexpected("an integer (a number or a string of digits)", JsonToken.VALUE_STRING);
    }
    long value = 0; // accumulated negatively: Long.MIN_VALUE has no positive counterpart
    for (int i = start; i < length; i++) {
      char c = chars[offset + i];
      if (c < '0' || c > '9') {
        throw unexpected("an integer (a number or a string of digits)", JsonToken.VALUE_STRING);
      }
      int digit = c - '0';
      if (value < (Long.MIN_VALUE + digit) / 10) {
        throw outOfRange("a long");
      }
      value = value * 10 - digit;
    }
    if (!negative) {
      if (value == Long.MIN_VALUE) {
        throw outOfRange("a long");
      }
      value = -value;
    }
    return value;
  }

  private static boolean isValueStart(JsonToken current) {
    return current != null && (current.isScalarValue() || current.isStructStart());
  }

  private JsonToken peek() {
    if (!peeked) {
      try {
        token = parser.nextToken();
      } catch (IOException e) {
        throw malformed(e);
      }
      peeked = true;
    }
    return token;
  }

  private void consume() {
    peeked = false;
  }

  private void expect(JsonToken wanted, String description) {
    JsonToken current = peek();
    if (current != wanted) {
      throw unexpected(description, current);
    }
  }

  private String text() {
    try {
      return parser.getText();
    } catch (IOException e) {
      throw malformed(e);
    }
  }

  private String currentName() {
    try {
      return parser.currentName();
    } catch (IOException e) {
      throw malformed(e);
    }
  }

  private JsonDecodingException unexpected(String expected, JsonToken found) {
    return new JsonDecodingException(
        "expected " + expected + " but found " + JsonPositions.describe(parser, found), path());
  }

  private JsonDecodingException outOfRange(String type) {
    return new JsonDecodingException(
        "expected " + type + " but found " + JsonPositions.describe(parser, token)
            + ", out of range",
        path());
  }

  private JsonDecodingException malformed(IOException e) {
    String detail =
        e instanceof JsonProcessingException
            ? ((JsonProcessingException) e).getOriginalMessage()
            : String.valueOf(e.getMessage());
    String problem = e instanceof JsonEOFException ? "truncated JSON: " : "malformed JSON: ";
    return new JsonDecodingException(problem + detail, path(), e);
  }
}
