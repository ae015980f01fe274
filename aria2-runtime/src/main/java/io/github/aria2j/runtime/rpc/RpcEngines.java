package io.github.aria2j.runtime.rpc;

import io.github.aria2j.runtime.RpcSettings;
import io.github.aria2j.runtime.internal.http.HttpTransport;
import io.github.aria2j.runtime.internal.rpc.DefaultRpcEngine;
import java.util.Objects;

/** Creates {@link RpcEngine}s. */
public final class RpcEngines {

  private RpcEngines() {}

  /**
   * Creates an engine that posts each call to aria2 over HTTP (or HTTPS) with keep-alive.
   *
   * @param settings the endpoint, secret, timeouts, TLS context and size limits
   * @return the engine; close it when done
   * @throws IllegalArgumentException if the endpoint is not an {@code http} or {@code https}
   *     URI
   */
  public static RpcEngine http(RpcSettings settings) {
    Objects.requireNonNull(settings, "settings");
    return new DefaultRpcEngine(settings, new HttpTransport(settings));
  }

  /**
   * Creates an engine over a transport of your own; it closes the transport when closed.
   *
   * @param settings the secret, per-call timeout and request size limit used by the engine
   * @param transport carries the requests
   * @return the engine
   */
  public static RpcEngine create(RpcSettings settings, RpcTransport transport) {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(transport, "transport");
    return new DefaultRpcEngine(settings, transport);
  }
}
