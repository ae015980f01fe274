package io.github.aria2j.runtime.rpc;

import io.github.aria2j.runtime.RpcSettings;
import io.github.aria2j.runtime.internal.http.HttpTransport;
import io.github.aria2j.runtime.internal.rpc.DefaultRpcEngine;
import io.github.aria2j.runtime.internal.ws.WebSocketTransport;
import java.util.Locale;
import java.util.Objects;

/** Creates {@link RpcEngine}s. */
public final class RpcEngines {

  private RpcEngines() {}

  /**
   * Creates an engine for the settings' endpoint: over HTTP for {@code http}/{@code https}, over
   * a WebSocket for {@code ws}/{@code wss}.
   *
   * @param settings the endpoint, secret, timeouts, TLS context and size limits
   * @return the engine; close it when done
   * @see #http(RpcSettings)
   * @see #websocket(RpcSettings)
   */
  public static RpcEngine connect(RpcSettings settings) {
    Objects.requireNonNull(settings, "settings");
    String scheme = settings.endpoint().getScheme().toLowerCase(Locale.ROOT);
    return scheme.equals("ws") || scheme.equals("wss") ? websocket(settings) : http(settings);
  }

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
   * Creates an engine that sends all calls over one WebSocket to aria2 ({@code
   * ws://host:6800/jsonrpc}, or {@code wss://} with aria2's {@code --rpc-secure}).
   *
   * <p>The socket opens with the first call, carries any number of calls at once (aria2 may
   * answer them in any order), and is opened again by the next call after aria2 closed it or
   * it failed; calls waiting on a socket that closes fail at once with kind {@code IO}.
   * Cancelling a call's future abandons the call but keeps the socket.
   *
   * @param settings the endpoint, secret, timeouts, TLS context and size limits
   * @return the engine; close it when done: that closes the socket
   * @throws IllegalArgumentException if the endpoint is not a {@code ws} or {@code wss} URI
   */
  public static RpcEngine websocket(RpcSettings settings) {
    Objects.requireNonNull(settings, "settings");
    return new DefaultRpcEngine(settings, new WebSocketTransport(settings));
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
