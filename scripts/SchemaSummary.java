import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prints how many entries each top-level array or object of a JSON file has, for example
 * {@code methods: 36}. Used by {@code scripts/run.sh}; runs as a single-file program
 * ({@code java scripts/SchemaSummary.java FILE}) with nothing but the JDK.
 */
public final class SchemaSummary {
  private final String text;
  private int pos;

  private SchemaSummary(String text) {
    this.text = text;
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: java SchemaSummary.java FILE.json");
      System.exit(2);
    }
    try {
      new SchemaSummary(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8)).summarize();
    } catch (IllegalStateException e) {
      System.err.println(args[0] + ": not valid JSON: " + e.getMessage());
      System.exit(1);
    }
  }

  private void summarize() {
    skipWhitespace();
    expect('{');
    skipWhitespace();
    if (peek() == '}') {
      return;
    }
    while (true) {
      skipWhitespace();
      String key = readString();
      skipWhitespace();
      expect(':');
      skipWhitespace();
      char c = peek();
      int count = skipValue();
      if (c == '[' || c == '{') {
        System.out.printf("  %-16s %d%n", key + ":", count);
      }
      skipWhitespace();
      if (peek() == ',') {
        pos++;
        continue;
      }
      expect('}');
      return;
    }
  }

  /** Skips one value and returns its number of direct members (0 for scalars). */
  private int skipValue() {
    char c = peek();
    if (c == '"') {
      readString();
      return 0;
    }
    if (c != '[' && c != '{') {
      while (pos < text.length() && ",]}".indexOf(text.charAt(pos)) < 0
          && !Character.isWhitespace(text.charAt(pos))) {
        pos++;
      }
      return 0;
    }
    char close = c == '[' ? ']' : '}';
    pos++;
    skipWhitespace();
    if (peek() == close) {
      pos++;
      return 0;
    }
    int count = 0;
    while (true) {
      skipWhitespace();
      if (c == '{') {
        readString();
        skipWhitespace();
        expect(':');
        skipWhitespace();
      }
      skipValue();
      count++;
      skipWhitespace();
      if (peek() == ',') {
        pos++;
        continue;
      }
      expect(close);
      return count;
    }
  }

  private String readString() {
    expect('"');
    StringBuilder sb = new StringBuilder();
    while (peek() != '"') {
      char c = text.charAt(pos++);
      if (c == '\\') {
        sb.append(text.charAt(pos++));
      } else {
        sb.append(c);
      }
    }
    pos++;
    return sb.toString();
  }

  private void skipWhitespace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private char peek() {
    if (pos >= text.length()) {
      throw new IllegalStateException("unexpected end of input");
    }
    return text.charAt(pos);
  }

  private void expect(char c) {
    if (peek() != c) {
      throw new IllegalStateException("expected '" + c + "' at offset " + pos + " but found '" + peek() + "'");
    }
    pos++;
  }
}
