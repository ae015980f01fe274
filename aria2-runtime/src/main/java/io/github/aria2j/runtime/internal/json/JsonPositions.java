package io.github.aria2j.runtime.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/** Describes where a Jackson parser is, and what it found there, for error messages. */
final class JsonPositions {

  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
  private static final int MAX_SHOWN_STRING = 40;

  private JsonPositions() {}

  /** The JSON path, such as {@code $.result[2].files[0].length}, of the parser's last token. */
  static String path(JsonParser parser) {
    Deque<String> segments = new ArrayDeque<>();
    for (JsonStreamContext context = parser.getParsingContext();
        context != null && !context.inRoot();
        context = context.getParent()) {
      // A container whose first entry has not been read yet adds nothing: the path is the
      // one of the container itself.
      if (context.inObject() && context.getCurrentName() != null) {
        segments.addFirst(keySegment(context.getCurrentName()));
      } else if (context.inArray() && context.getEntryCount() > 0) {
        segments.addFirst("[" + context.getCurrentIndex() + "]");
      }
    }
    return "$" + String.join("", segments);
  }

  private static String keySegment(String key) {
    if (PLAIN_KEY.matcher(key).matches()) {
      return "." + key;
    }
    return "['" + key.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  /** Names the token the parser is at, with a short excerpt of a scalar value. */
  static String describe(JsonParser parser, JsonToken token) {
    if (token == null) {
      return "the end of input";
    }
    try {
      switch (token) {
        case START_OBJECT:
          return "an object";
        case START_ARRAY:
          return "an array";
        case END_OBJECT:
          return "the end of an object";
        case END_ARRAY:
          return "the end of an array";
        case FIELD_NAME:
          return "the key " + quote(parser.currentName());
        case VALUE_STRING:
          return "the string " + quote(parser.getText());
        case VALUE_NUMBER_INT:
          return "the integer " + parser.getText();
        case VALUE_NUMBER_FLOAT:
          return "the fractional number " + parser.getText();
        case VALUE_TRUE:
        case VALUE_FALSE:
          return "the boolean " + parser.getText();
        case VALUE_NULL:
          return "null";
        default:
          return token.toString();
      }
    } catch (IOException e) {
      // The token's text could not be read (a truncated string): name the kind only.
      return token == JsonToken.VALUE_STRING ? "a string" : token.toString();
    }
  }

  private static String quote(String text) {
    if (text.length() > MAX_SHOWN_STRING) {
      return "\"" + text.substring(0, MAX_SHOWN_STRING) + "…\"";
    }
    return "\"" + text + "\"";
  }
}
