package io.github.aria2j.runtime.testing;

import io.github.aria2j.runtime.RpcSettings;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** Settings and request helpers shared by the protocol tests. */
public final class Engines {

  /** The secret the tests configure; no message, log or toString may contain it. */
  public static final String SECRET = "s3cret-must-not-leak";

  /** Short enough to keep failing tests quick, long enough for a loaded CI machine. */
  public static final Duration SHORT_TIMEOUT = Duration.ofMillis(400);

  private Engines() {}

  /** Settings for {@code server} with the test secret and a generous timeout. */
  public static RpcSettings.Builder settings(MockWebServer server) {
    return settings(server.url("/jsonrpc").uri());
  }

  /** Settings for {@code endpoint} with the test secret and a generous timeout. */
  public static RpcSettings.Builder settings(URI endpoint) {
    return RpcSettings.builder()
        .endpoint(endpoint)
        .secret(SECRET)
        .requestTimeout(Duration.ofSeconds(20));
  }

  /** The next request the server received, waiting boundedly; fails if none came. */
  public static RecordedRequest takeRequest(MockWebServer server) throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    if (request == null) {
      throw new AssertionError("the server received no request");
    }
    return request;
  }

  /** The body of the next request, as text. */
  public static String takeBody(MockWebServer server) throws InterruptedException {
    return takeRequest(server).getBody().utf8();
  }
}
