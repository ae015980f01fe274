package io.github.aria2j.testkit;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A request that a {@link TestFileServer} received, as logged for assertions.
 *
 * @param method the HTTP method, such as {@code GET}
 * @param name the requested path without its leading {@code /}, percent-decoded: the name a file
 *     is registered under
 * @param headers the request's headers, names in lower case
 * @param status the status the server answered with
 */
public record FileRequest(
    String method, String name, Map<String, List<String>> headers, int status) {

  /**
   * Checks the components and copies the headers.
   *
   * @param method the HTTP method
   * @param name the requested name
   * @param headers the headers
   * @param status the answered status
   */
  public FileRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(name, "name");
    headers = Map.copyOf(headers);
  }

  /**
   * Returns the first value of a header.
   *
   * @param headerName the header's name, in any case
   * @return its first value, or empty if the request had no such header
   */
  public Optional<String> header(String headerName) {
    List<String> values = headers.get(headerName.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * Returns the request's {@code Range} header.
   *
   * @return for example {@code bytes=1024-}, or empty for a request of the whole file
   */
  public Optional<String> range() {
    return header("Range");
  }
}
