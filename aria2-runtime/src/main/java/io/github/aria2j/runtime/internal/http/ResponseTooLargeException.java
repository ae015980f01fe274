package io.github.aria2j.runtime.internal.http;

import java.io.IOException;

/** A reply body grew past the client's limit; the body subscriber stops reading. */
final class ResponseTooLargeException extends IOException {

  private static final long serialVersionUID = 1L;

  ResponseTooLargeException(int limit) {
    super("the reply is larger than the client's limit of " + limit + " bytes");
  }
}
