package io.github.aria2j.runtime;

import io.github.aria2j.runtime.daemon.ManagedAria2;
import io.github.aria2j.runtime.events.EventSettings;
import io.github.aria2j.runtime.internal.http.HttpTransport;
import io.github.aria2j.runtime.internal.rpc.DefaultRpcEngine;
import io.github.aria2j.runtime.internal.rpc.ResourceOwningTransport;
import io.github.aria2j.runtime.internal.ws.WebSocketTransport;
import io.github.aria2j.runtime.rpc.RpcEngine;
import io.github.aria2j.runtime.rpc.RpcEngines;
import io.github.aria2j.runtime.rpc.RpcTransport;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;

/**
 * What every generated client builder shares: where aria2 is, its secret, timeouts, TLS and the
 * transport. The generated builder adds only the methods that build its client types.
 *
 * <p>The endpoint's scheme picks the transport: {@code http}/{@code https} send each call as an
 * HTTP POST, {@code ws}/{@code wss} keep one WebSocket. A custom {@link RpcTransport} replaces
 * both.
 *
 * <p>Without an endpoint the client starts its own aria2c ({@link ManagedAria2}: {@code aria2c}
 * from the {@code PATH}, a free loopback port, a random secret) and stops it when it is closed;
 * {@link #managed(ManagedAria2.Builder)} configures that aria2c.
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class AbstractClientBuilder<B extends AbstractClientBuilder<B>> {

  private final RpcSettings.Builder settings = RpcSettings.builder();
  private boolean endpointGiven;
  private RpcTransport transport;
  private ManagedAria2.Builder managed;
  private boolean managedOverWebSocket;

  /** Creates a builder with the defaults of {@link RpcSettings}. */
  protected AbstractClientBuilder() {}

  /**
   * Returns this builder as its concrete type.
   *
   * @return {@code this}
   */
  protected abstract B self();

  /**
   * Sets aria2's RPC endpoint; an empty path means aria2's {@code /jsonrpc}.
   *
   * @param endpoint an absolute {@code http}, {@code https}, {@code ws} or {@code wss} URI
   * @return this builder
   * @throws IllegalArgumentException if the URI is not such a URI
   */
  public B endpoint(URI endpoint) {
    settings.endpoint(endpoint);
    endpointGiven = true;
    return self();
  }

  /**
   * Sets aria2's RPC endpoint from its text, such as {@code ws://localhost:6800/jsonrpc}.
   *
   * @param endpoint an absolute {@code http}, {@code https}, {@code ws} or {@code wss} URI
   * @return this builder
   * @throws IllegalArgumentException if the text is not such a URI
   */
  public B endpoint(String endpoint) {
    return endpoint(URI.create(Objects.requireNonNull(endpoint, "endpoint")));
  }

  /**
   * Sets the secret aria2 was started with ({@code --rpc-secret}).
   *
   * @param secret the secret
   * @return this builder
   * @throws IllegalArgumentException if the secret is empty
   */
  public B secret(String secret) {
    settings.secret(secret);
    return self();
  }

  /**
   * Sets the secret aria2 was started with, or none.
   *
   * @param secret the secret, or {@code null} for none
   * @return this builder
   */
  public B secret(Secret secret) {
    settings.secret(secret);
    return self();
  }

  /**
   * Sets how long a call may take by default; {@code withTimeout} on a client overrides it.
   *
   * @param timeout at least one millisecond; 30 seconds unless set
   * @return this builder
   * @throws IllegalArgumentException if the timeout is shorter than one millisecond
   */
  public B requestTimeout(Duration timeout) {
    settings.requestTimeout(timeout);
    return self();
  }

  /**
   * Sets how long opening a connection may take.
   *
   * @param timeout at least one millisecond; 10 seconds unless set
   * @return this builder
   * @throws IllegalArgumentException if the timeout is shorter than one millisecond
   */
  public B connectTimeout(Duration timeout) {
    settings.connectTimeout(timeout);
    return self();
  }

  /**
   * Sets the TLS context of {@code https} and {@code wss} endpoints, for example one that
   * trusts the self-signed certificate of an aria2 started with {@code --rpc-secure}.
   *
   * @param sslContext the context
   * @return this builder
   */
  public B sslContext(SSLContext sslContext) {
    settings.sslContext(sslContext);
    return self();
  }

  /**
   * Sets the largest request the client sends: aria2's {@code --rpc-max-request-size}. A larger
   * request fails before it is sent instead of aria2 dropping the connection.
   *
   * @param bytes the size in bytes; 2 MiB (aria2's default) unless set
   * @return this builder
   * @throws IllegalArgumentException if the size is not positive
   */
  public B maxRequestBytes(int bytes) {
    settings.maxRequestBytes(bytes);
    return self();
  }

  /**
   * Sets the largest reply the client reads.
   *
   * @param bytes the size in bytes; 64 MiB unless set
   * @return this builder
   * @throws IllegalArgumentException if the size is not positive
   */
  public B maxResponseBytes(int bytes) {
    settings.maxResponseBytes(bytes);
    return self();
  }

  /**
   * Sets the executor that completes futures and runs the transport's work.
   *
   * @param executor the executor; the JDK {@code HttpClient}'s own unless set
   * @return this builder
   */
  public B executor(Executor executor) {
    settings.executor(executor);
    return self();
  }

  /**
   * Takes every setting from {@code settings}, replacing what was set before.
   *
   * @param rpcSettings the settings
   * @return this builder
   */
  public B settings(RpcSettings rpcSettings) {
    RpcSettings given = Objects.requireNonNull(rpcSettings, "rpcSettings");
    endpoint(given.endpoint())
        .secret(given.secret().orElse(null))
        .requestTimeout(given.requestTimeout())
        .connectTimeout(given.connectTimeout())
        .maxRequestBytes(given.maxRequestBytes())
        .maxResponseBytes(given.maxResponseBytes())
        .pingInterval(given.pingInterval())
        .events(given.events());
    given.sslContext().ifPresent(settings::sslContext);
    given.executor().ifPresent(settings::executor);
    return self();
  }

  /**
   * Sends calls through a custom transport instead of the one the endpoint's scheme picks; the
   * endpoint is still needed, for messages.
   *
   * @param customTransport the transport; the client closes it when it is closed
   * @return this builder
   */
  public B transport(RpcTransport customTransport) {
    this.transport = Objects.requireNonNull(customTransport, "customTransport");
    return self();
  }

  /**
   * Has the client start its own aria2c, configured by {@code daemon}, and stop it when the client
   * is closed. Without any endpoint this happens with the defaults.
   *
   * @param daemon the aria2c to start: executable, download directory, options, timeouts
   * @return this builder
   */
  public B managed(ManagedAria2.Builder daemon) {
    this.managed = Objects.requireNonNull(daemon, "daemon");
    return self();
  }

  /**
   * Talks to a managed aria2c over a WebSocket instead of HTTP (aria2 serves both on one port).
   *
   * @return this builder
   */
  public B managedOverWebSocket() {
    this.managedOverWebSocket = true;
    return self();
  }

  /**
   * Sets how often a WebSocket connection is pinged to find one that died without closing.
   *
   * @param interval at least 10 ms, or {@link Duration#ZERO} to send no pings
   * @return this builder
   * @see RpcSettings.Builder#pingInterval(Duration)
   */
  public B pingInterval(Duration interval) {
    settings.pingInterval(interval);
    return self();
  }

  /**
   * Sets how the client's {@code events()} reconnect, poll progress and run callbacks.
   *
   * @param eventSettings the event settings
   * @return this builder
   */
  public B events(EventSettings eventSettings) {
    settings.events(eventSettings);
    return self();
  }

  /**
   * Builds the engine a new client runs on; without an endpoint, starts a managed aria2c first.
   *
   * @return the engine; the client that receives it closes it
   * @throws IllegalStateException if both an endpoint and a managed aria2c are configured, or a
   *     custom transport has no endpoint
   * @throws io.github.aria2j.runtime.daemon.Aria2LaunchException if the managed aria2c cannot
   *     be started
   */
  protected final RpcEngine engine() {
    if (endpointGiven) {
      if (managed != null) {
        throw new IllegalStateException(
            "both an endpoint and a managed aria2c are set: choose one");
      }
      RpcSettings built = settings.build();
      return transport != null ? RpcEngines.create(built, transport) : RpcEngines.connect(built);
    }
    if (transport != null) {
      throw new IllegalStateException("a custom transport needs an endpoint: set endpoint(...)");
    }
    ManagedAria2 daemon = (managed != null ? managed : ManagedAria2.builder()).start();
    try {
      URI endpoint = managedOverWebSocket ? daemon.webSocketEndpoint() : daemon.httpEndpoint();
      RpcSettings built = settings.endpoint(endpoint).secret(daemon.secret()).build();
      RpcTransport carrier =
          managedOverWebSocket ? new WebSocketTransport(built) : new HttpTransport(built);
      return new DefaultRpcEngine(built, new ResourceOwningTransport(carrier, daemon));
    } catch (RuntimeException e) {
      daemon.close();
      throw e;
    }
  }
}
