package io.github.aria2j.runtime.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/** Checks and normalises endpoint URIs. */
public final class Endpoints {

  /** aria2 serves JSON-RPC, over HTTP and WebSocket alike, on this path only. */
  public static final String DEFAULT_PATH = "/jsonrpc";

  private Endpoints() {}

  /**
   * Checks an endpoint and fills in aria2's path when the URI has none.
   *
   * @param endpoint the URI given by the user
   * @param schemes the accepted schemes, in lower case
   * @return the endpoint, with {@link #DEFAULT_PATH} if its path was empty
   * @throws IllegalArgumentException naming what is wrong with the URI
   */
  public static URI check(URI endpoint, Set<String> schemes) {
    // Messages never repeat the URI: it could hold credentials.
    if (!endpoint.isAbsolute() || endpoint.isOpaque()) {
      throw new IllegalArgumentException(
          "the endpoint must be an absolute URI such as http://127.0.0.1:6800/jsonrpc");
    }
    String scheme = endpoint.getScheme().toLowerCase(Locale.ROOT);
    if (!schemes.contains(scheme)) {
      throw new IllegalArgumentException(
          "the endpoint's scheme must be one of " + schemes + ", was " + endpoint.getScheme());
    }
    if (endpoint.getHost() == null) {
      throw new IllegalArgumentException("the endpoint has no host");
    }
    if (endpoint.getRawUserInfo() != null) {
      // aria2's rpc-user/rpc-passwd are deprecated, and the HTTP client would not send them.
      throw new IllegalArgumentException(
          "the endpoint must not contain user information; give aria2's secret as the secret");
    }
    if (endpoint.getRawFragment() != null) {
      throw new IllegalArgumentException("the endpoint must not have a fragment");
    }
    if (endpoint.getRawPath() == null || endpoint.getRawPath().isEmpty()) {
      return withPath(endpoint, DEFAULT_PATH);
    }
    return endpoint;
  }

  private static URI withPath(URI endpoint, String path) {
    try {
      return new URI(
          endpoint.getScheme(),
          null,
          endpoint.getHost(),
          endpoint.getPort(),
          path,
          endpoint.getQuery(),
          null);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("the endpoint is not a valid URI", e);
    }
  }

  /**
   * Describes an endpoint for messages: scheme, host, port and path, nothing else.
   *
   * @param endpoint a checked endpoint
   * @return for example {@code http://127.0.0.1:6800/jsonrpc}
   */
  public static String describe(URI endpoint) {
    String port = endpoint.getPort() == -1 ? "" : ":" + endpoint.getPort();
    return endpoint.getScheme() + "://" + endpoint.getHost() + port + endpoint.getRawPath();
  }
}
