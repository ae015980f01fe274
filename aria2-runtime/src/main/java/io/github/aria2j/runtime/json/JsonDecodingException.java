package io.github.aria2j.runtime.json;

/**
 * Thrown when JSON does not hold what a reader expects, or is malformed or truncated.
 *
 * <p>The message says what was expected, what was found and where, for example {@code expected
 * a string but found an integer (12) at $.result.gid}. String values in messages are shortened.
 */
public final class JsonDecodingException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The JSON path of the failure. */
  private final String path;

  /**
   * Creates an exception for a problem at a JSON path.
   *
   * @param problem what went wrong, such as {@code expected a string but found null}
   * @param path the JSON path, such as {@code $.result.gid}; see {@link JsonIn#path()}
   */
  public JsonDecodingException(String problem, String path) {
    this(problem, path, null);
  }

  /**
   * Creates an exception for a problem at a JSON path, with its cause.
   *
   * @param problem what went wrong
   * @param path the JSON path
   * @param cause the underlying failure, or {@code null}
   */
  public JsonDecodingException(String problem, String path, Throwable cause) {
    super(problem + " at " + path, cause);
    this.path = path;
  }

  /**
   * Returns the JSON path of the failure.
   *
   * @return a path such as {@code $.result[2].files[0].length}
   */
  public String path() {
    return path;
  }
}
