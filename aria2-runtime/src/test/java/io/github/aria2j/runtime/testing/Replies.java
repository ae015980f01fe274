package io.github.aria2j.runtime.testing;

import mockwebserver3.MockResponse;

/** aria2-shaped HTTP replies for MockWebServer. */
public final class Replies {

  private Replies() {}

  /** A 200 reply with {@code result} (raw JSON) for request {@code id}, key order as aria2's. */
  public static MockResponse result(long id, String resultJson) {
    return json(200, "{\"id\":" + id + ",\"jsonrpc\":\"2.0\",\"result\":" + resultJson + "}");
  }

  /** An error reply as aria2 sends it: code 1 with HTTP 400 for method errors. */
  public static MockResponse error(long id, int status, int code, String message) {
    return json(
        status,
        "{\"id\":" + id + ",\"jsonrpc\":\"2.0\",\"error\":{\"code\":" + code + ",\"message\":\""
            + message + "\"}}");
  }

  /** A reply with a JSON body and aria2's content type. */
  public static MockResponse json(int status, String body) {
    return new MockResponse.Builder()
        .code(status)
        .setHeader("Content-Type", "application/json-rpc")
        .body(body)
        .build();
  }
}
